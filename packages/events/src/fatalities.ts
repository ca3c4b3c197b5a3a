/**
 * @module fatalities
 * Deaths the text reports for an event ("killing six civilians" → 6), conservatively, as ACLED
 * codes them: the lowest figure given; "at least 12" → 12; "a dozen"/"dozens" → 12; "hundreds" →
 * 100; vague words without a floor ("several", "many", "some") give no number. Never invented.
 */
import type { Token } from '@sitrep/nlp';
import { argumentWords, lem } from './view';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** ACLED's floors for plural vague amounts. */
const VAGUE: Record<string, number> = { dozens: 12, hundreds: 100, scores: 20 };

/**
 * Reads a number starting at token i: digits ("1,200"), words ("twenty-one", "a dozen"), vague
 * plurals ("dozens"). Returns the value and the index after it.
 */
export function readNumber(
  tokens: Token[],
  i: number,
  end: number,
): { value: number; next: number; rule: string } | null {
  const first = tokens[i];
  // Fast exit: most tokens cannot start a number.
  if (
    !first ||
    i >= end ||
    !(first.pos === 'NUM' || argumentWords().number_starters.has(first.norm) || /^\d/.test(first.norm))
  )
    return null;
  let j = i;
  let rule = 'number';
  // "at least", "more than", "over": the figure is a floor, which is what ACLED records.
  const a = tokens[j]?.norm;
  if ((a === 'at' && tokens[j + 1]?.norm === 'least') || (a === 'more' && tokens[j + 1]?.norm === 'than')) {
    j += 2;
    rule = 'number:floor';
  } else if (
    a === 'over' ||
    a === 'some' ||
    a === 'about' ||
    a === 'around' ||
    a === 'nearly' ||
    a === 'almost'
  ) {
    j += 1;
    rule = `number:${a}`;
  }
  if ((a === 'up' && tokens[j + 1]?.norm === 'to') || a === 'dozens' || a === 'hundreds') {
    // "up to 10" gives only a ceiling; no floor, no number.
    if (a === 'up') return null;
  }
  const t = tokens[j];
  if (!t || j >= end) return null;
  if (/^\d[\d,]*$/.test(t.norm)) {
    const value = Number(t.norm.replace(/,/g, ''));
    return Number.isFinite(value) ? { value, next: j + 1, rule } : null;
  }
  if (t.norm === 'a' && tokens[j + 1]?.norm === 'dozen')
    return { value: 12, next: j + 2, rule: 'number:a-dozen' };
  if (VAGUE[t.norm] !== undefined)
    return { value: VAGUE[t.norm]!, next: j + 1, rule: `number:vague-${t.norm}(acled)` };
  const words = t.norm.split('-');
  let value = 0;
  for (const w of words) {
    const u = UNITS[w];
    if (u === undefined) return null;
    value += u;
  }
  if (tokens[j + 1]?.norm === 'hundred') return { value: value * 100, next: j + 2, rule };
  return { value, next: j + 1, rule };
}

/**
 * Fatalities reported in a token range: "killing six civilians", "six people were killed",
 * "killed 12", "left 5 dead", "the death toll rose to 7". The lowest figure found wins.
 *
 * @param tokens
 *   All tokens.
 * @param from
 *   First token of the range (the clause).
 * @param to
 *   One past the last.
 */
export function fatalitiesIn(
  tokens: Token[],
  from: number,
  to: number,
): { value: number; why: string } | null {
  let best: { value: number; why: string } | null = null;
  const consider = (value: number, why: string) => {
    if (!best || value < best.value) best = { value, why };
  };
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const l = lem(t);
    // "killing six civilians", "killed 12 soldiers"
    if (argumentWords().death_verbs.has(l) || argumentWords().death_verbs.has(t.norm)) {
      const n = readNumber(tokens, k + 1, to);
      if (n && t.pos === 'VERB') consider(n.value, `fatalities:${t.norm} ${n.value} (${n.rule})`);
      if (l === 'toll' || t.norm === 'dead') continue;
    }
    if (t.norm === 'toll') {
      for (let j = k + 1; j < Math.min(to, k + 5); j++) {
        const n = readNumber(tokens, j, to);
        if (n) {
          consider(n.value, `fatalities:death toll ${n.value}`);
          break;
        }
      }
    }
    // "six people were killed", "5 dead", "12 deaths"
    const n = readNumber(tokens, k, to);
    if (n && (k === from || readNumber(tokens, k - 1, to) === null)) {
      for (let j = n.next; j < Math.min(to, n.next + 5); j++) {
        const w = tokens[j]!;
        if (
          argumentWords().death_nouns.has(lem(w)) ||
          (argumentWords().death_verbs.has(lem(w)) && (w.pos === 'VERB' || w.norm === 'dead'))
        ) {
          // Only "N ... killed" with nothing but nouns, adjectives and auxiliaries between.
          consider(n.value, `fatalities:${n.value} ${w.norm} (${n.rule})`);
          break;
        }
        if (!['NOUN', 'ADJ', 'AUX', 'PROPN', 'ADV'].includes(w.pos) && w.norm !== 'have' && w.norm !== 'been')
          break;
        if (w.norm === 'wounded' || w.norm === 'injured') break;
      }
    }
  }
  return best;
}
