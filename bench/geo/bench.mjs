#!/usr/bin/env node
// Geoparsing bench over GeoWebNews and LGL (../shared/benchmarks/geo; never copied into the repo).
// Scores, end to end (our recognition + resolution against the gold toponyms that have coordinates):
//   accuracy@161 km (all gold / recognized gold), recognition precision/recall, mean and median
//   error km, documents/s, and for LGL how many gold places the default gazetteer lacks altogether.
// Two further views, each its own figure beside the end-to-end one (never mixed into it):
//   - perfect recognition: our place mention where one covers the gold toponym, else our resolver on
//     the gold span, resolved together with the document's recognized names (how much of the gap is
//     recognition);
//   - demonyms through actors: sitrep codes "Russian" as an actor of Russia, never a place (issue 4,
//     point 4); a gold toponym no place mention covers but an actor mention naming a country does is
//     scored at that country's point.
// Usage: node scripts/build.mjs && node bench/geo/bench.mjs [--limit N] [--only gwn|lgl] [--errors N]
//   [--gazetteer PATH]
// --gazetteer measures with a user index from `sitrep gazetteer import` (e.g. GeoNames allCountries.txt
// or cities500.txt) searched before the built-in gazetteer, as `sitrep extract --gazetteer` does; the
// figures in BENCHMARKS.md are with the default (built-in) gazetteer only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchDir, decodeXml as decode, loadBuilds, opt, root } from './common.mjs';

const limit = Number(opt('limit', 'Infinity'));
const only = opt('only', 'all');
const showErrors = Number(opt('errors', '0'));

// GEO_DIST=path/to/index.js compares another build (e.g. a copy of dist made before a change).
const { Doc, analyze, geo } = await loadBuilds('geo bench');

const t = performance.now();
const gazetteerPath = opt('gazetteer', undefined);
const gazetteer = gazetteerPath ? geo.openGazetteer(gazetteerPath) : geo.loadGazetteer();
const loadMs = performance.now() - t;
const actors = await import(join(root, 'packages/actors/dist/index.js'));
const actorDictionary = actors.loadActorDictionary();
const { alpha3ToAlpha2 } = createRequire(join(root, 'package.json'))('i18n-iso-countries');

/** The point of the country an actor mention over `g` names, if one does. */
function actorCountryPoint(actorMentions, g) {
  const a = actorMentions.find((m) => m.span[0] < g.end && g.start < m.span[1] && m.actor.country);
  const code = a ? alpha3ToAlpha2(a.actor.country) : undefined;
  return code ? gazetteer.countryPlace(code) : undefined;
}

/**
 * Our resolver on the gold toponyms no recognized name covers, resolved together with the recognized
 * ones (so the document's other names still inform the choice); the gold spans get no context cue.
 */
function resolveGoldSpans(a, recognized) {
  const missed = a.toponyms
    .filter((g) => g.scorable && a.text.slice(g.start, g.end).trim() !== '')
    .filter((g) => !recognized.some((t) => t.span[0] < g.end && g.start < t.span[1]))
    .map((g) => ({
      span: [g.start, g.end],
      text: a.text.slice(g.start, g.end),
      candidates: gazetteer.lookup(a.text.slice(g.start, g.end), { typos: true }),
      cue: null,
      role: 'place',
      typeWord: null,
    }));
  const toponyms = [...recognized, ...missed].sort((x, y) => x.span[0] - y.span[0]);
  const bySpan = new Map();
  for (const r of geo.resolve(toponyms, a.text, gazetteer))
    bySpan.set(`${r.toponym.span[0]}:${r.toponym.span[1]}`, r.place);
  return bySpan;
}

const tag = (block, name) => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? decode(m[1]) : null;
};

/** Gold: { text, toponyms: [{ start, end, name, lat, lon, scorable, toponym }] } per article. */
function readGwn() {
  const xml = readFileSync(join(benchDir, 'GeoWebNews.xml'), 'utf8');
  const articles = [];
  // Generic nouns annotated for the paper's taxonomy are not toponyms for recognition precision.
  const notToponym = new Set(['Non_Toponym', 'Non_Lit_Expression', 'Literal_Expression']);
  for (const a of xml.split('<article ').slice(1)) {
    const text = tag(a, 'text') ?? '';
    const toponyms = [];
    for (const tp of a.split('<toponym>').slice(1)) {
      const lat = tag(tp, 'latitude');
      const lon = tag(tp, 'longitude');
      const type = tag(tp, 'type');
      toponyms.push({
        start: Number(tag(tp, 'start')),
        end: Number(tag(tp, 'end')),
        name: tag(tp, 'extractedName'),
        lat: lat ? Number(lat) : null,
        lon: lon ? Number(lon) : null,
        scorable: Boolean(lat && lon),
        toponym: !notToponym.has(type),
      });
    }
    articles.push({ text, toponyms });
  }
  return articles;
}

function readLgl() {
  const xml = readFileSync(join(benchDir, 'LGL.xml'), 'utf8');
  const articles = [];
  for (const a of xml.split('<article ').slice(1)) {
    const text = tag(a, 'text') ?? '';
    const toponyms = [];
    for (const tp of a.split('<toponym>').slice(1)) {
      const lat = tag(tp, 'lat');
      const lon = tag(tp, 'lon');
      toponyms.push({
        start: Number(tag(tp, 'start')),
        end: Number(tag(tp, 'end')),
        name: tag(tp, 'phrase'),
        fclass: tag(tp, 'fclass'),
        lat: lat ? Number(lat) : null,
        lon: lon ? Number(lon) : null,
        scorable: Boolean(lat && lon),
        toponym: true,
      });
    }
    articles.push({ text, toponyms });
  }
  return articles;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const median = (xs) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function score(name, articles) {
  articles = articles.slice(0, limit);
  let gold = 0;
  let recognized = 0;
  let correct = 0;
  let predicted = 0;
  let predictedHit = 0;
  let inGazetteer = 0;
  const errors = [];
  const misses = [];
  const falsePositives = [];
  let demonyms = 0;
  let viaActors = 0;
  let goldSpanCorrect = 0;
  let goldSpanDemonymsCorrect = 0;
  let villagesMissing = 0;
  let chars = 0;
  const started = performance.now();
  let geoMs = 0;
  const runs = articles.map((a) => {
    const doc = new Doc({ text: a.text });
    doc.set('nlp', analyze(a.text));
    chars += a.text.length;
    const t0 = performance.now();
    const places = geo.geoparse(doc, gazetteer);
    geoMs += performance.now() - t0;
    return { places, doc };
  });
  const ms = performance.now() - started;
  articles.forEach((a, k) => {
    const { doc } = runs[k];
    const places = runs[k].places.map((p) => ({ start: p.span[0], end: p.span[1], p }));
    const actorMentions = actors.recognizeActors(doc, actorDictionary);
    const goldSpans = resolveGoldSpans(a, geo.recognize(a.text, doc.layer('nlp'), gazetteer));
    for (const p of places) {
      predicted++;
      if (a.toponyms.some((g) => g.toponym && overlaps(g, p))) predictedHit++;
      else falsePositives.push(p.p.text);
    }
    for (const g of a.toponyms) {
      if (!g.scorable) continue;
      gold++;
      // Ceiling: does the gazetteer hold an entry of this name within 161 km of the gold point?
      const present = gazetteer
        .lookup(g.name ?? '', {})
        .some((c) => geo.distanceKm(c.place.lat, c.place.lon, g.lat, g.lon) <= 161);
      if (present) inGazetteer++;
      const hit = places.find((p) => overlaps(g, p));
      const demonym =
        /^\p{Lu}[\p{Ll}]+(?:ian|ish|ese|an|i|ans|ians|ic)$/u.test(g.name ?? '') &&
        !gazetteer.hasExact(g.name ?? '');
      if (demonym) demonyms++;
      if (!present && g.fclass === 'P') villagesMissing++;
      if (!hit) {
        const country = actorCountryPoint(actorMentions, g);
        if (country && geo.distanceKm(country.lat, country.lon, g.lat, g.lon) <= 161) viaActors++;
        const given = goldSpans.get(`${g.start}:${g.end}`);
        if (given && geo.distanceKm(given.lat, given.lon, g.lat, g.lon) <= 161) {
          goldSpanCorrect++;
          if (demonym) goldSpanDemonymsCorrect++;
        }
        misses.push({ kind: 'missed', gold: g.name, present, demonym, fclass: g.fclass });
        continue;
      }
      recognized++;
      if (hit.p.lat === null) {
        misses.push({ kind: 'unresolved', gold: g.name, present, demonym, fclass: g.fclass });
        continue;
      }
      const km = geo.distanceKm(hit.p.lat, hit.p.lon, g.lat, g.lon);
      errors.push(km);
      if (km <= 161) correct++;
      else
        misses.push({
          kind: 'wrong',
          gold: g.name,
          got: `${hit.p.name} (${hit.p.country}, ${hit.p.admin1})`,
          km: Math.round(km),
          present,
        });
    }
  });
  const r = {
    corpus: name,
    documents: articles.length,
    goldWithCoordinates: gold,
    accuracy161: correct / gold,
    accuracy161Recognized: correct / recognized,
    recognitionRecall: recognized / gold,
    recognitionPrecision: predictedHit / predicted,
    meanErrorKm: errors.reduce((s, x) => s + x, 0) / errors.length,
    medianErrorKm: median(errors),
    docsPerSecond: articles.length / (ms / 1000),
    geoOnlyDocsPerSecond: articles.length / (geoMs / 1000),
    charsPerSecond: chars / (ms / 1000),
    goldInGazetteer: inGazetteer / gold,
    missedNotInGazetteer: misses.filter((m) => !m.present).length,
    misses: misses.length,
    wrongNotInGazetteer: misses.filter((m) => m.kind === 'wrong' && !m.present).length,
    wrong: misses.filter((m) => m.kind === 'wrong').length,
    missedRecognition: misses.filter((m) => m.kind === 'missed').length,
    // Adjectival demonyms ("Russian") are actors by design, never places: the score without them.
    demonymGold: demonyms,
    accuracy161WithoutDemonyms: correct / (gold - demonyms),
    // Gold toponyms no place mention covers, right through an actor mention's country instead.
    rightViaActors: viaActors,
    accuracy161WithActorDemonyms: (correct + viaActors) / gold,
    // With perfect recognition: our mention where we found one, our resolver on the gold span where
    // we did not (see the head of this file).
    accuracy161PerfectRecognition: (correct + goldSpanCorrect) / gold,
    accuracy161PerfectRecognitionWithoutDemonyms:
      (correct + goldSpanCorrect - goldSpanDemonymsCorrect) / (gold - demonyms),
    // Gold places the default gazetteer has no entry for (name within 161 km), and of those the
    // populated places (LGL fclass P: villages and small towns cities1000 lacks).
    errorsNotInGazetteer: misses.filter((m) => !m.present && !m.demonym).length,
    populatedPlacesNotInGazetteer: villagesMissing,
    errorsPopulatedNotInGazetteer: misses.filter((m) => !m.present && m.fclass === 'P').length,
  };
  if (showErrors > 0) {
    const sample = misses.filter((m) => m.kind === 'wrong').slice(0, showErrors);
    console.log(`${name} wrong (first ${sample.length}):`);
    for (const m of sample)
      console.log(`  ${m.gold} -> ${m.got} ${m.km} km${m.present ? '' : ' [gold not in gazetteer]'}`);
    const missed = misses.filter((m) => m.kind === 'missed').map((m) => m.gold);
    const counts = new Map();
    for (const m of missed) counts.set(m, (counts.get(m) ?? 0) + 1);
    const fp = new Map();
    for (const m of falsePositives) fp.set(m, (fp.get(m) ?? 0) + 1);
    const top = [...fp].sort((a, b) => b[1] - a[1]).slice(0, showErrors);
    console.log(`${name} most frequent false positives: ${top.map(([n, c]) => `${n}×${c}`).join(', ')}`);
    console.log(
      `${name} most missed: ${[...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, showErrors)
        .map(([n, c]) => `${n}×${c}`)
        .join(', ')}`,
    );
  }
  return r;
}

const fmt = (x) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(3)) : String(x));
console.log(
  `gazetteer: ${gazetteer.description}, ${gazetteer.size} places, loaded in ${loadMs.toFixed(0)} ms`,
);
const results = [];
if (only === 'all' || only === 'gwn') results.push(score('GeoWebNews', readGwn()));
if (only === 'all' || only === 'lgl') results.push(score('LGL', readLgl()));
for (const r of results) {
  console.log(
    Object.entries(r)
      .map(([k, v]) => `${k}=${typeof v === 'number' ? fmt(v) : v}`)
      .join('  '),
  );
}
console.log(
  `rss MB=${(process.memoryUsage().rss / 1e6).toFixed(0)} heap MB=${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}`,
);
