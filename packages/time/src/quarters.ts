/**
 * @module quarters
 * Pass: quarters and halves of a year, as business and economic reporting writes them —
 * "the third quarter", "third-quarter", "the fourth quarter of 1989", "the latest quarter",
 * "the year-ago quarter", "the first half of 2023".
 */
import { ORDINAL, ordinalOf } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext, Spec } from './types';

const YEAR_OF =
  '(?:\\s+of\\s+(?:fiscal\\s+)?(1[6-9]\\d\\d|20\\d\\d|this\\s+year|last\\s+year|next\\s+year))?';
const YEAR_POSSESSIVE = "(?:(1[6-9]\\d\\d|20\\d\\d|this\\s+year|last\\s+year|next\\s+year)'s\\s+)?";
// "the third quarter", "the year-ago third quarter", "the 1988 second quarter", "this year's third quarter".
const ORDINAL_QUARTER = pattern(
  `(?:the\\s+)?(?:(year-earlier|year-ago|prior-year)\\s+)?(?:(1[6-9]\\d\\d|20\\d\\d)\\s+)?${YEAR_POSSESSIVE}(?:fiscal\\s+)?(${ORDINAL})[- ]quarter${YEAR_OF}`,
);
// "the quarter", "the latest quarter", "the year-ago period", "the 1988 quarter".
const REFERRED_QUARTER = pattern(
  '(?:the\\s+)?(?:(1[6-9]\\d\\d|20\\d\\d)\\s+)?(?:(latest|last|most\\s+recent|recent|past|previous|year-earlier|year-ago|comparable(?:\\s+year-ago)?|same|current)\\s+)?(?:quarter|period)',
);
const HALF = pattern(`(?:the\\s+)?(first|second|1st|2nd)[- ]half${YEAR_OF}`);

function yearSpec(word: string | undefined): { y: number | null; rel: number | null } {
  if (!word) return { y: null, rel: null };
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}$/.test(w)) return { y: Number(w), rel: null };
  return { y: null, rel: w === 'last year' ? -1 : w === 'next year' ? 1 : 0 };
}

/**
 * Finds quarters and halves.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `date` with `quarter`, `half` or year-relative specs.
 */
export function quarters({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  scan(
    ORDINAL_QUARTER,
    text,
    (m) => {
      let q = ordinalOf(m[4]!);
      const { y, rel } = yearSpec(m[2] ?? m[3] ?? m[5]);
      if (q < 0) {
        // "the last quarter" alone is the latest; "the last quarter of 1989" is the fourth.
        if (y === null && rel === null) return null;
        q = 4;
      }
      if (q < 1 || q > 4) return null;
      const spec: Spec = { t: 'quarter', q, y, rel, yearAgo: m[1] !== undefined, latest: false };
      return { start: m.index, end: m.index + m[0].length, kind: 'date', spec, rule: 'quarter' };
    },
    out,
  );
  scan(
    REFERRED_QUARTER,
    text,
    (m) => {
      const how = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      const year = m[1] ? Number(m[1]) : null;
      const period = /period$/i.test(m[0]);
      // "the period" alone, "the same period" and "the current period" say too little to date.
      if (
        period &&
        year === null &&
        (how === undefined || how === 'same' || how === 'current' || how === 'past' || how === 'recent')
      )
        return null;
      if (!/^the\b/i.test(m[0]) && how !== 'last' && !period) return null;
      // "the quarter of the old city" is a district.
      if (how === undefined && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
        return null;
      if (how === 'current') {
        return {
          start: m.index,
          end: m.index + m[0].length,
          kind: 'date',
          spec: { t: 'shift', unit: 'quarter', n: 0, base: 'published' },
          rule: 'quarter-current',
        };
      }
      if (how === 'past' || how === 'same') return null;
      const yearAgo = how !== undefined && /year-earlier|year-ago|comparable/.test(how);
      const latest = how === 'latest' || how === 'last' || how === 'most recent' || how === 'previous';
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'date',
        spec: { t: 'quarter', q: null, y: year, rel: null, yearAgo, latest },
        rule: 'quarter-referred',
      };
    },
    out,
  );
  scan(
    HALF,
    text,
    (m) => {
      const h = ordinalOf(m[1]!);
      const { y, rel } = yearSpec(m[2]);
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'date',
        spec: { t: 'half', h, y, rel },
        rule: 'half',
      };
    },
    out,
  );
  return out;
}
