#!/usr/bin/env node
// Builds the default gazetteer index, packages/geo/dist/gazetteer.json, from installed npm data
// and data/gazetteer/*.tsv. Run by the root scripts/build.mjs (and so by `npm ci`), after the
// bundles: it uses the bundled geo package so build and runtime share one normalizer.
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const started = Date.now();
const { buildGazetteerData } = await import(join(here, '..', 'dist', 'index.js'));
const data = buildGazetteerData(root);
const out = join(here, '..', 'dist', 'gazetteer.json');
// Write then rename: another process (a parallel build, a running CLI) never reads a half-written index.
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(data));
renameSync(tmp, out);
console.log(`geo: wrote ${data.places.length} places to ${out} in ${Date.now() - started} ms`);
