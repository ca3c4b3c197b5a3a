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
