import { describe, expect, it } from 'vitest';
import { MONTH } from './lexicon';
import { prefixTable } from './prefix';
import { pattern, scan, scansWordStarts } from './scan';
import type { Candidate } from './types';

const code = (c: string) => c.charCodeAt(0);
const chars = (set: ReadonlySet<number> | 'any' | undefined) =>
  set === undefined || set === 'any'
    ? set
    : [...set]
        .map((c) => String.fromCharCode(c))
        .sort()
        .join('');

describe('prefixTable', () => {
  it('lists the first two letters of alternatives, folded to lowercase', () => {
    const table = prefixTable('(?:January|june|Feb\\.?)')!;
    expect([...table.keys()].map((c) => String.fromCharCode(c)).sort()).toEqual(['f', 'j']);
    expect(chars(table.get(code('j')))).toBe('au');
    expect(chars(table.get(code('f')))).toBe('e');
  });

  it('looks past optional parts and ignores lookarounds', () => {
    const table = prefixTable('(?<=x)(?:the\\s+)?(?!y)(\\d{1,2})(?:st|nd)?')!;
    expect(chars(table.get(code('t')))).toBe('h');
    // After one digit: another digit, a suffix letter, or the end of the match.
    expect(table.get(code('7'))).toBe('any');
  });

  it('keeps a second character that a class or \\s allows', () => {
    const table = prefixTable('a[-–b]|c\\s')!;
    expect(chars(table.get(code('a')))).toBe('-b–');
    expect((table.get(code('c')) as ReadonlySet<number>).has(0xa0)).toBe(true);
  });

  it('gives up when a match may be empty, start anywhere, or the syntax is not read', () => {
    expect(prefixTable('(?:ab)?')).toBeNull();
    expect(prefixTable('.b')).toBeNull();
    expect(prefixTable('[^a]b')).toBeNull();
    expect(prefixTable('a{x')).toBeNull();
    expect(prefixTable('\\p{L}')).toBeNull();
  });

  it('lets any second character through after a back-reference or a broad class', () => {
    expect(prefixTable('(a)\\1')!.get(code('a'))).toBe('any');
    expect(prefixTable('a\\S')!.get(code('a'))).toBe('any');
    expect(prefixTable('a[\\u00C0-\\u024F]')!.get(code('a'))).toBe('any');
  });
});

/** The plain global loop `scan` used for every pattern: the reference its word-start path must equal. */
function reference(re: RegExp, text: string): string[] {
  const out: string[] = [];
  const plain = new RegExp(re.source, re.flags);
  for (let m = plain.exec(text); m; m = plain.exec(text)) {
    out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
    if (m[0].length === 0) plain.lastIndex++;
  }
  return out;
}

function scanned(re: RegExp, text: string): string[] {
  const out: Candidate[] = [];
  const seen: string[] = [];
  scan(
    re,
    text,
    (m) => {
      seen.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
      return null;
    },
    out,
  );
  return seen;
}

describe('scan with word-start prefilter', () => {
  // Fictional texts with the edges the prefilter must respect: text start and end, "_" and
  // accented letters before a word, capitals, digits, non-breaking spaces, overlapping candidates.
  const texts = [
    'Fictional: 3 May 2024, on 21st March and on 4 June; MAY 5 was quiet.',
    'march_3 May_5 éMay 5 Émay 6 _May 7 (May 8) "may 9" May\u00a010 mAy 11',
    'May',
    'M',
    '12',
    'Fictional: the past 3 weeks, the last week, last May, last  Monday; the weekend.',
    'Fictional: 12-14 May, 3–5 June 2021 and between 4 and 6 July; 1990s; the 80s.',
  ];
  const sources = [
    `(${MONTH})`,
    `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTH})(?:\\s+(\\d{1,2}))?`,
    '(?:the\\s+)?(?:past|last)\\s+(?:(\\d+)\\s+)?(?:weeks?|monday|may)',
    '(\\d{1,2})\\s*(?:-|–|and)\\s*(\\d{1,2})',
    "(1[6-9]\\d0|20\\d0)'?s|the\\s+'?([3-9])0'?s",
    'the\\s+weekend',
  ];
  // Patterns scan plainly until they have scanned this much, then by word starts.
  const long = texts.join('\n').repeat(Math.ceil(200_000 / texts.join('\n').length) + 1);
  const planned = (source: string) => {
    const re = pattern(source);
    expect(scanned(re, texts[0]!)).toEqual(reference(re, texts[0]!));
    expect(scansWordStarts(re)).toBe(false);
    expect(scanned(re, long)).toEqual(reference(re, long));
    expect(scansWordStarts(re)).toBe(true);
    return re;
  };
  for (const source of sources) {
    it(`finds what the plain loop finds: ${source.slice(0, 40)}`, () => {
      const re = planned(source);
      for (const text of texts) expect(scanned(re, text)).toEqual(reference(re, text));
    });
  }

  it('finds matches at the start and end of a text, and none after "_" or a letter', () => {
    const re = planned(`(${MONTH})`);
    // "_" after a word is no letter for STOP; before one it keeps `\b` from holding.
    expect(scanned(re, 'May_ June')).toEqual(['0:May:May', '5:June:June']);
    expect(scanned(re, '_May')).toEqual([]);
    expect(scanned(re, 'éMay')).toEqual([]);
  });
});
