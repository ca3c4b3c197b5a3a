/**
 * @module pipeline
 * Runs stages in order, checking each one's declared inputs, and assembles the DocumentResult.
 */
import {
  Doc,
  type DocumentInput,
  type DocumentResult,
  type LayerName,
  parseDocumentResult,
  SCHEMA_ID,
  type Stage,
  type StageOptions,
} from '@sitrep/model';

/** Options for one extraction. */
export interface ExtractOptions extends StageOptions {
  /** Put the extracted text in `document.text`. */
  withText?: boolean;
}

/** A configured chain of stages. */
export interface Pipeline {
  /** Identifies the stages and their data; results are stored per version. */
  readonly version: string;
  readonly stages: readonly Stage[];
  /** Runs every stage on one document and returns the contract's DocumentResult. */
  extract(input: DocumentInput | Doc, options?: ExtractOptions): DocumentResult;
  /** Runs every stage and returns the document with its layers (for tools that need more). */
  run(input: DocumentInput | Doc, options?: ExtractOptions): Doc;
}

/** Thrown when stages are declared in an order that cannot work. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineError';
  }
}

/** The contract layers; when no stage provides one it is an empty array, never a fake. */
const CONTRACT_LAYERS = ['times', 'places', 'actors', 'events'] as const satisfies readonly LayerName[];

/**
 * Composes stages into a pipeline, checking that every stage's `needs` is provided earlier.
 *
 * @param stages
 *   Stages in the order they run.
 * @param version
 *   A version string for the stages and their data.
 * @example
 *   const pipeline = createPipeline([nlpStage()], 'test');
 *   pipeline.extract({ text: 'Fictional: talks resumed.' }).schema; // 'sitrep.document/1'
 */
export function createPipeline(stages: readonly Stage[], version: string): Pipeline {
  const provided = new Set<string>();
  for (const stage of stages) {
    const missing = stage.needs.filter((name) => !provided.has(name));
    if (missing.length > 0) {
      throw new PipelineError(
        `stage "${stage.name}" needs ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage provides; put the providing stage before it`,
      );
    }
    provided.add(stage.provides);
  }

  const run = (input: DocumentInput | Doc, options: ExtractOptions = {}): Doc => {
    const doc = input instanceof Doc ? input : new Doc(input);
    const context = { options };
    for (const stage of stages) {
      doc.set(stage.provides, stage.run(doc, context));
    }
    for (const name of CONTRACT_LAYERS) if (!doc.has(name)) doc.set(name, []);
    return doc;
  };

  return {
    version,
    stages,
    run,
    extract(input, options = {}) {
      return toResult(run(input, options), options.withText ?? false);
    },
  };
}

/**
 * Assembles the contract's DocumentResult from a processed document. Fields a stage keeps for
 * itself are stripped, and every span is checked against the text.
 *
 * @param doc
 *   A document every stage has run on.
 * @param withText
 *   Include `document.text`.
 */
export function toResult(doc: Doc, withText: boolean): DocumentResult {
  const result = {
    schema: SCHEMA_ID,
    document: doc.meta(withText),
    mentions: {
      times: doc.maybe('times') ?? [],
      places: doc.maybe('places') ?? [],
      actors: doc.maybe('actors') ?? [],
    },
    events: doc.maybe('events') ?? [],
    messages: doc.messages.toJSON(),
  };
  return parseDocumentResult(result, doc.text);
}
