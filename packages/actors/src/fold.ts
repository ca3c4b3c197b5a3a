/**
 * @module fold
 * Name folding for dictionary lookup: case, diacritics, punctuation and the usual transliteration
 * variants of Arabic, Persian, Pashto and Russian names (al-/el-, q/k, ou/u, doubled letters), so
 * "al-Qaida", "Al Qaeda" and "el-Kaeda" meet on one key.
 * To do: converge with geo's fold.ts (foldName/looseName/skeletonKey, landed meanwhile) when both
 * are stable: actors needs an exact key per word for its hash lookup, geo ranks fuzzy candidates.
 */
import { UNDECOMPOSED_LETTERS } from '@sitrep/nlp';

const NONE: string[] = [];

/** Articles dropped everywhere ("al Qaeda", "el-Sisi"). */
const ALWAYS_DROPPED = new Set(['al', 'el']);
/** Sun-letter forms of the article, dropped only when hyphen-joined ("ash-Sham", "ad-Din"). */
const DROPPED_BEFORE_HYPHEN = new Set([
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'an',
  'ud',
  'ul',
  'ed',
  'es',
  'et',
]);

/**
 * Folds one word: lowercase, no diacritics or apostrophes or dots, transliteration variants merged.
 *
 * @param word
 *   A word as written (no spaces).
 * @example
 *   foldWord('Qaïda') // => 'kaida'
 */
export function foldWord(word: string): string {
  let folded = memo.get(word);
  if (folded === undefined) {
    folded = foldUncached(word);
    // Memo: news text repeats its words; bounded so a huge input cannot grow it without end.
    if (memo.size > 100_000) memo.clear();
    memo.set(word, folded);
  }
  return folded;
}

const memo = new Map<string, string>();

/** Letters NFD leaves whole, mapped by hand (shared with the other name folder, in nlp). */
const SPECIAL = UNDECOMPOSED_LETTERS;

function foldUncached(word: string): string {
  // Acronyms are spelled, not transliterated: "AA" must not become "a", nor "ISS" "IS".
  if (/^[A-Z0-9.]{2,6}$/.test(word) && /[A-Z]/.test(word)) return word.replace(/\./g, '').toLowerCase();
  const lower = /^[a-z]+$/.test(word)
    ? word
    : word
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøđðþłıəħ]/g, (ch) => SPECIAL[ch] ?? ch);
  return lower
    .replace(/['’ʼʻ`´‘.]/g, '')
    .replace(/q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/a[ei]/g, 'a')
    .replace(/oo/g, 'u')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/dj/g, 'j')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Splits a folded token at inner hyphens and drops articles, giving the words used as keys.
 *
 * @param raw
 *   The token or alias word as written.
 * @param hyphenFollows
 *   True when a hyphen joins it to the next word (so "ash-" is an article).
 */
export function keyWords(raw: string, hyphenFollows: boolean): string[] {
  // Fast path (most tokens): no inner hyphen, so one word or none.
  if (!/[-‐‑–—]/.test(raw)) {
    const folded = foldWord(raw);
    if (folded.length === 0 || ALWAYS_DROPPED.has(folded)) return NONE;
    if (hyphenFollows && DROPPED_BEFORE_HYPHEN.has(folded)) return NONE;
    return [folded];
  }
  const parts = raw.split(/[-‐‑–—]+/).filter((p) => p.length > 0);
  const out: string[] = [];
  parts.forEach((part, i) => {
    const folded = foldWord(part);
    if (folded.length === 0) return;
    const joined = i < parts.length - 1 || hyphenFollows;
    if (ALWAYS_DROPPED.has(folded)) return;
    if (joined && DROPPED_BEFORE_HYPHEN.has(folded)) return;
    out.push(folded);
  });
  return out;
}

/**
 * The lookup key of an alias: its words folded and joined by single spaces. A possessive "'s"
 * becomes the word "s", as the tokenizer splits it off in running text.
 *
 * @param alias
 *   The alias as written in a dictionary.
 * @example
 *   aliasKey("Hay'at Tahrir al-Sham") // => 'hayat tahrir sham'
 */
export function aliasKey(alias: string): string {
  const spaced = alias.replace(/(\w)['’]s\b/g, '$1 s');
  const pieces = spaced.split(/(\s+|[/,()])/).filter((p) => p.trim().length > 0 && !/^[/,()]$/.test(p));
  const words: string[] = [];
  for (const piece of pieces) {
    // "ash-Sham": the article is hyphen-joined inside the piece; keyWords sees that itself.
    words.push(...keyWords(piece, false));
  }
  return words.join(' ');
}

/** How the case of running text must agree with an alias. */
export type CaseRule = 'upper' | 'mixed' | 'cap' | 'any';

/**
 * The case rule of an alias: an acronym ("HTS", "U.S.") matches only in capitals, a short one with
 * a capital inside ("LeT") only with a capital inside, a capitalized name only when the text has a
 * capital letter, a lowercase phrase anywhere.
 *
 * @param alias
 *   The alias as written.
 */
export function caseRule(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 2 &&
    letters.length <= 6 &&
    letters === letters.toUpperCase() &&
    /\p{Lu}/u.test(letters)
  ) {
    return 'upper';
  }
  // "LeT", "JeM": a short acronym with a capital inside matches only with a capital inside ("Let
  // Yet Kone", a village, is no Lashkar-e-Taiba).
  if (letters.length >= 2 && letters.length <= 6 && /^\p{L}+$/u.test(alias) && /.\p{Lu}/u.test(letters)) {
    return 'mixed';
  }
  return /\p{Lu}/u.test(alias) ? 'cap' : 'any';
}

/**
 * True when text written `surface` satisfies `rule`.
 *
 * @param surface
 *   The matched text.
 * @param rule
 *   The alias's case rule.
 */
export function caseAgrees(surface: string, rule: CaseRule): boolean {
  if (rule === 'any') return true;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (rule === 'upper') return letters.length > 0 && letters === letters.toUpperCase();
  if (rule === 'mixed') return /.\p{Lu}/u.test(letters);
  return /\p{Lu}/u.test(surface);
}
