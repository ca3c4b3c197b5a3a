#!/usr/bin/env node
// Gazetteer load time and memory, each run in a fresh process (what `sitrep extract` pays once).
// CPU time is reported besides wall time: on a shared machine wall time mostly measures the queue.
// Usage: node scripts/build.mjs && node bench/geo/load.mjs [runs]
// GEO_DIST=path/to/index.js measures another build (its index beside it), e.g. an older one.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.argv[2] ?? 5);
// The bundle's import (wink's model comes with nlp) is timed apart from the gazetteer load itself.
const probe = `
const t0 = performance.now();
const { loadGazetteer } = await import(${JSON.stringify(process.env.GEO_DIST ? resolve(process.env.GEO_DIST) : join(root, 'packages/geo/dist/index.js'))});
const t = performance.now();
const c = process.cpuUsage();
const g = loadGazetteer();
const ms = performance.now() - t;
const cpu = process.cpuUsage(c);
g.lookup('Aleppo');
global.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ importMs: t - t0, ms, cpuMs: (cpu.user + cpu.system) / 1000, places: g.size, heapMB: m.heapUsed / 1e6, rssMB: m.rss / 1e6 }));`;
const results = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], {
    encoding: 'utf8',
  });
  results.push(JSON.parse(out));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(
  `places=${results[0].places} import ms median=${median(results.map((r) => r.importMs)).toFixed(0)} load ms median=${median(results.map((r) => r.ms)).toFixed(0)} (CPU ms median=${median(results.map((r) => r.cpuMs)).toFixed(0)}) min=${Math.min(...results.map((r) => r.ms)).toFixed(0)} heap MB=${median(results.map((r) => r.heapMB)).toFixed(0)} rss MB=${median(results.map((r) => r.rssMB)).toFixed(0)} (runs=${runs})`,
);
