#!/usr/bin/env node
// Runs the events stage over a gold file (data/gold/events-dev.jsonl by default) through the
// stages that exist (nlp, time, geo, actors when its package exports a stage) and prints the
// @sitrep/eval report, including the confidence reliability table used to calibrate
// packages/events/src/confidence.ts. Bundles eval-gold.ts with esbuild first (no build needed).
//
//   node packages/events/scripts/eval-gold.mjs [GOLD.jsonl] [--json] [--diff]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
// Inside node_modules so the bundle resolves zod, wink and the rest from the checkout.
const out = join(root, 'node_modules', '.cache', 'sitrep-events', 'eval-gold.mjs');
const hasActors = existsSync(join(root, 'packages/actors/src/index.ts'));
await build({
  entryPoints: [join(here, 'eval-gold.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  logLevel: 'warning',
  define: { HAS_ACTORS: JSON.stringify(hasActors) },
  plugins: [
    {
      name: 'external-deps',
      setup(b) {
        b.onResolve({ filter: /^@sitrep\/actors-optional$/ }, () => ({
          path: hasActors ? join(root, 'packages/actors/src/index.ts') : join(here, 'no-actors.ts'),
        }));
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@sitrep/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  nodePaths: [join(root, 'node_modules')],
  absWorkingDir: root,
});
const { main } = await import(pathToFileURL(out).href);
await main(process.argv.slice(2), root);
