/**
 * @module evaluate
 * Scores predicted events against a gold set: precision, recall and F1 overall and by PLOVER type
 * at three levels (type; type + dyad; every field the gold gives), field accuracies, modality
 * errors, false alarms on passages where nothing happened, a confidence reliability table, and a
 * per-event diff (matched / partial / missed / spurious).
 *
 * Each level pairs events one-to-one with its own maximum assignment, as ACE-style scorers do; the
 * diff uses one assignment that prefers the closest pairs, to explain the numbers.
 */
import {
  type Event,
  type Modality,
  PLOVER_TYPES,
  type PlaceMention,
  type PloverType,
  type TimeMention,
} from '@sitrep/model';
import { maxWeightAssignment } from './assignment';
import {
  compareEvent,
  FIELDS,
  type FieldCheck,
  type FieldName,
  isFactual,
  pairLevels,
  type Scope,
} from './compare';
import { type LatLon, type PlaceScores, placeScores } from './geo';
import type { GoldEvent, GoldPassage } from './gold';
import { type DateInterval, type TimeScores, timeScores } from './times';

/** A gold passage and what the system produced for it. */
export interface PassageRun {
  gold: GoldPassage;
  predicted: readonly Event[];
  /** The result's place and time mentions, to score the gold's `places` and `times` when it has them. */
  mentions?: { places: readonly PlaceMention[]; times: readonly TimeMention[] };
}

/** Gold place mentions: how many were found (a predicted mention overlaps them) and how well resolved. */
export interface MentionPlaceScores extends PlaceScores {
  found: number;
}

/** Gold time expressions: how many were found and how well resolved. */
export interface MentionTimeScores extends TimeScores {
  found: number;
}

/** Options for `evaluateEvents`. */
export interface EvaluateOptions {
  /** `factual` (default): score asserted and reported events only. `all`: every modality. */
  scope?: Scope;
}

/** Counts and the scores they give. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores at one level. */
export interface LevelScores {
  overall: Prf;
  /** Mean F1 over the types that occur in the gold. */
  macroF1: number;
  /** Only types that occur in the gold or the predictions. */
  byType: Partial<Record<PloverType, Prf>>;
}

/** A gold event as a diff shows it. */
export interface GoldSummary {
  type: PloverType;
  modality: Modality;
  trigger: string | null;
  line: number;
}

/** A predicted event as a diff shows it. */
export interface PredictedSummary {
  id: string;
  type: PloverType;
  modality: Modality;
  trigger: string;
  actor: string[];
  recipient: string[];
  date: string | null;
  location: string | null;
  confidence: number;
}

/** One line of a diff. */
export interface EventDiff {
  /**
   * `matched`: every field the gold gives agrees; `partial`: same type, some fields differ;
   * `missed`: a gold event nothing matched; `spurious`: a prediction no gold event matched;
   * `ignored`: out of the scope (a negated gold event in the factual scope), shown for context.
   */
  status: 'matched' | 'partial' | 'missed' | 'spurious' | 'ignored';
  gold: GoldSummary | null;
  predicted: PredictedSummary | null;
  /** The checks; for `partial`, the failing ones tell what differs. */
  fields: FieldCheck[];
  /** Why, when the status needs one (a spurious event the gold says did not happen). */
  note: string | null;
}

/** The diff of one passage. */
export interface PassageDiff {
  id: string;
  source: string;
  line: number;
  text: string;
  tags: string[];
  events: EventDiff[];
  /** Partial + missed + spurious. */
  errors: number;
}

/** Accuracy of one field over the pairs where the gold gives it. */
export interface FieldAccuracy {
  checked: number;
  correct: number;
  accuracy: number;
}

/** One confidence bin of the reliability table. */
export interface ReliabilityBin {
  from: number;
  to: number;
  /** Predictions in the bin. */
  n: number;
  /** Of those, matched to a gold event at the type level. */
  correct: number;
  precision: number;
  meanConfidence: number;
}

/** Everything `evaluateEvents` measures. */
export interface EvalReport {
  scope: Scope;
  passages: number;
  goldEvents: number;
  predictedEvents: number;
  levels: { type: LevelScores; dyad: LevelScores; full: LevelScores };
  /** Over the diff's pairs (same type), where the gold gives the field. */
  fields: Record<FieldName, FieldAccuracy>;
  /** Gold modality → predicted modality → count, over the diff's pairs. */
  modality: Record<string, Record<string, number>>;
  /** Factual predictions the gold marks as negated, hypothetical, future or habitual (factual scope). */
  nonFactualAsFactual: number;
  /** Passages with no gold event in scope, and how many of them got a prediction anyway. */
  emptyPassages: { total: number; withFalseAlarms: number };
  /** Type-level scores per passage tag. */
  byTag: Record<string, Prf>;
  /** Type-level precision by predicted confidence (five bins). */
  reliability: ReliabilityBin[];
  /** Event locations of the diff's pairs where the gold gives coordinates: accuracy within 161 km. */
  eventLocations: PlaceScores;
  /** Event dates of the diff's pairs where the gold gives one: exact and overlapping intervals. */
  eventDates: TimeScores;
  /** The gold's `places` and `times`, when it gives any and the runs carry mentions. */
  mentions: { places: MentionPlaceScores | null; times: MentionTimeScores | null };
  diffs: PassageDiff[];
}

/**
 * Precision, recall and F1 from counts (0 where a denominator is 0).
 *
 * @param tp
 *   True positives.
 * @param fp
 *   False positives.
 * @param fn
 *   False negatives.
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

type Counts = { tp: number; fp: number; fn: number };
const LEVELS = ['type', 'dyad', 'full'] as const;
type Level = (typeof LEVELS)[number];

function summarizeGold(event: GoldEvent): GoldSummary {
  return { type: event.type, modality: event.modality, trigger: event.trigger, line: event.line };
}

function summarizePredicted(event: Event): PredictedSummary {
  return {
    id: event.id,
    type: event.type,
    modality: event.modality,
    trigger: event.trigger.text,
    actor: event.actor.map((a) => a.id),
    recipient: event.recipient.map((a) => a.id),
    date: event.date
      ? event.date.start === event.date.end
        ? event.date.start
        : `${event.date.start}..${event.date.end}`
      : null,
    location: event.location ? event.location.name : null,
    confidence: event.confidence,
  };
}

/** How much two trigger texts share, 0..1, to prefer the right twin when types repeat. */
function triggerOverlap(gold: string | null, predicted: string): number {
  if (!gold) return 0;
  const a = gold.toLowerCase();
  const b = predicted.toLowerCase();
  return a.includes(b) || b.includes(a) ? 1 : 0;
}

/**
 * Scores predictions against gold passages.
 *
 * @param runs
 *   Each gold passage with the events the system produced for it.
 * @param options
 *   The scope.
 * @example
 *   const report = evaluateEvents([{ gold: passage, predicted: result.events }]);
 *   report.levels.type.overall.f1;
 */
export function evaluateEvents(runs: readonly PassageRun[], options: EvaluateOptions = {}): EvalReport {
  const scope = options.scope ?? 'factual';
  const inScope = (modality: Modality) => scope === 'all' || isFactual(modality);
  const counts: Record<Level, { overall: Counts; byType: Map<PloverType, Counts> }> = {
    type: { overall: { tp: 0, fp: 0, fn: 0 }, byType: new Map() },
    dyad: { overall: { tp: 0, fp: 0, fn: 0 }, byType: new Map() },
    full: { overall: { tp: 0, fp: 0, fn: 0 }, byType: new Map() },
  };
  const bump = (level: Level, type: PloverType, key: keyof Counts) => {
    counts[level].overall[key]++;
    const byType = counts[level].byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    byType[key]++;
    counts[level].byType.set(type, byType);
  };
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { checked: 0, correct: 0, accuracy: 0 }]),
  ) as Record<FieldName, FieldAccuracy>;
  const modality: Record<string, Record<string, number>> = {};
  const tagCounts = new Map<string, Counts>();
  const bins = Array.from({ length: 5 }, (_, i) => ({
    from: i / 5,
    to: (i + 1) / 5,
    n: 0,
    correct: 0,
    sum: 0,
  }));
  const diffs: PassageDiff[] = [];
  const locationPairs: Array<{ gold: LatLon; predicted: LatLon | null }> = [];
  const datePairs: Array<{ gold: DateInterval; predicted: DateInterval | null }> = [];
  const placeMentionPairs: Array<{ gold: LatLon; predicted: LatLon | null }> = [];
  const timeMentionPairs: Array<{ gold: DateInterval; predicted: DateInterval | null }> = [];
  let placesFound = 0;
  let timesFound = 0;
  let goldEvents = 0;
  let predictedEvents = 0;
  let nonFactualAsFactual = 0;
  let emptyTotal = 0;
  let emptyWithFalseAlarms = 0;

  const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! < b[1]! && b[0]! < a[1]!;
  for (const { gold: passage, predicted: allPredicted, mentions } of runs) {
    if (mentions) {
      for (const place of passage.places) {
        const hit = mentions.places.find((m) => overlaps(m.span, place.span));
        if (hit) placesFound++;
        placeMentionPairs.push({
          gold: place,
          predicted: hit && hit.lat !== null && hit.lon !== null ? { lat: hit.lat, lon: hit.lon } : null,
        });
      }
      for (const time of passage.times) {
        const hit = mentions.times.find((m) => overlaps(m.span, time.span));
        if (hit) timesFound++;
        timeMentionPairs.push({
          gold: time,
          predicted: hit?.start && hit.end ? { start: hit.start, end: hit.end } : null,
        });
      }
    }
    const gold = passage.events.filter((e) => inScope(e.modality));
    const outOfScope = passage.events.filter((e) => !inScope(e.modality));
    const predicted = allPredicted.filter((e) => inScope(e.modality));
    goldEvents += gold.length;
    predictedEvents += predicted.length;
    if (gold.length === 0) {
      emptyTotal++;
      if (predicted.length > 0) emptyWithFalseAlarms++;
    }

    const checks = gold.map((g) => predicted.map((p) => compareEvent(g, p)));
    const levels = gold.map((g, i) => predicted.map((p, j) => pairLevels(g, p, checks[i]![j]!, scope)));

    // Each level: its own maximum one-to-one assignment; ties go to pairs whose triggers agree.
    const passageTag: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const level of LEVELS) {
      const weights = gold.map((g, i) =>
        predicted.map((p, j) =>
          levels[i]![j]![level] ? 1 + triggerOverlap(g.trigger, p.trigger.text) / 1000 : 0,
        ),
      );
      const pairs = maxWeightAssignment(weights);
      const goldMatched = new Set(pairs.map(([i]) => i));
      const predMatched = new Set(pairs.map(([, j]) => j));
      for (const [i] of pairs) bump(level, gold[i]!.type, 'tp');
      gold.forEach((g, i) => {
        if (!goldMatched.has(i)) bump(level, g.type, 'fn');
      });
      predicted.forEach((p, j) => {
        if (!predMatched.has(j)) bump(level, p.type, 'fp');
      });
      if (level === 'type') {
        passageTag.tp += pairs.length;
        passageTag.fn += gold.length - pairs.length;
        passageTag.fp += predicted.length - pairs.length;
      }
    }
    for (const tag of passage.tags) {
      const c = tagCounts.get(tag) ?? { tp: 0, fp: 0, fn: 0 };
      c.tp += passageTag.tp;
      c.fp += passageTag.fp;
      c.fn += passageTag.fn;
      tagCounts.set(tag, c);
    }

    // The diff: one assignment over type-compatible pairs, preferring the pairs that agree most.
    const diffWeights = gold.map((g, i) =>
      predicted.map((p, j) => {
        const l = levels[i]![j]!;
        if (!l.type) return 0;
        const c = checks[i]![j]!;
        return (
          4 +
          (l.dyad ? 2 : 0) +
          (l.full ? 1 : 0) +
          c.filter((x) => x.ok).length / (c.length + 1) +
          triggerOverlap(g.trigger, p.trigger.text) / 2
        );
      }),
    );
    const diffPairs = maxWeightAssignment(diffWeights);
    const events: EventDiff[] = [];
    const predPaired = new Set<number>();
    const goldPaired = new Set<number>();
    for (const [i, j] of diffPairs) {
      goldPaired.add(i);
      predPaired.add(j);
      const g = gold[i]!;
      const p = predicted[j]!;
      const c = checks[i]![j]!;
      for (const check of c) {
        fields[check.field].checked++;
        if (check.ok) fields[check.field].correct++;
      }
      modality[g.modality] ??= {};
      modality[g.modality]![p.modality] = (modality[g.modality]![p.modality] ?? 0) + 1;
      if (g.location && g.location.lat !== null && g.location.lon !== null) {
        const l = p.location;
        locationPairs.push({
          gold: { lat: g.location.lat, lon: g.location.lon },
          predicted: l && l.lat !== null && l.lon !== null ? { lat: l.lat, lon: l.lon } : null,
        });
      }
      if (g.date)
        datePairs.push({ gold: g.date, predicted: p.date ? { start: p.date.start, end: p.date.end } : null });
      const full = levels[i]![j]!.full;
      events.push({
        status: full ? 'matched' : 'partial',
        gold: summarizeGold(g),
        predicted: summarizePredicted(p),
        fields: full ? c : c.filter((x) => !x.ok),
        note: null,
      });
    }
    gold.forEach((g, i) => {
      if (!goldPaired.has(i)) {
        events.push({ status: 'missed', gold: summarizeGold(g), predicted: null, fields: [], note: null });
      }
    });
    // A spurious factual prediction that a non-factual gold event explains is the error users fear
    // most: something the text denies or only imagines, coded as having happened.
    const spurious = predicted.map((p, j) => ({ p, j })).filter(({ j }) => !predPaired.has(j));
    const explained = new Map<number, GoldEvent>();
    if (scope === 'factual' && outOfScope.length > 0 && spurious.length > 0) {
      const weights = outOfScope.map((g) =>
        spurious.map(({ p }) =>
          g.type === p.type ? 1 + triggerOverlap(g.trigger, p.trigger.text) / 1000 : 0,
        ),
      );
      for (const [i, k] of maxWeightAssignment(weights)) explained.set(spurious[k]!.j, outOfScope[i]!);
    }
    nonFactualAsFactual += explained.size;
    for (const { p, j } of spurious) {
      const reason = explained.get(j);
      events.push({
        status: 'spurious',
        gold: reason ? summarizeGold(reason) : null,
        predicted: summarizePredicted(p),
        fields: [],
        note: reason
          ? `the gold marks this ${reason.type} as ${reason.modality}: the text does not state it happened`
          : null,
      });
    }
    const explainedGold = new Set(explained.values());
    for (const g of outOfScope) {
      if (!explainedGold.has(g)) {
        events.push({
          status: 'ignored',
          gold: summarizeGold(g),
          predicted: null,
          fields: [],
          note: `${g.modality}: not scored in the factual scope`,
        });
      }
    }
    // Reliability: is a prediction of this confidence right (paired at the type level)?
    predicted.forEach((p, j) => {
      const bin = bins[Math.min(4, Math.max(0, Math.floor(p.confidence * 5)))]!;
      bin.n++;
      bin.sum += p.confidence;
      if (predPaired.has(j)) bin.correct++;
    });
    diffs.push({
      id: passage.id,
      source: passage.source,
      line: passage.line,
      text: passage.text,
      tags: passage.tags,
      events,
      errors: events.filter((e) => e.status === 'partial' || e.status === 'missed' || e.status === 'spurious')
        .length,
    });
  }

  for (const f of FIELDS) fields[f].accuracy = fields[f].checked ? fields[f].correct / fields[f].checked : 0;
  const scoreLevel = (level: Level): LevelScores => {
    const byType: Partial<Record<PloverType, Prf>> = {};
    const f1s: number[] = [];
    for (const type of PLOVER_TYPES) {
      const c = counts[level].byType.get(type);
      if (!c) continue;
      byType[type] = prf(c.tp, c.fp, c.fn);
      if (c.tp + c.fn > 0) f1s.push(byType[type]!.f1);
    }
    const { tp, fp, fn } = counts[level].overall;
    return {
      overall: prf(tp, fp, fn),
      macroF1: f1s.length ? f1s.reduce((s, x) => s + x, 0) / f1s.length : 0,
      byType,
    };
  };
  return {
    scope,
    passages: runs.length,
    goldEvents,
    predictedEvents,
    levels: { type: scoreLevel('type'), dyad: scoreLevel('dyad'), full: scoreLevel('full') },
    fields,
    modality,
    nonFactualAsFactual,
    emptyPassages: { total: emptyTotal, withFalseAlarms: emptyWithFalseAlarms },
    byTag: Object.fromEntries(
      [...tagCounts].sort(([a], [b]) => a.localeCompare(b)).map(([tag, c]) => [tag, prf(c.tp, c.fp, c.fn)]),
    ),
    reliability: bins.map((b) => ({
      from: b.from,
      to: b.to,
      n: b.n,
      correct: b.correct,
      precision: b.n ? b.correct / b.n : 0,
      meanConfidence: b.n ? b.sum / b.n : 0,
    })),
    eventLocations: placeScores(locationPairs),
    eventDates: timeScores(datePairs),
    mentions: {
      places: placeMentionPairs.length ? { ...placeScores(placeMentionPairs), found: placesFound } : null,
      times: timeMentionPairs.length ? { ...timeScores(timeMentionPairs), found: timesFound } : null,
    },
    diffs,
  };
}
