/**
 * @module db
 * Where the database is: `--db PATH`, else `SITREP_DB`, else `./sitrep.db`.
 */
import { openSqliteStore, type SqliteStoreOptions } from '@sitrep/store';

/** The default database path. */
export const DEFAULT_DB = './sitrep.db';

/**
 * The database path a command uses.
 *
 * @param flag
 *   The `--db` value, if given.
 */
export function resolveDbPath(flag?: string): string {
  return flag || process.env.SITREP_DB || DEFAULT_DB;
}

/**
 * Opens the store a command uses.
 *
 * @param flag
 *   The `--db` value, if given.
 * @param options
 *   `create: false` for commands that only read.
 */
export function openStore(flag?: string, options: SqliteStoreOptions = {}) {
  return openSqliteStore(resolveDbPath(flag), options);
}
