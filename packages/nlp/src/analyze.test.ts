import { describe, expect, test } from 'vitest';
import { alignSpan, sentenceAt, tokenAt, tokenRange, tokensIn } from './align';
import { analyze, BLOCK_SIZE } from './analyze';
import type { Analysis } from './types';

/** Invariants every analysis must satisfy (STYLE.md #9). */
function checkInvariants(text: string, a: Analysis): void {
  let previousEnd = 0;
  for (const [i, t] of a.tokens.entries()) {
    expect(t.i).toBe(i);
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    // Between tokens there is only whitespace: tokens plus gaps rebuild the input exactly.
    expect(text.slice(previousEnd, t.start).trim()).toBe('');
    previousEnd = t.end;
  }
  expect(text.slice(previousEnd).trim()).toBe('');
  let next = 0;
  for (const s of a.sentences) {
    expect(s.first).toBe(next);
    expect(s.end).toBeGreaterThan(s.first);
    expect(s.span).toEqual([a.tokens[s.first]!.start, a.tokens[s.end - 1]!.end]);
    for (let k = s.first; k < s.end; k++) expect(a.tokens[k]!.sentence).toBe(s.i);
    next = s.end;
  }
  expect(next).toBe(a.tokens.length);
}

function sentences(text: string): string[] {
  const a = analyze(text);
  checkInvariants(text, a);
  return a.sentences.map((s) => text.slice(s.span[0], s.span[1]));
}

describe('analyze: sentences', () => {
  test('abbreviations and initialisms do not end sentences', () => {
    expect(
      sentences('Fictional: Gen. Haddad of the U.S. Army met Lt. Col. J. Smith in Gao. Talks ended.'),
    ).toEqual(['Fictional: Gen. Haddad of the U.S. Army met Lt. Col. J. Smith in Gao.', 'Talks ended.']);
  });

  test('an initialism at the end of a sentence still ends it before a usual opener', () => {
    expect(sentences('Fictional: the envoy flew to the U.S. The talks resumed.')).toHaveLength(2);
  });

  test('a name wrapped over a line break after "al-" stays in one sentence', () => {
    const text =
      'Fictional: fighting was reported near Jisr al-\nShughur on Friday, the monitor\nsaid in a statement.';
    expect(sentences(text)).toEqual([text]);
  });

  test('quotes stay with their sentence', () => {
    expect(
      sentences('Fictional: "We will not withdraw," the commander said. "Never." Troops stayed.'),
    ).toEqual(['Fictional: "We will not withdraw," the commander said.', '"Never."', 'Troops stayed.']);
  });

  test('bullets, headlines and blank lines break sentences', () => {
    const text =
      'Fictional Shelling Reported in Northern Villages\nMonitors said three villages were hit.\n\nHIGHLIGHTS\n- Aid convoy delayed\n- 300 families displaced\n* Camp flooded';
    expect(sentences(text)).toEqual([
      'Fictional Shelling Reported in Northern Villages',
      'Monitors said three villages were hit.',
      'HIGHLIGHTS',
      '- Aid convoy delayed',
      '- 300 families displaced',
      '* Camp flooded',
    ]);
  });

  test('paragraphs are the blocks between blank lines, and sentences know theirs', () => {
    const text = 'Fictional one. Two.\n\n  Three.\r\n\r\nFour.';
    const a = analyze(text);
    expect(a.paragraphs.map(([s, e]) => text.slice(s, e))).toEqual([
      'Fictional one. Two.',
      'Three.',
      'Four.',
    ]);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });
});

describe('analyze: tokens on messy input', () => {
  test.each([
    ['NBSP', 'Fictional:\u00a0talks\u00a0in\u00a0Kyiv.'],
    ['emoji', 'Fictional 🚀 strike 👍🏽 near Kharkiv.'],
    ['RTL marks and Arabic', 'Fictional \u200fقصف\u200f near Idlib \u202bمعرة النعمان\u202c.'],
    ['zero-width characters', 'Fic\u200btional talks\u200d resumed.'],
    ['CRLF', 'Fictional line one.\r\nLine two.\r\n'],
    ['64k spaces', `Fictional start.${' '.repeat(65_536)}End.`],
    ['empty', ''],
    ['only whitespace', ' \n\t '],
  ])('%s: tokens cover every non-space character exactly', (_name, text) => {
    checkInvariants(text, analyze(text));
  });

  test('text longer than one block is cut at whitespace and keeps offsets', () => {
    const sentence = 'Fictional troops withdrew from the village. ';
    const text = sentence.repeat(Math.ceil((BLOCK_SIZE * 2.5) / sentence.length));
    const a = analyze(text);
    checkInvariants(text, a);
    expect(a.sentences.length).toBe(Math.ceil((BLOCK_SIZE * 2.5) / sentence.length));
  });

  test('POS tags come through', () => {
    const a = analyze('Fictional soldiers shelled the town.');
    expect(a.tokens.map((t) => t.pos)).toContain('VERB');
    expect(a.tokens.find((t) => t.text === 'shelled')!.lemma).toBe('shell');
  });
});

describe('align', () => {
  const text = 'Fictional: rebels seized Kafr Nabl. Talks stalled.';
  const a = analyze(text);

  test('tokenRange and tokensIn find overlapping tokens', () => {
    const [first, end] = tokenRange(a, [25, 34]);
    expect(a.tokens.slice(first, end).map((t) => t.text)).toEqual(['Kafr', 'Nabl']);
    expect(tokensIn(a, [27, 28]).map((t) => t.text)).toEqual(['Kafr']);
  });

  test('tokenAt is undefined on whitespace', () => {
    expect(tokenAt(a, 26)!.text).toBe('Kafr');
    expect(tokenAt(a, 24)).toBeUndefined();
  });

  test('alignSpan widens to whole tokens', () => {
    const [s, e] = alignSpan(a, [27, 31]);
    expect(text.slice(s, e)).toBe('Kafr Nabl');
  });

  test('sentenceAt finds the holding sentence', () => {
    expect(sentenceAt(a, 40)!.i).toBe(1);
    expect(sentenceAt(a, 0)!.i).toBe(0);
  });
});
