#!/usr/bin/env node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
// Ingest throughput and database size, on generated fictional reports.
//
//   node scripts/build.mjs && node bench/store/ingest.mjs [N=1000] [runs=3]
//
// SITREP_BENCH_DIST=packages/cli/some-dir runs another bundle of the CLI (cli.js, store.js and
// pipeline.js side by side), to compare two versions of the code in the same minutes of machine load.
//
// 1. `sitrep ingest` (the built CLI's main(), in this process, default workers) on N documents into
//    a fresh database: documents/s over the batch (from the CLI's summary), wall time including
//    start-up (loading the pipeline in each worker), and CPU seconds of the whole process (all
//    threads), which stays meaningful on a busy machine where wall time does not. Median of `runs`.
//    Also the main thread's own CPU seconds (Linux: /proc), the single thread that writes.
// 2. The store alone, in this thread, on N pre-extracted results: one transaction per document,
//    group commits of 32 through putDocuments (validation, JSON and deflate in this thread), and
//    the writer's own share in `sitrep ingest`: putPrepared in groups of 16 of documents that
//    prepareDocument prepared beforehand (the extraction workers do that part during an ingest).
// 3. Database size per 1,000 documents (after a WAL checkpoint).
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const N = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 3);
const dist = process.env.SITREP_BENCH_DIST;
const { main } = await import(join(root, dist ? `${dist}/cli.js` : 'packages/cli/dist/cli.js'));
const { openSqliteStore, prepareDocument } = await import(
  join(root, dist ? `${dist}/store.js` : 'packages/store/dist/index.js')
);
const { createDefaultPipeline } = await import(
  join(root, dist ? `${dist}/pipeline.js` : 'packages/pipeline/dist/index.js')
);
// CPU seconds of this process's main thread (Linux), or null elsewhere.
const mainThreadCpu = () => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
};

const PLACES = [
  'Idlib',
  'Aleppo',
  'Kharkiv',
  'El Fasher',
  'Gao',
  'Bogotá',
  'Sagaing',
  'Cairo',
  'Aden',
  'Benghazi',
];
const ACTORS = [
  'government forces',
  'rebel fighters',
  'the army',
  'police',
  'protesters',
  'UN officials',
  'the ministry',
  'local militias',
];
const VERBS = [
  'shelled',
  'attacked',
  'met with',
  'accused',
  'detained',
  'protested against',
  'signed an agreement with',
  'threatened',
];
function report(i) {
  const p = (k) => PLACES[(i * 7 + k) % PLACES.length];
  const a = (k) => ACTORS[(i * 3 + k) % ACTORS.length];
  const v = (k) => VERBS[(i * 5 + k) % VERBS.length];
  const day = 1 + (i % 28);
  const lines = [`Fictional report ${i}, published 2024-05-${String(day).padStart(2, '0')}.`];
  for (let k = 0; k < 8; k++) {
    lines.push(
      `On ${1 + ((day + k) % 28)} May 2024, ${a(k)} ${v(k)} ${a(k + 1)} near ${p(k)}, according to residents reached by phone.`,
    );
  }
  return `${lines.join(' ')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
mkdirSync(join(dir, 'docs'));
let bytes = 0;
for (let i = 0; i < N; i++) {
  const text = report(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(dir, 'docs', `report-${String(i).padStart(5, '0')}.txt`), text);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dbSize = (path) => {
  const store = openSqliteStore(path);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.close();
  return statSync(path).size;
};

const rates = [];
const walls = [];
const cpus = [];
const mainCpus = [];
let size = 0;
const load = loadavg()[0];
for (let run = 0; run < RUNS; run++) {
  const db = join(dir, `run-${run}.db`);
  let stdout = '';
  const io = {
    stdin: process.stdin,
    stdout: new Writable({
      write(chunk, _enc, cb) {
        stdout += chunk;
        cb();
      },
    }),
    stderr: new Writable({
      write(_chunk, _enc, cb) {
        cb();
      },
    }),
  };
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpu();
  const started = Date.now();
  const code = await main(['node', 'sitrep', 'ingest', join(dir, 'docs'), '--db', db, '--quiet'], io);
  const wall = (Date.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const match = /(\d+) new, (\d+) unchanged, (\d+) failed in ([\d.]+) s/.exec(stdout);
  if (code !== 0 || !match || Number(match[1]) !== N)
    throw new Error(`ingest run ${run} failed (exit ${code}): ${stdout}`);
  rates.push(N / Number(match[4]));
  walls.push(wall);
  cpus.push((used.user + used.system) / 1e6);
  if (mainCpu !== null) mainCpus.push(mainThreadCpu() - mainCpu);
  size = dbSize(db);
}

// The writer alone: results extracted beforehand, then stored one transaction each.
const pipeline = await createDefaultPipeline();
const prepared = [];
const extractStarted = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const text = report(i);
  prepared.push({ text, result: pipeline.extract({ text, source: `report-${i}.txt` }) });
}
const extractRate = N / (Number(process.hrtime.bigint() - extractStarted) / 1e9);
const events = prepared.reduce((n, p) => n + p.result.events.length, 0);
const storeRates = [];
const groupRates = [];
const writerRates = [];
const writerCpus = [];
for (let run = 0; run < RUNS; run++) {
  let store = openSqliteStore(join(dir, `store-${run}.db`));
  let t = process.hrtime.bigint();
  for (const { text, result } of prepared)
    await store.putDocument({ result, text, pipeline: pipeline.version, format: 'txt', checked: true });
  storeRates.push(N / (Number(process.hrtime.bigint() - t) / 1e9));
  await store.close();
  store = openSqliteStore(join(dir, `group-${run}.db`));
  t = process.hrtime.bigint();
  for (let g = 0; g < N; g += 32) {
    await store.putDocuments(
      prepared.slice(g, g + 32).map(({ text, result }) => ({
        result,
        text,
        pipeline: pipeline.version,
        format: 'txt',
        checked: true,
      })),
    );
  }
  groupRates.push(N / (Number(process.hrtime.bigint() - t) / 1e9));
  await store.close();
  if (!prepareDocument) continue;
  const ready = prepared.map(({ text, result }) =>
    prepareDocument({ result, text, pipeline: pipeline.version, format: 'txt', checked: true }),
  );
  store = openSqliteStore(join(dir, `writer-${run}.db`));
  const cpu = process.cpuUsage();
  t = process.hrtime.bigint();
  for (let g = 0; g < N; g += 16) await store.putPrepared(ready.slice(g, g + 16));
  writerRates.push(N / (Number(process.hrtime.bigint() - t) / 1e9));
  const used = process.cpuUsage(cpu);
  writerCpus.push((used.user + used.system) / 1e3 / N);
  await store.close();
}
rmSync(dir, { recursive: true, force: true });

const lines = [
  `ingest of ${N} generated fictional reports (${(bytes / N).toFixed(0)} bytes each, ${(events / N).toFixed(1)} events each with pipeline ${pipeline.version}), median of ${RUNS} runs`,
  '',
  '| measure | value |',
  '|---|---|',
  `| sitrep ingest, documents/s over the batch | ${median(rates).toFixed(0)} (runs: ${rates.map((r) => r.toFixed(0)).join(', ')}) |`,
  `| sitrep ingest, wall time incl. start-up | ${median(walls).toFixed(1)} s (${(N / median(walls)).toFixed(0)} documents/s) |`,
  `| sitrep ingest, CPU time (all threads) | ${median(cpus).toFixed(1)} s = ${(N / median(cpus)).toFixed(0)} documents per CPU-second; 2 cores → ≤ ${((2 * N) / median(cpus)).toFixed(0)} documents/s on an idle machine |`,
  ...(mainCpus.length
    ? [
        `| sitrep ingest, CPU time of the main thread (reads files, writes the database) | ${median(mainCpus).toFixed(1)} s = ${((median(mainCpus) / N) * 1000).toFixed(2)} ms per document |`,
      ]
    : []),
  `| extraction alone, one thread (pipeline.extract), documents/s | ${extractRate.toFixed(0)} |`,
  `| store alone, one transaction per document, documents/s | ${median(storeRates).toFixed(0)} |`,
  `| store alone, group commits of 32, documents/s | ${median(groupRates).toFixed(0)} |`,
  ...(writerRates.length
    ? [
        `| writer alone (putPrepared, groups of 16, prepared beforehand as the workers do), documents/s | ${median(writerRates).toFixed(0)} (${median(writerCpus).toFixed(2)} ms CPU per document) |`,
      ]
    : []),
  `| machine load (1-min load average at start) | ${load.toFixed(1)} on 2 cores |`,
  `| database size per 1,000 documents | ${(((size / N) * 1000) / 1024 / 1024).toFixed(2)} MiB (${(size / N / 1024).toFixed(1)} KiB per document, originals compressed) |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
