/**
 * @module helpers
 * Runs nlp + actors on a short text through the real pipeline and checks the contract.
 */
import { type Doc, parseDocumentResult } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import {
  type ActorDictionary,
  type ActorMentionInternal,
  actorMentions,
  actorStage,
  loadActorDictionary,
} from '../src/index';

/**
 * Extracts actors from a text, validating the DocumentResult.
 *
 * @param text
 *   A short fictional text.
 * @param published
 *   Publication date or null.
 * @param dictionary
 *   The dictionary (built-in by default).
 */
export function actorsOf(
  text: string,
  published: string | null = '2025-06-01',
  dictionary: ActorDictionary = loadActorDictionary(),
): { mentions: ActorMentionInternal[]; doc: Doc } {
  const pipeline = createPipeline([nlpStage(), actorStage(dictionary)], 'test');
  const doc = pipeline.run({ text, published });
  const result = pipeline.extract({ text, published });
  parseDocumentResult(result, text);
  return { mentions: actorMentions(doc), doc };
}

/** `text -> id` pairs, for compact assertions. */
export function pairs(mentions: ActorMentionInternal[]): string[] {
  return mentions.map((m) => `${m.text} -> ${m.actor.id}`);
}
