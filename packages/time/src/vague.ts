/**
 * @module vague
 * Pass: vague references to the present, past or future — "now", "currently", "recently",
 * "in recent weeks", "the past", "soon", "the near future", and the adjectives "current",
 * "recent", "future". Each resolves to a window around the
 * publication date with precision `vague`; the window sizes are written here, in days.
 */
import { pattern, scan } from './scan';
import type { Candidate, ScanContext } from './types';

/** Window in days relative to publication, and which side of it. */
type Window = [number, number, 'present' | 'past' | 'future'];

const VAGUE = pattern(
  '(?:right\\s+)?now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|recently|lately|(?:more\\s+)?recently|recent\\s+(?:days|weeks|months|years)|the\\s+past|previously|soon|shortly|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|(?:the\\s+)?coming\\s+(?:days|weeks|months|years|quarters)|the\\s+years\\s+to\\s+come|past\\s+(?:weeks|months|years|decades)|a\\s+later\\s+date|as\\s+soon\\s+as\\s+possible',
);

// Why these sizes: "recently" in news is mostly within the last month or so; "recent years" a few
// years; "soon" within weeks. They bound a `vague` date; they are not claims of precision.
const WINDOWS: Record<string, Window> = {
  now: [0, 0, 'present'],
  'right now': [0, 0, 'present'],
  currently: [0, 0, 'present'],
  'at present': [0, 0, 'present'],
  presently: [0, 0, 'present'],
  nowadays: [-365, 0, 'present'],
  'these days': [-30, 0, 'present'],
  'at the moment': [0, 0, 'present'],
  recently: [-42, 0, 'past'],
  'more recently': [-42, 0, 'past'],
  lately: [-42, 0, 'past'],
  'recent days': [-10, 0, 'past'],
  'recent weeks': [-42, 0, 'past'],
  'recent months': [-180, 0, 'past'],
  'recent years': [-5 * 365, 0, 'past'],
  'the past': [-10 * 365, -1, 'past'],
  previously: [-10 * 365, -1, 'past'],
  soon: [0, 42, 'future'],
  shortly: [0, 14, 'future'],
  'the future': [1, 10 * 365, 'future'],
  'the near future': [1, 180, 'future'],
  'the distant future': [365, 50 * 365, 'future'],
  'the near term': [1, 365, 'future'],
  'the short term': [1, 365, 'future'],
  'the long term': [365, 20 * 365, 'future'],
  'the coming days': [1, 10, 'future'],
  'the coming weeks': [1, 42, 'future'],
  'the coming months': [1, 180, 'future'],
  'the coming years': [1, 5 * 365, 'future'],
  'the coming quarters': [1, 365, 'future'],
  'the years to come': [1, 10 * 365, 'future'],
  // "past years" without "the" or a count ("in past years"): some years back, unbounded.
  'past weeks': [-42, -1, 'past'],
  'past months': [-180, -1, 'past'],
  'past years': [-10 * 365, -1, 'past'],
  'past decades': [-30 * 365, -1, 'past'],
  'a later date': [1, 365, 'future'],
  'as soon as possible': [0, 42, 'future'],
};

// "current", "recent", "future" describing a noun ("the current talks", "future losses") place the
// noun, not an event: they are kept as mentions (TimeML counts them) but `dateOf` skips them.
const ADJECTIVE = pattern('current|recent|future');
const ADJECTIVE_WINDOWS: Record<string, Window> = {
  current: [0, 0, 'present'],
  recent: [-42, 0, 'past'],
  future: [1, 10 * 365, 'future'],
};

/**
 * Finds vague time references.
 *
 * @param context
 *   The text to scan.
 * @returns
 *   Candidates of kind `date` with a `vague` spec.
 */
export function vagueTimes({ text }: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  scan(
    VAGUE,
    text,
    (m) => {
      // "coming months" and "the coming months" read the same.
      const key = m[0]
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^coming /, 'the coming ');
      const window = WINDOWS[key];
      if (!window) return null;
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 12);
      // "as soon as", "soon after": conjunctions, not times; "the past three years" is a duration (durations.ts).
      if (
        key === 'soon' &&
        (/^\s+(?:as|after)\b/i.test(after) || /\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)))
      )
        return null;
      // "shortly after dawn", "shortly before the vote": a time relative to an event, not the future.
      if (key === 'shortly' && /^\s+(?:after|before|afterwards|thereafter)\b/i.test(after)) return null;
      return {
        start: m.index,
        end,
        kind: 'date',
        spec: { t: 'vague', ref: window[2], window: [window[0], window[1]] },
        rule: `vague-${window[2]}`,
      };
    },
    out,
  );
  scan(
    ADJECTIVE,
    text,
    (m) => {
      const window = ADJECTIVE_WINDOWS[m[0].toLowerCase()];
      // Lowercase only: "Current" opening a title or a name is not worth the noise.
      if (!window || m[0] !== m[0].toLowerCase()) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'date',
        spec: { t: 'vague', ref: window[2], window: [window[0], window[1]] },
        rule: 'vague-adjective',
      };
    },
    out,
  );
  return out;
}
