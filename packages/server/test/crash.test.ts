// Kill -9 during a real `sitrep ingest` of 2,000 documents, then run it again: exactly 2,000
// documents, each once, with its result, search row and events, and nothing half-stored.
// Runs the built CLI (packages/cli/dist/cli.js; `npm ci` builds it, else this test builds it).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtCli } from './helpers';

let cli: string;
let dir: string;

beforeAll(() => {
  cli = builtCli();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  mkdirSync(join(dir, 'docs'));
  for (let i = 0; i < 2000; i++) {
    writeFileSync(
      join(dir, 'docs', `report-${String(i).padStart(4, '0')}.txt`),
      `Fictional report ${i}: on 3 May 2024 troops shelled the village of Kafr ${i} near Idlib. Residents protested the next day.\n`,
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function count(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch (error) {
    // Not created yet, or the schema is not in place yet: nothing stored so far.
    if (error instanceof Error) return 0;
    throw error;
  }
}

function ingest(db: string) {
  return spawn(process.execPath, [cli, 'ingest', join(dir, 'docs'), '--db', db, '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

it('finishes the job after kill -9 with no duplicates', async () => {
  const db = join(dir, 'crash.db');
  const child = ingest(db);
  const stderr: string[] = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  // Kill it mid-way: once some documents are stored, but well before the end.
  const deadline = Date.now() + 120_000;
  let seen = 0;
  while (Date.now() < deadline) {
    seen = count(db);
    if (seen >= 150) break;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  expect(await exited, stderr.join('')).toBe('SIGKILL');
  const afterKill = count(db);
  expect(afterKill).toBeGreaterThanOrEqual(150);
  expect(afterKill).toBeLessThan(2000);

  const again = ingest(db);
  const out: string[] = [];
  again.stdout.on('data', (d) => out.push(String(d)));
  const code = await new Promise<number | null>((resolve) => again.on('exit', resolve));
  expect(code).toBe(0);
  expect(out.join('')).toMatch(new RegExp(`${2000 - afterKill} new, ${afterKill} unchanged, 0 failed`));

  const conn = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    expect(one('SELECT count(*) AS n FROM documents')).toBe(2000);
    expect(one('SELECT count(DISTINCT sha256) AS n FROM documents')).toBe(2000);
    expect(one('SELECT count(DISTINCT source) AS n FROM documents')).toBe(2000);
    expect(one('SELECT count(*) AS n FROM results')).toBe(2000);
    // One index entry per document: the FTS docsize table has a row per indexed document.
    expect(one('SELECT count(*) AS n FROM documents_fts_docsize')).toBe(2000);
    expect(one("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'residents'")).toBe(2000);
    expect(one('SELECT count(*) AS n FROM events WHERE sha256 NOT IN (SELECT sha256 FROM documents)')).toBe(
      0,
    );
    expect(one('SELECT count(*) AS n FROM (SELECT 1 FROM events GROUP BY id HAVING count(*) > 1)')).toBe(0);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    conn.close();
  }
}, 240_000);
