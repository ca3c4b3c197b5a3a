/**
 * @module tense
 * Whether the words around a time expression speak of the future ("talks will resume on Friday")
 * — the one cue that moves a bare weekday or month forward. It looks a few tokens back and
 * forth inside the sentence and stops at a clause edge, so "said on Friday that talks will
 * resume" stays in the past.
 */
import type { Span } from '@sitrep/model';
import { type Analysis, tokenRange } from '@sitrep/nlp';

const FUTURE = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'upcoming', 'scheduled', 'planned', 'expected']);
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

/**
 * True when a future marker governs the span.
 *
 * @param analysis
 *   The `nlp` layer.
 * @param span
 *   The time expression.
 */
export function isFuture(analysis: Analysis, span: Span): boolean {
  const { tokens } = analysis;
  const [first, end] = tokenRange(analysis, span);
  if (first >= end) return false;
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1, n = 0; k >= 0 && n < BACK; k--, n++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || EDGE.has(t.norm) || t.norm === ',') break;
    if (FUTURE.has(t.norm)) return true;
  }
  for (let k = end, n = 0; k < tokens.length && n < AHEAD; k++, n++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || EDGE.has(t.norm)) break;
    if (FUTURE.has(t.norm)) return true;
  }
  return false;
}
