#!/usr/bin/env node
// Builds the default gazetteer index, packages/geo/dist/gazetteer.bin (binary, see encodeGazetteer
// in src/build-index.ts), from installed npm data and data/gazetteer/*.tsv. Run by the root
// scripts/build.mjs (and so by `npm ci`), after the bundles: it uses the bundled geo package so the
// writer, the reader and the normalizer that made the stored forms are one build.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const started = Date.now();
const { buildGazetteerData, decodeGazetteer, encodeGazetteer } = await import(
  join(here, '..', 'dist', 'index.js')
);
const data = buildGazetteerData(root);
const bytes = encodeGazetteer(data);
const out = join(here, '..', 'dist', 'gazetteer.bin');
// Refuse to install an index the reader would refuse.
decodeGazetteer(bytes, out);
// Write then rename: another process (a parallel build, a running CLI) never reads a half-written index.
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, bytes);
renameSync(tmp, out);
// The JSON index of earlier builds is no longer read.
const old = join(here, '..', 'dist', 'gazetteer.json');
if (existsSync(old)) rmSync(old);
console.log(
  `geo: wrote ${data.places.length} places to ${out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms`,
);
