import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { MAX_TEXT_CHARS } from '@sitrep/ingest';
import { CSV_COLUMNS, type DocumentResult, parseDocumentResult } from '@sitrep/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../ingest/test/build-fixtures';
import { main } from '../src/index';
import { runCli } from './run-cli';

let dir: string;
let good: string;
// Fictional report, written for these tests.
const report = 'Fictional: on Monday, delegations met in Doha and agreed to resume talks.\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-cli-'));
  good = join(dir, 'good.txt');
  await writeFile(good, report);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function results(stdout: string): DocumentResult[] {
  const parsed = JSON.parse(stdout) as unknown[];
  return parsed.map((r) => parseDocumentResult(r));
}

describe('sitrep extract', () => {
  it('prints a JSON array of schema-valid results, with the text when asked', async () => {
    const run = await runCli(['extract', good, '--published', '2024-03-14', '--with-text']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [result] = results(run.stdout);
    expect(result!.document).toMatchObject({ source: good, published: '2024-03-14', text: report });
    expect(result!.document.chars).toBe(report.length);
  });

  it('writes jsonl, one result a line, and omits the text by default', async () => {
    const run = await runCli(['extract', good, good, '--format', 'jsonl']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(parseDocumentResult(JSON.parse(line)).document.text).toBeUndefined();
  });

  it('writes a CSV header and a GeoJSON FeatureCollection', async () => {
    const csv = await runCli(['extract', good, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const geo = await runCli(['extract', good, '--format', 'geojson']);
    const collection = JSON.parse(geo.stdout) as { type: string; features: unknown[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(Array.isArray(collection.features)).toBe(true);
  });

  it('reads standard input with -, detecting the format', async () => {
    const run = await runCli(
      ['extract', '-'],
      '<!DOCTYPE html><title>Fictional page</title><p>Fictional: a rally in Tunis.</p>',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [result] = results(run.stdout);
    expect(result!.document).toMatchObject({ source: '-', title: 'Fictional page' });
  });

  it('reads JSONL from a file or stdin with --from jsonl, reporting bad lines and going on', async () => {
    const feed = [
      JSON.stringify({ id: 'n1', text: 'Fictional: talks in Aden.', published: '2024-01-05' }),
      '{broken',
      JSON.stringify({ id: 'n2', text: 'Fictional: a strike in Sanaa.' }),
    ].join('\n');
    const run = await runCli(
      ['extract', '--from', 'jsonl', '-', '--published', '2024-02-01', '--format', 'jsonl'],
      feed,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sitrep: -:2: invalid JSON/);
    const docs = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => parseDocumentResult(JSON.parse(l)).document);
    expect(docs.map((d) => [d.id, d.published])).toEqual([
      ['n1', '2024-01-05'],
      ['n2', '2024-02-01'],
    ]);
    const path = join(dir, 'feed.jsonl');
    await writeFile(path, feed);
    const fromFile = await runCli(['extract', path]);
    expect(results(fromFile.stdout)).toHaveLength(2);
    expect(fromFile.stderr).toContain(`sitrep: ${path}:2: invalid JSON`);
  });

  it('streams: a JSONL document is extracted and written before standard input ends', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let written = '';
    const firstResult = new Promise<void>((resolve) => {
      stdout.on('data', (chunk: Buffer) => {
        written += chunk.toString('utf8');
        if (written.includes('\n')) resolve();
      });
    });
    const done = main(['node', 'sitrep', 'extract', '--from', 'jsonl', '-', '--format', 'jsonl'], {
      stdin,
      stdout,
      stderr,
    });
    stdin.write(`${JSON.stringify({ id: 's1', text: 'Fictional: a march in Dakar.' })}\n`);
    // Standard input is still open here: only a streaming reader and writer get this far.
    await firstResult;
    expect(parseDocumentResult(JSON.parse(written.split('\n')[0]!)).document.id).toBe('s1');
    stdin.end(`${JSON.stringify({ id: 's2', text: 'Fictional: a strike in Lagos.' })}\n`);
    expect(await done).toBe(0);
    expect(written.trimEnd().split('\n')).toHaveLength(2);
  });

  it('reads a PDF, whose spans index the repaired text it carries', async () => {
    const path = join(dir, 'r.pdf');
    await writeFile(
      path,
      makePdf([['Fictional: the govern-', 'ment met rebels in Jisr al-', 'Shughur on Monday.']]),
    );
    const run = await runCli(['extract', path, '--with-text']);
    expect(run.stderr).toBe('');
    const [result] = results(run.stdout);
    expect(result!.document.text).toBe('Fictional: the government met rebels in Jisr al-Shughur on Monday.');
  });

  describe('bad input: each failure named on stderr, exit 1, the other inputs still written', () => {
    it('handles an empty file, a binary file, a directory, an unreadable path and a truncated PDF', async () => {
      const empty = join(dir, 'empty.txt');
      await writeFile(empty, '');
      const binary = join(dir, 'blob.bin');
      await writeFile(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
      const truncated = join(dir, 'cut.pdf');
      await writeFile(truncated, makePdf([['Fictional: a line.']]).subarray(0, 150));
      const unreadable = join(good, 'inside.txt'); // a path through a file: unreadable even for root
      const missing = join(dir, 'missing.txt');
      const run = await runCli(['extract', empty, good, binary, dir, unreadable, missing, truncated, good]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(6);
      expect(lines[0]).toBe(`sitrep: ${empty}: file is empty (0 bytes): nothing to extract`);
      expect(lines[1]).toMatch(new RegExp(`^sitrep: ${binary}: looks like an ELF executable, not text`));
      expect(lines[2]).toMatch(new RegExp(`^sitrep: ${dir}: is a directory`));
      expect(lines[3]).toMatch(new RegExp(`^sitrep: ${unreadable}: cannot read: .* not a directory`));
      expect(lines[4]).toMatch(new RegExp(`^sitrep: ${missing}: no such file`));
      expect(lines[5]).toMatch(new RegExp(`^sitrep: ${truncated}: cannot open PDF`));
      // Both good inputs are still written, as valid JSON.
      expect(results(run.stdout).map((r) => r.document.source)).toEqual([good, good]);
    });

    it('names a file without read permission (when not running as root, who can read anything)', async () => {
      if (process.getuid?.() === 0) return;
      const locked = join(dir, 'locked.txt');
      await writeFile(locked, report);
      await chmod(locked, 0o000);
      const run = await runCli(['extract', locked, good]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`sitrep: ${locked}: permission denied; check the file permissions\n`);
      expect(results(run.stdout)).toHaveLength(1);
    });

    it('refuses a text past the documented limit with a message, and goes on', async () => {
      const path = join(dir, 'huge.txt');
      await writeFile(path, 'x'.repeat(MAX_TEXT_CHARS + 1)); // one line, just past the limit
      const run = await runCli(['extract', path, good, '--format', 'jsonl']);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `sitrep: ${path}: extracted text has ${MAX_TEXT_CHARS + 1} characters, more than the ${MAX_TEXT_CHARS} limit; split it into smaller documents\n`,
      );
      expect(parseDocumentResult(JSON.parse(run.stdout)).document.source).toBe(good);
    });

    it('processes a large text with no line breaks in bounded time', async () => {
      const path = join(dir, 'one-line.txt');
      const text = `Fictional: ${'the convoy moved on '.repeat(10_000)}`; // 200 kB, no line break
      await writeFile(path, text);
      const started = Date.now();
      const run = await runCli(['extract', path, '--format', 'jsonl']);
      expect(run.code).toBe(0);
      expect(parseDocumentResult(JSON.parse(run.stdout)).document.chars).toBe(text.length);
      // Generous: catches quadratic behaviour (minutes), not speed.
      expect(Date.now() - started).toBeLessThan(20_000);
    });
  });

  it('passes --actors files to the pipeline, and refuses a missing one as bad usage', async () => {
    // A fictional group, in the dictionary's groups table format (data/actors/groups.tsv).
    const dictionary = join(dir, 'extra-actors.tsv');
    await writeFile(
      dictionary,
      'id\tname\taliases\tcountry\tsector\tregion\tfrom\tto\nzzb\tZephyr Brigade\tZephyr Brigade\tSYR\tREB\tmiddle-east\t\t\n',
    );
    const text = join(dir, 'zephyr.txt');
    await writeFile(text, 'Fictional: the Zephyr Brigade shelled a checkpoint near Idlib on Monday.\n');
    const without = results((await runCli(['extract', text])).stdout)[0]!;
    expect(without.mentions.actors.map((a) => a.actor.id)).not.toContain('zzb');
    const run = await runCli(['extract', text, '--actors', dictionary]);
    expect(run.stderr).toBe('');
    const [result] = results(run.stdout);
    expect(result!.mentions.actors.map((a) => a.actor.id)).toContain('zzb');
    const missing = await runCli(['extract', text, '--actors', join(dir, 'no-such-actors.tsv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot set up the pipeline: .*no-such-actors\.tsv/);
    expect(missing.stdout).toBe('');
  });

  describe('bad usage: exit 2 with a clear message', () => {
    it('rejects an invalid --published date', async () => {
      const run = await runCli(['extract', good, '--published', '2024-02-30']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--published.*'2024-02-30' is invalid.*YYYY-MM-DD/);
      expect(run.stdout).toBe('');
    });

    it('rejects an unknown --format, an unknown option, an unknown --from and no input', async () => {
      const format = await runCli(['extract', good, '--format', 'xml']);
      expect(format.code).toBe(2);
      expect(format.stderr).toMatch(/'xml' is invalid\. Allowed choices are json, jsonl, csv, geojson/);
      expect((await runCli(['extract', good, '--bogus'])).code).toBe(2);
      expect((await runCli(['extract', good, '--from', 'rtf'])).stderr).toMatch(
        /Allowed choices are txt, html/,
      );
      const none = await runCli(['extract']);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/no input given/);
    });
  });

  it('has --help on the program and on extract', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/extract/);
    const help = await runCli(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /--from <format>[\s\S]*--published <date>[\s\S]*--format <format>[\s\S]*--with-text/,
    );
    expect(help.stdout).toMatch(/Exit codes: 0/);
  });

  it('writes one CSV row per event and one GeoJSON feature per located event, for the examples', async () => {
    const examples = join(import.meta.dirname, '../../../examples');
    const files = (await readdir(examples))
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => join(examples, f));
    const events = results((await runCli(['extract', ...files])).stdout).flatMap((r) => r.events);
    const csv = await runCli(['extract', ...files, '--format', 'csv']);
    expect(csv.code).toBe(0);
    // Cells may hold quoted line breaks; count rows by the CRLF that ends each record outside quotes.
    const records = csv.stdout.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter((r) => r !== '');
    expect(records).toHaveLength(events.length + 1);
    const geo = JSON.parse((await runCli(['extract', ...files, '--format', 'geojson'])).stdout) as {
      features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    const located = events.filter((e) => e.location?.lat != null && e.location?.lon != null);
    expect(geo.features).toHaveLength(located.length);
    for (const feature of geo.features) {
      expect(feature.geometry.coordinates).toEqual([
        feature.properties.longitude,
        feature.properties.latitude,
      ]);
    }
  });

  it('extracts every file in examples/ to schema-valid results', async () => {
    const examples = join(import.meta.dirname, '../../../examples');
    const files = (await readdir(examples))
      .filter((f) => /\.(txt|html|pdf|docx)$/.test(f))
      .map((f) => join(examples, f));
    expect(files.length).toBeGreaterThan(0);
    const run = await runCli(['extract', ...files, '--with-text']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const all = results(run.stdout);
    expect(all.map((r) => r.document.source)).toEqual(files);
    for (const result of all) expect(result.document.text!.length).toBeGreaterThan(100);
  });
});
