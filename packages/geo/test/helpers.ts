// Shared set-up of the geo tests: the built gazetteer, an nlp → geo pipeline, and helpers that
// run a (fictional) text through it and pick a mention by its text.
import { type DocumentResult, type PlaceMention, parseDocumentResult } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import { type GeoPlaceMention, geoStage, loadGazetteer } from '../src/index';

/** The default built gazetteer, loaded once per test file. */
export const gazetteer = loadGazetteer();

/** nlp → geo over `gazetteer`. */
export const pipeline = createPipeline([nlpStage(), geoStage(gazetteer)], 'test');

/**
 * Geoparses a text: the places layer (with the stage's own fields) and the contract result, which
 * is validated against the schema and the text.
 */
export function parsePlaces(text: string): { places: GeoPlaceMention[]; result: DocumentResult } {
  const doc = pipeline.run({ text });
  const result = parseDocumentResult(pipeline.extract({ text }), text);
  return { places: doc.layer('places') as GeoPlaceMention[], result };
}

/** The mention whose text is `text`; throws listing the mentions there are when none is. */
export function find(list: PlaceMention[], text: string): GeoPlaceMention {
  const m = list.find((p) => p.text === text);
  if (!m) throw new Error(`no place mention "${text}" among ${list.map((p) => p.text).join(', ')}`);
  return m as GeoPlaceMention;
}
