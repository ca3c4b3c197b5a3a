#!/usr/bin/env node
// Compares chrono-node 2 (the building block DESIGN.md allows) with our grammar on the same
// TimeBank + AQUAINT DATE timexes, so the choice of a hand-written grammar rests on a measurement.
//
//   node scripts/build.mjs && node bench/time/chrono-compare.mjs
//
// chrono gets the same text and reference date (the document creation time). Its result is mapped
// to a TIMEX value by the components it is certain of: day → YYYY-MM-DD, month → YYYY-MM,
// year → YYYY; a weekday or relative day it resolves counts as a day. Durations it turns into
// dates ("for two decades") count against it only where they overlap a gold DATE.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'benchmarks', 'time', 'TBAQ-cleaned');
if (!existsSync(corpus)) {
  console.log(`TBAQ-cleaned not found at ${corpus}; skipping.`);
  process.exit(0);
}
const { readTimeML } = await import('./timeml.mjs');

const files = ['TimeBank', 'AQUAINT'].flatMap((dir) =>
  readdirSync(join(corpus, dir))
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => join(corpus, dir, f)),
);
const docs = files.map((file) => readTimeML(readFileSync(file, 'utf8'), file));
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(component) {
  const y = component.get('year');
  const m = component.get('month');
  const d = component.get('day');
  if (component.isCertain('day') || component.isCertain('weekday')) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (component.isCertain('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (component.isCertain('year')) return pad(y, 4);
  // Relative expressions ("yesterday", "last week") are certain of nothing but resolved to a day.
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

// CPU time (user + system): wall time on a shared machine measures the neighbours.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const t0 = cpuMs();
const predictions = docs.map((d) => {
  const [y, m, day] = d.published.split('-').map(Number);
  return chrono.parse(d.text, new Date(Date.UTC(y, m - 1, day, 12)), { forwardDate: false }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    value: value(r.start),
  }));
});
const ms = cpuMs() - t0;

let gold = 0;
let found = 0;
let right = 0;
let strict = 0;
let predicted = 0;
for (let i = 0; i < docs.length; i++) {
  const pred = predictions[i];
  predicted += pred.length;
  for (const g of docs[i].gold) {
    if (g.type !== 'DATE') continue;
    gold++;
    const hit = pred.filter((p) => p.start < g.end && g.start < p.end);
    if (hit.length > 0) found++;
    if (hit.some((p) => p.start === g.start && p.end === g.end)) strict++;
    const best = hit.find((p) => p.start === g.start && p.end === g.end) ?? hit[0];
    if (best && best.value === g.value) right++;
  }
}
console.log(
  `chrono-node ${JSON.parse(readFileSync(join(root, 'node_modules/chrono-node/package.json'), 'utf8')).version} on ${docs.length} documents (${(chars / 1e6).toFixed(2)} MB), ${predicted} expressions found`,
);
console.log(
  `DATE: ${gold} gold; recall (overlap) ${(found / gold).toFixed(3)}; strict span recall ${(strict / gold).toFixed(3)}; value exact ${(right / gold).toFixed(3)} of all DATE`,
);
console.log(`CPU time: ${ms.toFixed(0)} ms = ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
