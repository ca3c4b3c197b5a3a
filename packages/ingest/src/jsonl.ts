/**
 * @module jsonl
 * Documents from JSON Lines, `{"id", "text", "published"?, "title"?}` one per line, read as a
 * stream: memory stays bounded by the longest line (itself capped), so a 1 GB feed is never loaded
 * whole. A bad line becomes an `InputError` naming `file:line`, and reading goes on.
 */
import { createReadStream } from 'node:fs';
import { isIsoDate, sha256Hex } from '@sitrep/model';
import { describeError, InputError } from './errors';
import { binaryKind } from './format';
import { fileError, MAX_INPUT_BYTES, MAX_TEXT_CHARS, type ReadDocument } from './read';

/** Options for `readJsonl`. */
export interface JsonlOptions {
  /** The name used in errors and as each document's source (default: the path, or `-`). */
  name?: string;
  /** Publication date for lines that have none (a line's own `published` wins). */
  published?: string | null;
  /** The longest line accepted, in bytes (default `MAX_INPUT_BYTES`); longer lines are skipped with an error. */
  maxLineBytes?: number;
  /** The longest document text accepted, in code units (default `MAX_TEXT_CHARS`). */
  maxChars?: number;
}

/**
 * Reads documents from a JSONL file or stream, one per non-blank line.
 *
 * @param input
 *   A path, or a readable stream (e.g. `process.stdin`).
 * @param options
 *   See `JsonlOptions`.
 * @returns
 *   Documents and, for lines that are not valid documents, `InputError`s, in line order.
 * @example
 *   for await (const item of readJsonl('feed.jsonl')) {
 *     if (item instanceof InputError) console.error(item.message);
 *     else console.log(item.id, item.text.length);
 *   }
 */
export async function* readJsonl(
  input: string | NodeJS.ReadableStream,
  options: JsonlOptions = {},
): AsyncGenerator<ReadDocument | InputError> {
  const name = options.name ?? (typeof input === 'string' ? input : '-');
  const maxLineBytes = options.maxLineBytes ?? MAX_INPUT_BYTES;
  let stream: NodeJS.ReadableStream;
  if (typeof input === 'string') {
    stream = createReadStream(input);
  } else {
    stream = input;
  }
  let lineNumber = 0;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overlong = false;

  const finish = (): ReadDocument | InputError | null => {
    lineNumber++;
    const where = `${name}:${lineNumber}`;
    if (overlong) {
      overlong = false;
      parts = [];
      partBytes = 0;
      return new InputError(
        where,
        `line is longer than ${maxLineBytes} bytes; split the document or raise the limit`,
      );
    }
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    partBytes = 0;
    // Tolerate CRLF files and blank lines (a trailing newline, separators).
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    const line = bytes.subarray(0, end);
    if (line.toString('utf8').trim() === '') return null;
    return jsonlDocument(line, where, name, options.published ?? null, options.maxChars ?? MAX_TEXT_CHARS);
  };

  try {
    let first = true;
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (first && buffer.length > 0) {
        first = false;
        // A PDF or image given as JSONL would otherwise yield one "invalid JSON" per "line" of it.
        const binary = binaryKind(buffer);
        if (binary) {
          yield new InputError(name, `looks like ${binary}, not JSON Lines; give one JSON object per line`);
          return;
        }
      }
      let start = 0;
      for (let nl = buffer.indexOf(10, start); nl !== -1; nl = buffer.indexOf(10, start)) {
        const segment = buffer.subarray(start, nl);
        if (partBytes + segment.length > maxLineBytes) overlong = true;
        else if (!overlong) parts.push(segment);
        const item = finish();
        if (item) yield item;
        start = nl + 1;
      }
      if (start < buffer.length && !overlong) {
        const rest = buffer.subarray(start);
        partBytes += rest.length;
        // Past the limit, the rest of the line is dropped as it streams by: memory stays bounded.
        if (partBytes > maxLineBytes) {
          overlong = true;
          parts = [];
          partBytes = 0;
        } else {
          // Copied: the stream may reuse its chunk buffers.
          parts.push(Buffer.from(rest));
        }
      }
    }
  } catch (error) {
    yield (error as NodeJS.ErrnoException).code
      ? fileError(name, error)
      : new InputError(name, `cannot read (${describeError(error)})`, { cause: error });
    return;
  }
  if (parts.length > 0 || overlong) {
    const item = finish();
    if (item) yield item;
  }
}

/**
 * Parses one JSONL line into a document, or an error naming `where`.
 */
function jsonlDocument(
  line: Buffer,
  where: string,
  source: string,
  published: string | null,
  maxChars: number,
): ReadDocument | InputError {
  let value: unknown;
  try {
    // A UTF-8 BOM (editors on Windows add one) is not JSON; it can only start the first line.
    value = JSON.parse(line.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return new InputError(
      where,
      `invalid JSON (${describeError(error)}); expected one object per line like {"id": "a1", "text": "..."}`,
      { cause: error },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new InputError(where, `expected a JSON object {"id", "text", ...}, found ${kind(value)}`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return new InputError(
      where,
      record.text === undefined
        ? 'missing "text": each line needs the document text as a string'
        : `"text" must be a string, found ${kind(record.text)}`,
    );
  }
  if (record.text.trim() === '') return new InputError(where, '"text" is empty: nothing to extract');
  if (record.text.length > maxChars) {
    return new InputError(
      where,
      `"text" has ${record.text.length} characters, more than the ${maxChars} limit; split the document`,
    );
  }
  const id = record.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return new InputError(where, `"id" must be a string or number, found ${kind(id)}`);
  }
  const ownPublished = record.published;
  if (ownPublished !== undefined && ownPublished !== null && !isIsoDate(ownPublished)) {
    return new InputError(
      where,
      `"published" must be a real date as YYYY-MM-DD, found ${JSON.stringify(ownPublished)}`,
    );
  }
  const title = record.title;
  if (title !== undefined && title !== null && typeof title !== 'string') {
    return new InputError(where, `"title" must be a string, found ${kind(title)}`);
  }
  const bytes = new Uint8Array(line);
  return {
    format: 'jsonl',
    text: record.text.replace(/^\uFEFF/, ''),
    id: id === undefined || id === null ? null : String(id),
    source,
    title: title ?? null,
    published: (ownPublished as string | null | undefined) ?? published,
    bytes,
    sha256: sha256Hex(bytes),
  };
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}
