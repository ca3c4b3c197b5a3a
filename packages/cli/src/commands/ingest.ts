/**
 * @module commands/ingest
 * `sitrep ingest PATH ...`: files, folders, JSONL and stdin into the database, idempotent by content
 * hash and crash-safe; a progress bar on a terminal, plain lines otherwise; a summary at the end.
 */
import type { Writable } from 'node:stream';
import type { BatchProgress } from '@sitrep/server';
import type { Command } from 'commander';
import { processIo } from '../io';
import { openStoreOrReport } from '../open-store';
import type { CliState } from '../program';

interface IngestOptions {
  db?: string;
  include: string[];
  exclude: string[];
  from?: string;
  published?: string;
  reprocess?: boolean;
  workers?: string;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Registers `sitrep ingest`. */
export function registerIngest(program: Command, state: CliState): void {
  program
    .command('ingest')
    .description('extract documents (files, folders, JSONL, - for stdin) and store them in the database')
    .argument('[paths...]', 'files, folders (recursive), .jsonl files, or - for standard input')
    .option('--db <path>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--include <glob>', 'in folders, read only files matching this glob (repeatable)', collect, [])
    .option('--exclude <glob>', 'in folders, skip files matching this glob (repeatable)', collect, [])
    .option('--from <format>', 'read every input as this format (jsonl)')
    .option('--published <date>', 'publication date YYYY-MM-DD for documents that have none')
    .option(
      '--reprocess',
      're-extract documents stored by another pipeline version (reviewed events are kept); with no paths, every such stored document',
    )
    .option('--workers <n>', 'extraction threads (default: one per core, at most 4; 0 = this thread)')
    .option('--quiet', 'print only failures and the summary')
    .action(async (paths: string[], options: IngestOptions) => {
      const io = state.io ?? processIo();
      if (paths.length === 0 && !options.reprocess) {
        io.stderr.write(
          'sitrep ingest: give files, folders or - (or --reprocess alone to re-extract stored documents)\n',
        );
        state.exitCode = 2;
        return;
      }
      if (options.from !== undefined && options.from !== 'jsonl') {
        io.stderr.write(`sitrep ingest: --from accepts jsonl, found ${JSON.stringify(options.from)}\n`);
        state.exitCode = 2;
        return;
      }
      const workers = options.workers === undefined ? undefined : Number(options.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) {
        io.stderr.write(`sitrep ingest: --workers expects a whole number 0..64, found ${options.workers}\n`);
        state.exitCode = 2;
        return;
      }
      // Loaded when the command runs, not at start-up: `sitrep extract` never pays for the server,
      // fastify or the native SQLite binding (cold start, DESIGN.md targets).
      const { createExtractor, ingestBatch, resolveDbPath } = await import('@sitrep/server');
      const store = await openStoreOrReport('ingest', options.db, state);
      if (!store) return;
      const extractor = await createExtractor(workers === undefined ? {} : { workers });
      const progress = progressPrinter(io.stderr, options.quiet ?? false);
      try {
        const summary = await ingestBatch({
          store,
          extractor,
          paths,
          include: options.include,
          exclude: options.exclude,
          ...(options.from === 'jsonl' ? { jsonl: true } : {}),
          ...(options.published ? { published: options.published } : {}),
          reprocess: options.reprocess ?? false,
          stdin: io.stdin,
          onProgress: progress.update,
          onFailure: (failure) => {
            progress.clear();
            io.stderr.write(`sitrep: ${failure.input}: ${failure.reason}\n`);
          },
        });
        progress.clear();
        const parts = [
          `${summary.new} new`,
          `${summary.unchanged} unchanged`,
          ...(summary.reprocessed ? [`${summary.reprocessed} reprocessed`] : []),
          `${summary.failed} failed`,
        ];
        io.stdout.write(
          `sitrep: ${parts.join(', ')} in ${summary.seconds.toFixed(1)} s into ${resolveDbPath(options.db)} (pipeline ${summary.pipeline})\n`,
        );
        if (summary.stale > 0 && !options.reprocess) {
          io.stdout.write(
            `sitrep: ${summary.stale} of the unchanged were extracted by another pipeline version; run with --reprocess to update them\n`,
          );
        }
        if (summary.aborted) {
          io.stderr.write(`sitrep: stopped early: ${summary.aborted}\n`);
        }
        if (summary.failed > 0) {
          io.stderr.write(`sitrep: ${summary.failed} failed:\n`);
          for (const f of summary.failures.slice(0, 20)) io.stderr.write(`  ${f.input}: ${f.reason}\n`);
          if (summary.failures.length > 20)
            io.stderr.write(`  ... and ${summary.failures.length - 20} more (above)\n`);
          state.exitCode = 1;
        }
      } finally {
        await extractor.close();
        await store.close();
      }
    });
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A progress bar redrawn in place on a terminal; a plain line every 100 documents otherwise. */
function progressPrinter(stderr: Writable, quiet: boolean) {
  const tty = (stderr as { isTTY?: boolean }).isTTY === true;
  let last = 0;
  let drawn = false;
  return {
    update(p: BatchProgress) {
      if (quiet) return;
      const rate = `${p.rate.toFixed(1)} docs/s`;
      if (tty) {
        const now = Date.now();
        if (now - last < 100 && p.done !== p.total) return;
        last = now;
        const width = 24;
        const fraction = p.total ? Math.min(1, p.done / p.total) : 0;
        const bar = p.total ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ` : '';
        const eta = p.eta !== null ? ` ETA ${clock(p.eta)}` : '';
        stderr.write(
          `\r\x1b[2K${bar}${p.done}${p.total ? `/${p.total}` : ''} ${rate}${eta} (${p.failed} failed)`,
        );
        drawn = true;
      } else if (p.done % 100 === 0 || p.done === p.total) {
        stderr.write(
          `sitrep: ${p.done}${p.total ? `/${p.total}` : ''} documents, ${p.new} new, ${p.unchanged} unchanged, ${p.failed} failed, ${rate}\n`,
        );
      }
    },
    clear() {
      if (tty && drawn) {
        stderr.write('\r\x1b[2K');
        drawn = false;
      }
    },
  };
}
