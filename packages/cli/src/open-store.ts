/**
 * @module open-store
 * Opening the database for the commands that use one (ingest, serve, export, token).
 */
import type { openStore } from '@sitrep/server';
import type { SqliteStoreOptions } from '@sitrep/store';
import type { CliState } from './program';

/** The store the commands work on. */
export type CliStore = ReturnType<typeof openStore>;

/**
 * Opens the database named by `--db` (or `SITREP_DB`, or ./sitrep.db), or reports why it cannot
 * (a corrupt, unreadable or missing file) on stderr as `sitrep <command>: <reason>`, sets exit code
 * 1 and returns null. The server and the native SQLite binding are imported here, when a command
 * runs, not at start-up: `sitrep extract` and `--help` never pay for them.
 *
 * @param command
 *   The command name, for the message.
 * @param db
 *   The `--db` value, if given.
 * @param state
 *   The CLI state (exit code and streams).
 * @param options
 *   `create: false` to refuse a missing file, `readonly` for read-only commands.
 */
export async function openStoreOrReport(
  command: string,
  db: string | undefined,
  state: CliState,
  options: SqliteStoreOptions = {},
): Promise<CliStore | null> {
  const { openStore: open } = await import('@sitrep/server');
  const { StoreError } = await import('@sitrep/store');
  try {
    return open(db, options);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    (state.io ?? process).stderr.write(`sitrep ${command}: ${error.message}\n`);
    state.exitCode = 1;
    return null;
  }
}
