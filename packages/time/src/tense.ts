/**
 * @module tense
 * Whether the words around a time expression speak of the future ("talks will resume on Friday")
 * or the past ("said Friday", "ended Jan. 31") — the cue that picks which Friday or which
 * January is meant. It looks a few tokens back and forth inside the sentence and stops at a
 * clause edge, so "said on Friday that talks will resume" stays in the past.
 */
import type { Span } from '@sitrep/model';
import { type Analysis, tokenRange } from '@sitrep/nlp';

const FUTURE = new Set([
  'soon',
  'will',
  'shall',
  "'ll",
  '’ll',
  'wo',
  'upcoming',
  'scheduled',
  'planned',
  'expected',
  'due',
]);
const AUXILIARY = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re", 'to', 'have', 'has']);
const PAST = new Set(['was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'previously']);
const EDGE = new Set([
  'that',
  'said',
  'says',
  'told',
  'announced',
  'added',
  ';',
  ':',
  'but',
  '—',
  '–',
  '"',
  '“',
  '”',
  'which',
  'who',
  'after',
  'before',
  'since',
  'when',
]);
const BACK = 8;
const AHEAD = 6;

/** What the words around a time expression say about when it is. */
export type Tense = 'future' | 'past' | null;

function marker(analysis: Analysis, k: number): Tense {
  const t = analysis.tokens[k]!;
  if (FUTURE.has(t.norm)) return 'future';
  if (PAST.has(t.norm)) return 'past';
  const before = analysis.tokens[k - 1]?.norm;
  // "as early as Tuesday": the earliest a thing can still happen.
  if (t.norm === 'early' && before === 'as' && analysis.tokens[k + 1]?.norm === 'as') return 'future';
  // An infinitive ("set to resume Monday", "plans to visit on Friday"): an intention, so ahead of
  // the clause it sits in.
  if (before === 'to' && t.pos === 'VERB' && t.lemma === t.norm) return 'future';
  // A verb not in its base form that is neither "-ing" nor "-s": a past form ("attacked", "brought"),
  // unless an auxiliary makes it a passive or perfect ("will be held", "to be signed").
  if (t.pos === 'VERB' && t.lemma !== t.norm && !t.norm.endsWith('ing') && !t.norm.endsWith('s')) {
    return AUXILIARY.has(analysis.tokens[k - 1]?.norm ?? '') ? null : 'past';
  }
  return null;
}

/**
 * The tense governing a span: the nearest future or past marker within a few tokens, inside the
 * sentence and the clause.
 *
 * @param analysis
 *   The `nlp` layer.
 * @param span
 *   The time expression.
 * @returns
 *   `future`, `past`, or null when nothing nearby says.
 */
export function tenseAt(analysis: Analysis, span: Span): Tense {
  const { tokens } = analysis;
  const [first, end] = tokenRange(analysis, span);
  if (first >= end) return null;
  const sentence = tokens[first]!.sentence;
  let back: Tense = null;
  for (let k = first - 1, n = 0; k >= 0 && n < BACK; k--, n++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    back = marker(analysis, k);
    if (back || EDGE.has(t.norm) || t.norm === ',') break;
  }
  if (back === 'future') return back;
  for (let k = end, n = 0; k < tokens.length && n < AHEAD; k++, n++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    const ahead = marker(analysis, k);
    if (ahead) return back ?? ahead;
    if (EDGE.has(t.norm)) break;
  }
  return back;
}
