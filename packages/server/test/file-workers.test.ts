// `sitrep ingest` parses files on its extraction threads: HTML, text and broken files go through the
// worker pool of the built CLI (packages/cli/dist/cli.js; `npm ci` builds it, else this test builds
// it). What is checked: parsed titles and publication dates arrive in the store, unreadable files
// fail with their own name and problem (once, not "path: path: problem"), and a re-run skips every
// unchanged file by its bytes' hash.
import { spawnSync } from 'node:child_process';
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
  dir = mkdtempSync(join(tmpdir(), 'sitrep-file-workers-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  for (let i = 0; i < 6; i++) {
    writeFileSync(
      join(docs, `page-${i}.html`),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fictional page ${i}</title>` +
        `<meta property="article:published_time" content="2024-03-0${i + 1}"></head><body>` +
        `<nav><a href="/">Home</a></nav><article><h1>Fictional page ${i}</h1>` +
        `<p>Fictional: police detained ${i + 2} protesters in Nairobi on Tuesday, witnesses said.</p>` +
        '</article><footer>Contact us</footer></body></html>',
    );
  }
  writeFileSync(join(docs, 'note.txt'), 'Fictional: talks between the two delegations resumed in Doha.');
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'broken.pdf'), '%PDF-1.7\nthis is not really a PDF\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(db: string) {
  const run = spawnSync(
    process.execPath,
    [cli, 'ingest', join(dir, 'docs'), '--db', db, '--quiet', '--workers', '2'],
    { encoding: 'utf8' },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

it('parses files on the workers, names each unreadable file once, and skips unchanged ones', () => {
  const db = join(dir, 'store.db');
  const first = ingest(db);
  expect(first.stdout).toMatch(/7 new, 0 unchanged, 2 failed/);
  expect(first.code).toBe(1);
  const empty = join(dir, 'docs', 'empty.txt');
  const broken = join(dir, 'docs', 'broken.pdf');
  // Printed once as each failure happens and once in the closing list.
  const emptyLines = first.stderr.split('\n').filter((l) => l.includes(empty));
  expect(emptyLines.length).toBeGreaterThan(0);
  for (const line of emptyLines) {
    expect(line).toMatch(/empty/);
    expect(line.split(empty)).toHaveLength(2);
  }
  const brokenLines = first.stderr.split('\n').filter((l) => l.includes(broken));
  expect(brokenLines.length).toBeGreaterThan(0);
  for (const line of brokenLines) expect(line.split(broken)).toHaveLength(2);

  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn
      .prepare("SELECT title, published, format FROM documents WHERE format = 'html' ORDER BY title")
      .all() as { title: string; published: string; format: string }[];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ title: 'Fictional page 0', published: '2024-03-01', format: 'html' });
    expect(rows[5]!.published).toBe('2024-03-06');
    const events = (conn.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    expect(events).toBeGreaterThanOrEqual(6);
  } finally {
    conn.close();
  }

  const second = ingest(db);
  expect(second.stdout).toMatch(/0 new, 7 unchanged, 2 failed/);
}, 120_000);
