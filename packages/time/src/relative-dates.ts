/**
 * @module relative-dates
 * Pass: dates counted from the publication date ("yesterday", "tonight", "overnight", "last week",
 * "two days ago", "several days ago") or from the date the text last gave ("the next day",
 * "a year earlier", "that day"). What they count from is part of the spec; `resolve.ts` counts.
 */
import { COUNT, countOf, FUZZY_COUNT, MONTH, monthOf, UNIT, type Unit, unitOf } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext, Spec } from './types';

// Deictic days: the publication date is "today".
const DEICTIC = pattern(
  '(?:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|(?:early|late|earlier)\\s+(?:yesterday|today)|(?:yesterday|today|tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening)|overnight)',
);
// "last week", "this month", "next year", "the coming week", "the following month", "that week".
const UNIT_SHIFT = pattern(
  '(last|this|next|the\\s+coming|the\\s+previous|the\\s+following|the\\s+next|the\\s+same|the\\s+current|that)\\s+(day|week|weekend|month|year|quarter)',
);
// "two days ago", "a year earlier", "several weeks later", "about three months ago"; a hedge
// ("about", "nearly") belongs to the expression but does not move the date.
const COUNT_SHIFT = pattern(
  `(?:(?:almost|about|nearly|around|roughly|approximately|just|only|more\\s+than|less\\s+than|over|at\\s+least)\\s+)?(${COUNT}|${FUZZY_COUNT})\\s+(${UNIT})\\s+(ago|earlier|before|later|after|from\\s+now|hence|previously)`,
);
// "last May", "this September", "next March"; "May last year", "June of this year", "3 May last year".
// A day after the month belongs to it: "last Oct. 23" is 23 October of the year before.
const MONTH_REL = pattern(
  `(last|this|next|past|coming)\\s+(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d))?`,
);
const MONTH_YEAR_REL = pattern(
  `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this|next)\\s+year`,
);
// "the end of the year", "the start of the month": a part of the current unit.
const PART_OF_CURRENT = pattern(
  "(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+the\\s+(year|month|week)|year-end|year\\s+end|year's\\s+end",
);
// "year-earlier profit", "the year-ago results": the same period a year before.
const YEAR_AGO = pattern('year-earlier|year-ago|prior-year');
// "the full year", "the fiscal year", "for the year": the current year, in results reporting.
const THE_YEAR = pattern('the\\s+(?:(full|fiscal|current\\s+fiscal|whole|entire)\\s+)?year');
const THE_YEAR_BEFORE = /\b(?:for|during|through|of|in)\s+$/i;
const THE_YEAR_AFTER = /^\s*(?:[.,;:)]|ended|ending|to\s+date|so\s+far|as\s+a\s+whole)/i;
// "the past year", "the last year": the year just gone, as news uses it ("grew over the past
// year"); TimeML values it as the previous calendar year, like "last year".
const PAST_YEAR = pattern('the\\s+(?:past|last)\\s+year');
// "later in the day", "earlier in the year": a part of the unit the narrative is in.
const IN_THE_UNIT = pattern('(earlier|later)\\s+in\\s+the\\s+(day|week|month|year)');
// "the next morning", "the following evening": the day after the last date the text gave.
const NEXT_PART_OF_DAY = pattern('the\\s+(?:next|following)\\s+(?:morning|afternoon|evening|night)');
// "the weekend": the nearest one, in the direction the tense says.
const WEEKEND = pattern('the\\s+weekend');

const FUZZY: Record<string, [number, number]> = {
  several: [3, 7],
  'a few': [2, 4],
  few: [2, 4],
  'a number of': [3, 9],
  some: [2, 7],
  many: [5, 15],
  recent: [1, 3],
};

/**
 * Finds relative dates.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `date` with `shift`, `overnight` specs.
 */
export function relativeDates({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const make = (m: RegExpExecArray, spec: Spec, rule: string): Candidate => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'date',
    spec,
    rule,
  });

  scan(
    DEICTIC,
    text,
    (m) => {
      const w = m[0].toLowerCase().replace(/\s+/g, ' ');
      if (w === 'overnight') return make(m, { t: 'overnight' }, 'overnight');
      let n = 0;
      if (w.includes('day before yesterday')) n = -2;
      else if (w.includes('day after tomorrow')) n = 2;
      else if (w.includes('yesterday') || w === 'last night') n = -1;
      else if (w.includes('tomorrow')) n = 1;
      return make(m, { t: 'shift', unit: 'day', n, base: 'published' }, 'deictic-day');
    },
    out,
  );
  scan(
    UNIT_SHIFT,
    text,
    (m) => {
      const how = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2]!.toLowerCase() as Unit | 'weekend';
      // "this day", "last day", "next day" without "the" are rarely dates ("the last day of").
      if (unit === 'day' && !how.startsWith('the ') && how !== 'that') return null;
      const n =
        how === 'last' || how === 'the previous'
          ? -1
          : how === 'this' || how === 'the same' || how === 'that' || how === 'the current'
            ? 0
            : 1;
      const base =
        how === 'last' || how === 'this' || how === 'next' || how === 'the coming' || how === 'the current'
          ? 'published'
          : 'anchor';
      // Sentence-start "Last year" and "last year" read the same; the "the last N" durations live elsewhere.
      return make(
        m,
        { t: 'shift', unit, n, base },
        `${base === 'published' ? 'deictic' : 'anaphoric'}-${unit}`,
      );
    },
    out,
  );
  scan(
    COUNT_SHIFT,
    text,
    (m) => {
      const unit = unitOf(m[2]!);
      if (!unit) return null;
      const dir = m[3]!.toLowerCase().replace(/\s+/g, ' ');
      // "90 days after the vote" counts from an event, not from a date: we cannot place it, so the
      // count stays a duration (durations.ts finds "90 days"); "two days later" counts from the last date.
      const end = m.index + m[0].length;
      if (
        (dir === 'after' || dir === 'before') &&
        /^\s+(?:the|a|an|his|her|its|their|this|that|being|he|she|it|they|we)\b/i.test(
          text.slice(end, end + 10),
        )
      ) {
        return null;
      }
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' ? -1 : 1;
      const base = dir === 'ago' || dir === 'from now' || dir === 'hence' ? 'published' : 'anchor';
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const fuzzy = FUZZY[word];
      if (fuzzy) {
        const range: [number, number] = sign < 0 ? [-fuzzy[1], -fuzzy[0]] : [fuzzy[0], fuzzy[1]];
        return make(m, { t: 'shift', unit, n: 0, base, fuzzy: range }, `fuzzy-${unit}-shift`);
      }
      const n = countOf(word);
      if (!n) return null;
      return make(m, { t: 'shift', unit, n: sign * n, base }, `${unit}-shift`);
    },
    out,
  );
  scan(
    YEAR_AGO,
    text,
    (m) => make(m, { t: 'shift', unit: 'year', n: -1, base: 'published' }, 'year-shift'),
    out,
  );
  scan(
    THE_YEAR,
    text,
    (m) => {
      const end = m.index + m[0].length;
      // Bare "the year" only where a results sentence frames it: "for the year, ...", "of the year."
      if (
        !m[1] &&
        !(
          THE_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) &&
          THE_YEAR_AFTER.test(text.slice(end, end + 12))
        )
      ) {
        return null;
      }
      return make(m, { t: 'shift', unit: 'year', n: 0, base: 'published' }, 'current-year');
    },
    out,
  );
  scan(
    MONTH_REL,
    text,
    (m) => {
      const month = monthOf(m[2]!);
      if (!month) return null;
      const how = m[1]!.toLowerCase();
      const rel = how === 'last' || how === 'past' ? 'last' : how === 'this' ? 'this' : 'next';
      const day = m[3] ? Number(m[3]) : null;
      if (day !== null && (day < 1 || day > 31)) return null;
      return make(m, { t: 'cal', y: null, m: month, d: day, rel: { month: rel } }, `month-${rel}`);
    },
    out,
  );
  scan(
    MONTH_YEAR_REL,
    text,
    (m) => {
      const month = monthOf(m[2]!);
      if (!month) return null;
      const how = m[4]!.toLowerCase();
      const day = m[1] ?? m[3];
      const year = how === 'last' ? -1 : how === 'next' ? 1 : 0;
      return make(
        m,
        { t: 'cal', y: null, m: month, d: day ? Number(day) : null, rel: { year } },
        'month-of-relative-year',
      );
    },
    out,
  );
  scan(
    PART_OF_CURRENT,
    text,
    (m) => {
      const which = (m[1] ?? 'end').toLowerCase();
      const unit = (m[2] ?? 'year').toLowerCase() as Unit;
      const part = which === 'end' ? 'end' : which === 'middle' ? 'mid' : 'start';
      return make(
        m,
        { t: 'part', part, base: { t: 'shift', unit, n: 0, base: 'published' } },
        `${part}-of-current-${unit}`,
      );
    },
    out,
  );
  scan(
    PAST_YEAR,
    text,
    (m) => make(m, { t: 'shift', unit: 'year', n: -1, base: 'published' }, 'past-year'),
    out,
  );
  scan(
    IN_THE_UNIT,
    text,
    (m) => {
      const part = m[1]!.toLowerCase() === 'earlier' ? 'earlier' : 'later';
      const unit = m[2]!.toLowerCase() as Unit;
      return make(
        m,
        { t: 'part', part, base: { t: 'shift', unit, n: 0, base: 'anchor' } },
        `${part}-in-the-${unit}`,
      );
    },
    out,
  );
  scan(
    NEXT_PART_OF_DAY,
    text,
    (m) => make(m, { t: 'shift', unit: 'day', n: 1, base: 'anchor' }, 'next-part-of-day'),
    out,
  );
  scan(
    WEEKEND,
    text,
    (m) => make(m, { t: 'shift', unit: 'weekend', n: 0, base: 'published' }, 'weekend'),
    out,
  );
  return out;
}
