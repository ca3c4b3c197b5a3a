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
 * @param source
 *   The pattern without guards.
 */
export function pattern(source: string): RegExp {
  return new RegExp(`${START}(?:${source})${STOP}`, 'gi');
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
