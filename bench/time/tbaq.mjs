#!/usr/bin/env node
// Time-stage bench on TimeBank + AQUAINT (TBAQ-cleaned, TimeML). Reads the corpus from
// ../shared/benchmarks/time/TBAQ-cleaned (relative to the repo root) at run time; never copies it.
//
//   node scripts/build.mjs && node bench/time/tbaq.mjs [--errors N] [--runs 3]
//
// For each document: the TIMEX3 marked functionInDocument="CREATION_TIME" gives `published`; the
// <TEXT> element, with tags stripped (offsets computed while stripping, entities decoded), is the
// text. The pipeline [nlp, time] runs on it; predictions are scored against the gold TIMEX3s:
//   - DATE recall (span overlap), strict and relaxed (overlap) span P/R/F1 over all timex types,
//   - value accuracy: gold DATE timexes whose overlapping prediction has the same TIMEX value
//     (our `value` is derived from the resolved interval, precision and granularity; see timex.ts),
//   - DURATION / SET / TIME recall (overlap, with the kind we gave),
//   - throughput of the time stage alone and of nlp + time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'benchmarks', 'time', 'TBAQ-cleaned');
if (!existsSync(corpus)) {
  console.log(`TBAQ-cleaned not found at ${corpus}; skipping the time bench.`);
  process.exit(0);
}
const dist = (name) => join(root, 'packages', name, 'dist', 'index.js');
for (const name of ['model', 'nlp', 'time']) {
  if (!existsSync(dist(name))) {
    console.error(`${dist(name)} is missing: run \`node scripts/build.mjs\` first.`);
    process.exit(2);
  }
}
const { Doc } = await import(dist('model'));
const { analyze } = await import(dist('nlp'));
const { findTimes } = await import(dist('time'));

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const showErrors = opt('--errors', 0);
const runs = opt('--runs', 3);

const { readTimeML } = await import('./timeml.mjs');

const files = ['TimeBank', 'AQUAINT'].flatMap((dir) =>
  readdirSync(join(corpus, dir))
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => join(corpus, dir, f)),
);
const docs = files.map((file) => ({ file, ...readTimeML(readFileSync(file, 'utf8'), file) }));
const chars = docs.reduce((n, d) => n + d.text.length, 0);

// CPU time of this process (user + system), in ms: on a shared machine wall time measures the
// neighbours; CPU time measures us.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// Analyse once (nlp is not what this bench measures), then time the time stage.
const analysed = docs.map((d) => {
  const doc = new Doc({ text: d.text, published: d.published, id: d.file });
  const t0 = cpuMs();
  doc.set('nlp', analyze(d.text));
  return { d, doc, nlpMs: cpuMs() - t0 };
});
const nlpMs = analysed.reduce((n, a) => n + a.nlpMs, 0);
let predictions = [];
const timings = [];
for (let r = 0; r < runs; r++) {
  const t0 = cpuMs();
  predictions = analysed.map(({ d, doc }) => {
    const fresh = new Doc({ text: d.text, published: d.published, id: d.file });
    fresh.set('nlp', doc.layer('nlp'));
    return findTimes(fresh, { options: { locale: 'us' } });
  });
  timings.push(cpuMs() - t0);
}
timings.sort((a, b) => a - b);
const timeMs = timings[Math.floor(timings.length / 2)];

// TIMEX writes a decade as "199" or "199X" and a century as "19" or "19XX": the same value; an
// ISO week is written "2000-W8" or "2000-W08" (the corpus has both): the same week.
const spelling = (value) => value.replace(/X+$/, '').replace(/-W(\d)(?!\d)/, '-W0$1');
const sameValue = (ours, gold) => ours != null && (ours === gold || spelling(ours) === spelling(gold));
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const counts = { pred: 0, gold: 0, strict: 0, relaxedGold: 0, relaxedPred: 0 };
const byType = {};
const errors = [];
let dateValueRight = 0;
let dateMatched = 0;
for (let i = 0; i < docs.length; i++) {
  const { gold, text, published, file } = docs[i];
  // A range joined from two dates is scored by its ends, as TimeML annotates them apart.
  const pred = predictions[i].flatMap((p) =>
    p.parts
      ? p.parts.map((part) => ({
          ...p,
          start: part.span[0],
          end: part.span[1],
          value: part.value,
          text: text.slice(...part.span),
        }))
      : [{ ...p, start: p.span[0], end: p.span[1] }],
  );
  counts.pred += pred.length;
  counts.gold += gold.length;
  for (const p of pred) if (gold.some((g) => overlap(g, p))) counts.relaxedPred++;
  for (const g of gold) {
    const hit = pred.filter((p) => overlap(g, p));
    if (hit.length > 0) counts.relaxedGold++;
    const exact = pred.some((p) => p.start === g.start && p.end === g.end);
    if (exact) counts.strict++;
    byType[g.type] ??= { gold: 0, found: 0, kindRight: 0 };
    const t = byType[g.type];
    t.gold++;
    if (hit.length > 0) t.found++;
    if (exact) t.strict = (t.strict ?? 0) + 1;
    const kind =
      { DATE: ['date', 'range'], TIME: ['date', 'range'], DURATION: ['duration'], SET: ['set'] }[g.type] ??
      [];
    if (hit.some((p) => kind.includes(p.kind))) t.kindRight++;
    if (g.type !== 'DATE') continue;
    const best = hit.find((p) => p.start === g.start && p.end === g.end) ?? hit[0];
    if (best) dateMatched++;
    if (best && sameValue(best.value, g.value)) dateValueRight++;
    else
      errors.push({
        file: file.split('/').pop(),
        published,
        gold: `${g.text} = ${g.value}`,
        got: best ? `${best.text} = ${best.value ?? best.kind} (${best.rule})` : '(none)',
        context: text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' '),
      });
  }
}
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const strictP = counts.strict / counts.pred;
const strictR = counts.strict / counts.gold;
const relaxedP = counts.relaxedPred / counts.pred;
const relaxedR = counts.relaxedGold / counts.gold;
const date = byType.DATE;
const fmt = (x) => x.toFixed(3);
console.log(
  `TBAQ-cleaned: ${docs.length} documents, ${(chars / 1e6).toFixed(2)} MB of text, ${counts.gold} gold TIMEX3 (DCT excluded), ${counts.pred} predicted`,
);
console.log(
  `DATE: ${date.gold} gold; recall (overlap) ${fmt(date.found / date.gold)}; value exact ${fmt(dateValueRight / date.gold)} of all DATE (${fmt(dateValueRight / dateMatched)} of the ${dateMatched} found)`,
);
console.log(`all types, strict span:  P ${fmt(strictP)} R ${fmt(strictR)} F1 ${fmt(f1(strictP, strictR))}`);
console.log(
  `all types, relaxed span: P ${fmt(relaxedP)} R ${fmt(relaxedR)} F1 ${fmt(f1(relaxedP, relaxedR))}`,
);
for (const [type, t] of Object.entries(byType)) {
  console.log(
    `  ${type.padEnd(8)} gold ${String(t.gold).padStart(5)}  recall (overlap) ${fmt(t.found / t.gold)}  strict ${fmt((t.strict ?? 0) / t.gold)}  with right kind ${fmt(t.kindRight / t.gold)}`,
  );
}
console.log(
  `time stage (CPU time): median of ${runs} runs ${timeMs.toFixed(0)} ms = ${(chars / 1e6 / (timeMs / 1000)).toFixed(2)} MB/s; nlp (once) ${nlpMs.toFixed(0)} ms; nlp + time ${(chars / 1e6 / ((timeMs + nlpMs) / 1000)).toFixed(2)} MB/s`,
);
if (showErrors > 0) {
  const sample = errors.slice(0, showErrors);
  for (const e of sample)
    console.log(
      `${e.file} [${e.published}] gold ${JSON.stringify(e.gold)} got ${JSON.stringify(e.got)} | ${e.context}`,
    );
}
