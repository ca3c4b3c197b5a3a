/**
 * @module times
 * Date intervals and how predicted ones are scored: exactly right, or overlapping the gold interval.
 * Both ends are inclusive ISO dates (`YYYY-MM-DD`), so string comparison orders them.
 */

/** An inclusive date interval. */
export interface DateInterval {
  start: string;
  end: string;
}

/**
 * True when two inclusive intervals share at least one day.
 *
 * @param a
 *   First interval.
 * @param b
 *   Second interval.
 */
export function intervalsOverlap(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Scores of predicted intervals. */
export interface TimeScores {
  n: number;
  /** Same start and end. */
  exact: number;
  /** At least one day in common (includes exact). */
  overlap: number;
  exactRate: number;
  overlapRate: number;
}

/**
 * Scores predicted intervals against gold ones.
 *
 * @param pairs
 *   Gold interval and predicted interval (null when the system gave none).
 */
export function timeScores(
  pairs: ReadonlyArray<{ gold: DateInterval; predicted: DateInterval | null }>,
): TimeScores {
  let exact = 0;
  let overlap = 0;
  for (const { gold, predicted } of pairs) {
    if (!predicted) continue;
    if (predicted.start === gold.start && predicted.end === gold.end) exact++;
    if (intervalsOverlap(gold, predicted)) overlap++;
  }
  const n = pairs.length;
  return { n, exact, overlap, exactRate: n ? exact / n : 0, overlapRate: n ? overlap / n : 0 };
}
