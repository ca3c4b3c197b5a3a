import { parseDocumentResult } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures';

describe('browser-test fixtures', () => {
  it('are valid DocumentResults whose spans match their text', () => {
    expect(FIXTURES).toHaveLength(4);
    for (const f of FIXTURES) {
      expect(() => parseDocumentResult(f)).not.toThrow();
      for (const e of f.events) expect(f.document.text?.slice(...e.evidence.span)).toBe(e.evidence.text);
    }
    expect(FIXTURES.flatMap((f) => f.events.map((e) => e.type)).sort()).toEqual([
      'ACCUSE',
      'AGREE',
      'AID',
      'ASSAULT',
      'ASSAULT',
      'ASSAULT',
      'PROTEST',
    ]);
  });
});
