/**
 * @module scan-from
 * `text.matchAll(global)` for a regex whose matches can only start at a few kinds of character,
 * trying a sticky twin only there.
 *
 * Why: the recognizer's name regexes (`\p{Lu}`, Unicode flag, long alternations) cost V8 ~20-30 ns
 * per character of text because it attempts a match at every position; most positions (lowercase
 * letters, spaces, digits) cannot start one, and a char-code test skips them for ~1 ns.
 */

/** Per ASCII code: never starts a match (0), may (1), or may if `more(text, i)` says so (2). */
export type StartTable = Uint8Array;

/**
 * Builds a start table.
 *
 * @param always
 *   ASCII characters that may start a match.
 * @param ask
 *   ASCII characters that start one only if the caller's `more` test agrees.
 */
export function startTable(always: string, ask = ''): StartTable {
  const table = new Uint8Array(128);
  for (const c of always) table[c.charCodeAt(0)] = 1;
  for (const c of ask) table[c.charCodeAt(0)] = 2;
  return table;
}

/**
 * Every match of `sticky` in `text`, the same as `text.matchAll` of its global twin returns them.
 *
 * The global scan tries each position in turn (a whole code point at a time under the `u` flag)
 * and, after a match, goes on from its end. Here a position is tried only when the table admits
 * its character; any non-ASCII position is tried, except the second half of a surrogate pair
 * (which the global scan steps over, and where a sticky Unicode regex would back up one unit).
 * So the matches are the same when the table admits every ASCII character a match can start with.
 *
 * @param text
 *   The text to scan.
 * @param sticky
 *   The regex with the `y` flag (and the global one's other flags), never matching the empty string.
 * @param table
 *   Which ASCII characters may start a match (`startTable`).
 * @param more
 *   For characters the table marks 2: whether a match may start at `i`.
 */
export function scanFrom(
  text: string,
  sticky: RegExp,
  table: StartTable,
  more?: (text: string, i: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const kind = table[c];
      if (kind === 0 || (kind === 2 && !more?.(text, i))) {
        i++;
        continue;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) {
        i++;
        continue;
      }
    }
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    if (m[0].length === 0) {
      throw new Error(
        `scanFrom: ${sticky} matched the empty string at ${i}; expected a regex that never does`,
      );
    }
    out.push(m);
    i = m.index + m[0].length;
  }
  return out;
}
