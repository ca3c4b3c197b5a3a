/**
 * @module lexicon
 * The English words the time grammar is built from: month and weekday names, number words,
 * ordinals, seasons. These are the grammar's closed classes, not an editable dictionary, so they
 * live beside the patterns that use them.
 */

/** Month name or abbreviation (lowercase, without a trailing period) → month 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Regex source matching a month name or abbreviation (with an optional period); case is checked by `monthOf`. */
export const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)';

/**
 * Month number of a matched month word, or 0 when it is not written as a name: news capitalizes
 * months, and a lowercase "may" or "march" is a verb or a noun.
 *
 * @param word
 *   The matched word, possibly with a trailing period.
 */
export function monthOf(word: string): number {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return 0;
  return MONTHS.get(word.replace(/\.$/, '').toLowerCase()) ?? 0;
}

/** Weekday name → 0 = Monday … 6 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0],
  ['mon', 0],
  ['tuesday', 1],
  ['tue', 1],
  ['tues', 1],
  ['wednesday', 2],
  ['wed', 2],
  ['thursday', 3],
  ['thu', 3],
  ['thurs', 3],
  ['friday', 4],
  ['fri', 4],
  ['saturday', 5],
  ['sat', 5],
  ['sunday', 6],
  ['sun', 6],
]);

/** Regex source for a weekday written in full (abbreviations only inside full dates). */
export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Weekday number of a matched word, or -1 when it is not capitalized. */
export function weekdayOf(word: string): number {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return -1;
  return WEEKDAYS.get(word.replace(/\.$/, '').toLowerCase()) ?? -1;
}

/** Cardinal number words → value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['a couple of', 2],
  ['couple of', 2],
]);

/** Regex source for a count: digits or a number word ("two", "twenty-five"). */
export const COUNT =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?|(?:a )?couple of)';

/** Regex source for vague counts that make an interval, not a point ("several days ago"). */
export const FUZZY_COUNT = '(?:several|a few|few|a number of|some|many|recent)';

/**
 * Value of a count matched by `COUNT`.
 *
 * @param word
 *   Digits or number words, any case.
 */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const direct = NUMBER_WORDS.get(w);
  if (direct !== undefined) return direct;
  const [tens, units] = w.split(/[- ]/);
  return (NUMBER_WORDS.get(tens ?? '') ?? 0) + (NUMBER_WORDS.get(units ?? '') ?? 0);
}

/** Ordinal words and numerals → value ("first" → 1, "3rd" → 3). */
export function ordinalOf(word: string): number {
  const w = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS.get(w) ?? 0;
}

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['last', -1],
  ['final', -1],
]);

/** Regex source for an ordinal used with weeks, quarters and halves. */
export const ORDINAL = '(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th)';

/** Season word → 0 spring, 1 summer, 2 autumn, 3 winter. */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 0],
  ['summer', 1],
  ['autumn', 2],
  ['fall', 2],
  ['winter', 3],
]);

/** Regex source for a season word. */
export const SEASON = '(?:spring|summer|autumn|fall|winter)';

/** Calendar units a relative expression counts in. */
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit of a unit word ("days", "week", "decades"); undefined for anything else. */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  switch (w) {
    case 'day':
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
    case 'decade':
      return w;
    case 'centurie':
    case 'century':
      return 'century';
    default:
      return undefined;
  }
}

/** Regex source for a unit word, singular or plural. */
export const UNIT = '(?:days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))';
