import { describe, expect, test } from 'vitest';
import { assertIsoDate, InvalidDateError, isIsoDate, publishedFromHeader } from './dates';

describe('dates', () => {
  test('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-3-1')).toBe(false);
    expect(isIsoDate(20230301)).toBe(false);
    expect(() => assertIsoDate('2023-02-30', '--published')).toThrow(InvalidDateError);
    expect(() => assertIsoDate('yesterday', '--published')).toThrow(
      /--published: expected a date as YYYY-MM-DD/,
    );
  });

  test('reads labelled header lines in common forms', () => {
    expect(publishedFromHeader('Published: 2024-06-21\nFictional report')).toBe('2024-06-21');
    expect(publishedFromHeader('\n\nDate: 21 June 2024\nFictional')).toBe('2024-06-21');
    expect(publishedFromHeader('Issued - June 21, 2024\nFictional')).toBe('2024-06-21');
    expect(publishedFromHeader('Posted: Friday, 21 Jun. 2024\n')).toBe('2024-06-21');
    expect(publishedFromHeader('Published: 2024-06-21T08:00:00Z')).toBe('2024-06-21');
  });

  test('ignores unlabelled dates, impossible dates and dates deep in the body', () => {
    expect(publishedFromHeader('Fictional: on 21 June 2024 talks resumed.')).toBeNull();
    expect(publishedFromHeader('Date: 31 February 2024')).toBeNull();
    const body = `${'Fictional line.\n'.repeat(12)}Published: 2024-06-21`;
    expect(publishedFromHeader(body)).toBeNull();
  });
});
