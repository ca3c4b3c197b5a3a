/**
 * @module span
 * The one span convention (shared/CONTRACT.md): `[start, end)` half-open, 0-based offsets in UTF-16
 * code units into the unchanging document text. Every package uses these helpers; none rolls its own.
 */
import type { Span } from './contract';

/** Thrown for a span that cannot index the text it is used with. */
export class SpanError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'SpanError';
  }
}

/**
 * Makes a span, checking it is well-formed.
 *
 * @param start
 *   First code unit (inclusive).
 * @param end
 *   One past the last code unit.
 * @param length
 *   Length of the text, when known; the span must fit in it.
 */
export function span(start: number, end: number, length?: number): Span {
  assertSpan([start, end], length);
  return [start, end];
}

/** True when `value` is `[start, end]` with integers `0 ≤ start ≤ end (≤ length)`. */
export function isValidSpan(value: unknown, length?: number): value is Span {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [start, end] = value as [unknown, unknown];
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) <= (end as number) &&
    (length === undefined || (end as number) <= length)
  );
}

/**
 * Throws a `SpanError` saying what was expected when `value` is not a valid span.
 *
 * @param value
 *   The span to check.
 * @param length
 *   Length of the text it indexes, when known.
 */
export function assertSpan(value: unknown, length?: number): asserts value is Span {
  if (!isValidSpan(value, length)) {
    throw new SpanError(
      `expected a span [start, end] of integers with 0 <= start <= end${length === undefined ? '' : ` <= ${length}`}, found ${JSON.stringify(value)}`,
    );
  }
}

/** The text a span covers. Throws when the span does not fit the text. */
export function sliceSpan(text: string, s: Span): string {
  assertSpan(s, text.length);
  return text.slice(s[0], s[1]);
}

/** Number of code units covered. */
export function spanLength(s: Span): number {
  return s[1] - s[0];
}

/** True when the two spans share at least one code unit. Empty spans overlap nothing. */
export function overlaps(a: Span, b: Span): boolean {
  return a[0] < a[1] && b[0] < b[1] && a[0] < b[1] && b[0] < a[1];
}

/** True when `outer` covers all of `inner`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** The smallest span covering both. */
export function cover(a: Span, b: Span): Span {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** The shared part of two spans, or null when they do not overlap. */
export function intersect(a: Span, b: Span): Span | null {
  const start = Math.max(a[0], b[0]);
  const end = Math.min(a[1], b[1]);
  return start < end ? [start, end] : null;
}

/** Code units between two spans (0 when they touch or overlap). */
export function gap(a: Span, b: Span): number {
  if (a[1] <= b[0]) return b[0] - a[1];
  if (b[1] <= a[0]) return a[0] - b[1];
  return 0;
}

/** Orders spans by start, then by end (longer first): the order layers are stored in. */
export function compareSpans(a: Span, b: Span): number {
  return a[0] - b[0] || b[1] - a[1];
}

/**
 * Narrows a span so it does not start or end on whitespace.
 *
 * @param text
 *   The text the span indexes.
 * @param s
 *   The span to trim.
 */
export function trimSpan(text: string, s: Span): Span {
  let [start, end] = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
