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
  | { kind: 'nth'; month: number; n: number; weekday: number };

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
        `${where}: expected names and a rule (MM-DD, easter±N, orthodox-easter±N or nth:MM:N:WD), found ${JSON.stringify(line)}`,
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
  return null;
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
 * The day a holiday falls on in a year.
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
  }
}

const namePattern = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '\\s+');

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
