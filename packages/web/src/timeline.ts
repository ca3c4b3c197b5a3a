/**
 * @module timeline
 * Binning for the timeline: events (or per-day counts from the API) per day or ISO week, stacked
 * by type, with empty bins filled so gaps show as gaps; and the mapping from a brushed pixel
 * range back to a date range.
 */

/** Bin width. */
export type BinUnit = 'day' | 'week';

/** Something dated: an event (count 1) or a row of counts from the API. */
export interface Dated {
  /** `YYYY-MM-DD`; the event's start date. */
  date: string;
  type: string;
  count?: number;
}

/** One bar: the days it covers (inclusive) and counts per type. */
export interface Bin {
  start: string;
  end: string;
  counts: Record<string, number>;
  total: number;
}

const DAY_MS = 86_400_000;

function toDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Adds days to a `YYYY-MM-DD` date (UTC, so no daylight-saving surprises).
 *
 * @param date
 *   The date.
 * @param days
 *   Days to add; may be negative.
 */
export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/**
 * The Monday that starts the ISO week containing `date`.
 *
 * @param date
 *   `YYYY-MM-DD`.
 */
export function weekStart(date: string): string {
  const day = toDay(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const dow = (((day + 3) % 7) + 7) % 7;
  return fromDay(day - dow);
}

/**
 * Days for short spans, weeks beyond about three months, so bars stay wide enough to see and click.
 *
 * @param from
 *   First date.
 * @param to
 *   Last date.
 */
export function chooseUnit(from: string, to: string): BinUnit {
  return toDay(to) - toDay(from) <= 92 ? 'day' : 'week';
}

/** Most bins drawn; a wider range is cut at its end (newest kept) and reported by `binDated`. */
export const MAX_BINS = 1000;

/** Bins plus how many items fell outside or had no usable date. */
export interface Binned {
  bins: Bin[];
  unit: BinUnit;
  skipped: number;
  max: number;
}

/**
 * Counts items per bin and type. Items with malformed dates are counted in `skipped`.
 *
 * @param items
 *   Dated items.
 * @param unit
 *   `day`, `week`, or omit to choose from the data's range.
 * @example
 *   binDated([{ date: '2024-03-04', type: 'ASSAULT' }, { date: '2024-03-06', type: 'AID' }], 'week').bins
 *   // [{ start: '2024-03-04', end: '2024-03-10', counts: { ASSAULT: 1, AID: 1 }, total: 2 }]
 */
export function binDated(items: readonly Dated[], unit?: BinUnit): Binned {
  let skipped = 0;
  const usable: { day: number; type: string; count: number }[] = [];
  for (const item of items) {
    const day = toDay(item.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(item.date) || Number.isNaN(day)) {
      skipped += item.count ?? 1;
      continue;
    }
    usable.push({ day, type: item.type, count: item.count ?? 1 });
  }
  if (usable.length === 0) return { bins: [], unit: unit ?? 'day', skipped, max: 0 };
  let lo = Infinity;
  let hi = -Infinity;
  for (const u of usable) {
    lo = Math.min(lo, u.day);
    hi = Math.max(hi, u.day);
  }
  const chosen = unit ?? chooseUnit(fromDay(lo), fromDay(hi));
  const width = chosen === 'day' ? 1 : 7;
  const first = chosen === 'day' ? lo : toDay(weekStart(fromDay(lo)));
  let count = Math.floor((hi - first) / width) + 1;
  let origin = first;
  if (count > MAX_BINS) {
    origin = first + (count - MAX_BINS) * width;
    count = MAX_BINS;
  }
  const bins: Bin[] = [];
  for (let i = 0; i < count; i++) {
    const start = origin + i * width;
    bins.push({ start: fromDay(start), end: fromDay(start + width - 1), counts: {}, total: 0 });
  }
  for (const u of usable) {
    const index = Math.floor((u.day - origin) / width);
    const bin = bins[index];
    if (!bin) {
      skipped += u.count;
      continue;
    }
    bin.counts[u.type] = (bin.counts[u.type] ?? 0) + u.count;
    bin.total += u.count;
  }
  let max = 0;
  for (const b of bins) max = Math.max(max, b.total);
  return { bins, unit: chosen, skipped, max };
}

/** One stacked rectangle of a bar, in count units. */
export interface Stack {
  type: string;
  y0: number;
  y1: number;
}

/**
 * Stacks a bin's counts in a fixed type order (so colors sit in the same place on every bar).
 *
 * @param bin
 *   The bin.
 * @param order
 *   Type order, bottom first; types not in it are stacked on top in name order.
 */
export function stackBin(bin: Bin, order: readonly string[]): Stack[] {
  const extra = Object.keys(bin.counts)
    .filter((t) => !order.includes(t))
    .sort();
  const stacks: Stack[] = [];
  let y = 0;
  for (const type of [...order, ...extra]) {
    const n = bin.counts[type];
    if (!n) continue;
    stacks.push({ type, y0: y, y1: y + n });
    y += n;
  }
  return stacks;
}

/**
 * The date range a brush covers: from the start of the first bin it touches to the end of the
 * last. Pixels are clamped to the chart, and the two ends may come in either order.
 *
 * @param bins
 *   The bins drawn, left to right, each `width / bins.length` wide.
 * @param width
 *   Chart width in pixels.
 * @param x0
 *   One end of the brush.
 * @param x1
 *   The other end.
 */
export function brushRange(
  bins: readonly Bin[],
  width: number,
  x0: number,
  x1: number,
): { from: string; to: string } | null {
  if (bins.length === 0 || width <= 0) return null;
  const step = width / bins.length;
  const clamp = (x: number) => Math.min(bins.length - 1, Math.max(0, Math.floor(x / step)));
  const a = clamp(Math.min(x0, x1));
  const b = clamp(Math.max(x0, x1));
  return { from: bins[a]!.start, to: bins[b]!.end };
}
