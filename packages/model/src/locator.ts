/**
 * @module locator
 * Line/column positions derived lazily from offsets (after vfile-location): offsets are what we
 * store; lines and columns are only computed when someone asks, then cached.
 */

/** A 1-based line and column, as editors show them. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Converts between offsets and line/column for one text. */
export interface Locator {
  /** The line/column of an offset, or undefined when out of range. */
  toPoint(offset: number): Point | undefined;
  /** The offset of a line/column, or undefined when out of range. */
  toOffset(point: { line: number; column: number }): number | undefined;
}

/**
 * Creates a locator for `text`. Line starts are found on first use only.
 * Line breaks are `\n`, `\r\n` and a lone `\r`.
 *
 * @param text
 *   The text to locate in.
 * @example
 *   locator('a\nb').toPoint(2) // => { line: 2, column: 1, offset: 2 }
 */
export function locator(text: string): Locator {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    return starts;
  };
  return {
    toPoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
      const lines = lineStarts();
      // Binary search for the last line start <= offset.
      let lo = 0;
      let hi = lines.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lines[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - lines[lo]! + 1, offset };
    },
    toOffset({ line, column }) {
      const lines = lineStarts();
      const start = lines[line - 1];
      if (start === undefined || column < 1) return undefined;
      const next = lines[line] ?? text.length + 1;
      const offset = start + column - 1;
      return offset < next || (offset === text.length && next > text.length) ? offset : undefined;
    },
  };
}
