#!/usr/bin/env node
// Readers and CLI streaming: how fast each ingest reader turns bytes into text (txt, cp1252, html,
// pdf, docx, jsonl), how much memory a large JSONL feed takes through readJsonl and through
// `sitrep extract --from jsonl`, and how a 50 MB single-line text is refused. Inputs are generated
// from examples/ (our own fictional reports) and the test fixture builders; nothing is downloaded.
// Needs a build first (`npm run build`). Usage: node bench/ingest/run.mjs [--runs N] [--out FILE]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const out = args.includes('--out')
  ? args[args.indexOf('--out') + 1]
  : join(root, 'bench/results/ingest-cli.md');
const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));

const { readBytes } = await import(join(root, 'packages/ingest/dist/index.js'));
// The PDF/DOCX builders are the tests' own (TypeScript); bundled here on the fly.
const bundled = await build({
  entryPoints: [join(root, 'packages/ingest/test/build-fixtures.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
});
const { makePdf, makeDocx } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => n / 1e6;

/**
 * Times `fn` `runs` times; returns the median wall and CPU (user + system) milliseconds. CPU time
 * is what to compare across runs on a shared machine: wall time grows with everyone else's load.
 */
async function time(fn) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

// Corpus: the plain-text examples' paragraphs, all fictional.
const exampleTexts = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
const paragraphs = exampleTexts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 40);
const corpus = (bytes) => {
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += `${paragraphs[i % paragraphs.length]}\n\n`;
  return s;
};

const rows = [];
const add = (what, size, { wall, cpu }, unit, count) => {
  rows.push({
    what,
    size,
    wall,
    cpu,
    mbps: mb(size) / (cpu / 1000),
    rate: count ? `${Math.round(count / (cpu / 1000))} ${unit}/s` : '',
  });
};

// txt: UTF-8 and Windows-1252 (detection falls back from UTF-8 to the legacy heuristic).
const txt = new TextEncoder().encode(corpus(4e6));
add('txt, UTF-8, one 4 MB file', txt.length, await time(() => readBytes(txt, { name: 'a.txt' })));
const latin = Buffer.from(corpus(4e6).replace(/a/g, 'á'), 'latin1');
add('txt, Windows-1252, one 4 MB file', latin.length, await time(() => readBytes(latin, { name: 'a.txt' })));

// html: 200 article pages of ~10 KB with boilerplate.
const pages = Array.from({ length: 200 }, (_, i) => {
  const body = corpus(8000)
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return new TextEncoder().encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fictional ${i}</title><meta property="article:published_time" content="2024-01-0${(i % 9) + 1}"><script>var x=${i};</script></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Fictional ${i}</h1>${body}</article><footer>Contact</footer></body></html>`,
  );
});
const htmlBytes = pages.reduce((n, p) => n + p.length, 0);
add(
  'html, 200 pages of ~10 KB',
  htmlBytes,
  await time(async () => {
    for (const p of pages) await readBytes(p, { name: 'p.html' });
  }),
  'pages',
  pages.length,
);

// pdf: 40 pages of 45 lines, words hyphenated at some line ends.
const words = corpus(200000)
  .replace(/[()\\]/g, '')
  .split(/\s+/);
const pdfPages = [];
for (let p = 0, w = 0; p < 40; p++) {
  const lines = [];
  for (let l = 0; l < 45; l++) {
    const line = words.slice(w, w + 11).join(' ');
    w += 11;
    lines.push(l % 7 === 3 ? `${line} gov-` : l % 7 === 4 ? `ernment ${line}` : line);
  }
  pdfPages.push(lines);
}
const pdf = makePdf(pdfPages);
add(
  'pdf, 40 pages (text layer)',
  pdf.length,
  await time(() => readBytes(pdf, { name: 'a.pdf' })),
  'pages',
  40,
);

// docx: 400 paragraphs.
const docx = makeDocx(corpus(300000).split('\n\n').slice(0, 400));
add('docx, 400 paragraphs', docx.length, await time(() => readBytes(docx, { name: 'a.docx' })));

// jsonl: a 200 MB feed, streamed; memory must stay flat.
const jsonlPath = join(work, 'feed.jsonl');
{
  const lines = paragraphs.map((p, i) => JSON.stringify({ id: `f${i}`, text: p, published: '2024-01-01' }));
  const chunk = `${lines.join('\n')}\n`;
  const repeats = Math.ceil(200e6 / Buffer.byteLength(chunk));
  writeFileSync(jsonlPath, chunk.repeat(repeats));
}
const jsonlSize = statSync(jsonlPath).size;
// Measured in a child process, so the RSS is the reader's alone (not this script's generated inputs).
const jsonlChild = (() => {
  const script = `
    const { readJsonl, InputError } = await import(${JSON.stringify(join(root, 'packages/ingest/dist/index.js'))});
    const t = performance.now();
    const c = process.cpuUsage();
    let docs = 0;
    for await (const item of readJsonl(${JSON.stringify(jsonlPath)})) {
      if (item instanceof InputError) throw item;
      docs++;
    }
    const used = process.cpuUsage(c);
    console.log(JSON.stringify({ ms: performance.now() - t, cpu: (used.user + used.system) / 1000, docs, maxRssKb: process.resourceUsage().maxRSS }));`;
  const results = Array.from({ length: runs }, () =>
    JSON.parse(spawnSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout),
  );
  return {
    ms: median(results.map((r) => r.ms)),
    cpu: median(results.map((r) => r.cpu)),
    docs: results[0].docs,
    maxRssKb: Math.max(...results.map((r) => r.maxRssKb)),
  };
})();
add(
  `jsonl, ${Math.round(mb(jsonlSize))} MB feed via readJsonl`,
  jsonlSize,
  { wall: jsonlChild.ms, cpu: jsonlChild.cpu },
  'docs',
  jsonlChild.docs,
);

// The CLI end to end on a JSONL feed (examples' paragraphs), results to /dev/null: peak RSS.
const cliFeed = join(work, 'cli.jsonl');
writeFileSync(
  cliFeed,
  Array.from({ length: 3000 }, (_, i) =>
    JSON.stringify({ id: `c${i}`, text: paragraphs[i % paragraphs.length] }),
  ).join('\n'),
);
const cliSize = statSync(cliFeed).size;
const cli = (args) => {
  const t = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M %U %S', 'node', join(root, 'packages/cli/bin/sitrep.js'), ...args],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t;
  const lines = r.stderr.trim().split('\n');
  const [rssKb, user, system] = lines.at(-1).split(' ').map(Number);
  return { ms, cpu: (user + system) * 1000, rssKb, status: r.status, stderr: lines.slice(0, -1).join('\n') };
};
const cliRuns = Array.from({ length: runs }, () =>
  cli(['extract', '--from', 'jsonl', cliFeed, '--format', 'jsonl']),
);
const cliMs = median(cliRuns.map((r) => r.ms));
const cliCpu = median(cliRuns.map((r) => r.cpu));
const cliRss = Math.max(...cliRuns.map((r) => r.rssKb));

// Cold start on one small file, and the 50 MB single-line refusal.
const coldRuns = Array.from({ length: runs }, () =>
  cli(['extract', join(root, 'examples/wire-gao-ambush.txt')]),
);
const cold = median(coldRuns.map((r) => r.ms));
const coldCpu = median(coldRuns.map((r) => r.cpu));
// Where the cold start goes, in CPU time: loading the CLI bundle (every command's imports) and
// building the default pipeline (its resources).
const startupScript = `
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const a = cpu();
  await import(${JSON.stringify(join(root, 'packages/cli/dist/cli.js'))});
  const b = cpu();
  const { createDefaultPipeline } = await import(${JSON.stringify(join(root, 'packages/pipeline/dist/index.js'))});
  await createDefaultPipeline();
  console.log(JSON.stringify({ node: a, bundle: b - a, pipeline: cpu() - b }));`;
const startupRuns = Array.from({ length: runs }, () =>
  JSON.parse(
    spawnSync('node', ['--input-type=module', '-e', startupScript], { encoding: 'utf8', cwd: root }).stdout,
  ),
);
const startup = Object.fromEntries(
  ['node', 'bundle', 'pipeline'].map((k) => [k, median(startupRuns.map((r) => r[k]))]),
);
const bigPath = join(work, 'big.txt');
writeFileSync(bigPath, 'Fictional: the convoy moved on '.repeat(1_700_000));
const refusal = cli(['extract', bigPath]);

rmSync(work, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
const table = rows
  .map(
    (r) =>
      `| ${r.what} | ${mb(r.size).toFixed(1)} MB | ${r.cpu.toFixed(0)} ms | ${r.wall.toFixed(0)} ms | ${r.mbps.toFixed(1)} MB/s | ${r.rate} |`,
  )
  .join('\n');
const md = `## Ingest readers and \`sitrep extract\` streaming

Date ${date}; machine: 2 cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.versions.node}, shared with other
jobs (load average ${loadavg()[0].toFixed(1)} at the end of the run). Rates are per CPU-second (user + system time of
the process), which stays comparable when other jobs load the machine; wall times are shown too.
Reproduce: \`npm run build && node bench/ingest/run.mjs --runs ${runs}\`. Medians of ${runs} runs. Inputs are
generated from examples/ (fictional) and the ingest tests' PDF/DOCX builders.

| reader input | size | CPU | wall | MB per CPU-s | rate per CPU-s |
|---|---|---|---|---|---|
${table}

- readJsonl over the ${Math.round(mb(jsonlSize))} MB feed, in its own process: peak RSS ${Math.round(jsonlChild.maxRssKb / 1024)} MB (the file is never held whole).
- \`sitrep extract --from jsonl\` on 3000 one-paragraph documents (${(cliSize / 1e6).toFixed(2)} MB), default pipeline,
  \`--format jsonl\` to /dev/null: ${cliCpu.toFixed(0)} ms CPU (${cliMs.toFixed(0)} ms wall) including start-up,
  ${Math.round(3000 / (cliCpu / 1000))} docs per CPU-second, peak RSS ${Math.round(cliRss / 1024)} MB.
- Cold start, \`sitrep extract\` on one small .txt: ${coldCpu.toFixed(0)} ms CPU, ${cold.toFixed(0)} ms wall (median; includes
  loading the pipeline's resources: gazetteer, actor dictionary, nlp model). CPU split: Node itself
  ${startup.node.toFixed(0)} ms, importing the CLI bundle (every command's dependencies, the HTTP server's
  included) ${startup.bundle.toFixed(0)} ms, \`createDefaultPipeline()\` ${startup.pipeline.toFixed(0)} ms.
- A 50 MB text with no line break: refused (exit ${refusal.status}) after ${refusal.cpu.toFixed(0)} ms CPU (${refusal.ms.toFixed(0)} ms wall,
  start-up included), peak RSS ${Math.round(refusal.rssKb / 1024)} MB:
  \`${refusal.stderr.split('\n')[0]?.replace(/\/tmp\/[^:]+/, '<path>')}\`
`;
writeFileSync(out, md);
process.stdout.write(md);
