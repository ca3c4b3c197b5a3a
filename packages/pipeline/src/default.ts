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

// Set by scripts/build.mjs: a digest of the stages' sources and data/. Absent when running from
// source (tests), where the version says so.
declare const __SITREP_PIPELINE_DIGEST__: string | undefined;

/**
 * The version of the default pipeline, stored with every result so `--reprocess` can tell:
 * the package version plus a digest of the extraction code and its data (`0.1.0+3f2a9c1b7d4e`).
 */
export const PIPELINE_VERSION = `0.1.0+${typeof __SITREP_PIPELINE_DIGEST__ === 'string' ? __SITREP_PIPELINE_DIGEST__ : 'source'}`;

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
