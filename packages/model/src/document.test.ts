import { describe, expect, test } from 'vitest';
import { Doc, idFromHash, MissingLayerError, sha256Hex } from './document';

describe('Doc', () => {
  test('derives id and sha256 from the content when not given', () => {
    const doc = new Doc({ text: 'Fictional: talks resumed.' });
    expect(doc.sha256).toBe(sha256Hex('Fictional: talks resumed.'));
    expect(doc.id).toBe(idFromHash(doc.sha256));
    expect(doc.meta()).toEqual({
      id: doc.id,
      source: null,
      title: null,
      published: null,
      sha256: doc.sha256,
      chars: 25,
    });
    expect(doc.meta(true).text).toBe('Fictional: talks resumed.');
  });

  test('keeps the caller id and rejects an impossible publication date', () => {
    expect(new Doc({ text: 'x', id: 'report-7' }).id).toBe('report-7');
    expect(() => new Doc({ text: 'x', id: 'r', published: '2023-02-30' })).toThrow(/published date of r/);
  });

  test('layers are typed, and a missing one names what is present', () => {
    const doc = new Doc({ text: 'Fictional.' });
    doc.set('times', []);
    expect(doc.layer('times')).toEqual([]);
    expect(doc.has('places')).toBe(false);
    expect(() => doc.layer('places')).toThrow(MissingLayerError);
    expect(() => doc.layer('places')).toThrow(/present: times/);
  });

  test('messages are collected as data with the contract shape', () => {
    const doc = new Doc({ text: 'Fictional.' });
    doc.messages.warn('ambiguous-place', 'two candidates', [0, 9], 'geo');
    expect(doc.messages.toJSON()).toEqual([
      { level: 'warning', code: 'ambiguous-place', text: 'two candidates', span: [0, 9] },
    ]);
    expect(doc.messages.items[0]!.source).toBe('geo');
  });
});
