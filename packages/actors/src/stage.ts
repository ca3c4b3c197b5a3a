/**
 * @module stage
 * The `actors` stage: actor mentions normalized to ActorRefs (shared/CONTRACT.md), with internal
 * fields (`kind`, `why`, `coref`, `epithet`, `person`, `role`, `head`) the events stage reads.
 */
import type { ActorMention, Doc, Stage } from '@sitrep/model';
import type { ActorDictionary } from './dictionary';
import { recognizeActors } from './recognize';
import type { ActorMentionInternal } from './types';

/**
 * Creates the `actors` stage.
 *
 * @param dictionary
 *   From `loadActorDictionary()`; loaded once and shared by every document.
 * @example
 *   const pipeline = createPipeline([nlpStage(), actorStage(loadActorDictionary())], 'dev');
 *   pipeline.extract({ text: 'Fictional: Turkish officials met.' }).mentions.actors[0].actor.id // => 'tur.gov'
 */
export function actorStage(dictionary: ActorDictionary): Stage<'actors'> {
  return {
    name: 'actors',
    needs: ['nlp'],
    provides: 'actors',
    run: (doc): ActorMention[] => recognizeActors(doc, dictionary),
  };
}

/**
 * The `actors` layer with its internal fields (the layer is typed by the contract; the stage
 * stores these richer records in it).
 *
 * @param doc
 *   A document the actors stage has run on.
 */
export function actorMentions(doc: Doc): ActorMentionInternal[] {
  return doc.layer('actors') as ActorMentionInternal[];
}
