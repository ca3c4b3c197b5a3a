/**
 * @module numeric-dates
 * Pass: all-numeric dates such as "14/03/2023", "03/14/2023", "14.03.2023", "3-14-23". Which number is the
 * month is decided by plausibility first (a 13 can only be a day), then by `options.locale`
 * (`us` reads month/day, `intl` day/month; `intl` when unset). A date that only the locale decides
 * raises a message, so a reader can check it.
 */
import { isRealDay } from './calendar';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

// Same separator twice; a two-digit year only with slashes ("3/14/23"), where it is common.
const NUMERIC = pattern('(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|(?<=/\\d{1,2}/)\\d{2})');

/**
 * Finds numeric dates and decides their reading.
 *
 * @param context
 *   The text, the stage options (`locale`) and the message sink.
 * @returns
 *   Candidates of kind `date` with a full `cal` spec.
 */
export function numericDates({ text, options, messages }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const locale = options.locale;
  scan(
    NUMERIC,
    text,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      let year = Number(m[4]);
      // Two-digit years: 00–49 are 2000s, 50–99 the 1900s (news archives rarely reach further back).
      if (m[4]!.length === 2) year += year < 50 ? 2000 : 1900;
      const start = m.index;
      const end = start + m[0].length;
      // Version numbers and scores ("1.2.2020" is a date, "10.5.3" is not matched at all).
      if (/[\d.,/-]$/.test(text.slice(Math.max(0, start - 1), start))) return null;
      const asIntl = isRealDay(year, b, a);
      const asUs = isRealDay(year, a, b);
      if (!asIntl && !asUs) {
        messages.info(
          'unparseable-date',
          `"${m[0]}" looks like a numeric date but is no real day read either as day/month or month/day; it was left out. Check the source text.`,
          [start, end],
          'time',
        );
        return null;
      }
      let day: number;
      let month: number;
      if (asIntl && asUs && a !== b) {
        const us = locale === 'us';
        [month, day] = us ? [a, b] : [b, a];
        const reading = us
          ? 'month/day (locale "us")'
          : `day/month (locale ${locale ? '"intl"' : 'unset, so "intl"'})`;
        const other = us ? `${year}-${pad(b)}-${pad(a)}` : `${year}-${pad(a)}-${pad(b)}`;
        messages.add(
          locale ? 'info' : 'warning',
          'ambiguous-numeric-date',
          `"${m[0]}" can be read as day/month or month/day; read as ${reading}, giving ${year}-${pad(month)}-${pad(day)} rather than ${other}. Set the locale option ("us" or "intl") to match the source.`,
          [start, end],
          'time',
        );
      } else if (asIntl) {
        [month, day] = [b, a];
      } else {
        [month, day] = [a, b];
      }
      return {
        start,
        end,
        kind: 'date',
        spec: { t: 'cal', y: year, m: month, d: day },
        rule: 'numeric-date',
      };
    },
    out,
  );
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
