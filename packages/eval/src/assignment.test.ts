import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from './assignment';

const total = (w: number[][], pairs: Array<[number, number]>) =>
  pairs.reduce((s, [i, j]) => s + w[i]![j]!, 0);

describe('maxWeightAssignment', () => {
  it('finds the pairing a greedy choice misses', () => {
    // Greedy would take (0,0)=3 and leave row 1 with nothing; the best is (0,1)+(1,0)=2+2.
    const w = [
      [3, 2],
      [2, 0],
    ];
    expect(maxWeightAssignment(w)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('handles more rows than columns and leaves out zero-weight pairs', () => {
    const w = [[0], [1], [5]];
    expect(maxWeightAssignment(w)).toEqual([[2, 0]]);
    expect(maxWeightAssignment([[0, 0]])).toEqual([]);
    expect(maxWeightAssignment([])).toEqual([]);
  });

  it('agrees with brute force on small random matrices', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const best = (w: number[][], row: number, used: Set<number>): number => {
      if (row === w.length) return 0;
      let b = best(w, row + 1, used);
      w[row]!.forEach((x, j) => {
        if (!used.has(j) && x > 0) {
          used.add(j);
          b = Math.max(b, x + best(w, row + 1, used));
          used.delete(j);
        }
      });
      return b;
    };
    for (let trial = 0; trial < 40; trial++) {
      const rows = 1 + Math.floor(random() * 4);
      const cols = 1 + Math.floor(random() * 4);
      const w = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.4 ? 0 : Math.round(random() * 9))),
      );
      const pairs = maxWeightAssignment(w);
      expect(new Set(pairs.map(([, j]) => j)).size).toBe(pairs.length);
      expect(total(w, pairs)).toBeCloseTo(best(w, 0, new Set()));
    }
  });
});
