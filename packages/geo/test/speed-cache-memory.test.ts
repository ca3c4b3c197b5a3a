// The lookup and fold caches outlive the documents whose names they hold: their keys must not keep
// those documents' texts alive (V8 keeps a slice of 13+ characters as a view of its parent).
// The "documents" below are fictional filler text.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detach, foldName, loadGazetteer } from '../src/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

describe('cache keys', () => {
  it('detach returns the same text', () => {
    const text = 'Fictional: shelling hit the outskirts of Marat an Noman on Monday.';
    const name = text.slice(41, 55);
    expect(detach(name)).toBe(name);
    expect(detach('Idlib')).toBe('Idlib');
  });

  it('a name looked up and folded from a document does not keep the document alive', () => {
    const gazetteer = loadGazetteer();
    const before = heapMb();
    for (let i = 0; i < 20; i++) {
      // A fictional 1 MB document per round, each with a different name in it.
      const text = `Fictional: ${'Nothing happened today. '.repeat(43_000)}Shelling hit Qaryat Fictionalia ${i}ü.`;
      const at = text.indexOf('Qaryat');
      const name = text.slice(at, at + 22);
      gazetteer.lookup(name, { minSimilarity: 0.88 });
      foldName(name);
    }
    // Twenty documents of ~1 MB each were made; the caches keep their names, not their texts.
    expect(heapMb() - before).toBeLessThan(5);
  });
});
