// Shared by the end-to-end events tests: the real default pipeline (nlp, time, geo, actors,
// events), loaded once per test file, and an extract that validates every result.
import { type DocumentResult, parseDocumentResult } from '@sitrep/model';
import { createDefaultPipeline, type Pipeline } from '@sitrep/pipeline';
import { beforeAll } from 'vitest';

/**
 * Registers a `beforeAll` that loads the default pipeline and returns an extract function that
 * runs a (fictional) text published on 2024-03-13 and validates the result against the contract.
 */
export function useDefaultPipeline(): (text: string) => DocumentResult {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await createDefaultPipeline();
  }, 60_000);
  return (text) => parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
}
