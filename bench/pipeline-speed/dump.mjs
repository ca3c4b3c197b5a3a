#!/usr/bin/env node
// Equivalence check for speed work: writes the default pipeline's times, places and events for
// examples/ (each, and all joined) and the shared benchmark texts, as one JSON line per document,
// so outputs before and after a change can be compared with `cmp`. Needs `node scripts/build.mjs`.
// Usage: node bench/pipeline-speed/dump.mjs OUT.jsonl [--shared K]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const out = args[0];
if (!out) throw new Error('dump.mjs: expected an output path as the first argument; found none');
const sharedMax = args.includes('--shared') ? Number(args[args.indexOf('--shared') + 1]) : 300;
const { createDefaultPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));

const docs = [];
const texts = [];
for (const f of readdirSync(join(root, 'examples')).filter((f) => /\.(txt|html)$/.test(f))) {
  const d = await readFile(join(root, 'examples', f));
  docs.push({ text: d.text, published: d.published ?? '2024-05-01' });
  texts.push(d.text);
}
docs.push({ text: texts.join('\n\n'), published: '2024-05-01' });
const geo = join(shared, 'geo', 'GeoWebNews.xml');
if (existsSync(geo)) {
  for (const m of readFileSync(geo, 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g))
    docs.push({ text: m[1], published: '2024-05-01' });
} else console.log(`skip: ${geo} missing`);
const pipeline = await createDefaultPipeline();
const lines = [];
for (const d of docs.slice(0, 9 + sharedMax)) {
  const r = pipeline.extract(d);
  lines.push(JSON.stringify({ times: r.times, places: r.places, events: r.events }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} documents to ${out}`);
