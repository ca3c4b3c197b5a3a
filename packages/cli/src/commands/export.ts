/**
 * @module commands/export
 * `sitrep export`: stored events as CSV, GeoJSON or JSONL, filtered like `GET /events`, streamed.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { ExportFormat } from '@sitrep/server';
import type { parseEventFilter } from '@sitrep/store';
import type { Command } from 'commander';
import { processIo } from '../io';
import { openStoreOrReport } from '../open-store';
import type { CliState } from '../program';

interface ExportOptions {
  db?: string;
  format: string;
  out?: string;
  from?: string;
  to?: string;
  type?: string;
  acled?: string;
  actor?: string;
  country?: string;
  admin1?: string;
  bbox?: string;
  status?: string;
  modality?: string;
  minConfidence?: string;
  q?: string;
  document?: string;
}

/** Registers `sitrep export`. */
export function registerExport(program: Command, state: CliState): void {
  program
    .command('export')
    .description('write stored events as CSV, GeoJSON or JSONL (streamed), filtered')
    .option('--db <path>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--format <format>', 'csv | geojson | jsonl', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--from <date>', 'events ending on or after YYYY-MM-DD')
    .option('--to <date>', 'events starting on or before YYYY-MM-DD')
    .option('--type <types>', 'PLOVER types, comma-separated')
    .option('--acled <type>', 'ACLED event_type')
    .option('--actor <id>', 'actor id, as actor or recipient')
    .option('--country <code>', 'ISO alpha-2 of the location')
    .option('--admin1 <name>', 'first-level administrative area')
    .option('--bbox <box>', 'minLon,minLat,maxLon,maxLat')
    .option('--status <statuses>', 'review statuses: pending, accepted, rejected, edited')
    .option('--modality <modalities>', 'asserted, reported, negated, hypothetical, future, habitual')
    .option('--min-confidence <n>', 'lowest confidence 0..1')
    .option('--q <text>', 'full-text search over the evidence')
    .option('--document <id>', 'document id or sha256')
    .action(async (options: ExportOptions) => {
      const io = state.io ?? processIo();
      // Loaded when the command runs, not at start-up: `sitrep extract` never pays for the server,
      // fastify or the native SQLite binding (cold start, DESIGN.md targets).
      const { EXPORT_FORMATS, exportEvents } = await import('@sitrep/server');
      const { FilterError, parseEventFilter: parseFilter } = await import('@sitrep/store');
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        io.stderr.write(
          `sitrep export: --format expects ${EXPORT_FORMATS.join(', ')}, found ${options.format}\n`,
        );
        state.exitCode = 2;
        return;
      }
      let filter: ReturnType<typeof parseEventFilter>;
      try {
        filter = parseFilter({ ...options, minConfidence: options.minConfidence });
      } catch (error) {
        if (!(error instanceof FilterError)) throw error;
        io.stderr.write(`sitrep export: --${error.field}: ${error.message.slice(error.field.length + 2)}\n`);
        state.exitCode = 2;
        return;
      }
      const store = await openStoreOrReport('export', options.db, state, { create: false, readonly: true });
      if (!store) return;
      const out = options.out ? createWriteStream(options.out) : io.stdout;
      try {
        for await (const chunk of exportEvents(store, filter, options.format as ExportFormat)) {
          // Respect back-pressure so a large export streams in constant memory.
          if (!out.write(chunk)) await once(out, 'drain');
        }
        if (options.out) {
          (out as ReturnType<typeof createWriteStream>).end();
          await once(out, 'finish');
        }
      } finally {
        await store.close();
      }
    });
}
