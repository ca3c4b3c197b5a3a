#!/usr/bin/env node
// `npm start`: builds what is missing, ingests examples/ into ./sitrep.db (idempotent: a second
// start stores nothing twice), then serves the API and the web app at http://127.0.0.1:8787 and
// prints the one-time sign-in link. SITREP_DB, SITREP_HOST and SITREP_PORT override the defaults.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'packages', 'cli', 'dist', 'cli.js');

if (!existsSync(bundle) || !existsSync(join(root, 'packages', 'web', 'dist', 'index.html'))) {
  process.stdout.write('sitrep: building (node scripts/build.mjs) ...\n');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) {
    process.stderr.write('sitrep: the build failed (see above); fix it, then run npm start again\n');
    process.exit(1);
  }
}

const { main } = await import(bundle);
const db = process.env.SITREP_DB || join(process.cwd(), 'sitrep.db');
const examples = join(root, 'examples');
if (existsSync(examples)) {
  const code = await main(['node', 'sitrep', 'ingest', examples, '--db', db]);
  if (code !== 0)
    process.stderr.write('sitrep: some examples could not be ingested (see above); serving the rest\n');
}
process.exitCode = await main([
  'node',
  'sitrep',
  'serve',
  '--db',
  db,
  '--host',
  process.env.SITREP_HOST ?? '127.0.0.1',
  '--port',
  process.env.SITREP_PORT ?? '8787',
]);
