/**
 * @module sqlite
 * The SQLite `Store` (better-sqlite3, WAL). One connection, synchronous under the hood; the async
 * methods only match the `Store` interface. Every document is written in one transaction.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { type DocumentResult, type Event, eventSchema, MODALITIES, PLOVER_TYPES } from '@sitrep/model';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import {
  type PreparedActor,
  type PreparedDocument,
  type PreparedEvent,
  type PreparedPlace,
  placeKey,
  prepareDocument,
  prepareEvent,
  triggerKey,
} from './prepare';
import {
  type ActorHit,
  type AuditEntry,
  type Bucket,
  type DayTypeBucket,
  type DocumentState,
  type DocumentSummary,
  type EventFilter,
  type EventRecord,
  type EventSort,
  type Page,
  type PageRequest,
  type PlaceHit,
  type PutDocument,
  type PutOutcome,
  type ReviewPatch,
  type ReviewStatus,
  type Stats,
  type Store,
  type StoredDocument,
  StoreError,
  type TokenRecord,
} from './types';

/** Options for opening a SQLite store. */
export interface SqliteStoreOptions {
  /** Create the file when it does not exist (default true). When false, a missing file is an error. */
  create?: boolean;
  /** Open read-only: every write fails with a `StoreError` naming it. */
  readonly?: boolean;
  /** A size quota in bytes: writes that would grow the file past it fail as "disk full". */
  maxBytes?: number;
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 50;

/**
 * Opens (or creates) a SQLite store, checking that an existing file really is an intact sitrep
 * database first: a corrupt or truncated file is an error, never silently replaced.
 *
 * @param path
 *   The database file, or `:memory:`.
 * @param options
 *   See `SqliteStoreOptions`.
 * @example
 *   const store = openSqliteStore('sitrep.db');
 *   await store.counts(); // { documents: 0, events: 0 }
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const memory = path === ':memory:';
  if (!memory) checkFile(path, options.create ?? true);
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: !(options.create ?? true),
    });
  } catch (error) {
    throw new StoreError('corrupt', `cannot open the database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives a process crash (kill -9); only an
      // OS crash or power loss may roll back the last commits, never corrupt the file.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    // Reads go through the OS page cache instead of copies in SQLite's own cache: on a large
    // database, filtered counts that touch many rows stay fast without growing the process.
    db.pragma('mmap_size = 1073741824');
    if (!memory) {
      // A cheap structural check; a full integrity_check would read every page of a large file.
      const check = db.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw new Error(`quick_check says: ${String(check)}`);
    }
    if (options.readonly) {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version === 0) throw new Error('it holds no sitrep tables');
    } else {
      migrate(db);
    }
    if (options.maxBytes !== undefined) {
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
    }
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      'corrupt',
      `${path} is not a usable sitrep database (${(error as Error).message}); restore it from a backup or move it away and ingest again`,
      { cause: error },
    );
  }
  return new SqliteStore(db, path);
}

/** Fails clearly on a missing (when not creating), empty, non-SQLite or truncated file. */
function checkFile(path: string, create: boolean): void {
  if (!existsSync(path)) {
    if (create) return;
    throw new StoreError(
      'missing',
      `no database at ${path}; run \`sitrep ingest PATH --db ${path}\` first or pass --db with an existing file`,
    );
  }
  const size = statSync(path).size;
  if (size === 0 && existsSync(`${path}-wal`)) return;
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(100);
  let read = 0;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(HEADER)) {
    throw new StoreError(
      'corrupt',
      `${path} is not a SQLite database (${size} bytes, ${read < 100 ? 'shorter than a SQLite header' : 'no SQLite header'}); pass --db with a sitrep database, or move the file away to start a new one`,
    );
  }
  // The header records the page count; it is only trustworthy when "version-valid-for" matches the
  // change counter, and only when no WAL holds newer pages.
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (valid && pages > 0 && size < pageSize * pages && !existsSync(`${path}-wal`)) {
    throw new StoreError(
      'corrupt',
      `${path} is truncated: its header says ${pages} pages of ${pageSize} bytes (${pages * pageSize} bytes) but the file has ${size}; restore it from a backup`,
    );
  }
}

interface EventRow {
  rowid: number;
  id: string;
  sha256: string;
  local: string;
  status: ReviewStatus;
  note: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  data: string;
  original: string | null;
  doc_id: string;
  doc_title: string | null;
  doc_source: string | null;
  doc_published: string | null;
}

interface DocumentRow {
  rowid: number;
  sha256: string;
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
  format: string | null;
  chars: number;
  ingested: string;
  pipeline: string;
  events: number;
}

const EVENT_COLUMNS = `e.rowid, e.id, e.sha256, e.local, e.status, e.note, e.reviewed_by, e.reviewed_at, x.data, x.original,
  d.id AS doc_id, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published`;

const DOC_COLUMNS = `d.rowid, d.sha256, d.id, d.source, d.title, d.published, d.format, d.chars, d.ingested, d.pipeline,
  (SELECT count(*) FROM events x WHERE x.sha256 = d.sha256) AS events`;

/** The SQLite implementation of `Store`. Build it with `openSqliteStore`. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  readonly path: string;
  // Counting a large filtered set costs more than fetching a page; totals are cached per filter
  // until the next write, ours (cleared in #write) or another process's (PRAGMA data_version
  // changes), so paging through one list counts once.
  #totals = new Map<string, number>();
  #totalsVersion = -1;

  constructor(db: Database.Database, path: string) {
    this.db = db;
    this.path = path;
  }

  // Preparing a statement costs about as much as running a small one; every document runs some
  // thirty, so they are prepared once. Filter SQL varies, so the cache is bounded.
  #statements = new Map<string, Database.Statement>();
  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size > 500) this.#statements.clear();
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #write<T>(what: string, fn: () => T): T {
    try {
      const result = this.db.transaction(fn)();
      this.#totals.clear();
      this.#span = null;
      return result;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const message = (error as Error).message;
      throw new StoreError(
        'write-failed',
        `could not ${what} in ${this.path}: ${message}${/full/i.test(message) ? ' (free disk space or raise the size limit, then run again: nothing already stored is lost)' : /readonly/i.test(message) ? ' (the database is read-only: open it writable, then run again)' : ''}`,
        { cause: error },
      );
    }
  }

  async documentState(sha256: string, pipeline: string): Promise<DocumentState> {
    const row = this.#prepare('SELECT pipeline FROM documents WHERE sha256 = ?').get(sha256) as
      | { pipeline: string }
      | undefined;
    if (!row) return 'absent';
    return row.pipeline === pipeline ? 'current' : 'stale';
  }

  async putDocument(input: PutDocument): Promise<PutOutcome> {
    return (await this.putDocuments([input]))[0]!;
  }

  async putDocuments(inputs: PutDocument[]): Promise<PutOutcome[]> {
    // Validation and compression happen before the transaction: an invalid result throws with
    // nothing written, and the write lock is held only for the inserts.
    return this.putPrepared(inputs.map(prepareDocument));
  }

  async putPrepared(documents: PreparedDocument[]): Promise<PutOutcome[]> {
    const what =
      documents.length === 1 ? `store document ${documents[0]?.id}` : `store ${documents.length} documents`;
    return this.#write(what, () => {
      const outcomes = documents.map((d) => this.#putOne(d));
      this.#countMentions(documents.filter((_, i) => outcomes[i] === 'new'));
      return outcomes;
    });
  }

  #putOne(doc: PreparedDocument): PutOutcome {
    const sha = doc.sha256;
    const now = new Date().toISOString();
    const existing = this.#prepare('SELECT rowid, pipeline FROM documents WHERE sha256 = ?').get(sha) as
      | { rowid: number; pipeline: string }
      | undefined;
    if (existing && existing.pipeline === doc.pipeline) return 'unchanged';
    if (!existing) {
      const info = this.#prepare(
        `INSERT INTO documents (sha256, id, source, title, published, format, chars, text, offsets, original, original_size, ingested, pipeline)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        sha,
        doc.id,
        doc.source,
        doc.title,
        doc.published,
        doc.format,
        doc.chars,
        doc.text,
        doc.offsets,
        doc.original,
        doc.originalSize,
        now,
        doc.pipeline,
      );
      this.#prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
        info.lastInsertRowid,
        doc.title ?? '',
        doc.text,
      );
    } else {
      this.#prepare('UPDATE documents SET pipeline = ? WHERE sha256 = ?').run(doc.pipeline, sha);
    }
    this.#prepare(
      'INSERT OR REPLACE INTO results (sha256, pipeline, result, created) VALUES (?, ?, ?, ?)',
    ).run(sha, doc.pipeline, doc.result, now);
    const kept = existing
      ? this.#dropUnreviewed(sha, existing.pipeline, doc.pipeline, now)
      : new Set<string>();
    this.#insertEvents(doc, kept, !existing);
    return existing ? 'reprocessed' : 'new';
  }

  /**
   * Counts the actors and resolved places new documents mention, for the review editor's search:
   * summed over the whole group first, so an actor named in every document is one upsert per
   * transaction. The mentions themselves stay in the stored results; these tables are only the index.
   */
  #countMentions(docs: PreparedDocument[]): void {
    const actors = new Map<string, PreparedActor>();
    const places = new Map<string, PreparedPlace>();
    for (const doc of docs) {
      for (const a of doc.actors) {
        const seen = actors.get(a.id);
        if (seen) seen.count += a.count;
        else actors.set(a.id, { ...a });
      }
      for (const p of doc.places) {
        const key = placeKey(p.name, p.lat, p.lon);
        const seen = places.get(key);
        if (seen) seen.count += p.count;
        else places.set(key, { ...p });
      }
    }
    const actor = this.#prepare(
      `INSERT INTO seen_actors (id, name, country, sector, count) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET count = count + excluded.count`,
    );
    for (const a of actors.values()) actor.run(a.id, a.name, a.country, a.sector, a.count);
    const place = this.#prepare(
      `INSERT INTO seen_places (name, lat, lon, country, admin1, admin2, feature, gazetteer, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (name, lat, lon) DO UPDATE SET count = count + excluded.count`,
    );
    for (const p of places.values())
      place.run(p.name, p.lat, p.lon, p.country, p.admin1, p.admin2, p.feature, p.gazetteer, p.count);
  }

  /**
   * Removes unreviewed events of a document before a re-extraction; returns the trigger keys of the
   * reviewed ones kept.
   */
  #dropUnreviewed(sha: string, from: string, to: string, now: string): Set<string> {
    const rows = this.#prepare(
      'SELECT e.rowid, e.id, e.status, x.data FROM events e JOIN event_data x ON x.rowid = e.rowid WHERE e.sha256 = ?',
    ).all(sha) as {
      rowid: number;
      id: string;
      status: ReviewStatus;
      data: string;
    }[];
    const kept = new Set<string>();
    for (const row of rows) {
      if (row.status === 'pending') {
        this.#deleteEvent(row.rowid);
      } else {
        kept.add(triggerKey(JSON.parse(row.data) as Event));
        this.#audit(
          now,
          'sitrep',
          'reprocess',
          row.id,
          `kept reviewed event across pipeline ${from} -> ${to}`,
          null,
          null,
        );
      }
    }
    return kept;
  }

  #deleteEvent(rowid: number): void {
    this.#prepare('DELETE FROM evidence_fts WHERE rowid = ?').run(rowid);
    this.#prepare('DELETE FROM events_rtree WHERE id = ?').run(rowid);
    this.#prepare('DELETE FROM event_actors WHERE event = ?').run(rowid);
    this.#prepare('DELETE FROM event_data WHERE rowid = ?').run(rowid);
    this.#prepare('DELETE FROM events WHERE rowid = ?').run(rowid);
  }

  /** Inserts a document's events, except those whose trigger a kept reviewed event already holds. */
  #insertEvents(doc: PreparedDocument, taken: Set<string>, isNew: boolean): void {
    const sha = doc.sha256;
    const prefix = sha.slice(0, 16);
    // A new document has no events yet: no lookup of the ids already taken.
    const ids = isNew
      ? new Set<string>()
      : new Set(
          (this.#prepare('SELECT id FROM events WHERE sha256 = ?').all(sha) as { id: string }[]).map(
            (r) => r.id,
          ),
        );
    for (const event of doc.events) {
      // A reviewed event already sits on this trigger: the reviewer's version wins.
      if (taken.has(event.trigger)) continue;
      let id = `${prefix}:${event.local}`;
      if (ids.has(id)) id = `${id}@${doc.pipeline}`;
      ids.add(id);
      this.#insertEvent(id, sha, event, doc.pipeline);
    }
  }

  #insertEvent(id: string, sha: string, event: PreparedEvent, pipeline: string): void {
    const info = this.#prepare(
      `INSERT INTO events (id, sha256, local, type, acled, modality, date_start, date_end, country, admin1, lat, lon, confidence, pipeline)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      sha,
      event.local,
      event.type,
      event.acled,
      event.modality,
      event.dateStart,
      event.dateEnd,
      event.country,
      event.admin1,
      event.lat,
      event.lon,
      event.confidence,
      pipeline,
    );
    const rowid = Number(info.lastInsertRowid);
    this.#prepare('INSERT INTO event_data (rowid, data) VALUES (?, ?)').run(rowid, event.data);
    this.#noteSpan(event.spanDays);
    this.#indexEvent(rowid, event);
  }

  /** Records the longest event interval, which bounds the index range of `from` filters. */
  #noteSpan(days: number | null): void {
    if (days === null || !(days > this.#maxSpan())) return;
    this.#prepare(
      `INSERT INTO meta (key, value) VALUES ('max_span_days', ?)
       ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)`,
    ).run(days);
    this.#span = days;
  }

  #span: number | null = null;
  #tokenWrites = new Map<string, number>();
  #maxSpan(): number {
    this.#span ??= Number(
      (
        this.#prepare("SELECT value FROM meta WHERE key = 'max_span_days'").get() as
          | { value: number }
          | undefined
      )?.value ?? 0,
    );
    return this.#span;
  }

  #indexEvent(rowid: number, event: PreparedEvent): void {
    this.#prepare('INSERT INTO evidence_fts (rowid, evidence) VALUES (?, ?)').run(rowid, event.evidence);
    if (event.lat !== null && event.lon !== null) {
      this.#prepare(
        'INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)',
      ).run(rowid, event.lon, event.lon, event.lat, event.lat);
    }
    const insert = this.#prepare('INSERT OR IGNORE INTO event_actors (event, actor, role) VALUES (?, ?, ?)');
    for (const a of event.actors) insert.run(rowid, a, 'actor');
    for (const a of event.recipients) insert.run(rowid, a, 'recipient');
  }

  async *staleDocuments(pipeline: string): AsyncIterable<string> {
    // Read the list first: the caller writes between items, which an open cursor would see.
    const rows = this.#prepare('SELECT sha256 FROM documents WHERE pipeline <> ? ORDER BY rowid').all(
      pipeline,
    ) as {
      sha256: string;
    }[];
    for (const row of rows) yield row.sha256;
  }

  async getDocument(idOrSha: string): Promise<StoredDocument | null> {
    const row = this.#documentRow(idOrSha);
    if (!row) return null;
    const stored = this.#prepare(
      'SELECT r.result, d.text, d.offsets FROM results r JOIN documents d USING (sha256) WHERE r.sha256 = ? AND r.pipeline = d.pipeline',
    ).get(row.sha256) as { result: Buffer; text: string; offsets: string | null };
    const result = JSON.parse(inflateSync(stored.result).toString('utf8')) as DocumentResult;
    result.document.text = stored.text;
    const events = (
      this.#prepare(
        `SELECT ${EVENT_COLUMNS} FROM events e JOIN event_data x ON x.rowid = e.rowid JOIN documents d USING (sha256) WHERE e.sha256 = ? ORDER BY e.rowid`,
      ).all(row.sha256) as EventRow[]
    ).map(toRecord);
    return {
      summary: toSummary(row),
      result,
      events,
      offsets: stored.offsets === null ? null : JSON.parse(stored.offsets),
    };
  }

  #documentRow(idOrSha: string): DocumentRow | undefined {
    const bySha = /^[0-9a-f]{64}$/.test(idOrSha);
    return this.#prepare(
      `SELECT ${DOC_COLUMNS} FROM documents d WHERE ${bySha ? 'd.sha256 = ?' : 'd.id = ?'} ORDER BY d.ingested DESC LIMIT 1`,
    ).get(idOrSha) as DocumentRow | undefined;
  }

  async getOriginal(sha256: string): Promise<Uint8Array | null> {
    const row = this.#prepare('SELECT original FROM documents WHERE sha256 = ?').get(sha256) as
      | { original: Buffer }
      | undefined;
    return row ? new Uint8Array(inflateSync(row.original)) : null;
  }

  async listDocuments(query: { q?: string } & PageRequest): Promise<Page<DocumentSummary>> {
    const limit = clampLimit(query.limit);
    const offset = decodeOffset(query.cursor);
    const match = query.q ? ftsQuery(query.q) : null;
    const where = match
      ? 'WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'
      : '';
    const params = match ? [match] : [];
    const total = (
      this.#prepare(`SELECT count(*) AS n FROM documents d ${where}`).get(...params) as { n: number }
    ).n;
    const rows = this.#prepare(
      `SELECT ${DOC_COLUMNS} FROM documents d ${where} ORDER BY d.ingested DESC, d.rowid DESC LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as DocumentRow[];
    return {
      items: rows.map(toSummary),
      total,
      next: offset + rows.length < total ? encodeCursor(['o', offset + rows.length]) : null,
    };
  }

  async queryEvents(
    filter: EventFilter,
    page: PageRequest & { sort?: EventSort } = {},
  ): Promise<Page<EventRecord>> {
    const limit = clampLimit(page.limit);
    const sort = page.sort ?? '-date';
    const column = sort.endsWith('date') ? 'e.date_start' : 'e.confidence';
    const desc = sort.startsWith('-');
    let { where, params } = this.#where(filter);
    const total = this.#count(where, params);
    // Step 1 picks the page's rowids from indexes alone; step 2 reads those rows. When the filter
    // keeps more than ~2% of all events, walking the sort index and filtering finds a page within
    // a few thousand rows, while the filter's own index would sort tens of thousands first.
    // Rowid sets (actor, bbox, full text) and dates are checked from the walked index alone, so the
    // walk pays off for them down to ~0.2 %; other columns need a row lookup per step.
    const all = this.#count([], []);
    const indexOnly = where.every((w) => w.startsWith('e.rowid IN (') || w.startsWith('e.date_'));
    const broad = where.length > 0 && total > (indexOnly ? 0.002 : 0.02) * all;
    // A bbox or text search that keeps more than ~2% is cheaper checked row by row during the walk
    // (the event's own lat/lon; the index entry of that one rowid) than materialized as a set of
    // 10^5 rowids on every request: 1M events, 10% in the box, 24 → 6 ms.
    if (broad && (filter.bbox || filter.q) && total > 0.02 * all)
      ({ where, params } = this.#where(filter, { perRow: true }));
    const conditions = [...where];
    const values = [...params];
    if (page.cursor) {
      const cursor = decodeCursor(page.cursor);
      const [tag, value, rowid] = cursor;
      if (
        tag !== 'k' ||
        cursor.length !== 3 ||
        !(typeof value === 'string' || typeof value === 'number') ||
        !Number.isSafeInteger(rowid)
      ) {
        throw new StoreError(
          'invalid',
          'the cursor does not belong to an event list; start again without it',
        );
      }
      conditions.push(
        `(${column} ${desc ? '<' : '>'} ? OR (${column} = ? AND e.rowid ${desc ? '<' : '>'} ?))`,
      );
      values.push(value, value, rowid);
    }
    const index = column === 'e.date_start' ? 'events_dates' : 'events_confidence';
    const order = `${column} ${desc ? 'DESC' : 'ASC'}, e.rowid ${desc ? 'DESC' : 'ASC'}`;
    const picked = this.#prepare(
      `SELECT e.rowid AS rowid, ${column} AS sort_value FROM events e ${broad ? `INDEXED BY ${index}` : ''}
         ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`,
    ).all(...values, limit + 1) as { rowid: number; sort_value: string | number }[];
    const byRowid = new Map(
      (
        this.#prepare(
          `SELECT ${EVENT_COLUMNS} FROM events e JOIN event_data x ON x.rowid = e.rowid JOIN documents d USING (sha256)
             WHERE e.rowid IN (${picked.map(() => '?').join(', ') || 'NULL'})`,
        ).all(...picked.map((p) => p.rowid)) as EventRow[]
      ).map((row) => [row.rowid, row]),
    );
    const rows = picked.map((p) => ({ ...byRowid.get(p.rowid)!, sort_value: p.sort_value }));
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return {
      items: pageRows.map(toRecord),
      total,
      next: more && last ? encodeCursor(['k', last.sort_value, last.rowid]) : null,
    };
  }

  /** Drops cached counts and the cached longest interval when another connection wrote. */
  #sync(): void {
    const dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    if (dataVersion !== this.#totalsVersion) {
      this.#totals.clear();
      this.#span = null;
      this.#totalsVersion = dataVersion;
    }
  }

  /** Counts the events matching conditions, cached until the data changes. */
  #count(where: string[], params: unknown[]): number {
    this.#sync();
    const key = JSON.stringify([where, params]);
    let total = this.#totals.get(key);
    if (total === undefined) {
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      // A filter that is one set of rowids (actor, bbox, full text) is counted in that set's own
      // index, without looking each event up.
      const only = where.length === 1 ? /^e\.rowid IN \((SELECT .*)\)$/s.exec(where[0]!) : null;
      const sql = only
        ? `SELECT count(*) AS n FROM (SELECT DISTINCT * FROM (${only[1]}))`
        : `SELECT count(*) AS n FROM events e ${clause}`;
      total = (this.#prepare(sql).get(...params) as { n: number }).n;
      this.#totals.set(key, total);
    }
    return total;
  }

  async *streamEvents(filter: EventFilter): AsyncIterable<EventRecord> {
    const { where, params } = this.#where(filter);
    // Keyset batches rather than one open statement: the connection stays free for other work
    // between batches, and memory stays flat on large exports.
    let after: [string, number] | null = null;
    for (;;) {
      const conditions = [...where];
      const values: unknown[] = [...params];
      if (after) {
        conditions.push('(e.date_start > ? OR (e.date_start = ? AND e.rowid > ?))');
        values.push(after[0], after[0], after[1]);
      }
      const rows = this.#prepare(
        `SELECT ${EVENT_COLUMNS}, e.date_start FROM events e JOIN event_data x ON x.rowid = e.rowid JOIN documents d USING (sha256)
           ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY e.date_start, e.rowid LIMIT 1000`,
      ).all(...values) as (EventRow & { date_start: string })[];
      for (const row of rows) yield toRecord(row);
      const last = rows[rows.length - 1];
      if (!last || rows.length < 1000) return;
      after = [last.date_start, last.rowid];
    }
  }

  /**
   * SQL conditions for a filter. Every value is a bound parameter. With `perRow`, the bbox and the
   * text search are written as tests of one event (its lat/lon, its rowid in the text index) rather
   * than as sets of rowids: same events, cheaper when most rows pass anyway.
   */
  #where(filter: EventFilter, { perRow = false } = {}): { where: string[]; params: unknown[] } {
    this.#sync();
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.from) {
      // An event ending on or after `from` starts at most the longest interval stored before it:
      // that lower bound lets the (date_start, date_end) index read a range, not half the table.
      const earliest = new Date(Date.parse(`${filter.from}T00:00:00Z`) - this.#maxSpan() * 86_400_000)
        .toISOString()
        .slice(0, 10);
      where.push("e.date_end >= ? AND e.date_end <> '' AND e.date_start >= ?");
      params.push(filter.from, earliest);
    }
    if (filter.to) {
      where.push("e.date_start <= ? AND e.date_start <> ''");
      params.push(filter.to);
    }
    const list = (column: string, values: readonly string[] | undefined) => {
      if (!values || values.length === 0) return;
      where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    };
    list('e.type', filter.type);
    list('e.status', filter.status);
    list('e.modality', filter.modality);
    if (filter.acled) {
      where.push('e.acled = ?');
      params.push(filter.acled);
    }
    if (filter.country) {
      where.push('e.country = ?');
      params.push(filter.country.toUpperCase());
    }
    if (filter.admin1) {
      where.push('e.admin1 = ?');
      params.push(filter.admin1);
    }
    if (filter.minConfidence !== undefined) {
      where.push('e.confidence >= ?');
      params.push(filter.minConfidence);
    }
    if (filter.actor) {
      where.push('e.rowid IN (SELECT event FROM event_actors WHERE actor = ?)');
      params.push(filter.actor);
    }
    if (filter.bbox) {
      const [minLon, minLat, maxLon, maxLat] = filter.bbox;
      // The R*Tree holds each located event as a point (min = max = its lat/lon), so both forms
      // select the same events (up to the R*Tree's 32-bit rounding within ~1 m of the box's edge).
      where.push(
        perRow
          ? 'e.lon >= ? AND e.lon <= ? AND e.lat >= ? AND e.lat <= ?'
          : 'e.rowid IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)',
      );
      params.push(minLon, maxLon, minLat, maxLat);
    }
    if (filter.q) {
      const match = ftsQuery(filter.q);
      if (match) {
        where.push(
          perRow
            ? 'EXISTS (SELECT 1 FROM evidence_fts f WHERE f.rowid = e.rowid AND evidence_fts MATCH ?)'
            : 'e.rowid IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)',
        );
        params.push(match);
      }
    }
    if (filter.document) {
      if (/^[0-9a-f]{64}$/.test(filter.document)) {
        where.push('e.sha256 = ?');
      } else {
        where.push('e.sha256 IN (SELECT sha256 FROM documents WHERE id = ?)');
      }
      params.push(filter.document);
    }
    return { where, params };
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    const row = this.#prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN event_data x ON x.rowid = e.rowid JOIN documents d USING (sha256) WHERE e.id = ?`,
    ).get(id) as EventRow | undefined;
    return row ? toRecord(row) : null;
  }

  async reviewEvent(id: string, patch: ReviewPatch, by: string): Promise<EventRecord> {
    const now = new Date().toISOString();
    this.#write(`review event ${id}`, () => {
      const row = this.#prepare(
        'SELECT e.*, x.data, x.original FROM events e JOIN event_data x ON x.rowid = e.rowid WHERE e.id = ?',
      ).get(id) as (EventRow & { local: string; pipeline: string }) | undefined;
      if (!row) throw new StoreError('not-found', `no event ${id}`);
      const before = JSON.parse(row.data) as Omit<Event, 'id'>;
      const edits: Partial<Omit<Event, 'id'>> = {};
      for (const field of ['type', 'mode', 'modality', 'actor', 'recipient', 'date', 'location'] as const) {
        if (patch[field] !== undefined) (edits as Record<string, unknown>)[field] = patch[field];
      }
      const edited = Object.keys(edits).length > 0;
      const after = { ...before, ...edits };
      // Validate the edited event against the contract before anything is written.
      const checked = eventSchema.safeParse({ id: row.local, ...after });
      if (!checked.success) {
        throw new StoreError(
          'invalid',
          `the edit does not make a valid event: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      let status: ReviewStatus = row.status;
      if (patch.status === 'rejected') status = 'rejected';
      else if (edited) status = 'edited';
      else if (patch.status) status = patch.status;
      const action: AuditEntry['action'] =
        patch.status === 'rejected'
          ? 'reject'
          : edited
            ? 'edit'
            : patch.status === 'pending'
              ? 'reset'
              : 'accept';
      const note = patch.note === undefined ? row.note : patch.note;
      const original = edited && row.original === null ? row.data : row.original;
      this.#prepare(
        `UPDATE events SET status = ?, note = ?, reviewed_by = ?, reviewed_at = ?, type = ?, modality = ?,
             date_start = ?, date_end = ?, country = ?, admin1 = ?, lat = ?, lon = ? WHERE rowid = ?`,
      ).run(
        status,
        note,
        by,
        now,
        after.type,
        after.modality,
        after.date?.start ?? '',
        after.date?.end ?? '',
        after.location?.country ?? null,
        after.location?.admin1 ?? null,
        after.location?.lat ?? null,
        after.location?.lon ?? null,
        row.rowid,
      );
      this.#prepare('UPDATE event_data SET data = ?, original = ? WHERE rowid = ?').run(
        JSON.stringify(after),
        original,
        row.rowid,
      );
      if (edited) {
        const prepared = prepareEvent({ id: row.local, ...after } as Event);
        this.#noteSpan(prepared.spanDays);
        this.#prepare('DELETE FROM evidence_fts WHERE rowid = ?').run(row.rowid);
        this.#prepare('DELETE FROM events_rtree WHERE id = ?').run(row.rowid);
        this.#prepare('DELETE FROM event_actors WHERE event = ?').run(row.rowid);
        this.#indexEvent(row.rowid, prepared);
      }
      this.#audit(
        now,
        by,
        action,
        id,
        patch.note ?? null,
        { status: row.status, ...(edited ? pick(before, Object.keys(edits)) : {}) },
        { status, ...edits },
      );
    });
    return (await this.getEvent(id))!;
  }

  #audit(
    at: string,
    by: string,
    action: AuditEntry['action'],
    event: string,
    note: string | null,
    before: unknown,
    after: unknown,
  ): void {
    this.#prepare(
      'INSERT INTO audit (at, by, action, event, note, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(at, by, action, event, note, JSON.stringify(before), JSON.stringify(after));
  }

  async history(id: string): Promise<AuditEntry[]> {
    const rows = this.#prepare('SELECT * FROM audit WHERE event = ? ORDER BY seq').all(id) as (Omit<
      AuditEntry,
      'before' | 'after'
    > & { before: string | null; after: string | null })[];
    return rows.map((r) => ({
      ...r,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));
  }

  async stats(filter: EventFilter): Promise<Stats> {
    const { where, params } = this.#where(filter);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const group = (expression: string, extra = '', order = 'count DESC, key', limit = 200): Bucket[] =>
      this.#prepare(
        `SELECT ${expression} AS key, count(*) AS count FROM events e ${clause} ${extra ? `${clause ? 'AND' : 'WHERE'} ${extra}` : ''}
           GROUP BY key ORDER BY ${order} LIMIT ${limit}`,
      ).all(...params) as Bucket[];
    const total = (
      this.#prepare(`SELECT count(*) AS n FROM events e ${clause}`).get(...params) as { n: number }
    ).n;
    // One scan gives day × type; the day and week series are sums over it.
    const byDayType = this.#prepare(
      `SELECT e.date_start AS day, e.type AS type, count(*) AS count FROM events e ${clause}
         ${clause ? 'AND' : 'WHERE'} e.date_start <> '' GROUP BY day, type ORDER BY day, type`,
    ).all(...params) as DayTypeBucket[];
    const byDayMap = new Map<string, number>();
    const byWeek = new Map<string, number>();
    for (const b of byDayType) {
      byDayMap.set(b.day, (byDayMap.get(b.day) ?? 0) + b.count);
      const week = isoWeek(b.day);
      byWeek.set(week, (byWeek.get(week) ?? 0) + b.count);
    }
    const byDay = [...byDayMap].map(([key, count]) => ({ key, count }));
    const byActor = this.#prepare(
      `SELECT a.actor AS key, count(DISTINCT a.event) AS count FROM event_actors a JOIN events e ON e.rowid = a.event ${clause}
         GROUP BY a.actor ORDER BY count DESC, key LIMIT 200`,
    ).all(...params) as Bucket[];
    const names = this.#prepare('SELECT name FROM seen_actors WHERE id = ?');
    for (const b of byActor) {
      const hit = names.get(b.key) as { name: string } | undefined;
      if (hit) b.name = hit.name;
    }
    return {
      total,
      byType: group('e.type'),
      byDay,
      byDayType,
      byWeek: [...byWeek].map(([key, count]) => ({ key, count })),
      byCountry: group('e.country', 'e.country IS NOT NULL'),
      byAdmin1: group("e.country || '/' || e.admin1", 'e.admin1 IS NOT NULL'),
      byActor,
      byStatus: group('e.status'),
      byModality: group('e.modality'),
    };
  }

  async searchActors(q: string, limit = 20): Promise<ActorHit[]> {
    const like = `%${escapeLike(q.toLowerCase())}%`;
    return this.#prepare(
      `SELECT id, name, country, sector, count FROM seen_actors
       WHERE lower(id) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\' ORDER BY count DESC, id LIMIT ?`,
    ).all(like, like, clampLimit(limit)) as ActorHit[];
  }

  async searchPlaces(q: string, limit = 20): Promise<PlaceHit[]> {
    const like = `${escapeLike(q.toLowerCase())}%`;
    return this.#prepare(
      `SELECT name, lat, lon, country, admin1, admin2, feature, gazetteer, count FROM seen_places
       WHERE lower(name) LIKE ? ESCAPE '\\' ORDER BY count DESC, name LIMIT ?`,
    ).all(like, clampLimit(limit)) as PlaceHit[];
  }

  async createToken(name: string): Promise<{ name: string; token: string }> {
    if (!/^[\w.@-]{1,64}$/.test(name)) {
      throw new StoreError(
        'invalid',
        `a token name is 1-64 letters, digits, . _ @ or -; found ${JSON.stringify(name)}`,
      );
    }
    const token = `sitrep_${randomBytes(32).toString('base64url')}`;
    this.#write(`create token ${name}`, () => {
      if (this.#prepare('SELECT 1 FROM tokens WHERE name = ?').get(name)) {
        throw new StoreError(
          'conflict',
          `a token named ${name} exists; revoke it first or choose another name`,
        );
      }
      this.#prepare('INSERT INTO tokens (name, hash, created) VALUES (?, ?, ?)').run(
        name,
        hashToken(token),
        new Date().toISOString(),
      );
    });
    return { name, token };
  }

  async verifyToken(token: string): Promise<string | null> {
    if (typeof token !== 'string' || token.length > 200) return null;
    const hash = hashToken(token);
    const row = this.#prepare('SELECT name, hash FROM tokens WHERE hash = ?').get(hash) as
      | { name: string; hash: string }
      | undefined;
    if (!row || !timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash))) return null;
    // Last use is recorded at most once a minute per token: a client reading in a loop must not
    // turn every GET into a write transaction.
    const now = Date.now();
    if (!this.db.readonly && now - (this.#tokenWrites.get(row.name) ?? 0) > 60_000) {
      this.#tokenWrites.set(row.name, now);
      try {
        this.#prepare('UPDATE tokens SET last_used = ? WHERE name = ?').run(
          new Date().toISOString(),
          row.name,
        );
      } catch (error) {
        // Recording last use is best effort: a full or read-only disk must not lock users out.
        if (!(error instanceof Error)) throw error;
      }
    }
    return row.name;
  }

  async listTokens(): Promise<TokenRecord[]> {
    return (
      this.#prepare('SELECT name, created, last_used FROM tokens ORDER BY name').all() as {
        name: string;
        created: string;
        last_used: string | null;
      }[]
    ).map((r) => ({ name: r.name, created: r.created, lastUsed: r.last_used }));
  }

  async revokeToken(name: string): Promise<boolean> {
    return this.#write(
      `revoke token ${name}`,
      () => this.#prepare('DELETE FROM tokens WHERE name = ?').run(name).changes > 0,
    );
  }

  async counts(): Promise<{ documents: number; events: number }> {
    const documents = (this.#prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const events = (this.#prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    return { documents, events };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

// API tokens are 256 random bits, so a plain sha256 is enough to store them (no password stretching
// needed: there is nothing to brute-force).
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function pick(value: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (value as Record<string, unknown>)[key] ?? null;
  return out;
}

function toRecord(row: EventRow): EventRecord {
  const data = JSON.parse(row.data) as Omit<Event, 'id'>;
  return {
    ...data,
    id: row.id,
    local: row.local,
    document: {
      id: row.doc_id,
      sha256: row.sha256,
      title: row.doc_title,
      source: row.doc_source,
      published: row.doc_published,
    },
    review: { status: row.status, note: row.note, by: row.reviewed_by, at: row.reviewed_at },
    original: row.original === null ? null : ({ id: row.local, ...JSON.parse(row.original) } as Event),
  };
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    sha256: row.sha256,
    source: row.source,
    title: row.title,
    published: row.published,
    chars: row.chars,
    format: row.format,
    events: row.events,
    ingested: row.ingested,
    pipeline: row.pipeline,
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

function encodeCursor(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value)) return value;
  } catch (error) {
    throw new StoreError(
      'invalid',
      `the cursor ${JSON.stringify(cursor.slice(0, 40))} is not one this server gave out; start again without it`,
      { cause: error },
    );
  }
  throw new StoreError(
    'invalid',
    `the cursor ${JSON.stringify(cursor.slice(0, 40))} is not one this server gave out; start again without it`,
  );
}

function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const value = decodeCursor(cursor);
  if (value[0] !== 'o' || typeof value[1] !== 'number' || !Number.isSafeInteger(value[1]) || value[1] < 0) {
    throw new StoreError('invalid', 'the cursor does not belong to a document list; start again without it');
  }
  return value[1];
}

/**
 * Turns free text into a safe FTS5 query: each word becomes a quoted term (all must match), so
 * user input can never be an FTS syntax error.
 */
export function ftsQuery(text: string): string | null {
  const terms = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 32);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"`).join(' ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The ISO week (`2024-W18`) of a `YYYY-MM-DD` day. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Valid values for the enumerated filters, for parsers. */
export const FILTER_ENUMS = { type: PLOVER_TYPES, modality: MODALITIES } as const;
