/**
 * @module weekdays
 * Pass: weekday names — "Friday", "last Friday", "next Tuesday", "Wednesday night". Which Friday
 * is decided in `resolve.ts` from the reference date and the tense around the expression.
 */
import { WEEKDAY, weekdayOf } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

const WEEKDAYS = pattern(
  `(?:(last|next|this|past|coming|the\\s+(?:previous|preceding|following))\\s+)?(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?`,
);

/**
 * Finds weekday references.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `date` with a `weekday` spec.
 */
export function weekdays({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  scan(
    WEEKDAYS,
    text,
    (m) => {
      const wd = weekdayOf(m[2]!);
      if (wd < 0) return null;
      const word = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const mod =
        word === 'the previous' || word === 'the preceding'
          ? 'previous'
          : word === 'the following'
            ? 'following'
            : word === 'last' || word === 'past'
              ? 'last'
              : word === 'next' || word === 'coming'
                ? 'next'
                : word === 'this'
                  ? 'this'
                  : 'bare';
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'date',
        spec: { t: 'weekday', wd, mod },
        rule: `weekday-${mod}`,
      };
    },
    out,
  );
  return out;
}
