/**
 * @module fold
 * Name normalization for matching place (and actor) names across transliterations and typos.
 * Three levels, each coarser than the last:
 * - `foldName`: case, diacritics, ʿ ʾ ‘ ’ and punctuation removed ("Ma‘arrat an Nu‘mān" → "maarrat an numan");
 * - `looseName`: Arabic articles dropped and spelling variants merged (kh/h, dh/z, ou/u, -ah/-a, doubles);
 * - `skeletonKey`: the consonant skeleton of the loose form, the key under which variants meet
 *   ("Marat an Noman", "Maarat al-Numan" → "mrtnmn"). Candidates found by skeleton are then ranked
 *   by `nameSimilarity` on the loose forms, so the coarse key never decides alone.
 */
import { UNDECOMPOSED_LETTERS } from '@sitrep/nlp';

/**
 * Version of the folding rules. The built index stores folded and loose forms made with them; a
 * loader seeing another version folds the names itself instead of trusting the stored forms.
 */
export const FOLD_VERSION = 1;

/**
 * Names outside plain ASCII folded lately (NFD and the Unicode regexes are slow; such names recur
 * within and across documents). Bounded: at most two generations of this many entries. Plain ASCII
 * names are folded afresh each time: one pass over a name recognition has just sliced from the
 * text is cheaper than hashing it for a lookup in this map (replaying the 564,000 folds of the
 * shared texts: ~45 % less time).
 */
const FOLD_CACHE_SIZE = 20_000;
let folds = new Map<string, string>();
let oldFolds = new Map<string, string>();

/** Marks that carry no letter: Arabic ayn/hamza transliterations, apostrophes, backticks. */
const SILENT = /[ʿʾʻʼ‘’'`´ʹ]/g;

/** Letters NFD leaves whole, mapped by hand (shared with the other name folder, in nlp). */
const SPECIAL = UNDECOMPOSED_LETTERS;

/**
 * Folds a name for exact-ish comparison: lowercase, no diacritics, no ʿ ʾ ‘ ’ marks, punctuation
 * and hyphens as single spaces.
 *
 * @param name
 *   Any name, e.g. `"Ma‘arrat an Nu‘mān"`.
 * @returns
 *   The folded form, e.g. `"maarrat an numan"`.
 * @example
 *   foldName('Deir ez-Zor') // => 'deir ez zor'
 */
export function foldName(name: string): string {
  // Plain ASCII names fold in one pass, faster than a cache lookup would be.
  const ascii = foldAscii(name);
  if (ascii !== null) return ascii;
  let folded = folds.get(name);
  if (folded === undefined) {
    folded = oldFolds.get(name) ?? foldUnicode(name);
    // Two generations: when the young one is full it becomes the old one (a cheap LRU).
    if (folds.size >= FOLD_CACHE_SIZE) {
      oldFolds = folds;
      folds = new Map();
    }
    folds.set(detach(name), folded);
  }
  return folded;
}

/**
 * A copy of `s` that shares no storage with a longer string it was sliced from. V8 keeps a slice of
 * 13 or more characters as a view of its parent, so a cache keyed by names sliced from documents
 * would keep each of those documents' whole text alive as long as the entry lives.
 *
 * @param s
 *   A string, e.g. a name sliced from a document.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** Combining marks (NFD's diacritics), made once: the Node 20 bundle rebuilds `\p{…}` literals per call. */
const MARKS = /\p{M}+/gu;
/** Runs of characters that are neither letters nor digits. */
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * The fold of a plain ASCII name (printable characters only), or null for any other name. One
 * pass over the char codes; the same as `name.replace(SILENT, '').toLowerCase().replace(/[^a-z0-9]+/g,
 * ' ').trim()`, which it replaced (recognition folds every candidate span it has not seen).
 */
function foldAscii(name: string): string | null {
  const n = name.length;
  // Most names are letters and single spaces already: their fold is their lowercase.
  let clean = true;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return null;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || name.charCodeAt(i - 1) === 32) clean = false;
  }
  if (clean) return name.toLowerCase();
  const out: number[] = [];
  let gap = false;
  for (let i = 0; i < n; i++) {
    let c = name.charCodeAt(i);
    // ' and ` are silent (SILENT's ASCII members): no letter, no gap.
    if (c === 39 || c === 96) continue;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      // A run of other characters is one space, none at either end (trim).
      if (gap && out.length > 0) out.push(32);
      gap = false;
      out.push(c);
    } else gap = true;
  }
  return fromCodes(out);
}

/** The fold of any name: NFD without marks, the silent marks dropped, special letters mapped. */
function foldUnicode(name: string): string {
  const lower = name.normalize('NFD').replace(MARKS, '').replace(SILENT, '').toLowerCase();
  let out = '';
  for (const ch of lower) out += SPECIAL[ch] ?? ch;
  return out.replace(NOT_ALNUM, ' ').trim().replace(/\s+/g, ' ');
}

/** The string of `codes`, in chunks (spreading a long array overflows the stack). */
function fromCodes(codes: number[]): string {
  if (codes.length <= 4096) return String.fromCharCode(...codes);
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096));
  return s;
}

/** Arabic (and a few Romance) article tokens that transliterations keep, drop or assimilate. */
const ARTICLES = new Set([
  'al',
  'el',
  'il',
  'ul',
  'as',
  'ash',
  'es',
  'esh',
  'ad',
  'ed',
  'adh',
  'ar',
  'er',
  'at',
  'et',
  'ath',
  'az',
  'ez',
  'an',
  'en',
  'ud',
  'un',
  'ur',
  'us',
  'uz',
]);

/**
 * Drops article tokens from a folded name ("maarrat an numan" → "maarrat numan"); articles glued
 * to the start of a word by a hyphen were already split by `foldName`.
 *
 * @param folded
 *   Output of `foldName`.
 */
export function dropArticles(folded: string): string {
  // Articles are words of two to three letters: a name with no such word (most, and every one-word
  // name of another length) is returned without splitting it.
  if (!hasShortWord(folded)) return folded;
  const words = folded.split(' ');
  const kept = words.filter((w) => !ARTICLES.has(w));
  return kept.length > 0 ? kept.join(' ') : folded;
}

/** True when `folded` has a space-separated word of two or three characters (an article's length). */
function hasShortWord(folded: string): boolean {
  let start = 0;
  const n = folded.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || folded.charCodeAt(i) === 32) {
      const length = i - start;
      if (length === 2 || length === 3) return true;
      start = i + 1;
    }
  }
  return false;
}

/**
 * The loose form: folded, articles dropped, spelling variants merged, words joined.
 *
 * @param name
 *   Any name.
 * @example
 *   looseName('Jisr ash-Shughur') === looseName('Jisr al-Shughour') // => true
 */
export function looseName(name: string): string {
  return looseFromFolded(foldName(name));
}

/**
 * `looseName` for a name already folded (saves folding twice when indexing).
 *
 * @param folded
 *   Output of `foldName`.
 */
export function looseFromFolded(folded: string): string {
  return fromCodes(looseCodes(folded));
}

/**
 * `skeletonFromLoose(looseFromFolded(folded))` without making the loose string (recognition asks
 * the index for the skeleton of every span it tries).
 *
 * @param folded
 *   Output of `foldName`.
 */
export function skeletonFromFolded(folded: string): string {
  const loose = looseCodes(folded);
  const out: number[] = [];
  if (loose.length > 0 && isVowel(loose[0]!)) out.push(64);
  for (const c of loose) if (!isVowel(c) && c !== out[out.length - 1]) out.push(c);
  return fromCodes(out);
}

/** The char codes of the loose form of a folded name. */
function looseCodes(folded: string): number[] {
  // One pass over char codes instead of a chain of regex replacements: the gazetteer runs this on
  // every name at load, and this is ~5x faster.
  const s = dropArticles(folded);
  const n = s.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) continue;
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    let m = c;
    let pair = true;
    if (
      next === 104 /* h */ &&
      (c === 107 || c === 103 || c === 100 || c === 116 || c === 115 || c === 99 || c === 112)
    ) {
      // kh→h, gh→g, dh→s (dh/z/s), th→s, sh→s, ch→s, ph→f
      m = c === 107 ? 104 : c === 103 ? 103 : c === 112 ? 102 : 115;
    } else if (c === 100 && next === 106)
      m = 106; // dj→j
    else if (c === 99 && next === 107)
      m = 107; // ck→k
    else if (c === 111 && (next === 117 || next === 111))
      m = 117; // ou, oo→u
    else if (c === 101 && next === 101)
      m = 105; // ee→i
    else {
      pair = false;
      if (c === 113 || c === 99)
        m = 107; // q, c→k
      else if (c === 122)
        m = 115; // z→s
      else if (c === 119)
        m = 117; // w→u
      else if (c === 121) m = 105; // y→i
    }
    if (pair) i++;
    const last = out.length > 0 ? out[out.length - 1]! : 0;
    // -ah/-eh endings lose the h ("Raqqah" = "Raqqa").
    if (m === 104 && (i + 1 >= n || s.charCodeAt(i + 1) === 32) && isVowel(last)) continue;
    // Doubled letters count once ("Maarrat" = "Marat").
    if (m === last) continue;
    out.push(m);
  }
  return out;
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/**
 * The consonant skeleton of a name: the loose form without vowels, a leading vowel kept as `@`.
 * Names whose skeleton is shorter than 2 letters get no skeleton key (too many collisions).
 *
 * @param name
 *   Any name.
 * @example
 *   skeletonKey('Dayr az Zawr') === skeletonKey('Deir ez-Zor') // => true
 */
export function skeletonKey(name: string): string {
  return skeletonFromLoose(looseName(name));
}

/**
 * `skeletonKey` from a loose form.
 *
 * @param loose
 *   Output of `looseName` / `looseFromFolded`.
 */
export function skeletonFromLoose(loose: string): string {
  const out: number[] = [];
  if (isVowel(loose.charCodeAt(0))) out.push(64);
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (!isVowel(c) && c !== out[out.length - 1]) out.push(c);
  }
  return fromCodes(out);
}

// Two rows reused across calls: ranking candidates computes thousands of distances per document.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
  }
  let prev = rowA;
  let curr = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      let v = prev[j]! + 1;
      const insert = curr[j - 1]! + 1;
      if (insert < v) v = insert;
      const replace = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (replace < v) v = replace;
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[m]!;
}

/**
 * How alike two names are, 0..1: 1 when they fold to the same string, 0.98 when only articles
 * differ, 0.95 when only transliteration variants differ, 0.95 minus half the relative edit distance
 * of the loose forms when the consonant skeletons agree, else 0.9 times one minus that distance.
 *
 * @param a
 *   A name as written in the text.
 * @param b
 *   A gazetteer name.
 */
export function nameSimilarity(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  return similarityOfForms(fa, looseFromFolded(fa), fb, looseFromFolded(fb));
}

/**
 * `nameSimilarity` from precomputed folded and loose forms (the gazetteer keeps them per name,
 * so ranking many candidates does not fold each one again).
 *
 * @param fa
 *   Folded form of the first name.
 * @param la
 *   Its loose form.
 * @param fb
 *   Folded form of the second name.
 * @param lb
 *   Its loose form.
 */
export function similarityOfForms(fa: string, la: string, fb: string, lb: string): number {
  if (fa === fb) return 1;
  if (la === lb && dropArticles(fa) === dropArticles(fb)) return 0.98;
  if (la === lb) return 0.95;
  const longest = Math.max(la.length, lb.length);
  if (longest === 0) return 0;
  const distance = editDistance(la, lb) / longest;
  // Same consonant skeleton: the vowels differ, as transliterations' vowels do ("Dayr az Zawr").
  if (skeletonFromLoose(la) === skeletonFromLoose(lb)) return 0.95 - 0.5 * distance;
  return Math.max(0, 0.9 * (1 - distance));
}

/**
 * Keys a name is indexed under: its folded form (exact) and its skeleton (variants).
 *
 * @param name
 *   Any name.
 */
export function nameKeys(name: string): { exact: string; skeleton: string } {
  return { exact: foldName(name), skeleton: skeletonKey(name) };
}

/**
 * True when `a` and `b` are at most one insertion, deletion or substitution apart; linear time
 * (the typo search runs it over thousands of names).
 *
 * @param a
 *   One string.
 * @param b
 *   The other.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
