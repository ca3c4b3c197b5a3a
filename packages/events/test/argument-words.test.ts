import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON_DIR } from '../src/lexicon';
import { ARGUMENT_WORD_KEYS, argumentWords, loadArgumentWords, parseArgumentWords } from '../src/view';

// The argument-linking vocabulary lives in data/events/arguments.yaml; these tests pin its loader.
const text = readFileSync(`${DEFAULT_LEXICON_DIR}/arguments.yaml`, 'utf8');

describe('arguments.yaml', () => {
  it('loads, with every key a non-empty list of lowercase words', () => {
    const words = loadArgumentWords();
    for (const key of ARGUMENT_WORD_KEYS) {
      expect(words[key].size, key).toBeGreaterThan(0);
      for (const w of words[key]) expect(w, key).toMatch(/^[a-z][a-z-]*$/);
    }
    // Spot checks that a list holds what its rule reads: lemmas and forms both appear.
    expect(words.holder.has('held')).toBe(true);
    expect(words.support_verbs.has('launch')).toBe(true);
    expect(argumentWords().gap_stops.has('until')).toBe(true);
  });

  it('names an unknown key', () => {
    expect(() => parseArgumentWords(`${text}\nholders:\n  - keep\n`, 'x.yaml')).toThrow(
      /unknown key "holders"/,
    );
  });

  it('names a missing key', () => {
    const without = text.replace(/^repel_verbs:\n( {2}- .*\n)+/m, '');
    expect(without).not.toContain('repel_verbs:');
    expect(() => parseArgumentWords(without, 'x.yaml')).toThrow(/"repel_verbs" .*no such key/);
  });

  it('rejects an empty list and a file that does not parse', () => {
    expect(() =>
      parseArgumentWords(text.replace(/^carry_verbs:\n( {2}- .*\n)+/m, 'carry_verbs: []\n')),
    ).toThrow(/"carry_verbs" to be a non-empty list/);
    expect(() => parseArgumentWords('holder: [unclosed', 'bad.yaml')).toThrow(/bad.yaml: expected YAML/);
  });

  it('says which file it could not read', () => {
    expect(() => loadArgumentWords('/nonexistent-dir')).toThrow(/\/nonexistent-dir\/arguments.yaml/);
  });
});
