import { describe, expect, it } from 'vitest';
import { addDays, binDated, brushRange, chooseUnit, MAX_BINS, stackBin, weekStart } from './timeline';

describe('timeline binning', () => {
  it('finds ISO week starts across month and year ends', () => {
    expect(weekStart('2024-03-06')).toBe('2024-03-04'); // Wednesday -> Monday
    expect(weekStart('2024-03-04')).toBe('2024-03-04');
    expect(weekStart('2024-03-10')).toBe('2024-03-04'); // Sunday belongs to the week before
    expect(weekStart('2021-01-01')).toBe('2020-12-28');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('bins per day, fills gaps, and counts per type', () => {
    const { bins, unit, max, skipped } = binDated(
      [
        { date: '2024-03-01', type: 'ASSAULT' },
        { date: '2024-03-01', type: 'ASSAULT' },
        { date: '2024-03-01', type: 'AID' },
        { date: '2024-03-04', type: 'PROTEST', count: 5 },
        { date: 'not a date', type: 'AID' },
      ],
      'day',
    );
    expect(unit).toBe('day');
    expect(skipped).toBe(1);
    expect(max).toBe(5);
    expect(bins.map((b) => [b.start, b.total])).toEqual([
      ['2024-03-01', 3],
      ['2024-03-02', 0],
      ['2024-03-03', 0],
      ['2024-03-04', 5],
    ]);
    expect(bins[0]?.counts).toEqual({ ASSAULT: 2, AID: 1 });
  });

  it('bins per ISO week and picks weeks for long ranges', () => {
    const items = [
      { date: '2024-01-03', type: 'AID' },
      { date: '2024-01-07', type: 'AID' },
      { date: '2024-01-08', type: 'AID' },
      { date: '2024-06-01', type: 'COERCE' },
    ];
    expect(chooseUnit('2024-01-03', '2024-06-01')).toBe('week');
    const { bins, unit } = binDated(items);
    expect(unit).toBe('week');
    expect(bins[0]).toEqual({ start: '2024-01-01', end: '2024-01-07', counts: { AID: 2 }, total: 2 });
    expect(bins[1]?.total).toBe(1);
    expect(bins.at(-1)?.counts).toEqual({ COERCE: 1 });
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(4);
  });

  it('caps the number of bars and keeps the newest', () => {
    const { bins, skipped } = binDated(
      [
        { date: '2000-01-01', type: 'AID' },
        { date: '2024-01-01', type: 'AID' },
      ],
      'day',
    );
    expect(bins).toHaveLength(MAX_BINS);
    expect(bins.at(-1)?.start).toBe('2024-01-01');
    expect(skipped).toBe(1);
  });

  it('stacks in a fixed order with unknown types on top', () => {
    const bin = { start: 'x', end: 'x', counts: { ZZZ: 1, ASSAULT: 2, AID: 3 }, total: 6 };
    expect(stackBin(bin, ['AID', 'PROTEST', 'ASSAULT'])).toEqual([
      { type: 'AID', y0: 0, y1: 3 },
      { type: 'ASSAULT', y0: 3, y1: 5 },
      { type: 'ZZZ', y0: 5, y1: 6 },
    ]);
  });

  it('maps a brush to the dates of the bins it touches', () => {
    const { bins } = binDated(
      [
        { date: '2024-03-01', type: 'AID' },
        { date: '2024-03-10', type: 'AID' },
      ],
      'day',
    );
    // 10 bins over 200 px: 20 px each.
    expect(brushRange(bins, 200, 45, 21)).toEqual({ from: '2024-03-02', to: '2024-03-03' });
    expect(brushRange(bins, 200, -50, 999)).toEqual({ from: '2024-03-01', to: '2024-03-10' });
    expect(brushRange([], 200, 0, 10)).toBeNull();
  });
});
