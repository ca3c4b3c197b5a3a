#!/usr/bin/env node
// Geo stage speed on GeoWebNews and LGL texts (../shared/benchmarks/geo; never copied): documents/s
// of geoparse alone (nlp analysed beforehand, not timed), a first pass with nothing remembered and a
// second pass over the same texts (the gazetteer's lookup cache warm), plus CPU time. With --dump FILE
// it writes every document's place mentions as JSON lines, to diff two builds:
//   node scripts/build.mjs && node bench/geo/speed.mjs --dump /tmp/after.jsonl
//   GEO_DIST=tmp/old/index.js node bench/geo/speed.mjs --dump /tmp/before.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// Usage: node bench/geo/speed.mjs [--limit N] [--passes 1|2] [--dump FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = join(root, '..', 'shared', 'benchmarks', 'geo');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const limit = Number(opt('limit', 'Infinity'));
const dump = opt('dump', null);
const passes = ['first', 'second'].slice(0, Number(opt('passes', '2')));

if (!existsSync(benchDir)) {
  console.log(`geo speed: ${benchDir} is missing; skipping (it holds GeoWebNews.xml and LGL.xml)`);
  process.exit(0);
}
const geoDist = process.env.GEO_DIST
  ? resolve(process.env.GEO_DIST)
  : join(root, 'packages/geo/dist/index.js');
if (!existsSync(geoDist)) {
  console.error('geo speed: packages/geo/dist/index.js is missing; run `node scripts/build.mjs` first');
  process.exit(2);
}
const { Doc } = await import(join(root, 'packages/model/dist/index.js'));
const { analyze } = await import(join(root, 'packages/nlp/dist/index.js'));
const geo = await import(geoDist);

const t = performance.now();
const cpu = process.cpuUsage();
const gazetteer = geo.loadGazetteer();
const loadMs = performance.now() - t;
const loadCpu = process.cpuUsage(cpu);

const unescapeXml = (s) =>
  s
    .replace(/^<!\[CDATA\[/, '')
    .replace(/\]\]>$/, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const texts = (file) =>
  [...readFileSync(join(benchDir, file), 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g)]
    .map((m) => unescapeXml(m[1]))
    .slice(0, limit);

const lines = [];
const report = [];
for (const [name, file] of [
  ['GeoWebNews', 'GeoWebNews.xml'],
  ['LGL', 'LGL.xml'],
]) {
  const docs = texts(file).map((text) => {
    const doc = new Doc({ text });
    doc.set('nlp', analyze(text));
    return doc;
  });
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  for (const pass of passes) {
    const c = process.cpuUsage();
    const t0 = performance.now();
    const results = docs.map((doc) => geo.geoparse(doc, gazetteer));
    const ms = performance.now() - t0;
    const cpuMs = (process.cpuUsage(c).user + process.cpuUsage(c).system) / 1000;
    report.push(
      `${name.padEnd(10)} ${pass} pass: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} MB, ${ms.toFixed(0)} ms wall (${cpuMs.toFixed(0)} ms CPU), ${((docs.length * 1000) / ms).toFixed(1)} docs/s, ${(chars / 1e3 / ms).toFixed(2)} MB/s`,
    );
    if (pass === 'first' && dump) {
      results.forEach((places, i) => {
        const brief = places.map((p) => [
          p.span,
          p.gazetteer,
          p.lat,
          p.lon,
          p.feature,
          p.confidence,
          p.candidates,
          p.role,
          p.why,
        ]);
        lines.push(JSON.stringify({ corpus: name, doc: i, places: brief }));
      });
    }
  }
}
const m = process.memoryUsage();
console.log(
  `gazetteer: ${gazetteer.size} places, load ${loadMs.toFixed(0)} ms wall (${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU); rss ${(m.rss / 1e6).toFixed(0)} MB`,
);
for (const line of report) console.log(line);
if (dump) {
  writeFileSync(dump, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} documents' places to ${dump}`);
}
