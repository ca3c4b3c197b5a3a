/**
 * @module sqlite
 * The user gazetteer: a SQLite index (better-sqlite3) that `sitrep gazetteer import` fills from
 * GeoNames dumps (`allCountries.txt`, `XX.txt`, `cities500.txt`, plus `alternateNamesV2.txt`) and
 * user CSV/TSV files. Imports stream line by line inside one transaction: memory stays bounded for
 * the 12-million-row dump, and a bad file is refused with its line number and leaves nothing behind.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { foldName, looseFromFolded, nameSimilarity, skeletonFromLoose } from './fold';
import {
  type Candidate,
  FEATURES,
  type Feature,
  featureFromGeonames,
  type Gazetteer,
  type Place,
} from './place';

/** Default file name of the user index, looked for in the working directory. */
export const DEFAULT_USER_GAZETTEER = 'sitrep-gazetteer.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS places (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, country TEXT,
  admin1 TEXT, admin2 TEXT, feature TEXT NOT NULL, population INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (place TEXT NOT NULL, name TEXT NOT NULL, exact TEXT NOT NULL, skeleton TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS names_exact ON names (exact);
CREATE INDEX IF NOT EXISTS names_skeleton ON names (skeleton);
CREATE INDEX IF NOT EXISTS names_place ON names (place);
CREATE TABLE IF NOT EXISTS imports (file TEXT NOT NULL, kind TEXT NOT NULL, rows INTEGER NOT NULL, at TEXT NOT NULL);
`;

/** Thrown when an import file is refused; nothing from it is left in the index. */
export class GazetteerImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file} line ${line}: ${problem}; nothing from this file was imported`, options);
    this.name = 'GazetteerImportError';
  }
}

/** What an import did. */
export interface ImportReport {
  file: string;
  kind: 'geonames' | 'alternate-names' | 'user';
  /** Rows imported (places, or names for alternate names). */
  rows: number;
  ms: number;
}

/** Options for `importGazetteerFile`. */
export interface ImportOptions {
  /** `geonames`, `alternate-names` or `user`; guessed from the first line when absent. */
  kind?: ImportReport['kind'];
  /** GeoNames admin-1 code (`SY.12`) → name, to fill `admin1` for GeoNames rows. */
  admin1Codes?: Record<string, string>;
  /** Replace places whose id is already in the index (re-importing an updated dump). */
  replace?: boolean;
}

/** Opens (creating when needed) a user index for writing. */
function openForWrite(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  return db;
}

function keys(name: string): [string, string] {
  const exact = foldName(name);
  return [exact, skeletonFromLoose(looseFromFolded(exact))];
}

/**
 * Imports one file into the user index at `dbPath`, in one transaction.
 *
 * @param dbPath
 *   The SQLite index (created when missing).
 * @param file
 *   A GeoNames dump, an alternateNamesV2 file, or a user CSV/TSV with a header
 *   `id,name,lat,lon[,country,admin1,admin2,feature,alternate_names,population]`.
 * @param options
 *   See `ImportOptions`.
 * @throws
 *   `GazetteerImportError` naming the line and the problem; the index is left as it was.
 */
export async function importGazetteerFile(
  dbPath: string,
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = Date.now();
  if (!existsSync(file)) throw new GazetteerImportError(file, 0, 'the file does not exist');
  const db = openForWrite(dbPath);
  const insertPlace = db.prepare(
    `INSERT ${options.replace ? 'OR REPLACE ' : ''}INTO places (id, name, lat, lon, country, admin1, admin2, feature, population) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteNames = db.prepare('DELETE FROM names WHERE place = ?');
  const insertName = db.prepare('INSERT INTO names (place, name, exact, skeleton) VALUES (?, ?, ?, ?)');
  const placeExists = db.prepare('SELECT 1 FROM places WHERE id = ?');
  let kind = options.kind;
  let rows = 0;
  let lineNo = 0;
  let header: string[] | null = null;
  let delimiter = ',';
  const seen = new Map<string, number>();

  const addNames = (id: string, names: Iterable<string>) => {
    const done = new Set<string>();
    for (const name of names) {
      const [exact, skeleton] = keys(name);
      if (exact === '' || done.has(exact)) continue;
      done.add(exact);
      insertName.run(id, name, exact, skeleton);
    }
  };

  const stream = createReadStream(file);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  db.exec('BEGIN');
  try {
    for await (const raw of lines) {
      lineNo++;
      let line = raw;
      if (lineNo === 1) {
        if (line.startsWith('\uFFFD\uFFFD') || line.includes('\u0000')) {
          throw new GazetteerImportError(
            file,
            1,
            'the file looks UTF-16 encoded; expected UTF-8 (save it as UTF-8 and import again)',
          );
        }
        line = line.replace(/^\uFEFF/, '');
      }
      if (line.includes('\uFFFD')) {
        throw new GazetteerImportError(
          file,
          lineNo,
          'the line is not valid UTF-8 (a byte sequence does not decode); expected UTF-8, save the file as UTF-8 and import again',
        );
      }
      if (line.trim() === '' || line.startsWith('#')) continue;
      if (!kind) kind = guessKind(line);
      if (kind === 'geonames') {
        const c = line.split('\t');
        if (c.length < 15)
          throw new GazetteerImportError(
            file,
            lineNo,
            `expected 19 tab-separated GeoNames columns, found ${c.length}`,
          );
        const lat = Number(c[4]);
        const lon = Number(c[5]);
        checkCoordinates(file, lineNo, c[4]!, c[5]!, lat, lon);
        const id = `geonames:${c[0]}`;
        const cc = c[8] || null;
        const population = Number(c[14]) || 0;
        const feature = featureFromGeonames(c[6] ?? '', c[7] ?? '', population);
        const admin1 = cc && c[10] ? (options.admin1Codes?.[`${cc}.${c[10]}`] ?? null) : null;
        const name = c[1]!;
        try {
          // A first-level division names itself as its admin1.
          insertPlace.run(
            id,
            name,
            lat,
            lon,
            cc,
            feature === 'admin1' ? name : admin1,
            null,
            feature,
            population,
          );
        } catch (error) {
          throw new GazetteerImportError(
            file,
            lineNo,
            `id ${c[0]} is already in the index (a duplicate in this file or an earlier import); use --replace to update places`,
            { cause: error },
          );
        }
        if (options.replace) deleteNames.run(id);
        const alternates = (c[3] ?? '')
          .split(',')
          .filter((n) => n.length > 2 && /\p{L}/u.test(n))
          .slice(0, 60);
        addNames(id, [name, c[2] ?? '', ...alternates]);
        rows++;
      } else if (kind === 'alternate-names') {
        const c = line.split('\t');
        if (c.length < 4)
          throw new GazetteerImportError(
            file,
            lineNo,
            `expected alternateNamesV2 columns (id, geonameid, language, name, ...), found ${c.length}`,
          );
        const language = c[2] ?? '';
        // Links, postal codes and airport codes are not names people write.
        if (
          ['link', 'post', 'iata', 'icao', 'faac', 'wkdt', 'unlc', 'abbr', 'tcid', 'phon'].includes(language)
        )
          continue;
        const id = `geonames:${c[1]}`;
        if (!placeExists.get(id)) continue;
        const [exact, skeleton] = keys(c[3]!);
        if (exact === '') continue;
        insertName.run(id, c[3], exact, skeleton);
        rows++;
      } else {
        if (!header) {
          delimiter = line.includes('\t') ? '\t' : ',';
          header = splitDelimited(line, delimiter).map((h) => h.trim().toLowerCase());
          const missing = ['id', 'name', 'lat', 'lon'].filter((h) => !header!.includes(h));
          if (missing.length > 0) {
            throw new GazetteerImportError(
              file,
              lineNo,
              `the header lacks the column(s) ${missing.join(', ')}; expected a header like id,name,lat,lon,country,admin1,admin2,feature,alternate_names,population`,
            );
          }
          continue;
        }
        const cells = splitDelimited(line, delimiter);
        if (cells.length !== header.length) {
          throw new GazetteerImportError(
            file,
            lineNo,
            `expected ${header.length} columns as in the header, found ${cells.length}`,
          );
        }
        const row = Object.fromEntries(header.map((h, k) => [h, (cells[k] ?? '').trim()]));
        const id = row.id!;
        if (!id) throw new GazetteerImportError(file, lineNo, 'the id is empty');
        if (!row.name) throw new GazetteerImportError(file, lineNo, 'the name is empty');
        const first = seen.get(id);
        if (first !== undefined)
          throw new GazetteerImportError(
            file,
            lineNo,
            `id ${JSON.stringify(id)} appears twice (first on line ${first})`,
          );
        seen.set(id, lineNo);
        const lat = Number(row.lat);
        const lon = Number(row.lon);
        checkCoordinates(file, lineNo, row.lat!, row.lon!, lat, lon);
        const country = row.country ? row.country.toUpperCase() : null;
        if (country && !/^[A-Z]{2}$/.test(country)) {
          throw new GazetteerImportError(
            file,
            lineNo,
            `country ${JSON.stringify(row.country)} is not an ISO 3166-1 alpha-2 code (e.g. SY)`,
          );
        }
        const feature = (row.feature || 'other').toLowerCase() as Feature;
        if (!FEATURES.includes(feature)) {
          throw new GazetteerImportError(
            file,
            lineNo,
            `feature ${JSON.stringify(row.feature)} is not one of ${FEATURES.join(', ')}`,
          );
        }
        const population = row.population ? Number(row.population) : 0;
        if (!Number.isFinite(population) || population < 0) {
          throw new GazetteerImportError(
            file,
            lineNo,
            `population ${JSON.stringify(row.population)} is not a number >= 0`,
          );
        }
        const placeId = `user:${id}`;
        try {
          insertPlace.run(
            placeId,
            row.name,
            lat,
            lon,
            country,
            row.admin1 || null,
            row.admin2 || null,
            feature,
            population,
          );
        } catch (error) {
          throw new GazetteerImportError(
            file,
            lineNo,
            `id ${JSON.stringify(id)} is already in the index from an earlier import; use --replace to update it`,
            { cause: error },
          );
        }
        if (options.replace) deleteNames.run(placeId);
        addNames(placeId, [row.name!, ...(row.alternate_names ?? '').split('|').map((n) => n.trim())]);
        rows++;
      }
    }
    if (kind === 'user' && !header)
      throw new GazetteerImportError(file, lineNo, 'the file is empty; expected a header and rows');
    db.prepare('INSERT INTO imports (file, kind, rows, at) VALUES (?, ?, ?, ?)').run(
      resolvePath(file),
      kind ?? 'user',
      rows,
      new Date().toISOString(),
    );
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    stream.destroy();
    db.close();
    if (error instanceof GazetteerImportError) throw error;
    throw new GazetteerImportError(
      file,
      lineNo,
      `could not import: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  db.close();
  return { file, kind: kind ?? 'user', rows, ms: Date.now() - started };
}

function checkCoordinates(
  file: string,
  line: number,
  la: string,
  lo: string,
  lat: number,
  lon: number,
): void {
  if (la === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new GazetteerImportError(file, line, `lat ${JSON.stringify(la)} is not a number in -90..90`);
  }
  if (lo === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw new GazetteerImportError(file, line, `lon ${JSON.stringify(lo)} is not a number in -180..180`);
  }
}

/** Guesses the kind of file from its first line. */
function guessKind(line: string): ImportReport['kind'] {
  const tabs = line.split('\t');
  if (tabs.length >= 15 && /^\d+$/.test(tabs[0]!)) return 'geonames';
  if (tabs.length >= 4 && tabs.length <= 10 && /^\d+$/.test(tabs[0]!) && /^\d+$/.test(tabs[1]!))
    return 'alternate-names';
  return 'user';
}

/** Splits one CSV/TSV line; double quotes may wrap a field ("" inside is a quote). */
export function splitDelimited(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

interface Row {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  feature: Feature;
  population: number;
  matched: string;
}

/** A read-only view of a user index, queried per name (nothing is loaded up front). */
export class SqliteGazetteer implements Gazetteer {
  readonly description: string;
  readonly #db: Database.Database;
  readonly #byExact: Database.Statement;
  readonly #bySkeleton: Database.Statement;
  readonly #hasExact: Database.Statement;
  readonly #admin1: Database.Statement;
  readonly #country: Database.Statement;
  readonly size: number;

  /**
   * @param path
   *   The index file written by `importGazetteerFile`.
   */
  constructor(path: string) {
    if (!existsSync(path)) {
      throw new Error(
        `gazetteer index ${path} does not exist; create it with \`sitrep gazetteer import FILE --db ${path}\``,
      );
    }
    this.#db = new Database(path, { readonly: true, fileMustExist: true });
    const columns =
      'p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin2, p.feature, p.population, n.name AS matched';
    this.#byExact = this.#db.prepare(
      `SELECT ${columns} FROM names n JOIN places p ON p.id = n.place WHERE n.exact = ? ORDER BY p.population DESC LIMIT 200`,
    );
    this.#bySkeleton = this.#db.prepare(
      `SELECT ${columns} FROM names n JOIN places p ON p.id = n.place WHERE n.skeleton = ? ORDER BY p.population DESC LIMIT 200`,
    );
    this.#hasExact = this.#db.prepare('SELECT 1 FROM names WHERE exact = ? LIMIT 1');
    this.#admin1 = this.#db.prepare(
      `SELECT ${columns} FROM names n JOIN places p ON p.id = n.place WHERE n.exact = ? AND p.country = ? AND p.feature = 'admin1' LIMIT 1`,
    );
    this.#country = this.#db.prepare(
      `SELECT p.*, p.name AS matched FROM places p WHERE p.country = ? AND p.feature = 'country' LIMIT 1`,
    );
    this.size = (this.#db.prepare('SELECT count(*) AS n FROM places').get() as { n: number }).n;
    this.description = `user gazetteer ${path} (${this.size} places)`;
  }

  lookup(name: string): Candidate[] {
    const [exact, skeleton] = keys(name);
    const out = new Map<string, Candidate>();
    // Exact names first, so a place found both ways keeps how: 'exact'.
    const collect = (rows: Row[], how: Candidate['how']) => {
      for (const row of rows)
        if (!out.has(row.id))
          out.set(row.id, {
            place: toPlace(row),
            matched: row.matched,
            how,
            similarity: nameSimilarity(name, row.matched),
          });
    };
    collect(this.#byExact.all(exact) as Row[], 'exact');
    if (skeleton.replace('@', '').length >= 2) collect(this.#bySkeleton.all(skeleton) as Row[], 'variant');
    return [...out.values()];
  }

  hasExact(name: string): boolean {
    return this.#hasExact.get(foldName(name)) !== undefined;
  }

  admin1Place(country: string, admin1: string): Place | undefined {
    const row = this.#admin1.get(foldName(admin1), country) as Row | undefined;
    return row ? toPlace(row) : undefined;
  }

  countryPlace(code: string): Place | undefined {
    const row = this.#country.get(code) as Row | undefined;
    return row ? toPlace(row) : undefined;
  }

  /** Closes the database. */
  close(): void {
    this.#db.close();
  }
}

function toPlace(row: Row): Place {
  return {
    id: row.id,
    name: row.name,
    lat: row.lat,
    lon: row.lon,
    country: row.country,
    admin1: row.admin1,
    admin2: row.admin2,
    feature: row.feature,
    population: row.population,
  };
}
