import { describe, expect, test } from 'vitest';
import { OF_NAME, ofNameMatches, SEQUENCE, sequenceMatches } from './recognize';
import { scanFrom, startTable } from './scan-from';

const plain = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const fast = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

// Fictional sentences with the cases the start table must not miss: article particles at the
// start of a text and mid-word, hyphenated and dotted names, accented and astral capitals,
// surrogate pairs, names right after a match, "of"/"and" names.
const samples = [
  'Fictional: al-Bab and ash-Shaddadi were shelled, said the Governor of Aleppo on Monday.',
  'al-Qaim, ad-Dhuluiya and el-Arish: Port-au-Prince, Châlons-en-Champagne, St. Louis, W.Va., U.S. Sen. Ray.',
  'Fictional: ÉCOLE Ögedei Ürümqi 𝐀𝐁𝐂 Town 😀 Xian-Lin; iPhone eBay McDonald’s Camp 4 Checkpoint 12.5.',
  'Trinidad and Tobago, Bosnia and the Herzegovina, Strait of Hormuz;Gulf of Mexico.',
  'ul-Haq ud-Din esh-Sham ez-Zor ed-Damer at-Tall az-Zawiya an-Nabk ar-Raqqa as-Safira el-Fasher',
  '\uDC00A \uD835\uDC00of \uD800 Lone \uDFFF Surrogates and Ünal of the West Bank',
  '',
  'A',
  'a-B',
  'ash-',
];

// Random strings over an alphabet of the characters that matter, written for this test.
function fuzz(seed: number, count: number): string[] {
  const alphabet = [
    'A',
    'B',
    'S',
    't',
    'St.',
    'Mt',
    'a',
    'e',
    'u',
    'l',
    's',
    'h',
    'd',
    'z',
    '-',
    ' ',
    ' ',
    '.',
    ',',
    "'",
    '’',
    '1',
    '23',
    'of',
    'and',
    'the',
    'É',
    'ü',
    '\u0301',
    '𝐀',
    '😀',
    '\uD800',
    '\uDC00',
    'au',
    'x',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

describe('scanFrom (name regexes tried only where a match can start)', () => {
  test.each(samples)('same sequence matches as matchAll: %j', (text) => {
    expect(fast(sequenceMatches(text))).toEqual(plain(text, SEQUENCE));
    expect(fast(ofNameMatches(text))).toEqual(plain(text, OF_NAME));
  });

  test('same matches on 3,000 random strings', () => {
    let found = 0;
    for (const text of fuzz(7, 3000)) {
      const expected = plain(text, SEQUENCE);
      found += expected.length;
      expect(fast(sequenceMatches(text)), JSON.stringify(text)).toEqual(expected);
      expect(fast(ofNameMatches(text)), JSON.stringify(text)).toEqual(plain(text, OF_NAME));
    }
    expect(found).toBeGreaterThan(1200);
  });

  test('a table that leaves out a start character misses matches (the test can fail)', () => {
    const text = 'Fictional: al-Bab and Idlib';
    const noArticles = scanFrom(
      text,
      new RegExp(SEQUENCE.source, 'uy'),
      startTable('ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    );
    expect(fast(noArticles)).not.toEqual(plain(text, SEQUENCE));
  });

  test('a regex matching the empty string is refused, naming it', () => {
    expect(() => scanFrom('abc', /x*/uy, startTable('abc'))).toThrow(/matched the empty string/);
  });
});
