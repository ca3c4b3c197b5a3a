#!/usr/bin/env node
// Web app bench: build time, bundle sizes (raw and gzip), and how fast the app becomes usable in
// headless chromium against the real server with examples/ ingested: time to the first table rows,
// to the first map markers (MapLibre renders in software here), and to the timeline bars; median of
// RUNS fresh page loads. Needs `node scripts/build.mjs` first (it imports the built server and
// store) and /usr/bin/chromium (or SITREP_CHROMIUM). Usage: node bench/web/load.mjs [RUNS]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const chromiumPath = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log(`web bench: skipped — no Chromium at ${chromiumPath} (apt-get install -y chromium).`);
  process.exit(0);
}
for (const f of ['packages/server/dist/index.js', 'packages/store/dist/index.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`web bench: ${f} is missing; run \`node scripts/build.mjs\` first.`);
    process.exit(2);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// 1. Build.
const { build } = await import('vite');
const { default: config } = await import(join(root, 'packages/web/vite.config.mjs'));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-bench-'));
const out = join(dir, 'web');
const t0 = performance.now();
await build({ ...config, configFile: false, logLevel: 'error', build: { ...config.build, outDir: out } });
const buildMs = performance.now() - t0;
const assets = readdirSync(join(out, 'assets')).map((name) => {
  const bytes = readFileSync(join(out, 'assets', name));
  return {
    name: name.replace(/-[A-Za-z0-9_]{8}\./, '.'),
    raw: statSync(join(out, 'assets', name)).size,
    gzip: gzipSync(bytes).length,
  };
});

// 2. Server with the examples.
const { openSqliteStore } = await import(join(root, 'packages/store/dist/index.js'));
const { createServer, createExtractor, ingestBatch } = await import(
  join(root, 'packages/server/dist/index.js')
);
const store = openSqliteStore(join(dir, 'bench.db'));
const extractor = await createExtractor({ workers: 0 });
await ingestBatch({ store, extractor, paths: [join(root, 'examples')] });
const { total } = await store.queryEvents({}, { limit: 1 });
const server = await createServer({ store, extractor, webRoot: out });
await server.app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${server.app.server.address().port}`;

// 3. Page loads.
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const samples = { table: [], timeline: [], map: [] };
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(base);
  const at = async (selector) => {
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    return performance.now() - start;
  };
  const [table, timeline, map] = await Promise.all([
    at('table.events tbody tr[data-id]'),
    at('.timeline .bar'),
    at('.map-cluster, .map-point'),
  ]);
  samples.table.push(table);
  samples.timeline.push(timeline);
  samples.map.push(map);
  await context.close();
}
await browser.close();
await server.app.close();
await extractor.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

const ms = (x) => `${Math.round(x)} ms`;
console.log(`## Web app (bench/web/load.mjs)\n`);
console.log(
  `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: 2 cores, Node 20.20, shared with other jobs; chromium headless with --disable-gpu (MapLibre renders through SwiftShader).`,
);
console.log(
  `Run: \`node scripts/build.mjs && node bench/web/load.mjs ${runs}\`. Database: examples/ (${total} events).\n`,
);
console.log(`Vite build: ${(buildMs / 1000).toFixed(1)} s.\n`);
console.log('| asset | raw | gzip |\n|---|---|---|');
for (const a of assets)
  console.log(`| ${a.name} | ${(a.raw / 1024).toFixed(0)} KiB | ${(a.gzip / 1024).toFixed(0)} KiB |`);
console.log(`\nPage load to first content, median of ${runs} fresh loads (min–max):\n`);
console.log('| view | median | min | max |\n|---|---|---|---|');
for (const [k, label] of [
  ['table', 'table rows'],
  ['timeline', 'timeline bars'],
  ['map', 'map markers (basemap + clusters)'],
]) {
  console.log(
    `| ${label} | ${ms(median(samples[k]))} | ${ms(Math.min(...samples[k]))} | ${ms(Math.max(...samples[k]))} |`,
  );
}
