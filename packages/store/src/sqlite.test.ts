import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '@sitrep/model';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from './migrations';
import { openSqliteStore } from './sqlite';
import { fictionalResult, runStoreSuite } from './suite';

runStoreSuite({ name: 'sqlite (memory)', newStore: () => openSqliteStore(':memory:') });

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
runStoreSuite({ name: 'sqlite (file, WAL)', newStore: () => openSqliteStore(join(dir, `suite-${n++}.db`)) });

const TEXT = 'Fictional: the Syrian Army shelled a market while residents protested nearby.';

describe('SQLite files', () => {
  it('refuses a file that is not a database instead of replacing it', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'Fictional notes, not a database at all. '.repeat(10));
    expect(() => openSqliteStore(path)).toThrow(/not a SQLite database/);
  });

  it('refuses an empty file and a missing file when told not to create', () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect(() => openSqliteStore(empty)).toThrow(/shorter than a SQLite header/);
    expect(() => openSqliteStore(join(dir, 'absent.db'), { create: false })).toThrow(/no database at/);
  });

  it('refuses a truncated database', async () => {
    const path = join(dir, 'truncated.db');
    const store = openSqliteStore(path);
    for (let i = 0; i < 20; i++) {
      const text = `${TEXT} Fictional filler ${i} ${'x'.repeat(3000)}`;
      await store.putDocument({ result: fictionalResult(text), text, pipeline: 'v1' });
    }
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    truncateSync(path, 8192);
    expect(() => openSqliteStore(path)).toThrow(/truncated/);
  });

  it('upgrades a version-1 database in place, indexing what it already holds', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.prepare(
      `INSERT INTO documents (sha256, id, chars, text, original, original_size, ingested, pipeline, title)
       VALUES (?, 'old', ?, ?, x'00', 1, '2024-01-01T00:00:00Z', 'v0', 'Fictional old title')`,
    ).run(sha256Hex(TEXT), TEXT.length, TEXT);
    db.close();
    const store = openSqliteStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((await store.listDocuments({ q: 'residents' })).total).toBe(1);
    await store.close();
  });

  it('moves version-2 mention rows into the counted actors and places of version 3', async () => {
    const path = join(dir, 'v2.db');
    const db = new Database(path);
    migrate(db, 2);
    const insert = db.prepare(
      'INSERT INTO mentions (sha256, kind, local, start, end, text, key, name, data) VALUES (?, ?, ?, 0, 4, ?, ?, ?, ?)',
    );
    const actor = {
      id: 'a1',
      span: [0, 4],
      text: 'Army',
      actor: { id: 'syr.mil', name: 'Syrian Army', country: 'SYR', sector: 'MIL' },
    };
    insert.run('a'.repeat(64), 'actor', 'a1', 'Army', 'syr.mil', 'Syrian Army', JSON.stringify(actor));
    insert.run('b'.repeat(64), 'actor', 'a1', 'Army', 'syr.mil', 'Syrian Army', JSON.stringify(actor));
    const place = {
      id: 'p1',
      span: [0, 5],
      text: 'Idlib',
      name: 'Idlib',
      lat: 35.93,
      lon: 36.63,
      country: 'SY',
      admin1: 'Idlib',
      feature: 'city',
    };
    insert.run('a'.repeat(64), 'place', 'p1', 'Idlib', null, 'Idlib', JSON.stringify(place));
    db.close();
    const store = openSqliteStore(path);
    expect(await store.searchActors('army')).toEqual([
      { id: 'syr.mil', name: 'Syrian Army', country: 'SYR', sector: 'MIL', count: 2 },
    ]);
    expect(await store.searchPlaces('idl')).toMatchObject([
      { name: 'Idlib', lat: 35.93, lon: 36.63, country: 'SY', feature: 'city', count: 1 },
    ]);
    await store.close();
  });

  it('reports a failing write (quota full) and loses nothing stored before', async () => {
    const path = join(dir, 'quota.db');
    let store = openSqliteStore(path);
    await store.putDocument({ result: fictionalResult(TEXT), text: TEXT, pipeline: 'v1' });
    await store.close();
    const size = (await import('node:fs')).statSync(path).size;
    store = openSqliteStore(path, { maxBytes: size + 4096 });
    const big = `${TEXT} ${'Fictional filler. '.repeat(20000)}`;
    await expect(
      store.putDocument({ result: fictionalResult(big), text: big, pipeline: 'v1' }),
    ).rejects.toThrow(/could not store document .* full/);
    await store.close();
    store = openSqliteStore(path);
    expect(await store.counts()).toEqual({ documents: 1, events: 2 });
    await store.close();
  });

  it('reports writes to a read-only database and keeps reads working', async () => {
    const path = join(dir, 'ro.db');
    let store = openSqliteStore(path);
    await store.putDocument({ result: fictionalResult(TEXT), text: TEXT, pipeline: 'v1' });
    await store.close();
    store = openSqliteStore(path, { readonly: true });
    const other = `${TEXT} Fictional second.`;
    await expect(
      store.putDocument({ result: fictionalResult(other), text: other, pipeline: 'v1' }),
    ).rejects.toThrow(/read-only/);
    expect(await store.counts()).toEqual({ documents: 1, events: 2 });
    await store.close();
  });

  it('keeps the audit log append-only', async () => {
    const store = openSqliteStore(':memory:');
    await store.putDocument({ result: fictionalResult(TEXT), text: TEXT, pipeline: 'v1' });
    await store.reviewEvent(`${sha256Hex(TEXT).slice(0, 16)}:e1`, { status: 'accepted' }, 'alice');
    expect(() => store.db.prepare("UPDATE audit SET by = 'mallory'").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    await store.close();
  });
});
