#!/usr/bin/env node
// `sitrep ingest` on a folder of HTML pages: a first ingest into a fresh database and a re-run over
// the same, unchanged folder (which should skip every page by its bytes' hash).
//
//   node scripts/build.mjs && node bench/store/ingest-files.mjs [--pages 600] [--runs 3]
//        [--cli packages/cli/bin/sitrep.js] [--vs OTHER/packages/cli/bin/sitrep.js]
//
// With --vs, the two CLI bundles run alternately (A, B, A, B ...) in the same minutes of machine
// load, so a change can be compared with the build before it (e.g. a git worktree's bin/sitrep.js, after building it).
// Pages are fictional reports of ~1 KB of text inside ~9 KB of page furniture (navigation, scripts,
// related links, footer), as news sites serve them. Reported: documents/s over the batch (the CLI's
// own summary), wall seconds including start-up, and the re-run's wall seconds. Medians of --runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const PAGES = Number(opt('--pages', 600));
const RUNS = Number(opt('--runs', 3));
const clis = [resolve(opt('--cli', join(root, 'packages/cli/bin/sitrep.js')))];
if (opt('--vs', null)) clis.push(resolve(opt('--vs', null)));

const PLACES = ['Idlib', 'Kharkiv', 'El Fasher', 'Gao', 'Sagaing', 'Aden', 'Benghazi', 'Goma'];
const ACTS = ['shelled', 'attacked', 'met with', 'accused', 'detained', 'protested against'];
const SIDES = ['government forces', 'rebel fighters', 'police', 'protesters', 'the ministry'];
function page(i) {
  const pick = (list, k) => list[(i * 7 + k) % list.length];
  const paragraphs = Array.from(
    { length: 6 },
    (_, k) =>
      `<p>Fictional: on ${1 + ((i + k) % 28)} May 2024, ${pick(SIDES, k)} ${pick(ACTS, k)} ${pick(SIDES, k + 2)} near ${pick(PLACES, k)}, residents said.</p>`,
  ).join('');
  const links = Array.from(
    { length: 60 },
    (_, k) => `<li><a href="/story/${k}">Related story ${k}</a></li>`,
  ).join('');
  const script = `<script>window.dataLayer=[${Array.from({ length: 80 }, (_, k) => k * i).join(',')}];</script>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fictional report ${i}</title><meta property="article:published_time" content="2024-05-${String(1 + (i % 28)).padStart(2, '0')}">${script}</head><body><nav><ul>${links}</ul></nav><article><h1>Fictional report ${i}</h1>${paragraphs}</article><aside><ul>${links}</ul></aside><footer>Fictional newsroom. Contact, terms, privacy.</footer></body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-files-'));
mkdirSync(join(dir, 'pages'));
let bytes = 0;
for (let i = 0; i < PAGES; i++) {
  const html = page(i);
  bytes += Buffer.byteLength(html);
  writeFileSync(join(dir, 'pages', `page-${String(i).padStart(5, '0')}.html`), html);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function ingest(cli, db) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [cli, 'ingest', join(dir, 'pages'), '--db', db, '--quiet'], {
    encoding: 'utf8',
  });
  const wall = (Date.now() - started) / 1000;
  if (run.status !== 0)
    throw new Error(`${cli}: ingest failed (exit ${run.status}): ${run.stdout}${run.stderr}`);
  const match = /(\d+) new, (\d+) unchanged, (\d+) failed in ([\d.]+) s/.exec(run.stdout);
  if (!match) throw new Error(`${cli}: unexpected output: ${run.stdout}`);
  return { wall, news: Number(match[1]), unchanged: Number(match[2]), seconds: Number(match[4]) };
}

const results = clis.map(() => ({ rates: [], walls: [], reruns: [] }));
const load = loadavg()[0];
for (let run = 0; run < RUNS; run++) {
  for (const [c, cli] of clis.entries()) {
    const db = join(dir, `run-${c}-${run}.db`);
    const first = ingest(cli, db);
    if (first.news !== PAGES) throw new Error(`${cli}: stored ${first.news} of ${PAGES} pages`);
    const again = ingest(cli, db);
    if (again.unchanged !== PAGES) throw new Error(`${cli}: re-run found ${again.unchanged} unchanged`);
    results[c].rates.push(PAGES / first.seconds);
    results[c].walls.push(first.wall);
    results[c].reruns.push(again.wall);
  }
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `${PAGES} HTML pages, ${(bytes / 1e6).toFixed(1)} MB; median of ${RUNS}; load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`,
);
console.log(
  '| CLI bundle | pages/s over the batch | wall, first ingest (s) | wall, re-run of unchanged pages (s) |',
);
console.log('|---|---:|---:|---:|');
for (const [c, cli] of clis.entries()) {
  const r = results[c];
  console.log(
    `| ${cli.replace(`${resolve(root, '..')}/`, '')} | ${median(r.rates).toFixed(0)} | ${median(r.walls).toFixed(1)} | ${median(r.reruns).toFixed(1)} |`,
  );
}
