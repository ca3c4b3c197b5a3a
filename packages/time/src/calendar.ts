/**
 * @module calendar
 * Proleptic Gregorian day arithmetic on plain integers. A day is its number since 1970-01-01 (UTC),
 * so "three days ago" is a subtraction and no `Date` object or time zone is involved in a hot loop.
 */

/** Days since 1970-01-01 for a year, month (1–12) and day (1–31). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Year, month (1–12) and day of a day number. */
export function ymd(day: number): [number, number, number] {
  const date = new Date(day * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Day number of an ISO `YYYY-MM-DD` string (checked elsewhere; see `isIsoDate`). */
export function parseIso(value: string): number {
  return dayNumber(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
export function formatIso(day: number): string {
  const [y, m, d] = ymd(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** True when year/month/day names a real day (no 30 February). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const [y, m, d] = ymd(dayNumber(year, month, day));
  return y === year && m === month && d === day;
}

/** Days in a month. */
export function daysInMonth(year: number, month: number): number {
  return (
    dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1)
  );
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (ISO 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday starting the ISO week holding `day`. */
export function weekStart(day: number): number {
  return day - weekday(day);
}

/** ISO week-numbering year and week (1–53) of a day. */
export function isoWeek(day: number): [number, number] {
  // The week belongs to the year its Thursday falls in.
  const thursday = weekStart(day) + 3;
  const [year] = ymd(thursday);
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return [year, week];
}

/** First and last day of a month shifted by `offset` months from year/month. */
export function monthInterval(year: number, month: number, offset = 0): [number, number] {
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return [dayNumber(y, m, 1), dayNumber(y, m, daysInMonth(y, m))];
}

/** First and last day of a year. */
export function yearInterval(year: number): [number, number] {
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/** First and last day of a quarter (1–4). */
export function quarterInterval(year: number, quarter: number): [number, number] {
  const first = (quarter - 1) * 3 + 1;
  return [dayNumber(year, first, 1), monthInterval(year, first + 2)[1]];
}

/** Seasons, northern-hemisphere meteorological: 0 spring (Mar–May), 1 summer, 2 autumn, 3 winter (Dec–Feb). */
export function seasonInterval(year: number, season: number): [number, number] {
  const firstMonth = 3 + season * 3; // 3, 6, 9, 12
  return [dayNumber(year, firstMonth, 1), monthInterval(year, firstMonth + 2)[1]];
}

/** The season (0–3) and its starting year that hold a day. */
export function seasonOf(day: number): [number, number] {
  const [y, m] = ymd(day);
  if (m <= 2) return [3, y - 1];
  return [Math.floor((m - 3) / 3), y];
}
