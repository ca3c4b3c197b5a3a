// `npm start` as a new user runs it: builds if needed, ingests examples/ into ./sitrep.db, serves
// the API with the examples' documents; a second start stores nothing twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let cwd: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'sitrep-start-'));
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(cwd, { recursive: true, force: true });
});

/** Starts `node scripts/start.mjs` on a free port; resolves with its output once it serves. */
function start(): Promise<{ url: string; login: string; output: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SITREP_PORT: '0' };
  delete env.SITREP_DB;
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = /open (http:\/\/127\.0\.0\.1:\d+)(\/auth\/login\?token=\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, login: match[2]!, output, child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
}

it('ingests the examples once and serves them', async () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => /\.(txt|html?)$/.test(f)).length;
  const first = await start();
  expect(first.output).toMatch(new RegExp(`${examples} new, 0 unchanged, 0 failed`));
  const health = await (await fetch(`${first.url}/health`)).json();
  expect(health).toMatchObject({ ok: true, documents: examples });
  const page = await fetch(`${first.url}${first.login}`, { redirect: 'manual' });
  expect(page.status).toBe(303);
  first.child.kill('SIGTERM');
  await new Promise((r) => first.child.once('exit', r));
  const second = await start();
  expect(second.output).toMatch(new RegExp(`0 new, ${examples} unchanged, 0 failed`));
  expect(((await (await fetch(`${second.url}/health`)).json()) as { documents: number }).documents).toBe(
    examples,
  );
  second.child.kill('SIGTERM');
}, 180_000);
