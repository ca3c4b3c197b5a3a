import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript sources (the `source` export condition),
// so `npm test` never depends on a build.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@sitrep\/([a-z]+)$/,
        replacement: fileURLToPath(new URL('./packages/$1/src/index.ts', import.meta.url)),
      },
      // Subpath exports (`@sitrep/model/vocab`, `@sitrep/store/suite`) are src/<name>.ts.
      {
        find: /^@sitrep\/([a-z]+)\/([a-z]+)$/,
        replacement: fileURLToPath(new URL('./packages/$1/src/$2.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
