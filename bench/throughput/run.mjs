#!/usr/bin/env node
// Throughput of the default pipeline: MB/s, documents/s, cold start of `sitrep extract`, peak RSS.
// Corpus: examples/ repeated, plus the texts of ../shared/benchmarks when present (read at bench
// time, never copied). Needs a build first: `npm run build` (npm ci does it).
// Usage: node bench/throughput/run.mjs [--runs N] [--out bench/results/throughput.md]
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readExamples, sharedTexts } from './corpora.mjs';
import { median } from './cpu.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const out = args.includes('--out')
  ? args[args.indexOf('--out') + 1]
  : join(root, 'bench/results/throughput.md');

const { createDefaultPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));

const examples = await readExamples(root, readFile, null);
const sharedDocs = sharedTexts(shared).map((text) => ({ text, published: null }));

const t0 = performance.now();
const pipeline = await createDefaultPipeline();
const loadMs = performance.now() - t0;

function measure(name, docs) {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  pipeline.extract(docs[0]); // warm up
  const times = [];
  let events = 0;
  for (let r = 0; r < runs; r++) {
    events = 0;
    const start = performance.now();
    for (const d of docs) events += pipeline.extract(d).events.length;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return {
    name,
    docs: docs.length,
    mb: bytes / 1e6,
    chars,
    ms,
    mbps: bytes / 1e6 / (ms / 1000),
    dps: docs.length / (ms / 1000),
    events,
  };
}

const rows = [];
const repeated = Array.from({ length: 50 }, () => examples).flat();
rows.push(measure(`examples/ x50 (${examples.length} reports)`, repeated));
if (sharedDocs.length > 0) rows.push(measure(`shared/benchmarks texts (GeoWebNews, LGL, TBAQ)`, sharedDocs));
else console.warn('notice: ../shared/benchmarks not found; measuring examples only');

// Cold start: a fresh `sitrep extract` process on one file, wall time, several runs.
const bin = join(root, 'packages/cli/bin/sitrep.js');
const cold = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const res = spawnSync(process.execPath, [bin, 'extract', join(root, 'examples/wire-idlib-shelling.txt')], {
    encoding: 'utf8',
  });
  cold.push(performance.now() - start);
  if (res.status !== 0) throw new Error(`sitrep extract failed: ${res.stderr}`);
}
const rssMb = process.resourceUsage().maxRSS / 1024;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const lines = [
  '## Throughput of the default pipeline',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, commit ${commit}.`,
  `Command: \`node bench/throughput/run.mjs --runs ${runs}\` (median of ${runs} runs, one core, after \`npm run build\`).`,
  `Stages: ${pipeline.stages.map((s) => s.name).join(' → ')}; pipeline version ${pipeline.version}.`,
  '',
  '| corpus | docs | MB | MB/s | docs/s | events |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.docs} | ${r.mb.toFixed(2)} | ${r.mbps.toFixed(2)} | ${r.dps.toFixed(0)} | ${r.events} |`,
  ),
  '',
  `| measure | value | target |`,
  `|---|---:|---:|`,
  `| pipeline load (gazetteer, dictionaries, lexicons) | ${loadMs.toFixed(0)} ms | |`,
  `| cold start, \`sitrep extract\` on one file (median wall) | ${median(cold).toFixed(0)} ms | ≤ 1500 ms |`,
  `| peak RSS of this bench process | ${rssMb.toFixed(0)} MB | ≤ 500 MB |`,
  '',
];
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
