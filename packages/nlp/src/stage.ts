/**
 * @module stage
 * The `nlp` stage: adds the `nlp` layer (tokens, sentences, paragraphs) every later stage reads.
 */
import type { Stage } from '@sitrep/model';
import { analyze } from './analyze';
import type { Analysis } from './types';

declare module '@sitrep/model' {
  interface LayerMap {
    nlp: Analysis;
  }
}

/** Creates the `nlp` stage. */
export function nlpStage(): Stage<'nlp'> {
  return { name: 'nlp', needs: [], provides: 'nlp', run: (doc) => analyze(doc.text) };
}
