#!/usr/bin/env node
// Bundles the CLI, the store and the pipeline into a directory of its own, for comparing two
// versions of the ingest path in the same minutes of machine load (the 2-core bench machine is
// shared, and its load moves rates by 2x between runs):
//
//   node bench/store/build-variant.mjs packages/cli/dist-base 533415c~1   # store + batch code as of a commit
//   node bench/store/build-variant.mjs packages/cli/dist-head              # the working tree
//   SITREP_BENCH_DIST=packages/cli/dist-base node bench/store/ingest.mjs 2000 1
//   SITREP_BENCH_DIST=packages/cli/dist-head node bench/store/ingest.mjs 2000 1
//   rm -r packages/cli/dist-base packages/cli/dist-head                   # untracked; remove after
//
// The output directory must sit two levels under the repository root (like packages/cli/dist):
// the pipeline finds data/ and the gazetteer index relative to its bundle. With a commit, only
// packages/store/src/*.ts and packages/server/src/{worker,batch,sources}.ts are taken from that commit
// (files it lacks come from the working tree); everything else, including the pipeline, is the
// working tree's, so both variants extract the same way and only the ingest path differs.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { externalDeps, nodeBundleOptions } from '../../scripts/bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [out, commit] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node bench/store/build-variant.mjs OUTDIR [COMMIT]\n');
  process.exit(2);
}
const ingestPath = /packages\/(store\/src\/[^/]+\.ts|server\/src\/(worker|batch|sources)\.ts)$/;
const fromCommit = {
  name: 'from-commit',
  setup(b) {
    if (!commit) return;
    b.onLoad({ filter: ingestPath }, (args) => {
      const rel = args.path.slice(root.length + 1);
      let contents;
      try {
        contents = execFileSync('git', ['show', `${commit}:${rel}`], {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch (error) {
        if (error.status === 128) return undefined; // not in that commit: the working tree's file
        throw error;
      }
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};
await build({
  ...nodeBundleOptions,
  define: { __SITREP_PIPELINE_DIGEST__: JSON.stringify(`bench-${commit ?? 'tree'}`) },
  plugins: [fromCommit, externalDeps],
  entryPoints: {
    cli: join(root, 'packages/cli/src/main.ts'),
    store: join(root, 'packages/store/src/index.ts'),
    pipeline: join(root, 'packages/pipeline/src/index.ts'),
  },
  outdir: resolve(root, out),
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
process.stdout.write(`built ${out}${commit ? ` (ingest path as of ${commit})` : ''}\n`);
