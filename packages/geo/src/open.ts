/**
 * @module open
 * Which gazetteer the pipeline uses: the built-in one, plus a user index when there is one
 * (`--gazetteer PATH`, the `SITREP_GAZETTEER` environment variable, or `./sitrep-gazetteer.db`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGazetteer } from './gazetteer';
import type { Gazetteer } from './place';
import { DEFAULT_USER_GAZETTEER, SqliteGazetteer } from './sqlite';
import { combineGazetteers } from './stage';

/**
 * Opens the gazetteer for a run.
 *
 * @param path
 *   A user index (`.db`, from `sitrep gazetteer import`), searched before the built-in gazetteer;
 *   or a built index (`.bin`, from `packages/geo/scripts/build.mjs`) used instead of it. When absent, `SITREP_GAZETTEER` and then
 *   `./sitrep-gazetteer.db` are used if they exist.
 * @example
 *   const gazetteer = openGazetteer(); // built-in (+ ./sitrep-gazetteer.db when present)
 */
export function openGazetteer(path?: string): Gazetteer {
  if (path?.endsWith('.bin')) return loadGazetteer(path);
  const builtIn = loadGazetteer();
  const user =
    path ??
    process.env.SITREP_GAZETTEER ??
    (existsSync(DEFAULT_USER_GAZETTEER) ? DEFAULT_USER_GAZETTEER : undefined);
  if (!user) return builtIn;
  return combineGazetteers(new SqliteGazetteer(resolve(user)), builtIn);
}
