import { describe, expect, it } from 'vitest';
import { prettyJson } from '../src/index';

describe('prettyJson', () => {
  it('parses back to the same value, with short plain arrays on one line', () => {
    // Fictional values, including strings that look like JSON punctuation.
    const value = {
      span: [154, 169],
      why: ['place:near X, Y', 'trigger:[shelled]'],
      nested: [{ a: null, b: true, s: 'say "hi"\n' }],
      empty: [],
      none: {},
      skipped: undefined,
      long: Array.from({ length: 30 }, (_, i) => i * 1000),
    };
    const text = prettyJson(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toContain('"span": [154, 169]');
    expect(text).toContain('"why": ["place:near X, Y", "trigger:[shelled]"]');
    // Too long for one line: one element per line.
    expect(text).toContain('"long": [\n    0,\n    1000,');
  });
});
