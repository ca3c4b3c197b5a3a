// dev7 (event types on unseen wording): cases that need the real actor dictionary, run end to end
// through the default pipeline. Every text is fictional, written for these tests.
import { type DocumentResult, parseDocumentResult } from '@sitrep/model';
import { createDefaultPipeline, type Pipeline } from '@sitrep/pipeline';
import { beforeAll, describe, expect, it } from 'vitest';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await createDefaultPipeline();
}, 60_000);

function extract(text: string): DocumentResult {
  return parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
}

describe('a strike by workers is a labour strike', () => {
  it('"a strike by dockworkers" is their PROTEST strike, not an attack', () => {
    const r = extract('Fictional: A strike by dockworkers at the port of Mombasa entered its second day.');
    expect(r.events.map((e) => [e.type, e.mode])).toEqual([['PROTEST', 'strike']]);
  });

  it('"an air strike on" stays an attack', () => {
    const r = extract('Fictional: Israeli jets carried out an air strike on Rafah.');
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });
});
