#!/usr/bin/env node
// Geo stage speed on GeoWebNews and LGL texts (../shared/benchmarks/geo; never copied): documents/s
// of geoparse alone (nlp analysed beforehand, not timed), a first pass with nothing remembered and a
// second pass over the same texts (the gazetteer's lookup cache warm), plus CPU time. With --dump FILE
// it writes every document's place mentions as JSON lines, to diff two builds:
//   node scripts/build.mjs && node bench/geo/speed.mjs --dump /tmp/after.jsonl
//   GEO_DIST=tmp/old/index.js node bench/geo/speed.mjs --dump /tmp/before.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// With --all the dump (and timing) also covers the texts speed work must leave unchanged beyond the
// two corpora: examples/ (read by sitrep's reader), the probe sentences of data/gold/places-conflict*.tsv
// (conflict-probe.mjs's form) and the TimeBank+AQUAINT texts the throughput bench reads; --full
// dumps each place mention whole (every field, messages left out) instead of the brief form.
//   node bench/geo/speed.mjs --all --full --passes 1 --dump /tmp/after.jsonl
// Usage: node bench/geo/speed.mjs [--limit N] [--passes 1|2] [--dump FILE] [--all] [--full]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, decodeXml, loadBuilds, opt, root } from './common.mjs';

const limit = Number(opt('limit', 'Infinity'));
const dump = opt('dump', null);
const passes = ['first', 'second'].slice(0, Number(opt('passes', '2')));
const all = process.argv.includes('--all');
const full = process.argv.includes('--full');

const { Doc, analyze, geo } = await loadBuilds('geo speed');

const t = performance.now();
const cpu = process.cpuUsage();
const gazetteer = geo.loadGazetteer();
const loadMs = performance.now() - t;
const loadCpu = process.cpuUsage(cpu);

const texts = (file) =>
  [...readFileSync(join(benchDir, file), 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g)]
    .map((m) => decodeXml(m[1]))
    .slice(0, limit);

/** examples/ as sitrep reads them (the ingest bundle), in name order. */
async function exampleTexts() {
  const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));
  const out = [];
  for (const f of readdirSync(join(root, 'examples'))
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort())
    out.push((await readFile(join(root, 'examples', f))).text);
  return out;
}

/** Each name of the conflict probe sets in conflict-probe.mjs's one-line sentence. */
function probeTexts() {
  const out = [];
  for (const f of ['places-conflict.tsv', 'places-conflict-heldout.tsv']) {
    const rows = readFileSync(join(root, 'data', 'gold', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .slice(1);
    for (const l of rows) {
      const [name, countries = ''] = l.split('\t');
      const region = /^(the |[a-z])|region|province|state|governorate/.test(name) || countries === '';
      out.push(`Fictional: Fighting was reported ${region ? 'in' : 'near'} ${name} on Monday.`);
    }
  }
  return out;
}

/** TimeBank+AQUAINT texts with tags stripped, as the throughput bench reads them (skipped if missing). */
function tbaqTexts() {
  const out = [];
  for (const part of ['TimeBank', 'AQUAINT']) {
    const dir = join(benchDir, '..', 'time', 'TBAQ-cleaned', part);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const xml = readFileSync(join(dir, f), 'utf8');
      out.push(decodeXml((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? xml).replace(/<[^>]+>/g, '')));
    }
  }
  return out.filter((t) => t.trim().length > 0).slice(0, limit);
}

const corpora = [
  ['GeoWebNews', () => texts('GeoWebNews.xml')],
  ['LGL', () => texts('LGL.xml')],
];
if (all) corpora.push(['examples', exampleTexts], ['probes', probeTexts], ['TBAQ', tbaqTexts]);

const lines = [];
const report = [];
for (const [name, read] of corpora) {
  const docs = (await read()).map((text) => {
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
    const used = process.cpuUsage(c);
    const cpuMs = (used.user + used.system) / 1000;
    report.push(
      `${name.padEnd(10)} ${pass} pass: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} MB, ${ms.toFixed(0)} ms wall (${cpuMs.toFixed(0)} ms CPU), ${((docs.length * 1000) / ms).toFixed(1)} docs/s, ${(chars / 1e3 / ms).toFixed(2)} MB/s`,
    );
    if (pass === 'first' && dump) {
      results.forEach((places, i) => {
        if (full) {
          lines.push(JSON.stringify({ corpus: name, doc: i, places }));
          return;
        }
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
