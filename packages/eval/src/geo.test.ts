import { describe, expect, it } from 'vitest';
import { haversineKm, placeScores } from './geo';
import { intervalsOverlap, timeScores } from './times';

describe('places', () => {
  it('measures great-circle distance', () => {
    // Damascus to Aleppo is about 310 km.
    expect(haversineKm({ lat: 33.5138, lon: 36.2765 }, { lat: 36.2021, lon: 37.1343 })).toBeGreaterThan(300);
    expect(haversineKm({ lat: 33.5138, lon: 36.2765 }, { lat: 36.2021, lon: 37.1343 })).toBeLessThan(320);
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
  });

  it('scores accuracy@161 km, counting unresolved places as wrong', () => {
    const gold = { lat: 33.5138, lon: 36.2765 };
    const s = placeScores([
      { gold, predicted: { lat: 33.6, lon: 36.3 } },
      { gold, predicted: { lat: 36.2021, lon: 37.1343 } },
      { gold, predicted: null },
    ]);
    expect(s.n).toBe(3);
    expect(s.resolved).toBe(2);
    expect(s.accuracy).toBeCloseTo(1 / 3);
    expect(s.medianKm).toBeGreaterThan(150);
  });
});

describe('times', () => {
  it('treats intervals as inclusive', () => {
    expect(
      intervalsOverlap(
        { start: '2026-01-01', end: '2026-01-31' },
        { start: '2026-01-31', end: '2026-01-31' },
      ),
    ).toBe(true);
    expect(
      intervalsOverlap(
        { start: '2026-01-01', end: '2026-01-30' },
        { start: '2026-01-31', end: '2026-02-02' },
      ),
    ).toBe(false);
  });

  it('counts exact and overlapping predictions', () => {
    const day = { start: '2026-03-10', end: '2026-03-10' };
    const s = timeScores([
      { gold: day, predicted: day },
      { gold: day, predicted: { start: '2026-03-01', end: '2026-03-31' } },
      { gold: day, predicted: { start: '2026-03-11', end: '2026-03-11' } },
      { gold: day, predicted: null },
    ]);
    expect([s.exact, s.overlap, s.exactRate, s.overlapRate]).toEqual([1, 2, 0.25, 0.5]);
  });
});
