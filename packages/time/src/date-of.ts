/**
 * @module date-of
 * The date an event happened, not the date it was reported: the time expression governing the
 * event's clause, else the nearest one in its sentence, else its paragraph's (the last day before
 * it, else the last coarser date), else the publication date with precision `vague`. Durations
 * and sets never date an event.
 */
import { type DateLink, type DateOf, type Doc, type EventAnchor, gap, type Span } from '@sitrep/model';
import type { TimeRecord } from './types';

const inside = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

/** Dates and ranges can date an event; durations, sets and adjectives ("the current talks") cannot. */
function datable(t: TimeRecord): boolean {
  return (t.kind === 'date' || t.kind === 'range') && t.rule !== 'vague-adjective';
}

/**
 * What dateOf needs from one document, built once and reused for each of its events (events call
 * dateOf per event; scanning every time mention each time made dating quadratic in document length).
 */
interface DateIndex {
  /** The datable mentions, in layer order. */
  times: TimeRecord[];
  /** Their starts, when the layer is sorted by start (it is: compareSpans order); null otherwise. */
  starts: Int32Array | null;
  /** Paragraph spans, when sorted and disjoint; null otherwise (then a linear find). */
  paragraphs: Span[];
  paragraphsSorted: boolean;
}

// Keyed by the Doc and checked against the layer arrays, so a layer set again rebuilds the index.
const indexes = new WeakMap<Doc, { layer: unknown; nlp: unknown; index: DateIndex }>();

function indexOf(doc: Doc): DateIndex {
  const layer = doc.maybe('times');
  const nlp = doc.maybe('nlp');
  const cached = indexes.get(doc);
  if (cached && cached.layer === layer && cached.nlp === nlp) return cached.index;
  const times = ((layer ?? []) as TimeRecord[]).filter(datable);
  let sorted = true;
  for (let i = 1; i < times.length && sorted; i++) sorted = times[i - 1]!.span[0] <= times[i]!.span[0];
  const paragraphs = nlp?.paragraphs ?? [];
  let paragraphsSorted = true;
  for (let i = 1; i < paragraphs.length && paragraphsSorted; i++)
    paragraphsSorted = paragraphs[i - 1]![1] <= paragraphs[i]![0];
  const index: DateIndex = {
    times,
    starts: sorted ? Int32Array.from(times, (t) => t.span[0]) : null,
    paragraphs,
    paragraphsSorted,
  };
  indexes.set(doc, { layer, nlp, index });
  return index;
}

/** The range [from, to) of layer positions whose mentions start inside `region` (all when unsorted). */
function candidates(index: DateIndex, region: Span): [number, number] {
  const { starts } = index;
  if (!starts) return [0, index.times.length];
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < region[0]) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < starts.length && starts[end]! <= region[1]) end++;
  return [lo, end];
}

/** Nearest datable mention inside `region` to the trigger; ties go to the earlier one. */
function nearestIn(index: DateIndex, region: Span, trigger: Span): TimeRecord | undefined {
  let best: TimeRecord | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  const [from, to] = candidates(index, region);
  for (let i = from; i < to; i++) {
    const t = index.times[i]!;
    if (!inside(region, t.span)) continue;
    const g = gap(t.span, trigger);
    if (g < bestGap) {
      best = t;
      bestGap = g;
    }
  }
  return best;
}

/**
 * The paragraph's date for a sentence: the last day-precise date before it in the paragraph, else
 * the last coarser one before it, else the first after. A narrative is carried by its days; a
 * year or month later in the paragraph is mostly background ("the ceasefire agreed in 2020") and
 * must not date the next sentence's events.
 */
function paragraphTime(index: DateIndex, paragraph: Span, sentence: Span): TimeRecord | undefined {
  let day: TimeRecord | undefined;
  let before: TimeRecord | undefined;
  let after: TimeRecord | undefined;
  const [from, to] = candidates(index, paragraph);
  for (let i = from; i < to; i++) {
    const t = index.times[i]!;
    if (t.precision === 'vague' || !inside(paragraph, t.span)) continue;
    if (t.span[1] <= sentence[0]) {
      before = t;
      if (t.precision === 'day') day = t;
    } else if (t.span[0] >= sentence[1] && !after) after = t;
  }
  return day ?? before ?? after;
}

/** The paragraph holding an offset: binary search when paragraphs are sorted and disjoint. */
function paragraphAt(index: DateIndex, offset: number): Span | undefined {
  const { paragraphs } = index;
  if (!index.paragraphsSorted) return paragraphs.find((p) => p[0] <= offset && offset < p[1]);
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const p = paragraphs[lo];
  return p && p[0] <= offset && offset < p[1] ? p : undefined;
}

function link(t: TimeRecord, level: string): DateLink {
  const why = `date:${level}:${t.id} "${t.text}"`;
  if (!t.start || !t.end || !t.precision) {
    return { date: null, why: [why, `date:unresolved:${t.id} (no publication date to count from)`] };
  }
  return { date: { start: t.start, end: t.end, precision: t.precision, time: t.id }, why: [why] };
}

/**
 * The date of an event (the `DateOf` the pipeline gives the events stage).
 *
 * @param doc
 *   The document, after the `time` stage (its `nlp` layer gives paragraphs).
 * @param anchor
 *   Where the event sits: trigger, clause, sentence, arguments.
 * @returns
 *   The date and the rule that chose it; `date` is null (with a why) when nothing, not even a
 *   publication date, dates the event.
 * @example
 *   dateOf(doc, { trigger: [40, 46], clause: [30, 60], sentence: [0, 61], arguments: [] });
 *   // => { date: { start: '2022-06-03', end: '2022-06-03', precision: 'day', time: 't1' }, why: ['date:clause:t1 "3 June 2022"'] }
 */
export const dateOf: DateOf = (doc: Doc, anchor: EventAnchor): DateLink => {
  const index = indexOf(doc);
  const inClause = nearestIn(index, anchor.clause, anchor.trigger);
  if (inClause) return link(inClause, 'clause');
  const inSentence = nearestIn(index, anchor.sentence, anchor.trigger);
  if (inSentence) return link(inSentence, 'sentence');
  const paragraph = paragraphAt(index, anchor.trigger[0]);
  if (paragraph) {
    const inParagraph = paragraphTime(index, paragraph, anchor.sentence);
    if (inParagraph) return link(inParagraph, 'paragraph');
  }
  if (doc.published) {
    return {
      date: { start: doc.published, end: doc.published, precision: 'vague', time: null },
      why: ['date:published (no time expression in clause, sentence or paragraph; precision vague)'],
    };
  }
  return {
    date: null,
    why: ['date:none (no time expression in clause, sentence or paragraph, and no publication date)'],
  };
};
