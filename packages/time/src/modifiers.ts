/**
 * @module modifiers
 * Pass (over selected dates): a modifier written before a date narrows it — "early 2023",
 * "mid-October", "late last year", "the end of 1988", "earlier this month", "the first week of
 * March", "the second half of". The candidate grows to cover the modifier; a candidate the
 * modifier overlapped ("the last week" taken as a duration) gives way.
 */
import type { Candidate, Part, Spec } from './types';

const MODIFIER =
  /(?:(early|mid|late|earlier|later)(?:-|\s+)(?:in\s+)?|(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?|the\s+(first|last|final|second)\s+(week|half)\s+of\s+)$/i;

const WEEK_OF = /(?<![A-Za-z])the\s+week\s+of\s+$/i;

const NARROWABLE = new Set(['cal', 'decade', 'century', 'season', 'quarter', 'half', 'shift']);

function partOf(m: RegExpExecArray): Part | null {
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  switch (word) {
    case 'early':
    case 'beginning':
    case 'start':
      return word === 'early' ? 'early' : 'start';
    case 'mid':
    case 'middle':
      return 'mid';
    case 'late':
      return 'late';
    case 'end':
    case 'close':
    case 'turn':
      return 'end';
    case 'earlier':
      return 'earlier';
    case 'later':
      return 'later';
  }
  const which = m[3]?.toLowerCase();
  if (m[4]?.toLowerCase() === 'week')
    return which === 'first' ? 'week1' : which === 'last' || which === 'final' ? 'week-last' : null;
  if (m[4]?.toLowerCase() === 'half') return which === 'first' ? 'half1' : 'half2';
  return null;
}

function narrowable(spec: Spec | null): spec is Spec {
  if (!spec || !NARROWABLE.has(spec.t)) return false;
  // A single day cannot be narrowed ("early Friday" is a time of day, kept as the day).
  if (spec.t === 'cal') return spec.d === null;
  if (spec.t === 'shift') return spec.unit !== 'day' && spec.unit !== 'weekend' && !spec.fuzzy;
  return true;
}

/**
 * Extends dates over a modifier written just before them.
 *
 * @param selected
 *   Non-overlapping candidates in text order.
 * @param text
 *   The document text.
 * @returns
 *   The candidates with modified dates grown, in text order.
 */
export function modifiers(selected: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of selected) {
    // "the week of March 6": a day names the week that holds it.
    const weekOf =
      c.kind === 'date' && c.spec?.t === 'cal' && c.spec.d !== null
        ? WEEK_OF.exec(text.slice(Math.max(0, c.start - 16), c.start))
        : null;
    if (weekOf && c.spec) {
      const start = c.start - weekOf[0].length;
      while (out.length > 0 && out.at(-1)!.end > start) out.pop();
      out.push({
        start,
        end: c.end,
        kind: 'date',
        spec: { t: 'part', part: 'week-of', base: c.spec },
        rule: `week-of-${c.rule}`,
      });
      continue;
    }
    if (c.kind !== 'date' || !narrowable(c.spec)) {
      out.push(c);
      continue;
    }
    const from = Math.max(0, c.start - 30);
    const m = MODIFIER.exec(text.slice(from, c.start));
    const part = m ? partOf(m) : null;
    if (!m || !part) {
      out.push(c);
      continue;
    }
    const start = from + m.index;
    // A lowercase-only modifier must start a word.
    if (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1]!)) {
      out.push(c);
      continue;
    }
    while (out.length > 0 && out.at(-1)!.end > start) out.pop();
    out.push({
      start,
      end: c.end,
      kind: 'date',
      spec: { t: 'part', part, base: c.spec },
      rule: `${part}-of-${c.rule}`,
    });
  }
  return out;
}
