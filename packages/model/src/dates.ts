/**
 * @module dates
 * Calendar-date checks shared by every input path (CLI `--published`, JSONL, HTML meta, API).
 */

/** True when `value` is `YYYY-MM-DD` and names a real calendar day (no 2023-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Thrown for a date that is not a real `YYYY-MM-DD` day. */
export class InvalidDateError extends Error {
  constructor(
    readonly value: string,
    readonly where: string,
  ) {
    super(`${where}: expected a date as YYYY-MM-DD (a real calendar day), found ${JSON.stringify(value)}`);
    this.name = 'InvalidDateError';
  }
}

/**
 * Checks a publication date given by a user or found in a document.
 *
 * @param value
 *   The date string.
 * @param where
 *   What it came from, for the error (`--published`, `line 4 of feed.jsonl`).
 * @returns
 *   The date, unchanged.
 */
export function assertIsoDate(value: string, where: string): string {
  if (!isIsoDate(value)) throw new InvalidDateError(value, where);
  return value;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return (
    MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower.replace(/\.$/, '')))) + 1
  );
}

function iso(y: number, m: number, d: number): string | null {
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(value) ? value : null;
}

/**
 * Finds a publication date stated in a document's header lines, as situation reports, press
 * releases and wire copy give it: `Published: 2024-06-21`, `Date: 21 June 2024`,
 * `Issued: June 21, 2024`. Only the first ten non-empty lines are read, and only labelled lines
 * count, so a date in the body is never mistaken for the publication date.
 *
 * @param text
 *   The document text.
 * @returns
 *   `YYYY-MM-DD`, or null when no header states one.
 * @example
 *   publishedFromHeader('Published: 2024-06-21\nSITUATION REPORT') // => '2024-06-21'
 */
export function publishedFromHeader(text: string): string | null {
  const lines = text
    .slice(0, 2000)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  const label =
    /^\s*(?:published|publication date|date|dated|issued|posted|release date)\s*[:\-–]\s*(.+?)\s*$/i;
  for (const line of lines) {
    const value = label.exec(line)?.[1];
    if (!value) continue;
    let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(value);
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
    m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(value);
    if (m && monthNumber(m[2]!) > 0) return iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
    m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
    if (m && monthNumber(m[1]!) > 0) return iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  }
  return null;
}
