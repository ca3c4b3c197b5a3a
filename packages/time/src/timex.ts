/**
 * @module timex
 * Maps a resolved time mention to a TIMEX3-style value, as TimeML corpora write them:
 * `2023-03-14`, `2023-03`, `2023-W11`, `2023-Q1`, `2019-FA`, `199X`, `PAST_REF`. (ACLED's
 * `time_precision` is `acledTimePrecision` in @sitrep/model, used by the CSV export.)
 */
import { isoWeek, seasonOf, ymd } from './calendar';
import type { Interval } from './types';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

/**
 * The TIMEX3 value of a resolved interval.
 *
 * @param resolved
 *   The interval (day numbers) with its precision and granularity.
 * @returns
 *   The value, e.g. `2023-03` for a month.
 */
export function timexValue(resolved: Interval): string {
  const [y, m, d] = ymd(resolved.start);
  switch (resolved.granularity) {
    case 'day':
      return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    case 'week': {
      const [wy, w] = isoWeek(resolved.start);
      return `${pad(wy, 4)}-W${pad(w)}`;
    }
    case 'weekend': {
      const [wy, w] = isoWeek(resolved.start);
      return `${pad(wy, 4)}-W${pad(w)}-WE`;
    }
    case 'month':
      return `${pad(y, 4)}-${pad(m)}`;
    case 'quarter':
      return `${pad(y, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'half':
      return `${pad(y, 4)}-H${m <= 6 ? 1 : 2}`;
    case 'season': {
      const [s, sy] = seasonOf(resolved.start);
      return `${pad(sy, 4)}-${SEASON_CODES[s]}`;
    }
    case 'year':
      return pad(y, 4);
    case 'decade':
      return `${String(y).slice(0, 3)}X`;
    case 'century':
      return pad(Math.floor((y - 1) / 100), 2);
    case 'vague':
      return resolved.ref === 'future' ? 'FUTURE_REF' : resolved.ref === 'past' ? 'PAST_REF' : 'PRESENT_REF';
  }
}
