/**
 * @module batch
 * The batch ingest behind `sitrep ingest`: reads inputs, skips what is already stored (by content
 * hash and pipeline version), extracts and prepares the rest on worker threads and stores them from
 * this one thread, several whole documents per transaction. Killed at any moment, a re-run finishes
 * the job without duplicates: a document is either wholly stored or absent.
 */

import { InputError, type ReadDocument } from '@sitrep/ingest';
import type { DocumentInput } from '@sitrep/model';
import type { PreparedDocument, PutOutcome, Store } from '@sitrep/store';
import { listInputs, readSources, type SourceOptions, type UnparsedFile } from './sources';
import { documentInput, type Extractor } from './worker';

/** How long the writer waits for a group to fill before committing what it has. */
const GROUP_WAIT_MS = 50;

/** Progress of a batch, reported after every document. */
export interface BatchProgress {
  done: number;
  /** Files to read (JSONL lines are counted as they come), or null when unknown. */
  total: number | null;
  new: number;
  unchanged: number;
  reprocessed: number;
  failed: number;
  /** Documents per second so far. */
  rate: number;
  /** Seconds left at the current rate, or null. */
  eta: number | null;
  /** The last input handled. */
  current: string;
}

/** A failed input and why. */
export interface BatchFailure {
  input: string;
  reason: string;
}

/** The outcome of a batch. */
export interface BatchSummary {
  new: number;
  unchanged: number;
  reprocessed: number;
  failed: number;
  failures: BatchFailure[];
  /** Documents stored under an older pipeline version and left as they are (no `--reprocess`). */
  stale: number;
  /** Why the batch stopped early (the store refused a write), or null when it ran to the end. */
  aborted: string | null;
  seconds: number;
  pipeline: string;
}

/** Options of `ingestBatch`. */
export interface BatchOptions extends SourceOptions {
  store: Store;
  extractor: Extractor;
  /** Files, folders, `-`. Empty with `reprocess`: re-extract every stored document of another version. */
  paths: string[];
  /** Re-extract documents stored under another pipeline version (reviewed events are kept). */
  reprocess?: boolean;
  /** Documents extracting or waiting for the writer at once (default: 24 per extraction thread, at least 2). */
  concurrency?: number;
  onProgress?: (progress: BatchProgress) => void;
  onFailure?: (failure: BatchFailure) => void;
}

/**
 * Ingests documents into a store.
 *
 * @param options
 *   Inputs, store, extractor and callbacks.
 * @returns
 *   Counts of new, unchanged, reprocessed and failed documents, with the reasons for failures.
 * @example
 *   const extractor = await createExtractor({ workers: 2 });
 *   const summary = await ingestBatch({ store, extractor, paths: ['examples/'] });
 *   await extractor.close();
 */
export async function ingestBatch(options: BatchOptions): Promise<BatchSummary> {
  const { store, extractor } = options;
  const version = extractor.version;
  const started = Date.now();
  const summary: BatchSummary = {
    new: 0,
    unchanged: 0,
    reprocessed: 0,
    failed: 0,
    failures: [],
    stale: 0,
    aborted: null,
    seconds: 0,
    pipeline: version,
  };
  let done = 0;
  let total: number | null = null;
  let current = '';
  const report = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress?.({
      done,
      total,
      new: summary.new,
      unchanged: summary.unchanged,
      reprocessed: summary.reprocessed,
      failed: summary.failed,
      rate,
      eta: total !== null && rate > 0 ? Math.max(0, (total - done) / rate) : null,
      current,
    });
  };
  const fail = (input: string, reason: string) => {
    summary.failed++;
    const failure = { input, reason };
    summary.failures.push(failure);
    options.onFailure?.(failure);
  };

  // Many documents in flight keep the single writer's groups large: with 2 per thread, results came
  // back a few at a time and each group was its own small transaction (a new FTS5 segment each);
  // 16 per thread cut the ingest's CPU time by a fifth (2,000 documents: 27 → 22 s user+sys). Now
  // 24, as up to 16 of them may be extracted already and waiting for their group to commit.
  const concurrency = options.concurrency ?? Math.max(2, extractor.threads * 24);
  const inFlight = new Set<Promise<void>>();
  // One writer with group commit: each document whole, so a crash never leaves half of one. On a
  // failed group, each document is retried alone so one bad document does not fail its neighbours.
  // The writer waits for a group of `groupSize` results (or `GROUP_WAIT_MS` after the first one):
  // started on every arrival, it committed 1.8 documents per transaction on average (2,000 documents,
  // 1,126 commits), and every commit rewrites the index and FTS pages it touched.
  const groupSize = Math.max(1, Math.min(16, Math.floor(concurrency / 3)));
  const queue: {
    input: PreparedDocument;
    resolve: (o: PutOutcome) => void;
    reject: (e: unknown) => void;
  }[] = [];
  let writing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  // Set once every input is extracted: from then on nothing more will join a group.
  let flushing = false;
  const drain = async (force: boolean) => {
    while (queue.length > 0 && (force || flushing || queue.length >= groupSize)) {
      force = false;
      const group = queue.splice(0, 128);
      try {
        const outcomes = await store.putPrepared(group.map((g) => g.input));
        for (const [i, g] of group.entries()) g.resolve(outcomes[i]!);
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        else {
          for (const g of group) await store.putPrepared([g.input]).then(([o]) => g.resolve(o!), g.reject);
        }
      }
    }
  };
  // Commits what is queued now (force) or once a group is full; otherwise waits for more. Whatever
  // is queued always has either a running writer (which kicks again when done) or a timer.
  const kick = (force: boolean) => {
    if (writing || queue.length === 0) return;
    if (!force && !flushing && queue.length < groupSize) {
      timer ??= setTimeout(() => {
        timer = null;
        kick(true);
      }, GROUP_WAIT_MS);
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    writing = drain(force).finally(() => {
      writing = null;
      kick(false);
    });
  };
  const write = (input: PreparedDocument) =>
    new Promise<PutOutcome>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      kick(false);
    });

  const handle = async (
    doc:
      | ReadDocument
      | UnparsedFile
      | (DocumentInput & { sha256: string; format?: string; bytes?: Uint8Array }),
  ) => {
    let name = doc.source ?? ('id' in doc ? doc.id : null) ?? doc.sha256;
    try {
      const state = await store.documentState(doc.sha256, version);
      if (state === 'current' || (state === 'stale' && !options.reprocess)) {
        if (state === 'stale') summary.stale++;
        summary.unchanged++;
        return;
      }
      // The worker also parses files (HTML, PDF, DOCX) and serializes and compresses what the store
      // writes: the writer thread, which a profile showed to be the bottleneck, then only inserts.
      const prepared =
        'unparsed' in doc
          ? await extractor.prepareFile({
              name: doc.source,
              bytes: doc.bytes,
              ...(doc.published !== undefined ? { published: doc.published } : {}),
            })
          : await extractor.prepare(documentInput(doc), {
              ...(doc.bytes ? { bytes: doc.bytes } : {}),
              format: doc.format ?? null,
            });
      const outcome = await write(prepared);
      summary[outcome]++;
    } catch (error) {
      let reason: string;
      if (error instanceof InputError) {
        // An unreadable file (parsed on a worker) names itself; its problem alone is the reason.
        name = error.input;
        reason = error.problem;
      } else reason = error instanceof Error ? error.message : String(error);
      fail(name, reason);
      // A write that fails for the store itself (disk full, read-only) will fail for every
      // document after it too: stop rather than report the same failure thousands of times.
      if ((error as { code?: string }).code === 'write-failed') summary.aborted ??= reason;
    } finally {
      done++;
      current = name;
      report();
    }
  };

  const schedule = async (doc: Parameters<typeof handle>[0]) => {
    const job: Promise<void> = handle(doc).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };

  try {
    if (options.paths.length === 0 && options.reprocess) {
      await reprocessStored({ ...options, stopped: () => summary.aborted !== null }, version, schedule);
    } else {
      const { files, errors } = await listInputs(options.paths, options);
      for (const error of errors) {
        fail(error.input, error.problem);
        done++;
      }
      total = files.some((f) => f === '-' || options.jsonl || /\.(jsonl|ndjson)$/i.test(f))
        ? null
        : files.length;
      for await (const item of readSources(files, { ...options, unparsed: true })) {
        if (item instanceof InputError) {
          fail(item.input, item.problem);
          done++;
          current = item.input;
          report();
          continue;
        }
        if (summary.aborted) break;
        await schedule(item);
      }
    }
  } finally {
    flushing = true;
    kick(true);
    await Promise.allSettled(inFlight);
  }
  await writing;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** Re-extracts every stored document whose result comes from another pipeline version. */
async function reprocessStored(
  options: BatchOptions & { stopped: () => boolean },
  version: string,
  schedule: (doc: DocumentInput & { sha256: string; format?: string }) => Promise<void>,
): Promise<void> {
  for await (const sha of options.store.staleDocuments(version)) {
    if (options.stopped()) break;
    const stored = await options.store.getDocument(sha);
    if (!stored) continue;
    const meta = stored.result.document;
    await schedule({
      text: meta.text ?? '',
      id: meta.id,
      source: meta.source ?? null,
      title: meta.title ?? null,
      published: meta.published,
      sha256: sha,
      ...(stored.summary.format ? { format: stored.summary.format } : {}),
    });
  }
}
