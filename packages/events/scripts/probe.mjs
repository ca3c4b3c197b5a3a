#!/usr/bin/env node
// Prints the events found in each line of stdin (see probe.ts): the probe-sentence tool.
// Usage: node packages/events/scripts/probe.mjs < sentences.txt
//
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
// Inside node_modules so the bundle resolves zod, wink and the rest from the checkout.
const out = join(root, 'node_modules', '.cache', 'sitrep-events', 'probe.mjs');
const hasActors = existsSync(join(root, 'packages/actors/src/index.ts'));
await build({
  entryPoints: [join(here, 'probe.ts')],
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
await main(root);
