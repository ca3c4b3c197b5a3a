/**
 * @module scan
 * The loop every grammar pass shares: run one precompiled global regex over the text and turn
 * each match into a candidate. Regexes are compiled once at module load, never per document.
 */
import { type PrefixTable, prefixTable } from './prefix';
import type { Candidate } from './types';

// Word edges without the `u` flag, which makes V8 scan noticeably slower: ASCII letters and digits
// plus Latin-1 and Latin Extended letters (À–ɏ) count as word characters.
/** Regex source: no letter or digit just before (a word start that also works before "(" or "'"). */
export const START = '(?<![A-Za-z0-9\\u00C0-\\u024F])';
/** Regex source: no letter or digit just after. */
export const STOP = '(?![A-Za-z0-9\\u00C0-\\u024F])';

/**
 * Compiles a pass's pattern: global, case-insensitive, with word guards around it.
 *
 * A `\b` goes before the START guard when every match begins with an ASCII letter or digit (all of
 * the grammar's patterns do): V8 finds candidate positions for `\b` quickly but tries a leading
 * lookbehind at every character, so the pair is 2–3x faster than START alone and selects the
 * same matches (`\b` before a word character is implied by START, but for a preceding "_").
 *
 * @param source
 *   The pattern without guards.
 * @param asciiStart
 *   Whether every match starts with [A-Za-z0-9]; pass false for patterns built from user data
 *   that may start otherwise ("Épiphanie").
 */
export function pattern(source: string, asciiStart = true): RegExp {
  const re = new RegExp(`${asciiStart ? '\\b' : ''}${START}(?:${source})${STOP}`, 'gi');
  // With the leading `\b` every match starts a word (a letter or digit after no word character):
  // `scan` can then try the pattern only at word starts whose first two letters a match can have.
  const table = asciiStart ? prefixTable(source) : null;
  const plan = table ? compile(table, re) : null;
  if (plan) plans.set(re, plan);
  return re;
}

/** How `scan` runs a pattern made by `pattern`: a sticky twin tried at the admissible word starts. */
interface Plan {
  /** The same source, sticky: it matches at `lastIndex` or not at all. */
  sticky: RegExp;
  /** The first characters (lowercase ASCII codes) a match can start with. */
  firsts: number[];
  /** By first character: 1 whatever follows, 2 only the second characters in `pairs`/`widePairs`. */
  first: Uint8Array;
  /** `first * 128 + second` for ASCII second characters: 1 when admissible. */
  pairs: Uint8Array;
  /** `first * 0x10000 + second` for other second characters. */
  widePairs: Set<number>;
}

const plans = new WeakMap<RegExp, Plan>();

/** The plan for a table; null when a match could start with other than [a-z0-9]. */
function compile(table: PrefixTable, re: RegExp): Plan | null {
  const first = new Uint8Array(128);
  const pairs = new Uint8Array(128 * 128);
  const widePairs = new Set<number>();
  const firsts: number[] = [];
  for (const [c1, second] of table) {
    // Only letters and digits start words; a pattern that could start otherwise is scanned plainly.
    if (!((c1 >= 48 && c1 <= 57) || (c1 >= 97 && c1 <= 122))) return null;
    firsts.push(c1);
    if (second === 'any') first[c1] = 1;
    else {
      first[c1] = 2;
      for (const c2 of second) {
        if (c2 < 128) pairs[c1 * 128 + c2] = 1;
        else widePairs.add(c1 * 0x10000 + c2);
      }
    }
  }
  return { sticky: new RegExp(re.source, 'iy'), firsts, first, pairs, widePairs };
}

/**
 * The word starts of one text, where a `pattern` match can begin: a letter or digit [A-Za-z0-9]
 * after no character of START's class and no "_" (else `\b` fails). Grouped by first character
 * (lowercased), in text order within a group; with each, the next character (ASCII letters
 * lowercased, `-1` at the end of the text).
 */
interface WordStarts {
  text: string;
  /** Positions, grouped by first character. */
  at: Int32Array;
  /** Second characters, parallel to `at`. */
  second: Int32Array;
  /** Group of first character `c`: `at[groups[c] .. groups[c + 1])`. */
  groups: Int32Array;
}

// The passes of one document all scan the same text, one after another: the last index is kept.
let lastStarts: WordStarts | undefined;

function wordStarts(text: string): WordStarts {
  if (lastStarts?.text === text) return lastStarts;
  const n = text.length;
  const counts = new Int32Array(129);
  const found: number[] = [];
  let previousWord = false;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const word =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 95 ||
      (c >= 0xc0 && c <= 0x24f);
    if (word && !previousWord && c !== 95 && c < 128) {
      found.push(p);
      counts[c >= 65 && c <= 90 ? c + 32 : c]!++;
    }
    previousWord = word;
  }
  const groups = new Int32Array(129);
  for (let c = 0; c < 128; c++) groups[c + 1] = groups[c]! + counts[c]!;
  const fill = groups.slice(0, 128);
  const at = new Int32Array(found.length);
  const second = new Int32Array(found.length);
  for (const p of found) {
    const c = text.charCodeAt(p);
    const k = fill[c >= 65 && c <= 90 ? c + 32 : c]!++;
    at[k] = p;
    const d = p + 1 < n ? text.charCodeAt(p + 1) : -1;
    second[k] = d >= 65 && d <= 90 ? d + 32 : d;
  }
  lastStarts = { text, at, second, groups };
  return lastStarts;
}

/**
 * Runs `re` over `text` and collects what `make` returns for each match.
 *
 * @param re
 *   A global regex (its `lastIndex` is reset first).
 * @param text
 *   The document text.
 * @param make
 *   Turns a match into a candidate, or null to skip it.
 * @param into
 *   Where candidates are pushed.
 */
export function scan(
  re: RegExp,
  text: string,
  make: (m: RegExpExecArray) => Candidate | null,
  into: Candidate[],
): void {
  const plan = plans.get(re);
  if (plan) {
    scanStarts(plan, text, make, into);
    return;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = make(m);
    if (candidate) into.push(candidate);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * `scan` for a pattern with a plan: the same matches as the global regex (the leftmost match at or
 * after the end of the previous one), found by trying the sticky twin at each admissible word start.
 */
/** Room for the admissible starts of one pattern (grown to the largest text seen). */
let scratch = new Int32Array(1024);

function scanStarts(
  plan: Plan,
  text: string,
  make: (m: RegExpExecArray) => Candidate | null,
  into: Candidate[],
): void {
  const { at, second, groups } = wordStarts(text);
  const { sticky, firsts, first, pairs, widePairs } = plan;
  // The admissible starts, from each first character's group; in text order once sorted.
  if (scratch.length < at.length) scratch = new Int32Array(at.length);
  let count = 0;
  for (const c1 of firsts) {
    const end = groups[c1 + 1]!;
    if (first[c1] === 1) for (let k = groups[c1]!; k < end; k++) scratch[count++] = at[k]!;
    else {
      for (let k = groups[c1]!; k < end; k++) {
        const c2 = second[k]!;
        if (c2 < 0) continue;
        if (c2 < 128 ? pairs[c1 * 128 + c2] === 1 : widePairs.has(c1 * 0x10000 + c2))
          scratch[count++] = at[k]!;
      }
    }
  }
  // A typed array sorts numerically without a comparator, far faster than an array with one.
  const starts = scratch.slice(0, count);
  if (firsts.length > 1) starts.sort();
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    const candidate = make(m);
    if (candidate) into.push(candidate);
    from = p + Math.max(m[0].length, 1);
  }
}
