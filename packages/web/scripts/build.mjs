#!/usr/bin/env node
// Builds the web app to packages/web/dist with Vite. The root build (scripts/build.mjs, run by
// `npm ci` through `prepare`) imports this file, so a fresh clone can serve the app at once.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const { default: config } = await import(join(web, 'vite.config.mjs'));
try {
  await build({ ...config, configFile: false });
} catch (error) {
  throw new Error(
    `web: the Vite build of packages/web failed (see the error above); fix the source and run \`node packages/web/scripts/build.mjs\` again.`,
    { cause: error },
  );
}
console.log(`web: built packages/web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
