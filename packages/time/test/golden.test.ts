// Golden output of [nlp, time] on the fictional example reports in examples/ (each says so in its
// opening lines). A change in what the stage finds shows up as a diff to read, not a silent drift.
// Regenerate after a deliberate change:  UPDATE_GOLDEN=1 npx vitest run packages/time/test/golden.test.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocumentResult } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import { timeStage } from '@sitrep/time';
import { describe, expect, test } from 'vitest';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const golden = fileURLToPath(new URL('./golden/', import.meta.url));
const pipeline = createPipeline([nlpStage(), timeStage()], 'golden');
const files = existsSync(examples)
  ? readdirSync(examples)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe('golden times on examples/', () => {
  test.each(files)('%s', (file) => {
    const text = readFileSync(join(examples, file), 'utf8');
    // The examples state their publication date in a "Published: YYYY-MM-DD" line.
    const published = /Published:\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
    const result = parseDocumentResult(pipeline.extract({ text, published }), text);
    const actual = {
      generatedBy: 'UPDATE_GOLDEN=1 npx vitest run packages/time/test/golden.test.ts',
      published,
      times: result.mentions.times,
      messages: result.messages,
    };
    const path = join(golden, file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_GOLDEN || !existsSync(path))
      writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
