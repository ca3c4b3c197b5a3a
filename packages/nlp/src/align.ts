/**
 * @module align
 * The one helper that relates character spans to tokens and sentences. Stages call these instead
 * of searching tokens themselves.
 */
import type { Span } from '@sitrep/model';
import type { Analysis, Sentence, Token } from './types';

/** Index of the first token whose end is after `offset` (binary search). */
function firstEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Token index range `[first, end)` of the tokens overlapping a span.
 *
 * @param analysis
 *   The `nlp` layer.
 * @param span
 *   A character span.
 */
export function tokenRange(analysis: Analysis, span: Span): [number, number] {
  const { tokens } = analysis;
  const first = firstEndingAfter(tokens, span[0]);
  let end = first;
  while (end < tokens.length && tokens[end]!.start < span[1]) end++;
  return [first, end];
}

/** The tokens overlapping a span. */
export function tokensIn(analysis: Analysis, span: Span): Token[] {
  const [first, end] = tokenRange(analysis, span);
  return analysis.tokens.slice(first, end);
}

/** The token covering `offset`, or undefined when it falls on whitespace. */
export function tokenAt(analysis: Analysis, offset: number): Token | undefined {
  const token = analysis.tokens[firstEndingAfter(analysis.tokens, offset)];
  return token && token.start <= offset ? token : undefined;
}

/** Widens a span to whole tokens (a span inside whitespace is returned unchanged). */
export function alignSpan(analysis: Analysis, span: Span): Span {
  const [first, end] = tokenRange(analysis, span);
  if (first >= end) return span;
  return [Math.min(span[0], analysis.tokens[first]!.start), Math.max(span[1], analysis.tokens[end - 1]!.end)];
}

/** The sentence holding `offset` (the nearest one before it when it falls between sentences). */
export function sentenceAt(analysis: Analysis, offset: number): Sentence | undefined {
  const { sentences } = analysis;
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.span[0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/** The tokens of a sentence. */
export function sentenceTokens(analysis: Analysis, sentence: Sentence): Token[] {
  return analysis.tokens.slice(sentence.first, sentence.end);
}
