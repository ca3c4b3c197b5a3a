/**
 * @module day-ranges
 * Pass: ranges of days inside one month — "between 3 and 9 June", "3-9 June 2022", "June 3–9",
 * "from 3 to 9 June". Ranges across months or years ("from March to May 2022") are joined from
 * two dates by `ranges.ts`.
 */
import { isRealDay } from './calendar';
import { MONTH, monthOf } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const JOIN = '\\s*(?:-|–|—|and|to|until|till|through)\\s*';
const DAYS_MONTH = pattern(
  `(?:(between|from)\\s+)?${DAY}${JOIN}${DAY}(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+${YEAR})?`,
);
const MONTH_DAYS = pattern(`(?:(between|from)\\s+)?(${MONTH})\\s+${DAY}${JOIN}${DAY}(?:,?\\s+${YEAR})?`);

/**
 * Finds day ranges within a month.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `range` with a `range` spec of two `cal` dates.
 */
export function dayRanges({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const make = (
    m: RegExpExecArray,
    intro: string | undefined,
    month: number,
    a: number,
    b: number,
    year: number | null,
  ): Candidate | null => {
    // "and" joins a range only after "between"; "to" and dashes always do.
    if (/\sand\s/i.test(m[0]) && intro?.toLowerCase() !== 'between') return null;
    if (!month || a >= b || !isRealDay(year ?? 2000, month, a) || !isRealDay(year ?? 2000, month, b))
      return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'range',
      spec: {
        t: 'range',
        from: { t: 'cal', y: year, m: month, d: a },
        to: { t: 'cal', y: year, m: month, d: b },
      },
      rule: 'day-range',
    };
  };
  scan(
    DAYS_MONTH,
    text,
    (m) => make(m, m[1], monthOf(m[4]!), Number(m[2]), Number(m[3]), m[5] ? Number(m[5]) : null),
    out,
  );
  scan(
    MONTH_DAYS,
    text,
    (m) => make(m, m[1], monthOf(m[2]!), Number(m[3]), Number(m[4]), m[5] ? Number(m[5]) : null),
    out,
  );
  return out;
}
