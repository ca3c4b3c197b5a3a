// TIMEX values and calendar helpers; no document text involved.
import { dayNumber, formatIso, isoWeek, timexValue, weekday } from '@sitrep/time';
import { describe, expect, test } from 'vitest';

const d = (iso: string) =>
  dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('calendar', () => {
  test('day numbers round-trip and weekdays are ISO (Monday 0)', () => {
    expect(formatIso(d('2024-02-29'))).toBe('2024-02-29');
    expect(weekday(d('2023-03-16'))).toBe(3); // a Thursday
    expect(isoWeek(d('2021-01-03'))).toEqual([2020, 53]);
    expect(isoWeek(d('2023-03-16'))).toEqual([2023, 11]);
  });
});

describe('timexValue', () => {
  test('maps granularities to TimeML values', () => {
    expect(
      timexValue({ start: d('2023-03-14'), end: d('2023-03-14'), precision: 'day', granularity: 'day' }),
    ).toBe('2023-03-14');
    expect(
      timexValue({ start: d('2023-03-13'), end: d('2023-03-19'), precision: 'week', granularity: 'week' }),
    ).toBe('2023-W11');
    expect(
      timexValue({ start: d('2023-03-01'), end: d('2023-03-31'), precision: 'month', granularity: 'month' }),
    ).toBe('2023-03');
    expect(
      timexValue({
        start: d('1989-07-01'),
        end: d('1989-09-30'),
        precision: 'season',
        granularity: 'quarter',
      }),
    ).toBe('1989-Q3');
    expect(
      timexValue({
        start: d('2019-09-01'),
        end: d('2019-11-30'),
        precision: 'season',
        granularity: 'season',
      }),
    ).toBe('2019-FA');
    expect(
      timexValue({ start: d('1990-01-01'), end: d('1999-12-31'), precision: 'year', granularity: 'decade' }),
    ).toBe('199X');
    expect(
      timexValue({
        start: d('2023-02-01'),
        end: d('2023-03-16'),
        precision: 'vague',
        granularity: 'vague',
        ref: 'past',
      }),
    ).toBe('PAST_REF');
  });
});
