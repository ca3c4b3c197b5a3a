// Imports a TypeScript script of this folder straight from the sources (no `npm run build`): bundles
// it with esbuild under the `source` export condition, dependencies left external, into
// node_modules/.cache so the bundle resolves zod, wink and the rest from the checkout. Used by
// eval-gold.mjs and probe.mjs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { externalDeps, nodeBundleOptions } from '../../../scripts/bundle-options.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const root = join(here, '..', '..', '..');

/** Bundles `scripts/<name>.ts` and imports it. */
export async function importFromSource(name) {
  const out = join(root, 'node_modules', '.cache', 'sitrep-events', `${name}.mjs`);
  const hasActors = existsSync(join(root, 'packages/actors/src/index.ts'));
  await build({
    ...nodeBundleOptions,
    entryPoints: [join(here, `${name}.ts`)],
    outfile: out,
    define: { HAS_ACTORS: JSON.stringify(hasActors) },
    plugins: [
      {
        name: 'actors-optional',
        setup(b) {
          b.onResolve({ filter: /^@sitrep\/actors-optional$/ }, () => ({
            path: hasActors ? join(root, 'packages/actors/src/index.ts') : join(here, 'no-actors.ts'),
          }));
        },
      },
      externalDeps,
    ],
    nodePaths: [join(root, 'node_modules')],
    absWorkingDir: root,
  });
  return import(pathToFileURL(out).href);
}
