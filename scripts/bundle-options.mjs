// The esbuild options every bundle of ours shares: scripts/build.mjs (dist/ and the CLI), the
// benches that bundle another variant (bench/store/build-variant.mjs, bench/nlp/run.mjs) and the
// events scripts that run straight from source (packages/events/scripts/from-source.mjs).

/**
 * Third-party packages stay external (native addons, the wink model, pdf.js workers); our own
 * packages are inlined from source through the `source` export condition.
 */
export const externalDeps = {
  name: 'external-deps',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@sitrep/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** One ESM bundle for Node 20, our packages from source, third-party packages external. */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  logLevel: 'warning',
  plugins: [externalDeps],
  // Bundled ESM still needs require() for the few CommonJS deps that are loaded lazily.
  banner: {
    js: "import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);",
  },
};
