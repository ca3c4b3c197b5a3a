/**
 * @module date-of
 * The date an event happened, not the date it was reported: the time expression governing the
 * event's clause, else the nearest one in its sentence, else its paragraph's, else the
 * publication date with precision `vague`. Durations and sets never date an event.
 */
import { type DateLink, type DateOf, type Doc, type EventAnchor, gap, type Span } from '@sitrep/model';
import type { TimeRecord } from './types';

const inside = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

/** Dates and ranges can date an event; durations, sets and adjectives ("the current talks") cannot. */
function datable(t: TimeRecord): boolean {
  return (t.kind === 'date' || t.kind === 'range') && t.rule !== 'vague-adjective';
}

/** Nearest datable mention inside `region` to the trigger; ties go to the earlier one. */
function nearestIn(times: TimeRecord[], region: Span, trigger: Span): TimeRecord | undefined {
  let best: TimeRecord | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const t of times) {
    if (!datable(t) || !inside(region, t.span)) continue;
    const g = gap(t.span, trigger);
    if (g < bestGap) {
      best = t;
      bestGap = g;
    }
  }
  return best;
}

/** The paragraph's date for a sentence: the last precise date before it in the paragraph, else the first after. */
function paragraphTime(times: TimeRecord[], paragraph: Span, sentence: Span): TimeRecord | undefined {
  let before: TimeRecord | undefined;
  let after: TimeRecord | undefined;
  for (const t of times) {
    if (!datable(t) || t.precision === 'vague' || !inside(paragraph, t.span)) continue;
    if (t.span[1] <= sentence[0]) before = t;
    else if (t.span[0] >= sentence[1] && !after) after = t;
  }
  return before ?? after;
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
  const times = (doc.maybe('times') ?? []) as TimeRecord[];
  const inClause = nearestIn(times, anchor.clause, anchor.trigger);
  if (inClause) return link(inClause, 'clause');
  const inSentence = nearestIn(times, anchor.sentence, anchor.trigger);
  if (inSentence) return link(inSentence, 'sentence');
  const paragraphs = doc.maybe('nlp')?.paragraphs ?? [];
  const paragraph = paragraphs.find((p) => p[0] <= anchor.trigger[0] && anchor.trigger[0] < p[1]);
  if (paragraph) {
    const inParagraph = paragraphTime(times, paragraph, anchor.sentence);
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
