/**
 * @module worker
 * Extraction in worker threads: each worker loads the default pipeline once and extracts the
 * documents the main thread sends it; the main thread alone writes to the database.
 *
 * A worker runs the same bundle file as its parent (`new Worker(import.meta.url)`), so the built CLI
 * needs no second entry point; this module's top level starts the worker loop when it finds itself
 * in a worker spawned for extraction.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { InputError, readBytes } from '@sitrep/ingest';
import type { DocumentInput, DocumentResult } from '@sitrep/model';
import { createDefaultPipeline, type DefaultPipelineOptions, type Pipeline } from '@sitrep/pipeline';
import { type PreparedDocument, prepareDocument } from '@sitrep/store';

/** Marks a worker spawned for extraction. */
const MARK = 'sitrepExtractWorker';

/** What the store keeps beside the result, for `prepare`. */
export interface StoreExtras {
  /** The original bytes (default: the UTF-8 text). */
  bytes?: Uint8Array;
  format?: string | null;
  offsets?: unknown;
}

/** A file's bytes for `Extractor.prepareFile`: parsed (HTML, PDF, DOCX, text) where it is extracted. */
export interface FileBytes {
  /** The input's name (path): format detection, errors and the document's `source`. */
  name: string;
  bytes: Uint8Array;
  /** Publication date to use (overrides any found in the document). */
  published?: string;
  /** A MIME type such as `text/html` (an upload's), used to tell the format. */
  mediaType?: string;
  /** A title to use instead of the one found in the document. */
  title?: string;
}

type Request =
  | { seq: number; input: DocumentInput; prepare?: StoreExtras }
  | { seq: number; file: FileBytes };
type Reply =
  | { ready: true; version: string }
  | { ready: false; error: string }
  | { seq: number; result: DocumentResult | PreparedDocument }
  /** `input` and `problem` when the error was an InputError (unreadable file), to rebuild it. */
  | { seq: number; error: string; input?: string; problem?: string };

/**
 * The pipeline input of a document as read: its text and what the store keeps about it.
 *
 * @param doc
 *   From `readFile`, `readBytes` or `readJsonl`.
 */
export function documentInput(doc: DocumentInput & { sha256: string }): DocumentInput {
  return {
    text: doc.text,
    id: doc.id ?? null,
    source: doc.source ?? null,
    title: doc.title ?? null,
    published: doc.published ?? null,
    sha256: doc.sha256,
  };
}

/** Extracts one document and, when asked, turns the result into the rows the store writes. */
function run(
  pipeline: Pipeline,
  input: DocumentInput,
  extras?: StoreExtras,
): DocumentResult | PreparedDocument {
  const result = pipeline.extract(input, { withText: false });
  if (!extras) return result;
  return prepareDocument({
    result,
    text: input.text,
    ...(extras.bytes ? { bytes: extras.bytes } : {}),
    format: extras.format ?? null,
    ...(extras.offsets !== undefined ? { offsets: extras.offsets } : {}),
    pipeline: pipeline.version,
    checked: true,
  });
}

/** Parses a file's bytes, extracts the document and prepares it for the store. */
async function runFile(pipeline: Pipeline, file: FileBytes): Promise<PreparedDocument> {
  const doc = await readBytes(file.bytes, {
    name: file.name,
    ...(file.published !== undefined ? { published: file.published } : {}),
    ...(file.mediaType !== undefined ? { mediaType: file.mediaType } : {}),
  });
  if (file.title !== undefined) doc.title = file.title;
  return run(pipeline, documentInput(doc), { bytes: doc.bytes, format: doc.format }) as PreparedDocument;
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[MARK] === true) {
  const port = parentPort;
  const options = ((workerData as Record<string, unknown>).options ?? {}) as DefaultPipelineOptions;
  createDefaultPipeline(options).then(
    (pipeline) => {
      port.postMessage({ ready: true, version: pipeline.version } satisfies Reply);
      const fail = (seq: number, error: unknown) =>
        port.postMessage({
          seq,
          error: describe(error),
          ...(error instanceof InputError ? { input: error.input, problem: error.problem } : {}),
        } satisfies Reply);
      port.on('message', (request: Request) => {
        if ('file' in request) {
          // Parsing (PDF) may be asynchronous; other messages are handled meanwhile.
          runFile(pipeline, request.file).then(
            (result) => port.postMessage({ seq: request.seq, result } satisfies Reply),
            (error: unknown) => fail(request.seq, error),
          );
          return;
        }
        try {
          const result = run(pipeline, request.input, request.prepare);
          port.postMessage({ seq: request.seq, result } satisfies Reply);
        } catch (error) {
          fail(request.seq, error);
        }
      });
    },
    (error: unknown) => port.postMessage({ ready: false, error: describe(error) } satisfies Reply),
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Something that extracts documents: a pool of workers, or the pipeline in this thread. */
export interface Extractor {
  /** The pipeline version results are stored under. */
  readonly version: string;
  /** Threads extracting (0 when in-process). */
  readonly threads: number;
  extract(input: DocumentInput): Promise<DocumentResult>;
  /**
   * Extracts and prepares the result for `Store.putPrepared` on the extraction thread (validation
   * is the pipeline's; serialization and compression happen there too), so the writer only inserts.
   */
  prepare(input: DocumentInput, extras?: StoreExtras): Promise<PreparedDocument>;
  /**
   * Parses a file's bytes (any format `readBytes` reads), extracts and prepares the document, all
   * on the extraction thread; an unreadable file rejects with an `InputError` naming it.
   */
  prepareFile(file: FileBytes): Promise<PreparedDocument>;
  close(): Promise<void>;
}

/** Options of `createExtractor`. */
export interface ExtractorOptions {
  /** Worker threads (default: one per core, at most 4). 0 extracts in this thread. */
  workers?: number;
  /** Pipeline resource overrides, passed to every worker. */
  pipeline?: DefaultPipelineOptions;
}

/**
 * Starts an extractor. Workers need the built bundle (`node scripts/build.mjs`); running from
 * TypeScript sources (tests), extraction happens in this thread instead.
 *
 * @param options
 *   See `ExtractorOptions`.
 */
export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const wanted = options.workers ?? Math.min(4, availableParallelism());
  if (wanted <= 0 || !import.meta.url.endsWith('.js')) {
    return inProcessExtractor(await createDefaultPipeline(options.pipeline ?? {}));
  }
  return pool(wanted, options.pipeline ?? {});
}

/**
 * An extractor that runs a given pipeline in this thread (tests, small jobs, custom pipelines).
 *
 * @param pipeline
 *   Any pipeline; its `version` is what results are stored under.
 */
export function inProcessExtractor(pipeline: Pipeline): Extractor {
  return {
    version: pipeline.version,
    threads: 0,
    async extract(input) {
      return pipeline.extract(input, { withText: false });
    },
    async prepare(input, extras = {}) {
      return run(pipeline, input, extras) as PreparedDocument;
    },
    prepareFile(file) {
      return runFile(pipeline, file);
    },
    async close() {},
  };
}

interface Slot {
  worker: Worker;
  busy: Map<number, { resolve: (r: DocumentResult | PreparedDocument) => void; reject: (e: Error) => void }>;
}

async function pool(size: number, pipelineOptions: DefaultPipelineOptions): Promise<Extractor> {
  const url = new URL(import.meta.url);
  let seq = 0;
  let closing = false;
  const slots: Slot[] = [];

  const spawn = (): Promise<{ slot: Slot; version: string }> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(url, { workerData: { [MARK]: true, options: pipelineOptions } });
      const slot: Slot = { worker, busy: new Map() };
      let ready = false;
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) {
          ready = true;
          if (reply.ready) resolve({ slot, version: reply.version });
          else reject(new Error(`the extraction worker could not load the pipeline: ${reply.error}`));
          return;
        }
        const job = slot.busy.get(reply.seq);
        if (!job) return;
        slot.busy.delete(reply.seq);
        if ('result' in reply) job.resolve(reply.result);
        else if (reply.input !== undefined && reply.problem !== undefined)
          job.reject(new InputError(reply.input, reply.problem));
        else job.reject(new Error(reply.error));
      });
      const fail = (error: Error) => {
        if (!ready) reject(error);
        for (const job of slot.busy.values()) {
          job.reject(
            new Error(`the extraction worker stopped (${error.message}); the document was not stored`),
          );
        }
        slot.busy.clear();
        const index = slots.indexOf(slot);
        // A worker that died (out of memory, a crash in a native module) is replaced so the
        // remaining documents still get extracted.
        if (index >= 0 && !closing) {
          spawn().then(
            (fresh) => {
              slots[index] = fresh.slot;
            },
            () => slots.splice(index, 1),
          );
        }
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!closing && code !== 0) fail(new Error(`exit code ${code}`));
      });
    });

  const send = (request: Request): Promise<DocumentResult | PreparedDocument> => {
    // Least-loaded worker: with one document each in flight, the pool stays evenly busy.
    const slot = slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const id = seq++;
    return new Promise((resolve, reject) => {
      slot.busy.set(id, { resolve, reject });
      slot.worker.postMessage({ ...request, seq: id } satisfies Request);
    });
  };

  const started = await Promise.all(Array.from({ length: size }, spawn));
  for (const s of started) slots.push(s.slot);
  const version = started[0]!.version;

  return {
    version,
    threads: size,
    extract(input) {
      return send({ seq: 0, input }) as Promise<DocumentResult>;
    },
    prepare(input, extras = {}) {
      return send({ seq: 0, input, prepare: extras }) as Promise<PreparedDocument>;
    },
    prepareFile(file) {
      return send({ seq: 0, file }) as Promise<PreparedDocument>;
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
