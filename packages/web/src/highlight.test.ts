import { describe, expect, it } from 'vitest';
import { type Mark, segmentText, splitControls } from './highlight';

// Fictional: a made-up sentence used only to check segmentation.
const TEXT = 'Fictional: militia shelled Kafr Nabl on Tuesday, officials said.';

function pieces(text: string, marks: Mark[]) {
  return segmentText(text.length, marks).segments.map((s) => [
    text.slice(s.start, s.end),
    s.marks.map((m) => m.id).join('+'),
  ]);
}

describe('segmentText', () => {
  it('covers the text exactly, with nested and overlapping marks', () => {
    const place = TEXT.indexOf('Kafr Nabl');
    const marks: Mark[] = [
      { kind: 'evidence', id: 'e1', span: [11, TEXT.length] },
      { kind: 'actor', id: 'a1', span: [11, 18] },
      { kind: 'trigger', id: 'tr', span: [19, 26] },
      { kind: 'place', id: 'p1', span: [place, place + 9] },
      // Overlaps the place's end and the time: a stale or odd result must still render.
      { kind: 'time', id: 't1', span: [place + 5, TEXT.indexOf(',')] },
    ];
    expect(pieces(TEXT, marks)).toEqual([
      ['Fictional: ', ''],
      ['militia', 'e1+a1'],
      [' ', 'e1'],
      ['shelled', 'e1+tr'],
      [' ', 'e1'],
      ['Kafr ', 'e1+p1'],
      ['Nabl', 'e1+p1+t1'],
      [' on Tuesday', 'e1+t1'],
      [', officials said.', 'e1'],
    ]);
    const { segments } = segmentText(TEXT.length, marks);
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
  });

  it('orders marks wide-to-narrow so highlights nest', () => {
    const { segments } = segmentText(10, [
      { kind: 'trigger', id: 'x', span: [2, 4] },
      { kind: 'place', id: 'narrow', span: [2, 4] },
      { kind: 'place', id: 'wide', span: [0, 8] },
      { kind: 'evidence', id: 'ev', span: [0, 10] },
    ]);
    expect(segments.find((s) => s.start === 2)?.marks.map((m) => m.id)).toEqual([
      'ev',
      'wide',
      'narrow',
      'x',
    ]);
  });

  it('drops empty and out-of-range spans and says why', () => {
    const { segments, dropped } = segmentText(5, [
      { kind: 'place', id: 'ok', span: [1, 3] },
      { kind: 'place', id: 'empty', span: [2, 2] },
      { kind: 'place', id: 'out', span: [3, 9] },
      { kind: 'place', id: 'neg', span: [-1, 2] },
    ]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 1],
      [1, 3],
      [3, 5],
    ]);
    expect(dropped.map((d) => d.mark.id)).toEqual(['empty', 'out', 'neg']);
    expect(dropped[1]?.reason).toContain('outside the text (length 5)');
  });

  it('returns one segment for text without marks and none for empty text', () => {
    expect(segmentText(4, []).segments).toEqual([{ start: 0, end: 4, marks: [] }]);
    expect(segmentText(0, []).segments).toEqual([]);
  });

  it('keeps surrogate pairs intact when spans respect them', () => {
    const text = 'Fictional 🚀 at Aleppo';
    const at = text.indexOf('Aleppo');
    const got = pieces(text, [{ kind: 'place', id: 'p', span: [at, at + 6] }]);
    expect(got).toEqual([
      ['Fictional 🚀 at ', ''],
      ['Aleppo', 'p'],
    ]);
  });
});

describe('splitControls', () => {
  it('isolates bidi overrides and zero-width spaces and rebuilds the text', () => {
    const text = 'Fictional: pay\u202eusd 001\u202c to ad\u200bmin\ufeff';
    const got = splitControls(text);
    expect(got.map((p) => p.control)).toEqual([null, 'RLO', null, 'PDF', null, 'ZWSP', null, 'BOM']);
    expect(got.map((p) => p.text).join('')).toBe(text);
  });

  it('leaves joiners alone (Persian and emoji need them)', () => {
    const text = 'می\u200cخواهم 👩\u200d💻';
    expect(splitControls(text)).toEqual([{ text, control: null }]);
  });
});
