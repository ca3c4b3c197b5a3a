import { describe, expect, test } from 'vitest';
import {
  assertSpan,
  compareSpans,
  contains,
  cover,
  gap,
  intersect,
  isValidSpan,
  overlaps,
  SpanError,
  sliceSpan,
  span,
  trimSpan,
} from './span';

describe('span', () => {
  test('validates half-open integer spans', () => {
    expect(isValidSpan([0, 0])).toBe(true);
    expect(isValidSpan([2, 5], 5)).toBe(true);
    expect(isValidSpan([2, 6], 5)).toBe(false);
    expect(isValidSpan([3, 2])).toBe(false);
    expect(isValidSpan([-1, 2])).toBe(false);
    expect(isValidSpan([0.5, 2])).toBe(false);
    expect(isValidSpan([0, 1, 2])).toBe(false);
    expect(isValidSpan('0,1')).toBe(false);
  });

  test('errors say what was expected and what was found', () => {
    expect(() => assertSpan([4, 2], 10)).toThrow(SpanError);
    expect(() => span(0, 11, 10)).toThrow(/<= 10, found \[0,11\]/);
  });

  test('slices UTF-16 code units, so astral characters count twice', () => {
    const text = 'Fictional: 🚀 near Kyiv';
    expect(sliceSpan(text, [14, 18])).toBe('near');
    expect(() => sliceSpan(text, [0, 99])).toThrow(SpanError);
  });

  test('overlap is strict: touching spans do not overlap, empty spans overlap nothing', () => {
    expect(overlaps([0, 3], [2, 5])).toBe(true);
    expect(overlaps([0, 3], [3, 5])).toBe(false);
    expect(overlaps([2, 2], [0, 5])).toBe(false);
  });

  test('contains, cover, intersect, gap and order', () => {
    expect(contains([0, 10], [2, 4])).toBe(true);
    expect(contains([2, 4], [0, 10])).toBe(false);
    expect(cover([5, 7], [1, 2])).toEqual([1, 7]);
    expect(intersect([0, 5], [3, 9])).toEqual([3, 5]);
    expect(intersect([0, 3], [3, 9])).toBeNull();
    expect(gap([0, 3], [7, 9])).toBe(4);
    expect(gap([7, 9], [0, 3])).toBe(4);
    expect(gap([0, 5], [3, 9])).toBe(0);
    const sorted = [
      [4, 5],
      [0, 2],
      [0, 9],
    ].sort((a, b) => compareSpans(a as [number, number], b as [number, number]));
    expect(sorted).toEqual([
      [0, 9],
      [0, 2],
      [4, 5],
    ]);
  });

  test('trimSpan drops surrounding whitespace only', () => {
    const text = '  Fictional talks \n';
    expect(sliceSpan(text, trimSpan(text, [0, text.length]))).toBe('Fictional talks');
    expect(trimSpan(text, [0, 2])).toEqual([2, 2]);
  });
});
