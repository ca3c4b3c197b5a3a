/**
 * @module eval-gold
 * Scores the events stage on a gold file with @sitrep/eval; see eval-gold.mjs for usage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as actorsModule from '@sitrep/actors-optional';
import { evaluateEvents, formatReport, type PassageRun, parseGold } from '@sitrep/eval';
import { geoStage, locate, openGazetteer } from '@sitrep/geo';
import { Doc, type Stage } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { dateOf, timeStage } from '@sitrep/time';
import { extractEvents, loadLexicon } from '../src/index';

/** Each predicted event's why, by passage id and event id (the diff keeps only a summary). */
const whyOf = new Map<string, string[]>();

/** Finds an actor stage factory in the actors package, whatever it is called. */
function actorStage(): Stage<'actors'> | null {
  const m = actorsModule as Record<string, unknown>;
  if (typeof m.actorStage !== 'function' || typeof m.loadActorDictionary !== 'function') return null;
  const dictionary = (m.loadActorDictionary as () => unknown)();
  return (m.actorStage as (d: unknown) => Stage<'actors'>)(dictionary);
}

/**
 * Runs the evaluation.
 *
 * @param argv
 *   `[GOLD] [--json] [--diff]`.
 * @param root
 *   Repository root.
 */
export async function main(argv: string[], root: string): Promise<void> {
  const goldPath = argv.find((a) => !a.startsWith('--')) ?? join(root, 'data/gold/events-dev.jsonl');
  const gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
  const lexicon = loadLexicon(join(root, 'data/events'));
  const actors = actorStage();
  const stages: Stage[] = [nlpStage(), timeStage(), geoStage(openGazetteer())];
  if (actors) stages.push(actors);
  else
    process.stderr.write(
      'eval-gold: no actor stage found in @sitrep/actors; running without actors (dyads will miss)\n',
    );
  if (argv.includes('--throughput')) {
    process.stdout.write(
      throughput(
        gold.map((g) => g.text),
        stages,
        lexicon,
      ),
    );
    return;
  }
  const runs: PassageRun[] = [];
  const started = performance.now();
  let chars = 0;
  let eventsMs = 0;
  for (const passage of gold) {
    const doc = new Doc({ text: passage.text, published: passage.published, id: passage.id });
    for (const stage of stages) doc.set(stage.provides, stage.run(doc, { options: {} }));
    const t0 = performance.now();
    const predicted = extractEvents(doc, lexicon, dateOf, locate);
    eventsMs += performance.now() - t0;
    chars += passage.text.length;
    runs.push({ gold: passage, predicted });
    for (const e of predicted) whyOf.set(`${passage.id}/${e.id}`, e.why ?? []);
  }
  const ms = performance.now() - started;
  const report = evaluateEvents(runs);
  if (argv.includes('--calibrate')) {
    process.stdout.write(calibrate(report));
    return;
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...report, diffs: undefined }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    formatReport(report, { diff: argv.includes('--diff') ? 'errors' : 'none', title: goldPath }),
  );
  process.stdout.write(
    `\n${gold.length} passages, ${chars} chars in ${ms.toFixed(0)} ms (all stages); events stage ${eventsMs.toFixed(1)} ms\n`,
  );
}

/** The features confidence.ts scores, read back from an event's why and fields. */
function features(
  p: { actor: string[]; recipient: string[]; location: string | null; date: string | null },
  why: string[],
): number[] {
  const kind = why.find((w) => w.startsWith('trigger-kind:')) ?? '';
  return [
    1,
    kind.includes('nominal') ? 1 : 0,
    kind.includes('weak') ? 1 : 0,
    p.actor.length > 0 ? 1 : 0,
    p.recipient.length > 0 ? 1 : 0,
    p.location ? 1 : 0,
    p.date ? 1 : 0,
    kind.includes('phrase') ? 1 : 0,
    why.some((w) => w.startsWith('casualty')) ? 0 : 0,
  ];
}

/**
 * Fits confidence weights by L2-regularized logistic regression: an event counts as correct when
 * it matches a gold event by type and its actor and recipient checks pass (the dyad level).
 */
function calibrate(report: ReturnType<typeof evaluateEvents>): string {
  const rows: { x: number[]; y: number; conf: number }[] = [];
  for (const passage of report.diffs) {
    for (const d of passage.events) {
      if (!d.predicted || d.status === 'ignored' || d.status === 'missed') continue;
      const dyadOk =
        d.status !== 'spurious' &&
        !d.fields.some((f) => (f.field === 'actor' || f.field === 'recipient') && !f.ok);
      rows.push({
        x: features(d.predicted, whyOf.get(`${passage.id}/${d.predicted.id}`) ?? []),
        y: dyadOk ? 1 : 0,
        conf: d.predicted.confidence,
      });
    }
  }
  const names = ['intercept', 'nominal', 'weak', 'actor', 'recipient', 'location', 'date', 'phrase'];
  const w = new Array(names.length).fill(0);
  const lambda = 0.5;
  for (let iter = 0; iter < 4000; iter++) {
    const grad = new Array(names.length).fill(0);
    for (const r of rows) {
      const z = r.x.slice(0, names.length).reduce((s, v, i) => s + v * w[i]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < names.length; i++) grad[i] += (p - r.y) * r.x[i]!;
    }
    for (let i = 0; i < names.length; i++)
      w[i] -= ((0.05 * (grad[i]! + (i === 0 ? 0 : lambda * w[i]!))) / rows.length) * 10;
  }
  const lines = [
    `${rows.length} predicted events, ${rows.filter((r) => r.y).length} correct at the dyad level`,
    'weights:',
  ];
  for (const [i, n] of names.entries()) lines.push(`  ${n}: ${w[i]!.toFixed(2)}`);
  lines.push(
    'reliability of the current confidence (dyad-level correctness):',
    '  bin        n  correct  precision  mean-conf',
  );
  // Expected calibration error: the bins' |precision - mean confidence|, weighted by their size.
  let ece = 0;
  for (let b = 0; b < 5; b++) {
    const lo = b / 5;
    const hi = (b + 1) / 5;
    const inBin = rows.filter((r) => r.conf >= lo && (r.conf < hi || (b === 4 && r.conf <= 1)));
    const correct = inBin.filter((r) => r.y).length;
    const mean = inBin.reduce((s, r) => s + r.conf, 0) / (inBin.length || 1);
    if (inBin.length) ece += (inBin.length / rows.length) * Math.abs(correct / inBin.length - mean);
    lines.push(
      `  ${lo.toFixed(1)}-${hi.toFixed(1)}  ${String(inBin.length).padStart(3)}  ${String(correct).padStart(7)}  ${(inBin.length ? correct / inBin.length : 0).toFixed(3).padStart(9)}  ${mean.toFixed(3).padStart(9)}`,
    );
  }
  const meanConf = rows.reduce((s, r) => s + r.conf, 0) / (rows.length || 1);
  const rate = rows.filter((r) => r.y).length / (rows.length || 1);
  lines.push(
    `expected calibration error (5 bins): ${ece.toFixed(3)}; mean confidence ${meanConf.toFixed(3)} against ${rate.toFixed(3)} correct`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Throughput of the events stage alone: the gold texts joined into paragraphs and repeated to
 * about 250 KB, upstream stages run once, then the events stage five times; the median is reported.
 */
function throughput(texts: string[], stages: Stage[], lexicon: ReturnType<typeof loadLexicon>): string {
  const block = texts.join('\n\n');
  const text = Array.from({ length: Math.ceil(250_000 / block.length) }, () => block).join('\n\n');
  const doc = new Doc({ text, published: '2026-03-12' });
  const t0 = performance.now();
  for (const stage of stages) doc.set(stage.provides, stage.run(doc, { options: {} }));
  const upstream = performance.now() - t0;
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    n = extractEvents(doc, lexicon, dateOf, locate).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[2]!;
  // The same with the package's own linkers (times/places layers), to separate the events stage's
  // cost from the injected dateOf/locate.
  const own: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    extractEvents(doc, lexicon);
    own.push(performance.now() - t);
  }
  own.sort((a, b) => a - b);
  const mb = text.length / 1e6;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(2);
  return [
    `${(mb * 1000).toFixed(0)} KB, ${n} events; upstream stages ${upstream.toFixed(0)} ms (${rate(upstream)} MB/s)`,
    `events stage with time's dateOf and geo's locate: median of 5 ${median.toFixed(0)} ms (${rate(median)} MB/s); runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
    `events stage with its own linkers: median of 5 ${own[2]!.toFixed(0)} ms (${rate(own[2]!)} MB/s); runs ${own.map((t) => t.toFixed(0)).join(', ')} ms`,
    '',
  ].join('\n');
}
