// The batch ingest in-process: folders with globs, JSONL with a bad line, missing paths, idempotent
// re-runs, --reprocess on a new pipeline version, and a store that refuses writes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseDocumentResult } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import { openSqliteStore } from '@sitrep/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BatchProgress,
  globToRegExp,
  ingestBatch,
  inProcessExtractor,
  listInputs,
  readSources,
} from '../src/index';

let dir: string;
const extractorV1 = inProcessExtractor(createPipeline([nlpStage()], 'test-1'));
const extractorV2 = inProcessExtractor(createPipeline([nlpStage()], 'test-2'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-batch-'));
  const docs = join(dir, 'docs');
  mkdirSync(join(docs, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(docs, 'drafts'));
  mkdirSync(join(docs, '.hidden'));
  writeFileSync(join(docs, 'a.txt'), 'Fictional: police dispersed a march in Bogotá on Friday.');
  writeFileSync(
    join(docs, 'nested', 'b.html'),
    '<html><head><title>Fictional B</title></head><body><p>Fictional: talks resumed in Cairo.</p></body></html>',
  );
  writeFileSync(join(docs, 'nested', 'deeper', 'c.txt'), 'Fictional: a convoy was ambushed near Gao.');
  writeFileSync(join(docs, 'drafts', 'd.txt'), 'Fictional: draft, not for ingest.');
  writeFileSync(join(docs, '.hidden', 'e.txt'), 'Fictional: hidden.');
  writeFileSync(join(docs, 'notes.csv'), 'not,a,report');
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'feed.jsonl'),
    `${JSON.stringify({ id: 'j1', text: 'Fictional: shelling hit Kharkiv overnight.', published: '2024-05-02' })}\nnot json\n${JSON.stringify({ id: 'j2', text: 'Fictional: aid reached El Fasher.' })}\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('globs and listing', () => {
  it('compiles globs with ** , * , ? and {a,b}', () => {
    expect(globToRegExp('**/*.txt').test('nested/deeper/c.txt')).toBe(true);
    expect(globToRegExp('**/*.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('*.{txt,html}').test('b.html')).toBe(true);
    expect(globToRegExp('drafts/**').test('drafts/d.txt')).toBe(true);
    expect(globToRegExp('?.txt').test('ab.txt')).toBe(false);
    expect(globToRegExp('a+b.txt').test('a+b.txt')).toBe(true);
  });

  it('walks folders in a stable order, skipping hidden files and unknown extensions', async () => {
    const { files, errors } = await listInputs([join(dir, 'docs'), join(dir, 'missing')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'docs/a.txt',
      'docs/drafts/d.txt',
      'docs/empty.txt',
      'docs/nested/b.html',
      'docs/nested/deeper/c.txt',
    ]);
    expect(errors.map((e) => e.problem)).toEqual(['no such file or folder; check the path']);
    const filtered = await listInputs([join(dir, 'docs')], {
      include: ['*.txt'],
      exclude: ['drafts/**', 'empty.*'],
    });
    expect(filtered.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'docs/a.txt',
      'docs/nested/deeper/c.txt',
    ]);
  });
});

describe('readSources', () => {
  it('hands files out in the listed order while reading ahead, failures in their place', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    const files = Array.from({ length: 20 }, (_, i) => join(many, `r${String(i).padStart(2, '0')}.txt`));
    for (const [i, file] of files.entries()) writeFileSync(file, `Fictional: report number ${i}.`);
    writeFileSync(files[5]!, '');
    const listed = [...files.slice(0, 12), join(many, 'absent.txt'), ...files.slice(12)];
    const seen: string[] = [];
    for await (const item of readSources(listed)) {
      seen.push('problem' in item ? `failed ${item.input.slice(many.length + 1)}` : item.text);
    }
    expect(seen).toHaveLength(21);
    expect(seen[0]).toBe('Fictional: report number 0.');
    expect(seen[5]).toBe('failed r05.txt');
    expect(seen[12]).toBe('failed absent.txt');
    expect(seen[13]).toBe('Fictional: report number 12.');
    expect(seen[20]).toBe('Fictional: report number 19.');
  });
});

describe('ingestBatch', () => {
  it('stores new documents once, reports failures with reasons, and skips them all on a re-run', async () => {
    const store = openSqliteStore(join(dir, 'batch.db'));
    const progress: BatchProgress[] = [];
    const paths = [join(dir, 'docs'), join(dir, 'feed.jsonl'), join(dir, 'missing.txt')];
    const first = await ingestBatch({
      store,
      extractor: extractorV1,
      paths,
      exclude: ['drafts/**'],
      onProgress: (p) => progress.push(p),
    });
    expect(first).toMatchObject({ new: 5, unchanged: 0, failed: 3, aborted: null, pipeline: 'test-1' });
    expect(first.failures.map((f) => f.input.slice(dir.length + 1)).sort()).toEqual([
      'docs/empty.txt',
      'feed.jsonl:2',
      'missing.txt',
    ]);
    expect(first.failures.find((f) => f.input.endsWith('empty.txt'))!.reason).toMatch(/empty/);
    expect(progress.at(-1)).toMatchObject({ done: 8, new: 5, failed: 3 });
    const listed = await store.listDocuments({ limit: 50 });
    expect(listed.total).toBe(5);
    for (const summary of listed.items) {
      const stored = (await store.getDocument(summary.sha256))!;
      parseDocumentResult(stored.result);
    }
    const html = listed.items.find((d) => d.format === 'html')!;
    expect(html.title).toBe('Fictional B');
    expect(Buffer.from((await store.getOriginal(html.sha256))!).toString()).toContain(
      '<title>Fictional B</title>',
    );
    const second = await ingestBatch({ store, extractor: extractorV1, paths, exclude: ['drafts/**'] });
    expect(second).toMatchObject({ new: 0, unchanged: 5, failed: 3 });
    expect((await store.counts()).documents).toBe(5);
    await store.close();
  });

  it('commits extracted documents in groups, and the last partial group too', async () => {
    const store = openSqliteStore(':memory:');
    // The real store, with its group commits recorded on the way through.
    const groups: number[] = [];
    const recording = new Proxy(store, {
      get(target, key) {
        if (key === 'putPrepared') {
          return (docs: Parameters<typeof store.putPrepared>[0]) => {
            groups.push(docs.length);
            return target.putPrepared(docs);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const lines = Array.from({ length: 7 }, (_, i) =>
      JSON.stringify({ id: `g${i}`, text: `Fictional: report ${i} of a march in Bogotá.` }),
    );
    // 9 in flight: groups of 3, so 7 documents need a partial group at the end.
    const summary = await ingestBatch({
      store: recording,
      extractor: extractorV1,
      paths: ['-'],
      jsonl: true,
      concurrency: 9,
      stdin: Readable.from([Buffer.from(`${lines.join('\n')}\n`)]),
    });
    expect(summary).toMatchObject({ new: 7, failed: 0 });
    expect(groups.reduce((a, b) => a + b, 0)).toBe(7);
    expect(Math.max(...groups)).toBeGreaterThan(1);
    expect(groups.length).toBeLessThan(7);
    expect((await store.counts()).documents).toBe(7);
    await store.close();
  });

  it('leaves documents of an older pipeline alone unless asked to reprocess', async () => {
    const store = openSqliteStore(join(dir, 'reprocess.db'));
    await ingestBatch({
      store,
      extractor: extractorV1,
      paths: [join(dir, 'docs', 'a.txt'), join(dir, 'docs', 'nested')],
    });
    const plain = await ingestBatch({ store, extractor: extractorV2, paths: [join(dir, 'docs', 'a.txt')] });
    expect(plain).toMatchObject({ new: 0, unchanged: 1, stale: 1 });
    const one = await ingestBatch({
      store,
      extractor: extractorV2,
      paths: [join(dir, 'docs', 'a.txt')],
      reprocess: true,
    });
    expect(one).toMatchObject({ reprocessed: 1 });
    const rest = await ingestBatch({ store, extractor: extractorV2, paths: [], reprocess: true });
    expect(rest).toMatchObject({ reprocessed: 2, failed: 0 });
    const stale: string[] = [];
    for await (const sha of store.staleDocuments('test-2')) stale.push(sha);
    expect(stale).toEqual([]);
    await store.close();
  });

  it('reads documents and JSONL from standard input', async () => {
    const store = openSqliteStore(':memory:');
    const text = await ingestBatch({
      store,
      extractor: extractorV1,
      paths: ['-'],
      stdin: Readable.from([Buffer.from('Fictional: a strike closed the port of Aden.')]),
    });
    expect(text).toMatchObject({ new: 1, failed: 0 });
    const lines = `${JSON.stringify({ id: 's1', text: 'Fictional: one.' })}\n${JSON.stringify({ id: 's2', text: 'Fictional: two.' })}\n`;
    const jsonl = await ingestBatch({
      store,
      extractor: extractorV1,
      paths: ['-'],
      jsonl: true,
      stdin: Readable.from([Buffer.from(lines)]),
    });
    expect(jsonl).toMatchObject({ new: 2, failed: 0 });
    expect((await store.getDocument('s2'))!.result.document.text).toBe('Fictional: two.');
    await store.close();
  });

  it('stops with the reason when the store refuses writes, keeping what it stored', async () => {
    const path = join(dir, 'readonly.db');
    let store = openSqliteStore(path);
    await ingestBatch({ store, extractor: extractorV1, paths: [join(dir, 'docs', 'a.txt')] });
    await store.close();
    store = openSqliteStore(path, { readonly: true });
    const summary = await ingestBatch({
      store,
      extractor: extractorV1,
      paths: [join(dir, 'docs', 'nested')],
    });
    expect(summary.new).toBe(0);
    expect(summary.failed).toBeGreaterThan(0);
    expect(summary.aborted).toMatch(/read-only/);
    await store.close();
    store = openSqliteStore(path);
    expect((await store.counts()).documents).toBe(1);
    await store.close();
  });
});
