/**
 * @module holidays
 * Pass: named holidays — "Christmas Day", "Good Friday", "last Thanksgiving", "Easter 2019". The
 * names and rules are data (`data/time/holidays.tsv`), loaded once by `loadHolidays` and handed
 * to the stage; this file parses them, builds one regex, and computes each holiday's date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dayNumber, daysInMonth, weekday } from './calendar';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

/** When a holiday falls in a given year. */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; orthodox: boolean; offset: number }
  | { kind: 'nth'; month: number; n: number; weekday: number }
  /**
   * A day (or, with `whole`, the whole month) of another calendar that ICU knows: Eid al-Fitr is
   * `islamic-umalqura` month 10 day 1, Lunar New Year `chinese` month 1 day 1, Yom Kippur `hebrew`
   * month Tishri day 10. Month is as ICU's English month part writes it ("10", "1", "Tishri").
   */
  | { kind: 'lunar'; calendar: LunarCalendar; month: string; day: number; whole: boolean };

/** Calendars a `lunar` rule may name (all built into Node's ICU; nothing is fetched). */
export const LUNAR_CALENDARS = ['islamic-umalqura', 'chinese', 'hebrew'] as const;

/** A calendar a `lunar` rule may name. */
export type LunarCalendar = (typeof LUNAR_CALENDARS)[number];

/** A holiday: the names the text uses and its rule. */
export interface Holiday {
  names: string[];
  rule: HolidayRule;
}

/** Thrown for a malformed line in a holidays file. */
export class HolidaysError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HolidaysError';
  }
}

/** The repository's holidays file (same depth from src/ and from dist/). */
export const DEFAULT_HOLIDAYS_FILE = fileURLToPath(
  new URL('../../../data/time/holidays.tsv', import.meta.url),
);

const WEEKDAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Parses holidays.tsv text (format in the file's header).
 *
 * @param text
 *   The file content.
 * @param name
 *   File name, for errors.
 */
export function parseHolidays(text: string, name = 'holidays.tsv'): Holiday[] {
  const out: Holiday[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const where = `${name}:${i + 1}`;
    const cols = line.split('\t');
    if (cols.length !== 2) {
      throw new HolidaysError(
        `${where}: expected 2 TAB-separated columns (names, rule), found ${cols.length}; fix the line as the file header describes`,
      );
    }
    const names = cols[0]!
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean);
    const rule = parseRule(cols[1]!.trim());
    if (names.length === 0 || !rule) {
      throw new HolidaysError(
        `${where}: expected names and a rule (MM-DD, easter±N, orthodox-easter±N, nth:MM:N:WD, lunar:CALENDAR:MONTH:DAY or lunar-month:CALENDAR:MONTH), found ${JSON.stringify(line)}`,
      );
    }
    out.push({ names, rule });
  });
  return out;
}

function parseRule(rule: string): HolidayRule | null {
  let m = /^(\d{2})-(\d{2})$/.exec(rule);
  if (m) return { kind: 'fixed', month: Number(m[1]), day: Number(m[2]) };
  m = /^(orthodox-)?easter([+-]\d+)$/.exec(rule);
  if (m) return { kind: 'easter', orthodox: Boolean(m[1]), offset: Number(m[2]) };
  m = /^nth:(\d{2}):(-1|[1-5]):(mon|tue|wed|thu|fri|sat|sun)$/.exec(rule);
  if (m) return { kind: 'nth', month: Number(m[1]), n: Number(m[2]), weekday: WEEKDAY_CODES.indexOf(m[3]!) };
  m = /^lunar:([a-z-]+):([A-Za-z0-9]+):(\d{1,2})$/.exec(rule);
  if (m && isLunarCalendar(m[1]!))
    return { kind: 'lunar', calendar: m[1], month: m[2]!, day: Number(m[3]), whole: false };
  m = /^lunar-month:([a-z-]+):([A-Za-z0-9]+)$/.exec(rule);
  if (m && isLunarCalendar(m[1]!))
    return { kind: 'lunar', calendar: m[1], month: m[2]!, day: 1, whole: true };
  return null;
}

function isLunarCalendar(name: string): name is LunarCalendar {
  return (LUNAR_CALENDARS as readonly string[]).includes(name);
}

const lunarFormats = new Map<LunarCalendar, Intl.DateTimeFormat>();
/** [month, day] of a day number in a lunar calendar, as ICU's English parts write them. */
function lunarDate(calendar: LunarCalendar, day: number): [string, number] {
  let format = lunarFormats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    lunarFormats.set(calendar, format);
  }
  let month = '';
  let dayOfMonth = 0;
  for (const part of format.formatToParts(day * 86_400_000)) {
    if (part.type === 'month') month = part.value;
    else if (part.type === 'day') dayOfMonth = Number(part.value);
  }
  return [month, dayOfMonth];
}

const lunarYears = new Map<string, Map<string, number[]>>();
/**
 * The days of a Gregorian year by their lunar month and day ("10:1" → the day numbers). One pass
 * over the year's days per calendar, cached: holiday names are rare in text, and this avoids
 * carrying each calendar's arithmetic (Umm al-Qura's month lengths are tabulated, not computed).
 */
function lunarYear(calendar: LunarCalendar, year: number): Map<string, number[]> {
  const key = `${calendar}:${year}`;
  let days = lunarYears.get(key);
  if (!days) {
    days = new Map();
    for (let d = dayNumber(year, 1, 1), last = dayNumber(year, 12, 31); d <= last; d++) {
      const [month, dayOfMonth] = lunarDate(calendar, d);
      const k = `${month}:${dayOfMonth}`;
      const list = days.get(k);
      if (list) list.push(d);
      else days.set(k, [d]);
    }
    lunarYears.set(key, days);
  }
  return days;
}

/**
 * Reads a holidays file.
 *
 * @param file
 *   Path of the TSV; defaults to the repository's `data/time/holidays.tsv`.
 */
export function loadHolidays(file = DEFAULT_HOLIDAYS_FILE): Holiday[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new HolidaysError(
      `could not read the holidays file ${file}; expected data/time/holidays.tsv of the sitrep repository, or pass a path that exists`,
      { cause },
    );
  }
  return parseHolidays(text, file);
}

/** Western Easter Sunday of a year (anonymous Gregorian algorithm). */
function westernEaster(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Orthodox Easter Sunday of a year, as a Gregorian day (Meeus' Julian algorithm + the calendar gap). */
function orthodoxEaster(year: number): number {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian → Gregorian: 13 days in 1900–2099.
  const gap = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return dayNumber(year, month, day) + gap;
}

/**
 * Every day a holiday starts on in a Gregorian year, in order: one for most rules, none or two for a
 * lunar one (the Islamic year is eleven days shorter, so Eid al-Fitr fell twice in 2000).
 *
 * @param rule
 *   The holiday's rule.
 * @param year
 *   The Gregorian year.
 */
export function holidayDays(rule: HolidayRule, year: number): number[] {
  if (rule.kind !== 'lunar') return [holidayDay(rule, year)];
  return lunarYear(rule.calendar, year).get(`${rule.month}:${rule.day}`) ?? [];
}

/**
 * The last day of a holiday that starts on `start`: the same day, or for a whole-month rule
 * ("Ramadan") the day before the calendar's next month begins.
 *
 * @param rule
 *   The holiday's rule.
 * @param start
 *   A day from `holidayDays`.
 */
export function holidayEnd(rule: HolidayRule, start: number): number {
  if (rule.kind !== 'lunar' || !rule.whole) return start;
  let end = start;
  while (end - start < 31 && lunarDate(rule.calendar, end + 1)[0] === rule.month) end++;
  return end;
}

/**
 * The day a holiday falls on in a year (the first, for a lunar holiday that falls twice; NaN when
 * it does not fall in that year).
 *
 * @param rule
 *   The holiday's rule.
 * @param year
 *   The year.
 */
export function holidayDay(rule: HolidayRule, year: number): number {
  switch (rule.kind) {
    case 'fixed':
      return dayNumber(year, rule.month, rule.day);
    case 'easter':
      return (rule.orthodox ? orthodoxEaster(year) : westernEaster(year)) + rule.offset;
    case 'nth': {
      if (rule.n > 0) {
        const first = dayNumber(year, rule.month, 1);
        return first + ((rule.weekday - weekday(first) + 7) % 7) + 7 * (rule.n - 1);
      }
      const last = dayNumber(year, rule.month, daysInMonth(year, rule.month));
      return last - ((weekday(last) - rule.weekday + 7) % 7);
    }
    case 'lunar':
      return holidayDays(rule, year)[0] ?? Number.NaN;
  }
}

const namePattern = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');

/** Capitalized words that may stand before a holiday at a sentence start ("During Ramadan"). */
const OPENERS = new Set(
  'on in during since before after until till by at over through throughout around for from ahead of the a an this last next until'.split(
    ' ',
  ),
);

/** Whether the word right before `at` is capitalized and not an opener (one space or tab apart). */
function partOfName(text: string, at: number): boolean {
  const before = /([\p{L}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!before) return false;
  const word = before[1]!;
  return /^\p{Lu}/u.test(word) && !OPENERS.has(word.toLowerCase());
}

/**
 * Makes the holidays pass for a list of holidays: one regex over every name.
 *
 * @param holidays
 *   Holidays from `loadHolidays`.
 * @returns
 *   A pass: candidates of kind `date` with a `holiday` spec.
 */
export function holidayPass(holidays: Holiday[]): (context: ScanContext) => Candidate[] {
  const byName = new Map<string, HolidayRule>();
  for (const h of holidays)
    for (const n of h.names) byName.set(n.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '), h.rule);
  // Longest names first, so "Easter Monday" wins over "Easter".
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return () => [];
  const re = pattern(
    `(?:(last|this|next|past|coming)\\s+)?(${names.map(namePattern).join('|')})(?:,?\\s+(1[6-9]\\d\\d|20\\d\\d))?`,
    names.every((n) => /^[a-z0-9]/i.test(n)),
  );
  return ({ text }) => {
    const out: Candidate[] = [];
    scan(
      re,
      text,
      (m) => {
        const name = m[2]!;
        // Holiday names are proper names: capitalized in news text.
        if (!/^[A-Z]/.test(name)) return null;
        // After another capitalized word that is not a preposition or article, the name is part of
        // a longer name ("Tariq Ramadan", "the Passover Plot"): not a date.
        if (!m[1] && partOfName(text, m.index)) return null;
        const rule = byName.get(name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
        if (!rule) return null;
        const how = m[1]?.toLowerCase();
        const rel =
          how === 'last' || how === 'past'
            ? -1
            : how === 'next' || how === 'coming'
              ? 1
              : how === 'this'
                ? 0
                : null;
        return {
          start: m.index,
          end: m.index + m[0].length,
          kind: 'date',
          spec: { t: 'holiday', rule, y: m[3] ? Number(m[3]) : null, rel },
          rule: 'holiday',
        };
      },
      out,
    );
    return out;
  };
}
