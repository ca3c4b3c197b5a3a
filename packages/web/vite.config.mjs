// Vite configuration of the web app, shared by `scripts/build.mjs` (run from the root build during
// `npm ci`) and `npx vite` for development. No React plugin: Vite's own transform (oxc) compiles TSX
// with the automatic runtime, which is all the app needs (no fast refresh in dev, a full reload).
import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('vite').UserConfig} */
export default {
  root,
  base: '/',
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  // Workspace packages (`@sitrep/model/vocab`) are compiled from their TypeScript sources, so the
  // app never picks up a stale dist/ and needs no build of them first.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The basemap (world-atlas TopoJSON) and MapLibre are big by nature; they load as their own chunks.
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The plugin-timing report is noise on a busy shared machine (and in every `npm ci`).
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    // `npx vite` in packages/web proxies the API to a running `sitrep serve` (default port).
    proxy: Object.fromEntries(
      [
        '/events',
        '/documents',
        '/stats',
        '/export.csv',
        '/export.geojson',
        '/health',
        '/auth',
        '/actors',
        '/gazetteer',
        '/api',
      ].map((p) => [p, { target: process.env.SITREP_API ?? 'http://127.0.0.1:8787', changeOrigin: false }]),
    ),
  },
};
