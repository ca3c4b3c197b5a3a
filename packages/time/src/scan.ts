/**
 * @module scan
 * The loop every grammar pass shares: run one precompiled global regex over the text and turn
 * each match into a candidate. Regexes are compiled once at module load, never per document.
 */
import type { Candidate } from './types';

/** Regex source: no letter or digit just before (a word start that also works before "(" or "'"). */
export const START = '(?<![\\p{L}\\p{N}])';
/** Regex source: no letter or digit just after. */
export const STOP = '(?![\\p{L}\\p{N}])';

/**
 * Compiles a pass's pattern: global, case-insensitive, Unicode, with word guards around it.
 *
 * @param source
 *   The pattern without guards.
 */
export function pattern(source: string): RegExp {
  return new RegExp(`${START}(?:${source})${STOP}`, 'giu');
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
