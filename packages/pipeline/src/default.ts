/**
 * @module default
 * The default pipeline: every stage sitrep ships, with its resources loaded once.
 */
import { actorStage, loadActorDictionary } from '@sitrep/actors';
import { eventStage, loadLexicon } from '@sitrep/events';
import { geoStage, locate, openGazetteer } from '@sitrep/geo';
import { nlpStage } from '@sitrep/nlp';
import { dateOf, timeStage } from '@sitrep/time';
import { createPipeline, type Pipeline } from './pipeline';

/** Options for building the default pipeline. */
export interface DefaultPipelineOptions {
  /** Extra actor dictionary files (`--actors FILE`). */
  actorFiles?: string[];
  /** Path of the gazetteer index to use instead of the built-in one. */
  gazetteer?: string;
}

/** The version of the default pipeline; stored with every result so `--reprocess` can tell. */
export const PIPELINE_VERSION = '0.1.0';

/**
 * Builds the default pipeline. Resources (gazetteer, dictionaries, lexicons) load here, once.
 *
 * @param options
 *   Resource overrides.
 */
export async function createDefaultPipeline(options: DefaultPipelineOptions = {}): Promise<Pipeline> {
  // The gazetteer loads once here: built-in, plus a user index (--gazetteer, ./sitrep-gazetteer.db).
  const gazetteer = openGazetteer(options.gazetteer);
  // The actor dictionary loads once too: built-in data/actors plus user files (--actors FILE).
  const actors = loadActorDictionary(options.actorFiles ?? []);
  // Events last: the trigger lexicon loads once; dates and places come from the time and geo stages.
  const events = eventStage({ lexicon: loadLexicon(), dateOf, locate });
  const stages = [nlpStage(), timeStage(), geoStage(gazetteer), actorStage(actors), events];
  return createPipeline(stages, PIPELINE_VERSION);
}
