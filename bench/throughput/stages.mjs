#!/usr/bin/env node
// CPU time per stage of the default pipeline, and an equivalence dump for speed work.
//
// Each stage's `run` is wrapped with `process.cpuUsage()` (user + system of this process, so other
// processes on a shared machine do not count); "result" is the rest of `extract` (assembling the
// DocumentResult and validating it against the contract). Corpora: examples/ (each file, and all
// joined) and the texts of ../shared/benchmarks (GeoWebNews, LGL, TBAQ stripped of tags), read at
// bench time and skipped with a notice when missing. Needs `node scripts/build.mjs` first.
//
// The process's CPU includes V8's background threads (parallel GC, the optimizing compiler), and on
// this machine much of it lands in "result", between stages: 264 ms of "result" on the examples in a
// default run was 47 ms with `node --single-threaded` (bench/results/throughput.md, fourth session).
// For per-stage shares run under `node --single-threaded` (all GC on the main thread, charged to the
// stage that allocates); for totals, run plainly.
//
// Usage:
//   node bench/throughput/stages.mjs [--runs 3] [--corpus examples|shared|all]
//   node bench/throughput/stages.mjs --dump OUT.jsonl   # one DocumentResult (JSON) per document
// Speed work must leave the dump byte-identical: dump before a change, dump after, `cmp` the two.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readExamples, sharedTexts } from './corpora.mjs';
import { cpuMs, instrumentStages, median } from './cpu.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(opt('--runs', 3));
const corpus = opt('--corpus', 'all');
const dump = opt('--dump', null);

const { createDefaultPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));

const examples = await readExamples(root, readFile, '2024-05-01');
const joined = { text: examples.map((d) => d.text).join('\n\n'), published: '2024-05-01' };
// Shared texts alternate a publication date and none, so both resolution paths are exercised.
const sharedDocs = sharedTexts(shared).map((text, i) => ({
  text,
  published: i % 2 === 0 ? '2024-05-01' : null,
}));

const pipeline = await createDefaultPipeline();

if (dump) {
  const lines = [];
  for (const d of [...examples, joined, ...sharedDocs]) lines.push(JSON.stringify(pipeline.extract(d)));
  writeFileSync(dump, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} DocumentResults to ${dump}`);
  process.exit(0);
}

const spent = instrumentStages(pipeline);

function measure(name, docs) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  for (const d of docs) pipeline.extract(d); // warm-up pass: caches, JIT
  const perRun = [];
  for (let r = 0; r < runs; r++) {
    for (const k of spent.keys()) spent.set(k, 0);
    const start = cpuMs();
    for (const d of docs) pipeline.extract(d);
    const total = cpuMs() - start;
    const stages = Object.fromEntries(spent);
    const inStages = [...spent.values()].reduce((a, b) => a + b, 0);
    perRun.push({ total, ...stages, result: total - inStages });
  }
  const keys = Object.keys(perRun[0]);
  const med = Object.fromEntries(keys.map((k) => [k, median(perRun.map((p) => p[k]))]));
  return { name, docs: docs.length, mb: bytes / 1e6, med, mbps: bytes / 1e6 / (med.total / 1000) };
}

const rows = [];
if (corpus !== 'shared')
  rows.push(measure(`examples/ x20 (${examples.length} reports)`, Array(20).fill(examples).flat()));
if (corpus !== 'examples' && sharedDocs.length > 0)
  rows.push(measure('shared texts (GWN, LGL, TBAQ)', sharedDocs));

const keys = Object.keys(rows[0].med).filter((k) => k !== 'total');
console.log(
  `CPU ms per stage, median of ${runs} runs after one warm-up pass; load ${(await import('node:os')).loadavg()[0].toFixed(2)}`,
);
console.log(`| corpus | docs | MB | ${keys.join(' | ')} | total | MB/s (CPU) |`);
console.log(`|---|---:|---:|${keys.map(() => '---:').join('|')}|---:|---:|`);
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.docs} | ${r.mb.toFixed(2)} | ${keys.map((k) => r.med[k].toFixed(0)).join(' | ')} | ${r.med.total.toFixed(0)} | ${r.mbps.toFixed(2)} |`,
  );
}
