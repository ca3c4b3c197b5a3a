/**
 * @module seasons
 * Pass: seasons — "autumn 2019", "last fall", "this summer", "in the winter". A bare season word
 * is taken only where a preposition or determiner makes it a time ("fall" and "spring" are also verbs).
 */
import { SEASON, SEASONS } from './lexicon';
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

const SEASONS_RE = pattern(
  `(?:(last|this|next|past|coming)\\s+)?(${SEASON})(?:\\s+(?:of\\s+)?(1[6-9]\\d\\d|20\\d\\d))?`,
);
// "of the early summer": a part word between the preposition and the season is still a season
// (modifiers.ts then narrows it).
const SEASON_CONTEXT =
  /\b(?:in|during|over|through|throughout|since|until|by|before|after|of|the)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$/i;

/**
 * Finds seasons.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `date` with a `season` spec.
 */
export function seasons({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  scan(
    SEASONS_RE,
    text,
    (m) => {
      const s = SEASONS.get(m[2]!.toLowerCase())!;
      const word = m[1]?.toLowerCase();
      const y = m[3] ? Number(m[3]) : null;
      const rel =
        word === 'last' || word === 'past'
          ? -1
          : word === 'this'
            ? 0
            : word === 'next' || word === 'coming'
              ? 1
              : null;
      if (rel === null && y === null && !SEASON_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index)))
        return null;
      // "the fall of Aleppo" is an event, not a season.
      if (y === null && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
        return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'date',
        spec: { t: 'season', s, y, rel },
        rule: 'season',
      };
    },
    out,
  );
  return out;
}
