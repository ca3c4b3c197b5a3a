#!/usr/bin/env node
// Before/after CPU per stage of the default pipeline, two builds in one process. On a shared
// machine CPU time per byte drifts by 20% or more between minutes, so two separate runs cannot
// show a 10% change; here both builds run pass after pass, alternately, and see the same load.
//
//   node bench/throughput/compare.mjs --base /tmp/old-tree [--runs 5] [--corpus examples|shared|all]
//
// `--base` is another checkout of the repository, built (`node scripts/build.mjs` there), e.g. the
// tree without the change under test: `git worktree add /tmp/old-tree HEAD~1` (then link or install
// node_modules and build). This tree is "after". Corpora as in stages.mjs: examples/ x20 and the
// texts of ../shared/benchmarks (skipped with a notice when missing). Prints, per corpus and build,
// the median CPU ms per stage ("result" = assembling and validating the DocumentResult) and MB/s.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readExamples, sharedTexts } from './corpora.mjs';
import { cpuMs, instrumentStages, median } from './cpu.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(opt('--runs', 5));
const corpus = opt('--corpus', 'all');
const baseRoot = opt('--base', null);
if (!baseRoot) throw new Error('compare.mjs: expected --base DIR (another built checkout); found none');
const baseDist = join(resolve(baseRoot), 'packages/pipeline/dist/index.js');
if (!existsSync(baseDist)) {
  throw new Error(
    `compare.mjs: ${baseDist} does not exist; run \`node scripts/build.mjs\` in ${baseRoot} first`,
  );
}

const { readFile } = await import(join(root, 'packages/ingest/dist/index.js'));

const examples = await readExamples(root, readFile, '2024-05-01');
const sharedDocs = sharedTexts(shared).map((text, i) => ({
  text,
  published: i % 2 === 0 ? '2024-05-01' : null,
}));

/** A pipeline whose stages add their CPU time to `spent`. */
async function instrumented(dist) {
  const { createDefaultPipeline } = await import(dist);
  const pipeline = await createDefaultPipeline();
  return { pipeline, spent: instrumentStages(pipeline) };
}

const builds = {
  before: await instrumented(baseDist),
  after: await instrumented(join(root, 'packages/pipeline/dist/index.js')),
};

function compare(name, docs) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const perRun = { before: [], after: [] };
  for (const { pipeline } of Object.values(builds)) for (const d of docs) pipeline.extract(d); // warm-up
  for (let r = 0; r < runs; r++) {
    for (const key of r % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
      const { pipeline, spent } = builds[key];
      for (const k of spent.keys()) spent.set(k, 0);
      const start = cpuMs();
      for (const d of docs) pipeline.extract(d);
      const total = cpuMs() - start;
      const inStages = [...spent.values()].reduce((a, b) => a + b, 0);
      perRun[key].push({ ...Object.fromEntries(spent), result: total - inStages, total });
    }
  }
  const keys = Object.keys(perRun.before[0]);
  console.log(
    `\n${name}: ${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB; CPU ms, median of ${runs} alternating runs`,
  );
  console.log(`| build | ${keys.join(' | ')} | MB/s | fastest run total | MB/s |`);
  console.log(`|---|${keys.map(() => '---:').join('|')}|---:|---:|---:|`);
  for (const key of ['before', 'after']) {
    const med = Object.fromEntries(keys.map((k) => [k, median(perRun[key].map((p) => p[k]))]));
    // The fastest run as well: a run that shared the machine with a burst of other work is slow,
    // never fast, and which build it hits is chance.
    const best = Math.min(...perRun[key].map((p) => p.total));
    console.log(
      `| ${key} | ${keys.map((k) => med[k].toFixed(0)).join(' | ')} | ${(bytes / 1e6 / (med.total / 1000)).toFixed(2)} | ${best.toFixed(0)} | ${(bytes / 1e6 / (best / 1000)).toFixed(2)} |`,
    );
  }
}

console.log(`load average at start: ${loadavg()[0].toFixed(2)}`);
if (corpus !== 'shared')
  compare(`examples/ x20 (${examples.length} reports)`, Array(20).fill(examples).flat());
if (corpus !== 'examples' && sharedDocs.length > 0) compare('shared texts (GWN, LGL, TBAQ)', sharedDocs);
console.log(`load average at end: ${loadavg()[0].toFixed(2)}`);
