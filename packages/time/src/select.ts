/**
 * @module select
 * Settles overlaps between passes: the longest candidate wins ("two days ago" over "two days",
 * "every Friday" over "Friday"), ties go to the earlier start, then to the earlier pass.
 */
import type { Candidate } from './types';

/**
 * Keeps a set of non-overlapping candidates, longest first, returned in text order.
 *
 * @param candidates
 *   Everything the passes found, in pass order.
 * @param length
 *   Length of the text (sizes the occupancy mask).
 */
export function select(candidates: Candidate[], length: number): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  // One byte per code unit is cheap next to the text itself and makes each overlap check O(span).
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}
