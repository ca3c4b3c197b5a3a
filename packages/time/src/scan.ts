/**
 * @module scan
 * The loop every grammar pass shares: run one precompiled global regex over the text and turn
 * each match into a candidate. Regexes are compiled once at module load, never per document.
 */
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
  return new RegExp(`${asciiStart ? '\\b' : ''}${START}(?:${source})${STOP}`, 'gi');
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
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = make(m);
    if (candidate) into.push(candidate);
    if (m[0].length === 0) re.lastIndex++;
  }
}
