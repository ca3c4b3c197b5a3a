#!/usr/bin/env node
// Builds what `npx sitrep` and library users run: each package's src/index.ts bundled to
// dist/index.js, the CLI to packages/cli/dist/cli.js, and the contract's JSON Schema.
// Runs from `prepare`, so `npm ci` leaves a working `npx sitrep`. Uses esbuild: ~1 s for all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = readdirSync(join(root, 'packages')).filter((name) =>
  existsSync(join(root, 'packages', name, 'src', 'index.ts')),
);

// The pipeline version names what produced a result: a digest of the extraction stages' sources
// and of data/ (lexicons, dictionaries, gazetteer additions). The store keys results by it, so
// `sitrep ingest --reprocess` re-extracts exactly when a stage or its data changed.
function pipelineDigest() {
  const hash = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.test\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const name of ['nlp', 'time', 'geo', 'actors', 'events', 'pipeline'])
    walk(join(root, 'packages', name, 'src'));
  walk(join(root, 'data'));
  for (const file of files.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

const common = {
  ...nodeBundleOptions,
  define: { __SITREP_PIPELINE_DIGEST__: JSON.stringify(pipelineDigest()) },
  sourcemap: true,
};

// Every export of a package.json that names both a `source` and a `default` file is bundled from
// one to the other: `.` (src/index.ts → dist/index.js) and subpaths such as `@sitrep/model/vocab`.
const entries = packages.flatMap((name) => {
  const dir = join(root, 'packages', name);
  const { exports = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return Object.values(exports)
    .filter((target) => typeof target === 'object' && target.source && target.default)
    .map((target) => ({ source: join(dir, target.source), out: join(dir, target.default) }));
});
await Promise.all(
  entries.map(({ source, out }) => build({ ...common, entryPoints: [source], outfile: out })),
);
if (existsSync(join(root, 'packages/cli/src/main.ts'))) {
  // Code splitting: a command's `await import(...)` becomes its own chunk, so `sitrep extract`
  // never loads the server, fastify or SQLite. Chunks sit beside cli.js because the server finds
  // the web app and starts extraction workers relative to its own file.
  rmSync(join(root, 'packages/cli/dist'), { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { cli: join(root, 'packages/cli/src/main.ts') },
    outdir: join(root, 'packages/cli/dist'),
    splitting: true,
    chunkNames: 'chunk-[hash]',
  });
}

// The contract's JSON Schema, generated from the zod source (packages/model/src/contract.ts).
const { contractJsonSchema } = await import(join(root, 'packages/model/dist/index.js'));
writeFileSync(
  join(root, 'packages/model/schema/document.schema.json'),
  `${JSON.stringify(contractJsonSchema(), null, 2)}\n`,
);

// Build steps other packages add (gazetteer index, web app) run after the bundles.
for (const step of ['packages/geo/scripts/build.mjs', 'packages/web/scripts/build.mjs']) {
  if (existsSync(join(root, step))) {
    await import(join(root, step));
  }
}
