#!/usr/bin/env node
// How many places of conflict reporting the geoparser puts in the right country: each name of
// data/gold/places-conflict.tsv in a one-line fictional sentence, nlp + geo, default gazetteer.
// A probe is right when a place mention overlapping the name resolves inside one of the expected
// countries (or, when none is given, resolves at all). One-sentence texts give the resolver no
// document focus, so this is the hardest setting for ambiguous names.
//
// --file names another set of the same format (data/gold/places-conflict-heldout.tsv is held out).
//
//   node scripts/build.mjs && node bench/geo/conflict-probe.mjs [--misses] [--file SET.tsv]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadBuilds, opt, root } from './common.mjs';

const showMisses = process.argv.includes('--misses');
const file = resolve(opt('file', join(root, 'data', 'gold', 'places-conflict.tsv')));
// GEO_DIST=path/to/index.js measures another build of the geo package (e.g. one made before a change).
const { Doc, analyze, geo } = await loadBuilds('conflict probe', { corpora: false });
const gazetteer = geo.loadGazetteer();
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .slice(1)
  .map((l) => {
    const [name, countries = ''] = l.split('\t');
    return { name, countries: countries.split(',').filter(Boolean) };
  });
let right = 0;
const misses = [];
for (const { name, countries } of rows) {
  const region = /^(the |[a-z])|region|province|state|governorate/.test(name) || countries.length === 0;
  const prefix = `Fictional: Fighting was reported ${region ? 'in' : 'near'} `;
  const text = `${prefix}${name} on Monday.`;
  const doc = new Doc({ text });
  doc.set('nlp', analyze(text));
  const places = geo.geoparse(doc, gazetteer);
  const [start, end] = [prefix.length, prefix.length + name.length];
  const hits = places.filter((p) => p.span[0] < end && start < p.span[1]);
  const ok = hits.some((p) => p.lat !== null && (countries.length === 0 || countries.includes(p.country)));
  if (ok) right++;
  else
    misses.push(
      `${name} (${countries.join(',') || 'any'}) -> ${hits.map((p) => `${p.text}: ${p.name ?? 'unresolved'} ${p.country ?? ''}`).join('; ') || 'not recognized'}`,
    );
}
console.log(
  `conflict places: ${right} of ${rows.length} resolved in the expected country (${((100 * right) / rows.length).toFixed(1)} %)`,
);
if (showMisses) for (const m of misses) console.log(`  ${m}`);
