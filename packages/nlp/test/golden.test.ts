// Golden output of analyze() on a mixed fictional text (golden/mixed.txt): abbreviations,
// contractions, a line-wrapped "al-" name, bullets, a headline, CRLF breaks, tabs and double
// spaces. It pins tokens (spans, norm, lemma, POS, sentence, lineStart), sentences and paragraphs
// exactly, so speed work on the stage cannot change what other stages read.
// Regenerate (only after a deliberate change of output): UPDATE_GOLDEN=1 npx vitest run packages/nlp/test/golden.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../src/analyze';
import type { Analysis } from '../src/types';

const dir = join(import.meta.dirname, 'golden');

/** One token or sentence per line, so a diff of the golden file shows what changed. */
function serialize(a: Analysis): string {
  const lines = (items: unknown[]) => items.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return (
    `{\n  "generatedBy": "UPDATE_GOLDEN=1 npx vitest run packages/nlp/test/golden.test.ts",\n` +
    `  "tokens": [\n${lines(a.tokens)}\n  ],\n  "sentences": [\n${lines(a.sentences)}\n  ],\n` +
    `  "paragraphs": [\n${lines(a.paragraphs)}\n  ]\n}\n`
  );
}

test('analyze() output on the mixed fictional text matches the golden file', () => {
  const text = readFileSync(join(dir, 'mixed.txt'), 'utf8');
  const actual = serialize(analyze(text));
  const file = join(dir, 'mixed.json');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  const golden = JSON.parse(readFileSync(file, 'utf8'));
  const result = JSON.parse(actual);
  expect(result.tokens).toEqual(golden.tokens);
  expect(result.sentences).toEqual(golden.sentences);
  expect(result.paragraphs).toEqual(golden.paragraphs);
});

test('analysis does not depend on what was analyzed before (wink keeps a growing lexicon cache)', () => {
  const text = readFileSync(join(dir, 'mixed.txt'), 'utf8');
  const first = analyze(text);
  analyze('Fictional: Xqzvorbeck and Plimtrass wrote blorfed reports; they weren’t read.');
  expect(analyze(text)).toEqual(first);
  // Contractions keep their own lemma ("ca" of "can't" is "can", "n't" is "not").
  const ca = first.tokens.find((t) => t.text === 'ca');
  expect(ca?.lemma).toBe('can');
  expect(first.tokens.find((t) => t.text === "n't")?.lemma).toBe('not');
});
