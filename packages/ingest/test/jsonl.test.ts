import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type ReadDocument, readJsonl } from '../src/index';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-jsonl-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<ReadDocument | InputError>) {
  const docs: ReadDocument[] = [];
  const errors: InputError[] = [];
  for await (const item of iterable) {
    if (item instanceof InputError) errors.push(item);
    else docs.push(item);
  }
  return { docs, errors };
}

// Fictional feed lines, written for this test.
const lines = [
  '{"id": "a1", "text": "Fictional: talks in Doha resumed.", "published": "2024-03-01", "title": "Talks"}',
  '{"id": 2, "text": "Fictional: a convoy reached Goma."}',
  'not json',
  '',
  '{"id": "a3"}',
  '{"id": "a4", "text": "Fictional: x", "published": "2024-02-30"}',
  '[1, 2]',
  '{"text": "Fictional: no id, CRLF line."}\r',
];

describe('readJsonl', () => {
  it('yields documents and, for bad lines, errors naming file:line, then goes on', async () => {
    const path = join(dir, 'feed.jsonl');
    await writeFile(path, lines.join('\n'));
    const { docs, errors } = await collect(readJsonl(path, { published: '2024-05-05' }));
    expect(docs.map((d) => d.id)).toEqual(['a1', '2', null]);
    expect(docs[0]).toMatchObject({ title: 'Talks', published: '2024-03-01', format: 'jsonl', source: path });
    // Lines without a date take the default one.
    expect(docs[1]!.published).toBe('2024-05-05');
    expect(docs[2]!.text).toBe('Fictional: no id, CRLF line.');
    expect(docs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(new TextDecoder().decode(docs[0]!.bytes)).toBe(lines[0]);
    expect(errors.map((e) => e.input)).toEqual([`${path}:3`, `${path}:5`, `${path}:6`, `${path}:7`]);
    expect(errors[0]!.problem).toMatch(/invalid JSON/);
    expect(errors[1]!.problem).toMatch(/missing "text"/);
    expect(errors[2]!.problem).toMatch(/"published" must be a real date/);
    expect(errors[3]!.problem).toMatch(/expected a JSON object/);
  });

  it('streams from a readable split at arbitrary points, and names it -', async () => {
    const body = Buffer.from(`${lines[0]}\n${lines[1]}\n`);
    // Chunks of 7 bytes cut lines (and a multi-byte character) in the middle.
    const chunks = [];
    for (let i = 0; i < body.length; i += 7) chunks.push(body.subarray(i, i + 7));
    const { docs, errors } = await collect(readJsonl(Readable.from(chunks)));
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.text)).toEqual([
      'Fictional: talks in Doha resumed.',
      'Fictional: a convoy reached Goma.',
    ]);
    expect(docs[0]!.source).toBe('-');
  });

  it('refuses binary input once instead of line by line', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x0a, 0x0a]);
    const { docs, errors } = await collect(readJsonl(Readable.from([png, png]), { name: 'img.jsonl' }));
    expect(docs).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      'img.jsonl: looks like a PNG image, not JSON Lines; give one JSON object per line',
    ]);
  });

  it('accepts a UTF-8 BOM at the start of the file', async () => {
    const input = Readable.from([Buffer.from(`\uFEFF${lines[0]}\n`)]);
    const { docs, errors } = await collect(readJsonl(input));
    expect(errors).toEqual([]);
    expect(docs[0]!.id).toBe('a1');
  });

  it('yields each document as soon as its line is complete, before the input ends', async () => {
    const input = new PassThrough();
    const iterator = readJsonl(input, { name: 'live' })[Symbol.asyncIterator]();
    input.write(`${lines[0]}\n{"id": "half`);
    // The stream is still open: a reader that loaded the whole input first would wait here forever.
    const first = await iterator.next();
    expect((first.value as ReadDocument).id).toBe('a1');
    input.end('", "text": "Fictional: the rest."}\n');
    expect(((await iterator.next()).value as ReadDocument).id).toBe('half');
    expect((await iterator.next()).done).toBe(true);
  });

  it('skips an overlong line with an error and keeps bounded memory', async () => {
    const long = JSON.stringify({ id: 'big', text: `Fictional: ${'x'.repeat(5000)}` });
    const input = Readable.from([
      Buffer.from(`${long.slice(0, 3000)}`),
      Buffer.from(`${long.slice(3000)}\n`),
      Buffer.from(`${lines[1]}\n`),
    ]);
    const { docs, errors } = await collect(readJsonl(input, { name: 'feed', maxLineBytes: 1000 }));
    expect(errors.map((e) => e.input)).toEqual(['feed:1']);
    expect(errors[0]!.problem).toMatch(/longer than 1000 bytes/);
    expect(docs.map((d) => d.id)).toEqual(['2']);
  });

  it('refuses a document whose text passes the character limit', async () => {
    const long = JSON.stringify({ id: 'long', text: 'Fictional: a long report.' });
    const short = JSON.stringify({ id: 'short', text: 'Fictional: short.' });
    const input = Readable.from([Buffer.from(`${long}\n${short}\n`)]);
    const { docs, errors } = await collect(readJsonl(input, { name: 'f', maxChars: 20 }));
    expect(docs.map((d) => d.id)).toEqual(['short']);
    expect(errors[0]!.message).toMatch(/^f:1: "text" has 25 characters, more than the 20 limit/);
  });

  it('reports a missing file as one error', async () => {
    const { docs, errors } = await collect(readJsonl(join(dir, 'missing.jsonl')));
    expect(docs).toEqual([]);
    expect(errors[0]!.message).toMatch(/missing\.jsonl: no such file/);
  });
});
