#!/usr/bin/env node
// The events stage alone (with time's dateOf and geo's locate injected, as in the default
// pipeline), timed on layers computed once: best of R runs, so the other stages' cost and the
// machine's noise stay out. Each run gets fresh Doc objects (per-document caches start cold).
// Documents: examples/ joined N times into one text (N = 10, 60, 200: does the cost per MB grow
// with document length?), and the shared benchmark texts when present.
// Needs `node scripts/build.mjs`. Usage: node bench/pipeline-speed/events.mjs [--runs R]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const { createDefaultPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const { Doc } = await import(join(root, 'packages/model/dist/index.js'));
const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));

const pipeline = await createDefaultPipeline();
const events = pipeline.stages.at(-1);
const before = pipeline.stages.slice(0, -1);

const texts = [];
for (const f of readdirSync(join(root, 'examples')).filter((f) => /\.(txt|html)$/.test(f)))
  texts.push((await readFile(join(root, 'examples', f))).text);
const joined = texts.join('\n\n');

function prepare(inputs) {
  return inputs.map((input) => {
    const doc = new Doc(input);
    for (const s of before) doc.set(s.provides, s.run(doc, { options: {} }));
    return { input, layers: before.map((s) => [s.provides, doc.layer(s.provides)]) };
  });
}

function time(name, prepared) {
  const bytes = prepared.reduce((n, p) => n + Buffer.byteLength(p.input.text), 0);
  let best = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const docs = prepared.map((p) => {
      const doc = new Doc(p.input);
      for (const [k, v] of p.layers) doc.set(k, v);
      return doc;
    });
    const t0 = performance.now();
    count = 0;
    for (const doc of docs) count += events.run(doc, { options: {} }).length;
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `${name.padEnd(28)} ${(bytes / 1e6).toFixed(2)} MB ${String(count).padStart(5)} events  ${best.toFixed(0).padStart(6)} ms  ${(bytes / 1e6 / (best / 1000)).toFixed(2).padStart(6)} MB/s`,
  );
}

for (const n of [10, 60, 200]) {
  const text = Array(n).fill(joined).join('\n\n');
  time(`examples joined x${n}`, prepare([{ text, published: '2024-05-01' }]));
}
const geo = join(shared, 'geo', 'GeoWebNews.xml');
if (existsSync(geo)) {
  const docs = [...readFileSync(geo, 'utf8').matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => ({
    text: m[1],
    published: '2024-05-01',
  }));
  time(`GeoWebNews (${docs.length} docs)`, prepare(docs));
} else console.log(`skip: ${geo} missing`);
