import { describe, expect, test } from 'vitest';
import { locator } from './locator';

describe('locator', () => {
  test('maps offsets to 1-based lines and columns across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const loc = locator(text);
    expect(loc.toPoint(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.toPoint(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(loc.toPoint(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(loc.toPoint(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(loc.toPoint(text.length)).toEqual({ line: 4, column: 3, offset: 12 });
    expect(loc.toPoint(13)).toBeUndefined();
    expect(loc.toPoint(-1)).toBeUndefined();
  });

  test('round-trips every offset', () => {
    const text = 'Fictional\r\nline two\n\nfour\rfive';
    const loc = locator(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const point = loc.toPoint(offset)!;
      expect(loc.toOffset(point)).toBe(offset);
    }
    expect(loc.toOffset({ line: 99, column: 1 })).toBeUndefined();
    expect(loc.toOffset({ line: 1, column: 50 })).toBeUndefined();
  });
});
