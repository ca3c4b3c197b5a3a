#!/usr/bin/env node
// Actor recognition benchmark on the dev set (bench/actors/devset.jsonl: fictional sentences
// written for sitrep, gold actor ids per mention). Reports mention detection precision/recall,
// normalization accuracy, end-to-end P/R/F1, the actors stage's throughput, and the dictionary's
// size by region and type.
//
// Run: node scripts/build.mjs && node bench/actors/run.mjs [--write] [--errors]
//   --write   writes bench/results/actors.md
//   --errors  prints every miss and false alarm
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { createDefaultPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const actors = await import(join(root, 'packages/actors/dist/index.js'));
const { Doc } = await import(join(root, 'packages/model/dist/index.js'));
const { analyze } = await import(join(root, 'packages/nlp/dist/index.js'));

const args = new Set(process.argv.slice(2));
const read = (file) =>
  readFileSync(join(root, 'bench/actors', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const docs = read('devset.jsonl');
const heldout = read('heldout.jsonl');

const pipeline = await createDefaultPipeline();

/** Scores one set: overlap-matched mentions, then id agreement. */
function score(set) {
  let gold = 0;
  let predicted = 0;
  let detected = 0;
  let correct = 0;
  let sentences = 0;
  const errors = [];
  for (const d of set) {
    const doc = pipeline.run({ text: d.text, published: d.published ?? null });
    sentences += doc.layer('nlp').sentences.length;
    const pred = doc
      .layer('actors')
      .map((m) => ({ span: m.span, id: m.actor.id, text: m.text, used: false }));
    predicted += pred.length;
    // Gold spans: each gold text at its first occurrence after the previous distinct one.
    let from = 0;
    let last = null;
    for (const [text, id] of d.gold) {
      gold++;
      let start;
      if (last && last.text === text) start = last.start;
      else {
        start = d.text.indexOf(text, from);
        if (start < 0) start = d.text.indexOf(text);
        from = start + 1;
      }
      last = { text, start };
      const span = [start, start + text.length];
      const overlapping = pred.filter((p) => !p.used && p.span[0] < span[1] && span[0] < p.span[1]);
      const match = overlapping.find((p) => p.id === id) ?? overlapping[0];
      if (!match) {
        errors.push(`${d.id} MISS   "${text}" (${id})`);
        continue;
      }
      match.used = true;
      detected++;
      if (match.id === id) correct++;
      else errors.push(`${d.id} WRONG  "${text}" gold ${id}, got ${match.id} ("${match.text}")`);
    }
    for (const p of pred.filter((x) => !x.used)) errors.push(`${d.id} EXTRA  "${p.text}" -> ${p.id}`);
  }
  const p = detected / predicted;
  const r = detected / gold;
  const e2eP = correct / predicted;
  const e2eR = correct / gold;
  return {
    gold,
    predicted,
    detected,
    correct,
    sentences,
    errors,
    p,
    r,
    e2eP,
    e2eR,
    f1: (2 * e2eP * e2eR) / (e2eP + e2eR),
  };
}

const dev = score(docs);
const held = score(heldout);
const { gold, sentences, errors } = dev;

// Throughput of the actors stage alone: the dev texts joined into one document, repeated.
const big = docs.map((d) => d.text).join('\n\n');
const repeated = Array.from({ length: 20 }, () => big).join('\n\n');
const dictionary = actors.loadActorDictionary();
const doc = new Doc({ text: repeated, published: '2025-01-01' });
doc.set('nlp', analyze(repeated));
const runs = [];
const cpuRuns = [];
// Two warm-up runs (JIT), then five timed ones. CPU time (user + system) is reported beside wall
// time: the bench machine is shared, and CPU time is what one core of our own would spend.
for (let r = 0; r < 2; r++) actors.recognizeActors(doc, dictionary);
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  actors.recognizeActors(doc, dictionary);
  const c = process.cpuUsage(c0);
  runs.push(performance.now() - t0);
  cpuRuns.push((c.user + c.system) / 1000);
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
const median = runs[2];
const cpuMedian = cpuRuns[2];
const mbps = repeated.length / 1e6 / (median / 1000);
const cpuMbps = repeated.length / 1e6 / (cpuMedian / 1000);

const fmt = (x) => x.toFixed(3);
const row = (name, f) => `| ${name} | ${f(dev)} | ${f(held)} |`;
const counts = dictionary.counts();
const countLines = Object.entries(counts)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([table, byKey]) => {
    const total = Object.values(byKey).reduce((a, b) => a + b, 0);
    const parts = Object.entries(byKey)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    return `| ${table} | ${table === 'epithets' ? counts.epithets.rows : total} | ${parts} |`;
  });

const report = `## Actors (issue 5)

Date: ${new Date().toISOString().slice(0, 10)} · machine: 2 cores (shared with 7 other agents), Node ${process.versions.node}

Reproduce: \`node scripts/build.mjs && node bench/actors/run.mjs --write\` (add \`--errors\` to list each miss).

Dev set: \`bench/actors/devset.jsonl\`, ${docs.length} short fictional documents (${sentences} sentences)
written for sitrep — Syria, Iraq, Iran, Israel/Palestine, Lebanon, Yemen, Libya, Egypt/Qatar, Sudan,
South Sudan, Ethiopia, Somalia, Kenya, the Sahel, Nigeria, the Great Lakes, Ukraine/Russia, Myanmar,
Afghanistan/Pakistan, India, Colombia, Haiti, Mexico, the G20, IGOs/NGOs — with loaded language
(epithets, slurs), dated office holders, coreference and generic actors. ${gold} gold actor mentions.
Run through the default pipeline (nlp, time, geo, actors). A prediction matches a gold mention
when their spans overlap; it is correct when the actor id is the same.

| measure | dev set | held-out set |
|---|---|---|
${row('documents / sentences / gold mentions', (x) => `${x === dev ? docs.length : heldout.length} / ${x.sentences} / ${x.gold}`)}
${row('mention detection precision', (x) => `${fmt(x.p)} (${x.detected}/${x.predicted})`)}
${row('mention detection recall', (x) => `${fmt(x.r)} (${x.detected}/${x.gold})`)}
${row('normalization accuracy (matched mentions with the right id)', (x) => `${fmt(x.correct / x.detected)} (${x.correct}/${x.detected})`)}
${row('end-to-end precision (span and id)', (x) => fmt(x.e2eP))}
${row('end-to-end recall (span and id)', (x) => fmt(x.e2eR))}
${row('end-to-end F1', (x) => fmt(x.f1))}

| throughput | value |
|---|---|
| actors stage throughput, wall (tokens given; ${(repeated.length / 1e6).toFixed(2)} MB, median of 5 after 2 warm-ups) | ${mbps.toFixed(2)} MB/s (${median.toFixed(0)} ms) |
| actors stage throughput, CPU time (same runs) | ${cpuMbps.toFixed(2)} MB/s (${cpuMedian.toFixed(0)} ms) |

Caveat: both sets were written by the engineer who wrote the dictionary and rules, so the figures
are optimistic. The dev set was used to find and fix rules; the held-out set (\`bench/actors/heldout.jsonl\`,
${heldout.length} documents) was written afterwards and first scored at end-to-end F1 0.878; no rule was made for it, but
later general rules (reported-speech "it", added groups) also move its figures, so the table shows the current run.

Where it fails (from the error lists; \`--errors\` prints them): generic local actors ("civilians",
"troops") get the wrong country when the actors named belong to one state and the events happen in
another, or when the geo stage misresolves a town; unknown organizations ("Kurdistan Regional
Government", "Gaza's health ministry") and roles not in roles.tsv ("officers") are missed; "both
sides" takes the two most recent actors, mediators included; "it" is resolved only in reported
speech ("the army said it had ...").
Office holders are as known to the author (public record to 2025): check persons.tsv before
relying on late-2025/2026 changes.

Dictionary entries by table and region/kind (data/actors/*.tsv):

| table | rows | by region or kind |
|---|---|---|
${countLines.join('\n')}
`;
process.stdout.write(report);
if (args.has('--errors'))
  process.stdout.write(`\n${errors.join('\n')}\n\nheld-out:\n${held.errors.join('\n')}\n`);
else process.stdout.write(`\n${errors.length} error lines (run with --errors to list)\n`);
if (args.has('--write')) writeFileSync(join(root, 'bench/results/actors.md'), report);
