#!/usr/bin/env node
// How the geoparser does on places the way conflict reporting writes them, with their context:
// each row of data/gold/places-conflict-context.tsv is a short fictional report (2–4 sentences)
// and the places it names, each with its expected country (ISO alpha-2) and, where given, its
// first-level division. The snippet runs whole through nlp + geo with the default gazetteer, so
// the resolver sees the document's other names (unlike conflict-probe.mjs's one-line texts).
//
// A name is right when a place mention overlapping its first occurrence in the snippet resolves
// in the expected country and, when an admin-1 is given, in that first-level division. The
// expected admin-1 is written as reporting names it ("North Kivu"); it is matched to the
// gazetteer's spelling ("Nord-Kivu") through the gazetteer itself (a first-level division of that
// country found under that name), else by comparing folded names. A name is "missed" when no
// mention overlaps it (or the mention is unresolved), "wrong" when it resolves elsewhere.
//
//   node scripts/build.mjs && node bench/geo/context-probe.mjs [--misses] [--file SET.tsv]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadBuilds, opt, root } from './common.mjs';

const showMisses = process.argv.includes('--misses');
const file = resolve(opt('file', join(root, 'data', 'gold', 'places-conflict-context.tsv')));
// GEO_DIST=path/to/index.js measures another build of the geo package (e.g. one made before a change).
const { Doc, analyze, geo } = await loadBuilds('context probe', { corpora: false });
const gazetteer = geo.loadGazetteer();

/** Rows of the set: id, text, and the expected places in the order written. */
function readSet(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('id\t')) return;
    const [id, text, expected = ''] = line.split('\t');
    if (!text) throw new Error(`${path}:${i + 1}: expected "id<TAB>text<TAB>expected", found "${line}"`);
    const names = expected
      .split(';')
      .filter(Boolean)
      .map((item) => {
        const m = /^(.+?)=([A-Z]{2})(?:\/(.+))?$/.exec(item.trim());
        if (!m)
          throw new Error(
            `${path}:${i + 1}: expected "name=CC" or "name=CC/admin1", found "${item}"; fix the row ${id}`,
          );
        const [, name, country, admin1] = m;
        const start = firstOccurrence(text, name);
        if (start < 0) throw new Error(`${path}:${i + 1}: "${name}" does not occur in the text of ${id}`);
        return { name, country, admin1: admin1 ?? null, start, end: start + name.length };
      });
    rows.push({ id, text, names });
  });
  return rows;
}

/** The first occurrence of `name` as a whole word (not inside a longer word). */
function firstOccurrence(text, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? m.index : -1;
}

const adminCache = new Map();
/**
 * The gazetteer's spellings of the first-level division `name` of `country` (loose forms): the
 * name itself, the admin-1 of a first-level division of that country found under the name (or the
 * name with a type word: "Odesa Oblast" is "Odeska oblast"), else the admin-1 of the country's
 * city of that exact name (divisions named after their capital: "Sumy" lies in "Sumska").
 */
function adminForms(country, name) {
  const key = `${country}|${name}`;
  let forms = adminCache.get(key);
  if (!forms) {
    forms = new Set([geo.looseName(name)]);
    let divisions = 0;
    for (const q of [
      name,
      ...['Oblast', 'Region', 'Province', 'State', 'Governorate'].map((w) => `${name} ${w}`),
    ])
      for (const c of gazetteer.lookup(q, { typos: true })) {
        if (
          c.place.feature === 'admin1' &&
          c.place.country === country &&
          c.similarity >= 0.8 &&
          c.place.admin1
        ) {
          forms.add(geo.looseName(c.place.admin1));
          divisions++;
        }
      }
    if (divisions === 0)
      for (const c of gazetteer.lookup(name))
        if (
          c.how === 'exact' &&
          (c.place.feature === 'city' || c.place.feature === 'village') &&
          c.place.country === country &&
          c.place.admin1
        )
          forms.add(geo.looseName(c.place.admin1));
    adminCache.set(key, forms);
  }
  return forms;
}

function adminMatches(country, expected, got) {
  if (!got) return false;
  const g = geo.looseName(got);
  for (const form of adminForms(country, expected))
    if (g === form || g.startsWith(form) || form.startsWith(g)) return true;
  return false;
}

const rows = readSet(file);
let total = 0;
let right = 0;
let countryRight = 0;
let wrong = 0;
let missed = 0;
const misses = [];
for (const { id, text, names } of rows) {
  const doc = new Doc({ text });
  doc.set('nlp', analyze(text));
  const places = geo.geoparse(doc, gazetteer);
  for (const n of names) {
    total++;
    const hits = places.filter((p) => p.span[0] < n.end && n.start < p.span[1] && p.lat !== null);
    const inCountry = hits.filter((p) => p.country === n.country);
    const ok = inCountry.some((p) => n.admin1 === null || adminMatches(n.country, n.admin1, p.admin1));
    if (inCountry.length > 0) countryRight++;
    if (ok) {
      right++;
      continue;
    }
    if (hits.length === 0) missed++;
    else wrong++;
    const all = places.filter((p) => p.span[0] < n.end && n.start < p.span[1]);
    const got =
      all
        .map((p) =>
          p.lat === null
            ? `${p.text}: unresolved`
            : `${p.text}: ${p.name} ${p.country ?? ''}${p.admin1 ? `/${p.admin1}` : ''}`,
        )
        .join('; ') || 'not recognized';
    misses.push(`${id} ${n.name} (${n.country}${n.admin1 ? `/${n.admin1}` : ''}) -> ${got}`);
  }
}
const pct = (x) => ((100 * x) / total).toFixed(1);
console.log(
  `places in context: ${right} of ${total} right (${pct(right)} %) in ${rows.length} snippets; ` +
    `country right ${countryRight} (${pct(countryRight)} %); wrong ${wrong}, missed ${missed}`,
);
if (showMisses) for (const m of misses) console.log(`  ${m}`);
