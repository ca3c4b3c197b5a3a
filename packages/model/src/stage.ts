/**
 * @module stage
 * The shape every extraction stage has. A stage is a pure function of the document and its
 * context: resources (gazetteer, dictionaries, lexicons) are loaded once and injected, never
 * read from disk inside `run`.
 */
import type { Doc, LayerMap, LayerName } from './document';

/** Options every stage may read. */
export interface StageOptions {
  /** Locale hint for ambiguous numeric dates: `us` reads 03/04 as March 4, `intl` as 3 April. */
  locale?: 'us' | 'intl';
  /** Anything a stage documents for itself. */
  [key: string]: unknown;
}

/** What a stage receives besides the document. */
export interface StageContext {
  options: StageOptions;
}

/**
 * One extraction stage. The pipeline checks `needs` before running it and stores its result
 * under `provides`.
 */
export interface Stage<K extends LayerName = LayerName> {
  /** Short name, used in messages and `why` entries. */
  readonly name: string;
  /** Layers that must exist before this stage runs. */
  readonly needs: readonly LayerName[];
  /** The layer this stage produces. */
  readonly provides: K;
  /** Produces the layer; raises messages on `doc.messages`. */
  run(doc: Doc, context: StageContext): LayerMap[K];
}
