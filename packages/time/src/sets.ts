/**
 * @module sets
 * Pass: recurring times — "every Friday", "each month", "on Fridays", "daily", "twice a week".
 * A set is kind `set` and never an event's date.
 */
import { COUNT, WEEKDAY } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

const EVERY = pattern(
  `(?:every|each)\\s+(?:other\\s+|single\\s+)?(?:${WEEKDAY}|day|night|morning|evening|afternoon|week|weekend|month|quarter|year|summer|winter|spring|autumn|(?:${COUNT})\\s+(?:days|weeks|months|years|hours))`,
);
const PLURAL_WEEKDAY = pattern(`(?:${WEEKDAY})s`);
const ADVERB = pattern('daily|weekly|monthly|annually|yearly|nightly|fortnightly|quarterly|biweekly');
const TIMES_A = pattern(
  '(?:once|twice|three\\s+times|several\\s+times|\\d+\\s+times)\\s+(?:a|an|per|each)\\s+(?:day|week|month|year)',
);

/**
 * Finds sets.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `set` (no spec).
 */
export function sets({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const make =
    (rule: string) =>
    (m: RegExpExecArray): Candidate => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'set',
      spec: null,
      rule,
    });
  scan(EVERY, text, make('set-every'), out);
  scan(PLURAL_WEEKDAY, text, (m) => (/^[A-Z]/.test(m[0]) ? make('set-weekdays')(m) : null), out);
  scan(ADVERB, text, make('set-adverb'), out);
  scan(TIMES_A, text, make('set-frequency'), out);
  return out;
}
