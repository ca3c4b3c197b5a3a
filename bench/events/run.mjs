#!/usr/bin/env node
// Event benches: (1) our gold set (data/gold/events-{dev,dev2,test}.jsonl) scored with @sitrep/eval,
// F1 by type and by type+dyad; (2) WikiEvents trigger P/R/F1 on the KAIROS types that map to PLOVER;
// (3) event_location: on the 496 RELABEL records, does sitrep give the event at the annotated verb
// the annotated location? (with a nearest-place baseline from the same run); (4) throughput of the
// full default pipeline. Public data is read from ../shared/benchmarks at run time, never copied;
// a missing file is reported and that part skipped.
//
// Needs a build first: `node scripts/build.mjs` (npm ci runs it).
// Usage: node bench/events/run.mjs [--only gold,wikievents,location,throughput] [--runs N]
//                                  [--out bench/results/events.md] [--errors]
// --errors prints every wrong event_location record (id, class, verb, gold, ours, sentence) to
// stdout, with a count per class, for error analysis.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'benchmarks');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const only = new Set(option('--only', 'gold,wikievents,location,throughput').split(','));
const runs = Number(option('--runs', '3'));
const out = option('--out', join(root, 'bench/results/events.md'));
const showErrors = args.includes('--errors');
// `--errors all` also prints the right records (marked [ok]), to see what a rule gets right.
const showAll = showErrors && option('--errors', '') === 'all';

for (const pkg of ['pipeline', 'eval']) {
  if (!existsSync(join(root, `packages/${pkg}/dist/index.js`))) {
    console.error(
      `bench/events: packages/${pkg}/dist/index.js is missing; run \`node scripts/build.mjs\` first`,
    );
    process.exit(1);
  }
}
const { createDefaultPipeline, createPipeline } = await import(join(root, 'packages/pipeline/dist/index.js'));
const { evaluateEvents, readGold, maxWeightAssignment, prf } = await import(
  join(root, 'packages/eval/dist/index.js')
);

const started = performance.now();
let pipeline = await createDefaultPipeline();
let wiring = 'the default pipeline (createDefaultPipeline)';
if (!pipeline.stages.some((s) => s.provides === 'events')) {
  // Until the events stage is wired into the default pipeline, measure it appended to the
  // default stages, with the time and geo linking functions, as the events package intends.
  const { eventStage } = await import(join(root, 'packages/events/dist/index.js'));
  const { dateOf } = await import(join(root, 'packages/time/dist/index.js'));
  const { locate } = await import(join(root, 'packages/geo/dist/index.js'));
  pipeline = createPipeline(
    [...pipeline.stages, eventStage({ dateOf, locate })],
    `${pipeline.version}+events`,
  );
  wiring = 'the default stages with eventStage appended by this bench (not yet in createDefaultPipeline)';
}
const loadSeconds = (performance.now() - started) / 1000;
const stageNames = pipeline.stages.map((s) => s.name).join(' → ');
const sections = [];
const f3 = (x) => x.toFixed(3);
const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------
// 1. Our gold set.
// Passage tags that name a linguistic phenomenon (the others name regions).
const PHENOMENA = [
  'reported',
  'negation',
  'hypothetical',
  'future',
  'habitual',
  'rhetoric',
  'epithet',
  'coreference',
  'mutual',
  'multi-location',
  'multi-event',
  'passive',
  'nominal',
  'relative-clause',
  'coordination',
];
if (only.has('gold')) {
  const lines = ['### Gold set (data/gold, fictional passages written for sitrep)', ''];
  // dev2: passages written before the dyad rules were tuned (engineer E2); test stays held out.
  for (const split of ['dev', 'dev2', 'test']) {
    const path = join(root, `data/gold/events-${split}.jsonl`);
    const gold = await readGold(path);
    const runsOut = gold.map((g) => ({
      gold: g,
      predicted: pipeline.extract({ id: g.id, text: g.text, published: g.published }).events,
    }));
    const r = evaluateEvents(runsOut);
    const all = evaluateEvents(runsOut, { scope: 'all' });
    log(`gold ${split}: type F1 ${f3(r.levels.type.overall.f1)}, dyad F1 ${f3(r.levels.dyad.overall.f1)}`);
    lines.push(
      `**${split}** (${r.passages} passages, ${r.goldEvents} asserted/reported gold events, ${r.predictedEvents} predicted):`,
      '',
      '| level | P | R | F1 | macro-F1 |',
      '|---|---|---|---|---|',
      ...[
        ['type', r.levels.type],
        ['type + dyad', r.levels.dyad],
        ['all fields', r.levels.full],
        ['type, all modalities (`--scope all`)', all.levels.type],
      ].map(
        ([name, l]) =>
          `| ${name} | ${f3(l.overall.precision)} | ${f3(l.overall.recall)} | ${f3(l.overall.f1)} | ${f3(l.macroF1)} |`,
      ),
      '',
      `Non-factual events (negated, hypothetical, future, habitual) coded as having happened: ${r.nonFactualAsFactual}; ` +
        `passages where nothing happened: ${r.emptyPassages.total}, with a predicted event anyway: ${r.emptyPassages.withFalseAlarms}.`,
      '',
      `Field accuracy on same-type pairs: ${Object.entries(r.fields)
        .filter(([, v]) => v.checked)
        .map(([k, v]) => `${k} ${f3(v.accuracy)} (${v.correct}/${v.checked})`)
        .join(', ')}. Event locations within 161 km of the gold point: ${f3(r.eventLocations.accuracy)} ` +
        `(${r.eventLocations.n} with gold coordinates); event dates exact ${f3(r.eventDates.exactRate)}, ` +
        `overlapping ${f3(r.eventDates.overlapRate)} (${r.eventDates.n}).`,
      '',
      `By phenomenon (type level F1, tp/fp/fn; a factual prediction on a negated, future or rhetoric passage is an fp): ${Object.entries(
        r.byTag,
      )
        .filter(([tag]) => PHENOMENA.includes(tag))
        .map(([tag, t]) =>
          t.tp + t.fp + t.fn === 0
            ? `${tag}: nothing expected, nothing predicted`
            : `${tag} ${f3(t.f1)} (${t.tp}/${t.fp}/${t.fn})`,
        )
        .join(', ')}.`,
      '',
      `Reliability (share of predictions right at the type level, by confidence): ${r.reliability
        .filter((bin) => bin.n)
        .map((bin) => `${bin.from.toFixed(1)}–${bin.to.toFixed(1)}: ${f3(bin.precision)} of ${bin.n}`)
        .join('; ')}.`,
      '',
      '| PLOVER type | gold | pred | F1 type | F1 type+dyad |',
      '|---|---|---|---|---|',
      ...Object.entries(r.levels.type.byType).map(
        ([type, t]) =>
          `| ${type} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${f3(t.f1)} | ${f3(r.levels.dyad.byType[type].f1)} |`,
      ),
      '',
    );
  }
  lines.push(
    'Reproduce: `node bench/events/run.mjs --only gold`; diffs: `npx sitrep eval data/gold/events-dev.jsonl`.',
    '',
  );
  sections.push(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// 2. WikiEvents triggers.
// KAIROS types that correspond to a PLOVER type. Deaths and injuries are consequences, reported
// by sitrep on the ASSAULT that caused them, so they are scored in a second, wider mapping.
const KAIROS_CORE = [
  [/^Conflict\.Attack\./, 'ASSAULT'],
  [/^Conflict\.Demonstrate\./, 'PROTEST'],
  [/^Contact\.Contact\.Meet$/, 'CONSULT'],
  [/^Contact\.ThreatenCoerce\./, 'THREATEN'],
  [/^Contact\.RequestCommand\./, 'REQUEST'],
  [/^Justice\.ArrestJailDetain\./, 'COERCE'],
  [/^Justice\.ReleaseParole\./, 'RETREAT'],
];
const KAIROS_HARM = [...KAIROS_CORE, [/^Life\.(Die|Injure)\./, 'ASSAULT']];
const mapKairos = (table, type) => table.find(([re]) => re.test(type))?.[1] ?? null;

function wikiDocs(file) {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** Gold triggers of a WikiEvents document as character spans in its text. */
/**
 * Character spans of a WikiEvents document's tokens in its `text`. The files' own character
 * offsets drift from `text` after the first sentences (by 2 and more), so each token is found
 * in order from where the previous one ended (every token of dev and test aligns this way).
 */
function tokenSpans(doc) {
  const spans = [];
  let cursor = 0;
  for (const [token] of doc.sentences.flatMap((s) => s[0])) {
    const at = doc.text.indexOf(token, cursor);
    if (at < 0 || at - cursor > 40) {
      throw new Error(
        `WikiEvents ${doc.doc_id}: token ${JSON.stringify(token)} not found after offset ${cursor}`,
      );
    }
    spans.push([at, at + token.length]);
    cursor = at + token.length;
  }
  return spans;
}

function wikiTriggers(doc, table) {
  const tokens = tokenSpans(doc).map(([start, end]) => [null, start, end]);
  const seen = new Set();
  const triggers = [];
  for (const m of doc.event_mentions) {
    const type = mapKairos(table, m.event_type);
    if (!type) continue;
    const first = tokens[m.trigger.start];
    const last = tokens[m.trigger.end - 1];
    const span = [first[1], last[2]];
    const key = `${span}:${type}`;
    if (seen.has(key)) continue; // "kills" may be both Attack and Die: one ASSAULT trigger
    seen.add(key);
    triggers.push({ span, type, sentence: m.trigger.sent_idx });
  }
  return triggers;
}

/** Character spans of a WikiEvents document's sentences, from its aligned tokens. */
function sentenceSpans(doc) {
  const tokens = tokenSpans(doc);
  const spans = [];
  let i = 0;
  for (const [sentenceTokens] of doc.sentences) {
    spans.push([tokens[i][0], tokens[i + sentenceTokens.length - 1][1]]);
    i += sentenceTokens.length;
  }
  return spans;
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];

function scoreTriggers(docs, predictions, table) {
  const types = new Set(table.map(([, t]) => t));
  let idTp = 0;
  let clTp = 0;
  let sentTp = 0;
  let goldN = 0;
  let predN = 0;
  const byType = new Map();
  const bump = (type, key) => {
    const c = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    byType.set(type, c);
  };
  docs.forEach((doc, d) => {
    const gold = wikiTriggers(doc, table);
    const pred = predictions[d].filter((e) => types.has(e.type));
    goldN += gold.length;
    predN += pred.length;
    const id = maxWeightAssignment(
      gold.map((g) => pred.map((p) => (overlaps(g.span, p.trigger.span) ? 1 : 0))),
    );
    idTp += id.length;
    const cl = maxWeightAssignment(
      gold.map((g) => pred.map((p) => (overlaps(g.span, p.trigger.span) && g.type === p.type ? 1 : 0))),
    );
    clTp += cl.length;
    // Relaxed: same type, trigger in the same sentence (sitrep may anchor "IED kills" on a
    // different word of the sentence than the annotators did).
    const sentences = sentenceSpans(doc);
    const sentenceOf = (span) => sentences.findIndex((x) => span[0] >= x[0] && span[0] < x[1]);
    const sent = maxWeightAssignment(
      gold.map((g) =>
        pred.map((p) => (g.type === p.type && sentenceOf(p.trigger.span) === g.sentence ? 1 : 0)),
      ),
    );
    sentTp += sent.length;
    const gm = new Set(cl.map(([i]) => i));
    const pm = new Set(cl.map(([, j]) => j));
    for (const [i] of cl) bump(gold[i].type, 'tp');
    gold.forEach((g, i) => {
      if (!gm.has(i)) bump(g.type, 'fn');
    });
    pred.forEach((p, j) => {
      if (!pm.has(j)) bump(p.type, 'fp');
    });
  });
  return {
    gold: goldN,
    predicted: predN,
    identification: prf(idTp, predN - idTp, goldN - idTp),
    classification: prf(clTp, predN - clTp, goldN - clTp),
    sentence: prf(sentTp, predN - sentTp, goldN - sentTp),
    byType,
  };
}

if (only.has('wikievents')) {
  const dir = join(shared, 'events', 'WikiEvents');
  const lines = ['### WikiEvents triggers (KAIROS types mapped to PLOVER)', ''];
  if (!existsSync(join(dir, 'test.jsonl'))) {
    lines.push(`Skipped: ${dir} not found.`, '');
    log('wikievents: data missing, skipped');
  } else {
    lines.push(
      'Mapping: Conflict.Attack → ASSAULT, Conflict.Demonstrate → PROTEST, Contact.Contact.Meet → CONSULT, ' +
        'Contact.ThreatenCoerce → THREATEN, Contact.RequestCommand → REQUEST, Justice.ArrestJailDetain → COERCE, ' +
        'Justice.ReleaseParole → RETREAT; "+ harm" adds Life.Die and Life.Injure → ASSAULT. A predicted event counts when its ' +
        'trigger span overlaps a gold trigger (identification) and also has the mapped type (classification); the relaxed column pairs events of the same type whose triggers lie in the same sentence; ' +
        'only predictions of the mapped PLOVER types are scored, whatever their modality (KAIROS marks no modality). ' +
        'One-to-one matching by maximum assignment.',
      '',
      '| split | mapping | gold triggers | predicted | ident. P | R | F1 | class. P | R | F1 | same sentence + type F1 |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    const typeRows = [];
    for (const split of ['dev', 'test']) {
      const docs = wikiDocs(join(dir, `${split}.jsonl`));
      const predictions = docs.map((doc) => pipeline.extract({ id: doc.doc_id, text: doc.text }).events);
      for (const [name, table] of [
        ['core', KAIROS_CORE],
        ['core + harm', KAIROS_HARM],
      ]) {
        const s = scoreTriggers(docs, predictions, table);
        const i = s.identification;
        const c = s.classification;
        lines.push(
          `| ${split} | ${name} | ${s.gold} | ${s.predicted} | ${f3(i.precision)} | ${f3(i.recall)} | ${f3(i.f1)} | ${f3(c.precision)} | ${f3(c.recall)} | ${f3(c.f1)} | ${f3(s.sentence.f1)} |`,
        );
        log(`wikievents ${split} ${name}: classification F1 ${f3(c.f1)}`);
        if (name === 'core') {
          for (const [type, t] of s.byType) {
            const p = prf(t.tp, t.fp, t.fn);
            typeRows.push(
              `| ${split} | ${type} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${f3(p.precision)} | ${f3(p.recall)} | ${f3(p.f1)} |`,
            );
          }
        }
      }
    }
    lines.push(
      '',
      '| split | PLOVER type (core) | gold | pred | P | R | F1 |',
      '|---|---|---|---|---|---|---|',
      ...typeRows,
      '',
    );
  }
  lines.push('Reproduce: `node bench/events/run.mjs --only wikievents`.', '');
  sections.push(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// 3. event_location.
if (only.has('location')) {
  const file = join(shared, 'events', 'event_location.json');
  const lines = ['### event_location (496 RELABEL records)', ''];
  if (!existsSync(file)) {
    lines.push(`Skipped: ${file} not found.`, '');
    log('event_location: data missing, skipped');
  } else {
    const records = JSON.parse(readFileSync(file, 'utf8')).filter((r) => r.source === 'RELABEL');
    // Character offsets in this file are unreliable for some spans (start = end); token offsets
    // are exact, so spans are rebuilt from the tokens.
    const spanOf = (r, s) => [r.tokens[s.token_start].start, r.tokens[s.token_end].end];
    const t = {
      all: 0,
      withLoc: 0,
      withLocRight: 0,
      noLoc: 0,
      noLocRight: 0,
      found: 0,
      foundRight: 0,
      foundWithLoc: 0,
      foundWithLocRight: 0,
    };
    const base = { withLocRight: 0, noLocRight: 0 };
    // What sitrep would score if the events it misses at the verb fell back to the baseline.
    const hybrid = { withLocRight: 0, noLocRight: 0 };
    const errorCounts = new Map();
    const ruleTally = new Map();
    for (const r of records) {
      const spans = r.spans ?? [];
      const verb = spans.find((s) => s.label === 'VERB');
      if (!verb) continue;
      t.all++;
      const verbSpan = spanOf(r, verb);
      const golds = spans.filter((s) => s.label === 'LOCATION').map((s) => spanOf(r, s));
      const result = pipeline.extract({ text: r.text });
      const places = new Map(result.mentions.places.map((p) => [p.id, p]));
      const atVerb = result.events.filter((e) => overlaps(e.trigger.span, verbSpan));
      // Each located event names its place mention; several events at one verb are ACLED's
      // one-event-per-location split, so all their places count.
      const given = atVerb
        .map((e) => (e.location?.place ? places.get(e.location.place)?.span : undefined))
        .filter(Boolean);
      const right = golds.length ? given.some((g) => golds.some((s) => overlaps(g, s))) : given.length === 0;
      // Baseline from the same run: the place mention nearest the verb, in the verb's sentence.
      const sentenceEnd = (() => {
        const m = /[.!?]["”']?\s/g;
        m.lastIndex = verbSpan[1];
        const hit = m.exec(r.text);
        return hit ? hit.index + 1 : r.text.length;
      })();
      const sentenceStart = Math.max(0, r.text.lastIndexOf('. ', verbSpan[0]) + 1);
      const near = result.mentions.places
        .filter((p) => p.span[0] >= sentenceStart && p.span[1] <= sentenceEnd)
        .sort((a, b) => Math.abs(a.span[0] - verbSpan[0]) - Math.abs(b.span[0] - verbSpan[0]))[0];
      const baseRight = golds.length ? Boolean(near && golds.some((s) => overlaps(near.span, s))) : !near;
      const hybridRight = atVerb.length ? right : baseRight;
      if (showErrors) {
        // Right and wrong by the rule that placed the event ('in', 'near', 'in-clause', ...).
        const rule =
          atVerb.flatMap((e) => e.why.filter((w) => w.startsWith('place:'))).map((w) => w.split(':')[1])[0] ??
          'no-event';
        const tally = ruleTally.get(rule) ?? [0, 0];
        tally[right ? 0 : 1]++;
        ruleTally.set(rule, tally);
      }
      if (showErrors && (!right || showAll)) {
        // Why it is wrong: no event at the verb; the annotated place is not a place mention at
        // all (recognition, the geo stage); a location given where none is annotated; a place
        // recognized but another (or none) chosen.
        const recognized = golds.some((s) => result.mentions.places.some((p) => overlaps(p.span, s)));
        const kind = right
          ? 'ok'
          : !atVerb.length
            ? 'no-event-at-verb'
            : !golds.length
              ? 'location-where-none'
              : !recognized
                ? 'place-not-recognized'
                : given.length
                  ? 'wrong-place'
                  : 'no-location-given';
        if (!right) errorCounts.set(kind, (errorCounts.get(kind) ?? 0) + 1);
        const show = (s) => r.text.slice(s[0], s[1]);
        const ours = atVerb.flatMap((e) => (e.location ? [`${e.location.name}`] : []));
        const oursText = given.map(show);
        process.stdout.write(
          `${r._id ?? t.all} [${kind}] verb=${show(verbSpan)} gold=${JSON.stringify(golds.map(show))} ` +
            `ours=${JSON.stringify(oursText)} (${ours.join('; ')}) why=${JSON.stringify(atVerb.flatMap((e) => e.why.filter((w) => w.startsWith('place'))))}\n  ${r.text}\n`,
        );
      }
      if (golds.length) {
        t.withLoc++;
        if (right) t.withLocRight++;
        if (baseRight) base.withLocRight++;
        if (hybridRight) hybrid.withLocRight++;
      } else {
        t.noLoc++;
        if (right) t.noLocRight++;
        if (baseRight) base.noLocRight++;
        if (hybridRight) hybrid.noLocRight++;
      }
      if (atVerb.length) {
        t.found++;
        if (right) t.foundRight++;
        if (golds.length) {
          t.foundWithLoc++;
          if (right) t.foundWithLocRight++;
        }
      }
    }
    const acc = (a, b) => (b ? f3(a / b) : 'n/a');
    if (showErrors) {
      log(`event_location errors: ${[...errorCounts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
      log(
        `by placing rule (right/wrong): ${[...ruleTally].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`,
      );
    }
    log(`event_location: ${acc(t.withLocRight + t.noLocRight, t.all)} of ${t.all}`);
    lines.push(
      'A record counts as right when an event sitrep puts at the annotated verb names a place mention overlapping an ' +
        'annotated LOCATION span; for records with no annotated location, when sitrep gives that verb no location ' +
        '(also when it finds no event there). Baseline: the place mention nearest the verb in its sentence, none if there is none.',
      '',
      '| records | n | sitrep | nearest-place baseline | sitrep, baseline where it finds no event |',
      '|---|---|---|---|---|',
      `| all with a verb | ${t.all} | ${acc(t.withLocRight + t.noLocRight, t.all)} | ${acc(base.withLocRight + base.noLocRight, t.all)} | ${acc(hybrid.withLocRight + hybrid.noLocRight, t.all)} |`,
      `| with an annotated location | ${t.withLoc} | ${acc(t.withLocRight, t.withLoc)} | ${acc(base.withLocRight, t.withLoc)} | ${acc(hybrid.withLocRight, t.withLoc)} |`,
      `| without one | ${t.noLoc} | ${acc(t.noLocRight, t.noLoc)} | ${acc(base.noLocRight, t.noLoc)} | ${acc(hybrid.noLocRight, t.noLoc)} |`,
      `| where sitrep found an event at the verb | ${t.found} | ${acc(t.foundRight, t.found)} | — | — |`,
      `| … and a location is annotated | ${t.foundWithLoc} | ${acc(t.foundWithLocRight, t.foundWithLoc)} | — | — |`,
      '',
      'Reproduce: `node bench/events/run.mjs --only location`.',
      '',
    );
  }
  sections.push(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// 4. Throughput of the full pipeline.
if (only.has('throughput')) {
  const lines = ['### Throughput of the full default pipeline', ''];
  const docs = [];
  let goldPassages = 0;
  const wiki = join(shared, 'events', 'WikiEvents');
  for (const split of ['dev', 'test']) {
    const file = join(wiki, `${split}.jsonl`);
    if (existsSync(file)) for (const d of wikiDocs(file)) docs.push({ text: d.text, published: null });
  }
  for (const split of ['dev', 'test']) {
    for (const g of await readGold(join(root, `data/gold/events-${split}.jsonl`))) {
      docs.push({ text: g.text, published: g.published });
      goldPassages++;
    }
  }
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  pipeline.extract(docs[0]); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (const d of docs) pipeline.extract(d);
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  const med = times[Math.floor(times.length / 2)];
  log(`throughput: ${(bytes / 1e6 / med).toFixed(3)} MB/s`);
  // Where the time goes: each stage run by hand over the corpus once, as the pipeline runs it.
  const { Doc } = await import(join(root, 'packages/model/dist/index.js'));
  const perStage = new Map(pipeline.stages.map((stage) => [stage.name, 0]));
  for (const d of docs) {
    const doc = new Doc(d);
    for (const stage of pipeline.stages) {
      const t0 = performance.now();
      doc.set(stage.provides, stage.run(doc, { options: {} }));
      perStage.set(stage.name, perStage.get(stage.name) + performance.now() - t0);
    }
  }
  const stageTotal = [...perStage.values()].reduce((a, b) => a + b, 0);
  lines.push(
    `Corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB (the 40 WikiEvents news articles when present, ` +
      `plus the ${goldPassages} gold passages); ${runs} runs after a warm-up, median.`,
    '',
    '| stages | load (s) | median run (s) | MB/s | documents/s | peak RSS (MB) |',
    '|---|---|---|---|---|---|',
    `| ${stageNames} | ${loadSeconds.toFixed(2)} | ${med.toFixed(2)} | ${(bytes / 1e6 / med).toFixed(3)} | ${(docs.length / med).toFixed(1)} | ${Math.round(process.resourceUsage().maxRSS / 1024)} |`,
    '',
    `Share of the time by stage (one extra pass): ${[...perStage]
      .map(([name, ms]) => `${name} ${((100 * ms) / stageTotal).toFixed(0)} % (${(ms / 1000).toFixed(2)} s)`)
      .join(', ')}.`,
    '',
    'Reproduce: `node bench/events/run.mjs --only throughput --runs 3`.',
    '',
  );
  sections.push(lines.join('\n'));
}

const header = [
  '## Events (bench/events/run.mjs)',
  '',
  `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: 2 cores, Node 20.20 (${cpus()[0]?.model ?? 'cpu'}), shared with other jobs.`,
  `Pipeline ${pipeline.version}: ${stageNames}, i.e. ${wiring}. Build first: \`node scripts/build.mjs\`; run: \`node bench/events/run.mjs\`.`,
  '',
].join('\n');
const text = `${header}\n${sections.join('\n')}`;
// Notes written by hand below this marker in the results file survive a re-run.
const NOTES = '<!-- notes: kept by bench/events/run.mjs when it rewrites this file -->';
if (out === '-') process.stdout.write(text);
else {
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
  writeFileSync(out, `${text}\n${notes}`);
  log(`wrote ${out}`);
}
