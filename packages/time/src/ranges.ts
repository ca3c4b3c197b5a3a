/**
 * @module ranges
 * Pass (over selected dates): two dates joined by "to", "until", "through" or a dash, or by "and"
 * after "between", become one range — "from March to May 2022", "between 1 May and 3 June",
 * "1990-1991". A year written only on the second date is given to the first.
 */
import type { Candidate, Spec } from './types';

const JOIN = /^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
const INTRO = /(?:between|from)\s+$/i;
const JOINABLE = new Set(['cal', 'weekday', 'season', 'quarter']);

/**
 * Joins dates into ranges.
 *
 * @param items
 *   Candidates in text order, after `modifiers`.
 * @param text
 *   The document text.
 * @returns
 *   The candidates with joined pairs replaced by one `range`.
 */
export function ranges(items: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    if (
      !b ||
      a.kind !== 'date' ||
      b.kind !== 'date' ||
      !a.spec ||
      !b.spec ||
      !JOINABLE.has(a.spec.t) ||
      !JOINABLE.has(b.spec.t)
    ) {
      out.push(a);
      continue;
    }
    // Only like joins like: "from Sept. 14 to Thursday" is two dates, not a range.
    if (a.spec.t !== b.spec.t) {
      out.push(a);
      continue;
    }
    const between = text.slice(a.end, b.start);
    if (between.length > 12 || !JOIN.test(between)) {
      out.push(a);
      continue;
    }
    const intro = INTRO.exec(text.slice(Math.max(0, a.start - 10), a.start));
    const isAnd = /and/i.test(between);
    if (isAnd && !(intro && /between/i.test(intro[0]))) {
      out.push(a);
      continue;
    }
    // A dash between two bare numbers-as-years is a range only when it is tight ("1990-91" is not handled).
    const start = intro ? a.start - intro[0].length : a.start;
    out.push({
      start,
      end: b.end,
      kind: 'range',
      spec: { t: 'range', from: shareYear(a.spec, b.spec), to: b.spec },
      rule: `range-${a.rule}-${b.rule}`,
      parts: [{ ...a, spec: shareYear(a.spec, b.spec) }, b],
    });
    i++;
  }
  return out;
}

/** Gives the first date the second one's year when only the second has one. */
function shareYear(from: Spec, to: Spec): Spec {
  if (from.t === 'cal' && to.t === 'cal' && from.y === null && to.y !== null && from.m !== null) {
    const sameOrEarlier = to.m === null || from.m <= to.m;
    return { ...from, y: sameOrEarlier ? to.y : to.y - 1 };
  }
  if (from.t === 'season' && to.t === 'season' && from.y === null && from.rel === null && to.y !== null) {
    return { ...from, y: from.s <= to.s ? to.y : to.y - 1 };
  }
  return from;
}
