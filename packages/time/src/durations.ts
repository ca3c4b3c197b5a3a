/**
 * @module durations
 * Pass: durations — "two decades", "a three-day (ceasefire)", "for months", "the past three years",
 * "24 hours". A duration says how long, not when: it gets kind `duration` and never a date, so
 * "fought for two decades" does not become a date twenty years ago.
 */
import { COUNT, FUZZY_COUNT } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

const DURATION_UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))';
// "two decades", "the past three years", "24 hours", "a three-day", "several weeks", "1.5 years".
const COUNTED = pattern(
  `(?:(?:the\\s+)?(?:past|last|next|previous|coming|following|first|final)\\s+)?(${COUNT}|${FUZZY_COUNT}|\\d+(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+)[- ]+(${DURATION_UNIT})(?:-long)?`,
);
// "the past week", "the last month": one unit back from now, a stretch rather than a calendar week.
// "the past year" is not here: news uses it for the year just gone, a date (relative-dates.ts).
const LAST_UNIT = pattern('the\\s+(?:past|last)\\s+(?:day|week|month|decade|century)');
// "for months", "for years", "over decades": a plural unit alone after a preposition.
const BARE_PLURAL = pattern('(?:days|weeks|months|years|decades|hours)');
const BARE_CONTEXT = /\b(?:for|over|within|in|after|lasting|took|takes|spanning|nearly|almost)\s+$/i;
// A count joined to an adjective is an age or a size, not a duration ("a two-year-old", "ten-year bonds" stays).
const AGE_AFTER = /^(?:-|\s+)old\b/i;
const COUNT_ALONE = /^(?:an?|one)$/i;

/**
 * Finds durations.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `duration` (no spec: they are never dates).
 */
export function durations({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  scan(
    COUNTED,
    text,
    (m) => {
      const end = m.index + m[0].length;
      if (AGE_AFTER.test(text.slice(end, end + 5))) return null;
      // "a day", "one year" alone are too often something else ("one day", "a year of fighting");
      // keep them after a word that asks for a length.
      if (
        COUNT_ALONE.test(m[1]!) &&
        m[0] === `${m[1]} ${m[2]}` &&
        !BARE_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))
      ) {
        return null;
      }
      return { start: m.index, end, kind: 'duration', spec: null, rule: 'duration-counted' };
    },
    out,
  );
  scan(
    LAST_UNIT,
    text,
    (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'duration',
      spec: null,
      rule: 'duration-last',
    }),
    out,
  );
  scan(
    BARE_PLURAL,
    text,
    (m) => {
      if (!BARE_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'duration',
        spec: null,
        rule: 'duration-bare',
      };
    },
    out,
  );
  return out;
}
