// Shared by the server tests: a real server on 127.0.0.1 with a store seeded with fictional events.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '@sitrep/store';
import { fictionalResult } from '../../store/src/suite';
import { createServer, type ServerOptions, type SitrepServer } from '../src/index';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The built CLI's bin (worker threads need the bundle): `npm ci` builds it; when it is missing,
 * this builds it once.
 */
export function builtCli(): string {
  if (!existsSync(join(ROOT, 'packages', 'cli', 'dist', 'cli.js'))) {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('could not build the CLI (node scripts/build.mjs failed)');
  }
  return join(ROOT, 'packages', 'cli', 'bin', 'sitrep.js');
}

/** Fictional report texts; each contains the words the fixture events anchor on. */
export const TEXTS = [
  'Fictional: the Syrian Army shelled a market in Idlib while residents protested nearby.',
  'Fictional: the Syrian Army shelled a bakery; traders protested in the square.',
  'Fictional: after the Syrian Army shelled the road, farmers protested at the mill.',
];

export interface Running {
  server: SitrepServer;
  base: string;
  store: ReturnType<typeof openSqliteStore>;
  dir: string;
  close(): Promise<void>;
}

/** Starts a real server on a free port with a seeded file database and a tiny built web app. */
export async function startServer(extra: Partial<ServerOptions> = {}): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
  const web = join(dir, 'web');
  (await import('node:fs')).mkdirSync(web);
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><title>Fictional app</title><script src="/app.js"></script>',
  );
  writeFileSync(join(web, 'app.js'), 'console.log("fictional app");');
  const store = openSqliteStore(join(dir, 'api.db'));
  for (const [i, text] of TEXTS.entries()) {
    const day = `2024-05-0${i + 1}`;
    await store.putDocument({
      result: fictionalResult(text, { date: { start: day, end: day, precision: 'day', time: null } }),
      text,
      pipeline: 'test',
      format: 'txt',
    });
  }
  const server = await createServer({ store, webRoot: web, ...extra });
  const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    server,
    base: address,
    store,
    dir,
    async close() {
      await server.app.close();
      await store.close();
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions that read them
type Json = any;

/** A response's JSON body, typed loosely: each assertion checks the shape it needs. */
export function json(res: Response): Promise<Json> {
  return res.json() as Promise<Json>;
}
