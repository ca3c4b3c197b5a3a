/**
 * @module migrations
 * The SQLite schema as numbered migrations. `PRAGMA user_version` records how many ran; opening an
 * older database applies the missing ones in place, each in its own transaction, so a crash during
 * an upgrade leaves the database at the last complete version.
 */
import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside a transaction. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, results per pipeline version, events, mentions, append-only audit log',
    up(db) {
      db.exec(`
        CREATE TABLE documents (
          sha256 TEXT PRIMARY KEY,
          id TEXT NOT NULL,
          source TEXT,
          title TEXT,
          published TEXT,
          format TEXT,
          chars INTEGER NOT NULL,
          text TEXT NOT NULL,
          offsets TEXT,
          original BLOB NOT NULL,
          original_size INTEGER NOT NULL,
          ingested TEXT NOT NULL,
          pipeline TEXT NOT NULL
        );
        CREATE INDEX documents_id ON documents(id);
        CREATE INDEX documents_ingested ON documents(ingested);
        CREATE TABLE results (
          sha256 TEXT NOT NULL REFERENCES documents(sha256),
          pipeline TEXT NOT NULL,
          result BLOB NOT NULL,
          created TEXT NOT NULL,
          PRIMARY KEY (sha256, pipeline)
        );
        CREATE TABLE events (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          sha256 TEXT NOT NULL REFERENCES documents(sha256),
          local TEXT NOT NULL,
          type TEXT NOT NULL,
          acled TEXT,
          modality TEXT NOT NULL,
          date_start TEXT NOT NULL DEFAULT '',
          date_end TEXT NOT NULL DEFAULT '',
          country TEXT,
          admin1 TEXT,
          lat REAL,
          lon REAL,
          confidence REAL NOT NULL,
          status TEXT NOT NULL DEFAULT 'pending',
          note TEXT,
          reviewed_by TEXT,
          reviewed_at TEXT,
          data TEXT NOT NULL,
          original TEXT,
          pipeline TEXT NOT NULL
        );
        CREATE INDEX events_date ON events(date_start, rowid);
        CREATE INDEX events_type_date ON events(type, date_start);
        CREATE INDEX events_status_date ON events(status, date_start);
        CREATE INDEX events_country ON events(country, admin1);
        CREATE INDEX events_sha ON events(sha256);
        CREATE INDEX events_confidence ON events(confidence, rowid);
        CREATE TABLE event_actors (
          event INTEGER NOT NULL,
          actor TEXT NOT NULL,
          role TEXT NOT NULL,
          PRIMARY KEY (actor, event, role)
        ) WITHOUT ROWID;
        CREATE INDEX event_actors_event ON event_actors(event);
        CREATE TABLE mentions (
          sha256 TEXT NOT NULL,
          kind TEXT NOT NULL,
          local TEXT NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          text TEXT NOT NULL,
          key TEXT,
          name TEXT,
          data TEXT NOT NULL,
          PRIMARY KEY (sha256, kind, local)
        );
        CREATE INDEX mentions_kind_key ON mentions(kind, key);
        CREATE TABLE audit (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          by TEXT NOT NULL,
          action TEXT NOT NULL,
          event TEXT NOT NULL,
          note TEXT,
          before TEXT,
          after TEXT
        );
        CREATE INDEX audit_event ON audit(event, seq);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted'); END;
      `);
    },
  },
  {
    version: 2,
    description: 'FTS5 over document text and event evidence, R*Tree over event coordinates, API tokens',
    up(db) {
      db.exec(`
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
        INSERT INTO documents_fts(rowid, title, text) SELECT rowid, coalesce(title, ''), text FROM documents;
        CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence, content='', contentless_delete=1);
        INSERT INTO evidence_fts(rowid, evidence)
          SELECT rowid, json_extract(data, '$.evidence.text') FROM events;
        CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
        INSERT INTO events_rtree(id, min_lon, max_lon, min_lat, max_lat)
          SELECT rowid, lon, lon, lat, lat FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL;
        CREATE TABLE tokens (
          name TEXT PRIMARY KEY,
          hash TEXT NOT NULL UNIQUE,
          created TEXT NOT NULL,
          last_used TEXT
        );
      `);
    },
  },
  {
    version: 3,
    description:
      'actors and places seen, counted for the review editor, replace the per-mention rows (which the stored result already holds)',
    up(db) {
      db.exec(`
        CREATE TABLE seen_actors (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          country TEXT,
          sector TEXT,
          count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE TABLE seen_places (
          name TEXT NOT NULL,
          lat REAL NOT NULL,
          lon REAL NOT NULL,
          country TEXT,
          admin1 TEXT,
          admin2 TEXT,
          feature TEXT,
          gazetteer TEXT,
          count INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (name, lat, lon)
        ) WITHOUT ROWID;
        INSERT INTO seen_actors (id, name, country, sector, count)
          SELECT key, min(name), json_extract(min(data), '$.actor.country'), json_extract(min(data), '$.actor.sector'), count(*)
          FROM mentions WHERE kind = 'actor' AND key IS NOT NULL GROUP BY key;
        INSERT INTO seen_places (name, lat, lon, country, admin1, admin2, feature, gazetteer, count)
          SELECT name, json_extract(data, '$.lat') AS lat, json_extract(data, '$.lon') AS lon,
            json_extract(min(data), '$.country'), json_extract(min(data), '$.admin1'), json_extract(min(data), '$.admin2'),
            json_extract(min(data), '$.feature'), json_extract(min(data), '$.gazetteer'), count(*)
          FROM mentions WHERE kind = 'place' AND json_extract(data, '$.lat') IS NOT NULL
          GROUP BY name, lat, lon;
        DROP TABLE mentions;
      `);
    },
  },
  {
    version: 4,
    description:
      'event JSON moved out of the events table (narrow rows keep filtered counts in cache); dates indexed as (start, end); the longest event interval recorded so date filters can bound their index range',
    up(db) {
      db.exec(`
        CREATE TABLE event_data (
          rowid INTEGER PRIMARY KEY,
          data TEXT NOT NULL,
          original TEXT
        );
        INSERT INTO event_data (rowid, data, original) SELECT rowid, data, original FROM events;
        ALTER TABLE events DROP COLUMN data;
        ALTER TABLE events DROP COLUMN original;
        DROP INDEX events_date;
        CREATE INDEX events_dates ON events(date_start, date_end);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
        INSERT INTO meta (key, value)
          SELECT 'max_span_days', coalesce(max(julianday(date_end) - julianday(date_start)), 0)
          FROM events WHERE date_start <> '';
      `);
    },
  },
  {
    version: 5,
    description:
      'covering index for type filters (type, dates, country, confidence): type/country/date combinations count and sort without reading rows',
    up(db) {
      db.exec(`
        DROP INDEX events_type_date;
        CREATE INDEX events_type_cover ON events(type, date_start, date_end, country, confidence);
      `);
    },
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Applies the migrations a database lacks, up to `target`.
 *
 * @param db
 *   An open database.
 * @param target
 *   The version to reach (default: the latest).
 * @returns
 *   The versions applied.
 */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `the database has schema version ${current}, newer than this sitrep understands (${SCHEMA_VERSION}); upgrade sitrep`,
    );
  }
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
