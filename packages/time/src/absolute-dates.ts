/**
 * @module absolute-dates
 * Pass: calendar dates written out — "14 March 2023", "Thursday 14 March 2023", "March 14, 2023",
 * "Mar. 14", "March 2023", "2023-03-14", "in 1988", "fiscal 1989", "the 1990s", "the 20th century".
 * Dates without a year get it later, from the reference date (see `resolve.ts`).
 */
import { isRealDay } from './calendar';
import { countOf, MONTH, monthOf, SEASON, SEASONS, WEEKDAY } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

// "Thursday 14 March 2023", "14th of March", "14 Mar."
const DAY_MONTH_YEAR = pattern(
  `(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+${YEAR})?`,
);
// "Thursday, March 14, 2023", "Mar. 14", "March 14th"
const MONTH_DAY_YEAR = pattern(`(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}(?:,?\\s+${YEAR})?`);
// "March 2023", "March of 2023"
const MONTH_YEAR = pattern(`(${MONTH}),?\\s+(?:of\\s+)?${YEAR}`);
// "2023-03-14", "2023/03/14"
const ISO = pattern('(\\d{4})([-/])(\\d{2})\\2(\\d{2})');
// A month on its own: "in April".
const MONTH_ALONE = pattern(`(${MONTH})`);
// "1988", "fiscal 1989", "FY2023"
const YEAR_ALONE = pattern(`(?:(?:fiscal\\s+(?:year\\s+)?|FY\\s?)?)${YEAR}`);
// Years said in words, as transcripts write them: "nineteen ninety-six", "the year two thousand".
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// A month or "the winter of" before it belongs to it: "January nineteen ninety-seven".
const SPOKEN_YEAR = pattern(
  `(?:(${MONTH})\\s+|(?:the\\s+)?(${SEASON})\\s+of\\s+)?(?:the\\s+year\\s+)?(?:(nineteen)\\s+(${TEENS}|${TENS}(?:[- ]${UNITS})?|oh[- ]${UNITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS}|${TEENS}))?)`,
);
const DECADE = pattern("(1[6-9]\\d0|20\\d0)'?s");
// "the nineties", "the '80s", "the 1960s" said short: the 20th century's decades. The twenties and
// the two-digit '20s are left out: in today's news they may be the 2020s.
const DECADE_SHORT = pattern(
  "the\\s+(?:(thirties|forties|fifties|sixties|seventies|eighties|nineties)|'?([3-9])0'?s)",
);
const DECADE_WORDS = ['thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const CENTURY = pattern('(\\d{1,2})(?:st|nd|rd|th)[- ]century');

// Words before a month name that make it a date ("in May"), needed for months that are also
// common words or names (May, March) and for bare abbreviations.
const MONTH_CONTEXT =
  /(?:\b(?:in|of|since|until|till|by|before|after|during|through|throughout|last|next|this|early|late|from|to|between|and|or|end|start|beginning|middle|mid|each|every)\s*-?\s*)$/i;
const PLAIN_MONTHS = new Set([1, 2, 4, 6, 7, 8, 9, 10, 11, 12]);
const FULL_NAMES = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

// A four-digit number is not a year when money, a count or a measure follows or precedes it.
const NOT_YEAR_BEFORE = /(?:[$£€¥#]|\bNo\.\s?|[\d,.]|\bRs\.?\s?)$/;
const NOT_YEAR_AFTER =
  /^(?:\s*(?:%|percent|per\s?cent)|[,.]\d|\s*(?:[-–]\s*)?(?:people|persons|troops|soldiers|fighters|civilians|refugees|men|women|children|families|households|homes|houses|buildings|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|dollars|euros|pounds|hours|hrs|GMT|UTC|local\s+time|cases|deaths|votes|seats|units|barrels|rounds|shells|rockets|members|students|workers|jobs|delegates|acres|hectares|vehicles|pages|words|points|shares|employees))\b/i;

/**
 * Finds written-out calendar dates.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `date` with a `cal`, `decade` or `century` spec.
 */
export function absoluteDates({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const at = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;

  // "14 March 2023" and "March 14, 2023" differ only in which group holds the day and the month.
  const calendarDay =
    (dayGroup: number, monthGroup: number, rule: string) =>
    (m: RegExpExecArray): Candidate | null => {
      const month = monthOf(m[monthGroup]!);
      const day = Number(m[dayGroup]);
      const year = m[3] ? Number(m[3]) : null;
      if (!month || !isRealDay(year ?? 2000, month, day)) return null;
      const [start, end] = at(m);
      return { start, end, kind: 'date', spec: { t: 'cal', y: year, m: month, d: day }, rule };
    };
  scan(DAY_MONTH_YEAR, text, calendarDay(1, 2, 'day-month-year'), out);
  // "May 3" needs no context, but "in March 12 people died" is rare enough to accept.
  scan(MONTH_DAY_YEAR, text, calendarDay(2, 1, 'month-day-year'), out);
  scan(
    MONTH_YEAR,
    text,
    (m) => {
      const month = monthOf(m[1]!);
      if (!month) return null;
      const [start, end] = at(m);
      return {
        start,
        end,
        kind: 'date',
        spec: { t: 'cal', y: Number(m[2]), m: month, d: null },
        rule: 'month-year',
      };
    },
    out,
  );
  scan(
    ISO,
    text,
    (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (!isRealDay(y, mo, d)) return null;
      const [start, end] = at(m);
      return { start, end, kind: 'date', spec: { t: 'cal', y, m: mo, d }, rule: 'iso-date' };
    },
    out,
  );
  scan(
    MONTH_ALONE,
    text,
    (m) => {
      const month = monthOf(m[1]!);
      if (!month) return null;
      const word = m[1]!;
      const plain = PLAIN_MONTHS.has(month) && FULL_NAMES.has(word.toLowerCase());
      if (!plain && !MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
      const [start, end] = at(m);
      return { start, end, kind: 'date', spec: { t: 'cal', y: null, m: month, d: null }, rule: 'month' };
    },
    out,
  );
  scan(
    YEAR_ALONE,
    text,
    (m) => {
      const [start, end] = at(m);
      if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
      if (NOT_YEAR_AFTER.test(text.slice(end, end + 24))) return null;
      const year = Number(m[1]);
      // Bare numbers far from now are more often counts than years ("1650 troops").
      if (year < 1800 && !/^(?:fiscal|FY)/i.test(m[0])) return null;
      return { start, end, kind: 'date', spec: { t: 'cal', y: year, m: null, d: null }, rule: 'year' };
    },
    out,
  );
  scan(
    SPOKEN_YEAR,
    text,
    (m) => {
      const [, monthWord, seasonWord, nineteen, rest, twoThousand] = m;
      let year: number;
      if (nineteen) {
        year = 1900 + countOf(rest!.toLowerCase().replace(/^oh[- ]/, ''));
      } else {
        year = 2000 + (twoThousand ? countOf(twoThousand) : 0);
      }
      // "two thousand" alone is more often a count unless "the year" says otherwise.
      if (!nineteen && !twoThousand && !/\bthe\s+year\s/i.test(m[0])) return null;
      const [start, end] = at(m);
      const month = monthWord ? monthOf(monthWord) : null;
      const season = seasonWord ? SEASONS.get(seasonWord.toLowerCase()) : undefined;
      return {
        start,
        end,
        kind: 'date',
        spec:
          season !== undefined
            ? { t: 'season', s: season, y: year, rel: null }
            : { t: 'cal', y: year, m: month, d: null },
        rule: 'year-in-words',
      };
    },
    out,
  );
  scan(
    DECADE,
    text,
    (m) => {
      const [start, end] = at(m);
      return { start, end, kind: 'date', spec: { t: 'decade', y: Number(m[1]) }, rule: 'decade' };
    },
    out,
  );
  scan(
    DECADE_SHORT,
    text,
    (m) => {
      const [start, end] = at(m);
      const tens = m[1] ? DECADE_WORDS.indexOf(m[1].toLowerCase()) + 3 : Number(m[2]);
      return { start, end, kind: 'date', spec: { t: 'decade', y: 1900 + tens * 10 }, rule: 'decade-short' };
    },
    out,
  );
  scan(
    CENTURY,
    text,
    (m) => {
      const c = Number(m[1]);
      if (c < 1 || c > 22) return null;
      const [start, end] = at(m);
      return { start, end, kind: 'date', spec: { t: 'century', c }, rule: 'century' };
    },
    out,
  );
  return out;
}
