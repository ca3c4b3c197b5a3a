// sitrep ingest, export and token run in-process through main(): the real commands on a temp
// database of fictional reports, with the default pipeline.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvHeader, parseDocumentResult } from '@sitrep/model';
import { openSqliteStore } from '@sitrep/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli';

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-store-'));
  db = join(dir, 'cli.db');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'shelling.txt'),
    'Fictional report, 3 May 2024. Government forces shelled the town of Maarat al-Numan in Idlib on Thursday, residents said.',
  );
  writeFileSync(
    join(dir, 'docs', 'protest.txt'),
    'Fictional report, 6 May 2024. Thousands of students protested in Bogotá on Monday against the new tax law.',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep ingest / export / token', () => {
  it('ingests a folder once, then finds it unchanged', async () => {
    const first = await runCli(['ingest', join(dir, 'docs'), '--db', db, '--workers', '0']);
    // Not a terminal: plain progress lines, not a redrawn bar.
    expect(first.stderr).toMatch(/^sitrep: 2\/2 documents, 2 new, 0 unchanged, 0 failed, [\d.]+ docs\/s\n$/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^sitrep: 2 new, 0 unchanged, 0 failed in [\d.]+ s into .*cli\.db/);
    const again = await runCli(['ingest', join(dir, 'docs'), '--db', db, '--quiet']);
    expect(again.stdout).toMatch(/0 new, 2 unchanged, 0 failed/);
    const store = openSqliteStore(db);
    const docs = await store.listDocuments({});
    expect(docs.total).toBe(2);
    for (const d of docs.items) parseDocumentResult((await store.getDocument(d.sha256))!.result);
    await store.close();
  });

  it('reports inputs that fail, with exit code 1, and bad usage with 2', async () => {
    const missing = await runCli(['ingest', join(dir, 'nope.txt'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.txt: no such file or folder');
    expect((await runCli(['ingest', '--db', db])).code).toBe(2);
    expect((await runCli(['ingest', join(dir, 'docs'), '--workers', 'many', '--db', db])).code).toBe(2);
  });

  it('exports CSV, GeoJSON and JSONL, filtered, and refuses bad filters', async () => {
    const csv = await runCli(['export', '--db', db]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith(csvHeader())).toBe(true);
    const store = openSqliteStore(db);
    const all = await store.queryEvents({}, { limit: 500 });
    const assaults = (await store.queryEvents({ type: ['ASSAULT'] }, { limit: 500 })).total;
    await store.close();
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(all.total + 1);
    const jsonl = await runCli(['export', '--db', db, '--format', 'jsonl', '--type', 'ASSAULT']);
    const lines = jsonl.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(assaults);
    for (const line of lines) expect(JSON.parse(line).type).toBe('ASSAULT');
    const out = join(dir, 'events.geojson');
    expect((await runCli(['export', '--db', db, '--format', 'geojson', '--out', out])).code).toBe(0);
    const geo = JSON.parse(readFileSync(out, 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBe(all.items.filter((e) => typeof e.location?.lat === 'number').length);
    const bad = await runCli(['export', '--db', db, '--from', '2024-13-40']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from: expected a date YYYY-MM-DD/);
    expect((await runCli(['export', '--db', db, '--format', 'xml'])).code).toBe(2);
  });

  it('refuses to export from a missing or corrupt database with a clear message', async () => {
    const missing = await runCli(['export', '--db', join(dir, 'absent.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no database at .*absent\.db; run `sitrep ingest/);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'Fictional: this is not a database, just text written by a test. '.repeat(4));
    const corrupt = await runCli(['ingest', join(dir, 'docs'), '--db', junk]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/not a SQLite database/);
    expect(readFileSync(junk, 'utf8')).toMatch(/^Fictional: this is not a database/);
  });

  it('creates, lists and revokes tokens; the secret is printed once and stored hashed', async () => {
    const created = await runCli(['token', 'create', 'analyst', '--db', db]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^sitrep_[\w-]{40,}$/);
    const listed = await runCli(['token', 'list', '--db', db]);
    expect(listed.stdout).toMatch(/^analyst\tcreated /);
    expect(listed.stdout).not.toContain(secret);
    expect((await runCli(['token', 'create', 'analyst', '--db', db])).code).toBe(1);
    expect((await runCli(['token', 'revoke', 'analyst', '--db', db])).code).toBe(0);
    expect((await runCli(['token', 'revoke', 'analyst', '--db', db])).code).toBe(1);
  });
});
