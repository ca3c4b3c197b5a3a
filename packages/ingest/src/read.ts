/**
 * @module read
 * One document from a file or from bytes: the format is detected, the matching reader extracts
 * the text, and the original bytes are hashed. Every failure is an `InputError` naming the input.
 */
import { open, stat } from 'node:fs/promises';
import { type DocumentInput, isIsoDate, publishedFromHeader, sha256Hex } from '@sitrep/model';
import { decodeText } from './decode';
import { docxText } from './docx';
import { describeError, InputError } from './errors';
import { binaryKind, detectFormat, type Format, formatFromMediaType } from './format';
import { htmlContent } from './html';
import { pdfText } from './pdf';

/**
 * The largest input read, in bytes: 64 MiB. Larger files are refused with an `InputError` before
 * any of them is read, so a huge or endless file can never exhaust memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The longest extracted text passed on, in UTF-16 code units: 8 Mi (about 8 MB of Latin text, a
 * 3,000-page book). Extraction keeps tokens and layers for the whole text in memory, so a longer
 * text (a 50 MB log with no line breaks) is refused with advice to split it, not processed for
 * minutes in gigabytes.
 */
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;

/** A document as read, with what is needed to store and re-check it. */
export interface ReadDocument extends DocumentInput {
  format: Format;
  /** The original bytes (for JSONL: the line's UTF-8 bytes). */
  bytes: Uint8Array;
  /** sha256 (hex) of `bytes`. */
  sha256: string;
  /** For text and HTML: the encoding the bytes were decoded as. */
  encoding?: string;
}

/** Options for `readFile`. */
export interface ReadFileOptions {
  /** The format, when known (`--from`); else detected from magic bytes and the extension. */
  format?: Format;
  /** Publication date to use (overrides any found in the document). */
  published?: string;
  /** Largest file accepted, in bytes (default `MAX_INPUT_BYTES`). */
  maxBytes?: number;
  /** Longest text accepted, in code units (default `MAX_TEXT_CHARS`). */
  maxChars?: number;
}

/** Options for `readBytes`. */
export interface ReadBytesOptions {
  /** The input's name (path, URL, upload name): used for format detection, errors and `source`. */
  name: string;
  /** The format, when known; else detected from `mediaType`, magic bytes and the name. */
  format?: Format;
  /** A MIME type such as `text/html`, used when `format` is not given. */
  mediaType?: string;
  /** Publication date to use (overrides any found in the document). */
  published?: string;
  /** Largest input accepted, in bytes (default `MAX_INPUT_BYTES`). */
  maxBytes?: number;
  /** Longest text accepted, in code units (default `MAX_TEXT_CHARS`). */
  maxChars?: number;
}

function mib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Reads one document from a file.
 *
 * @param path
 *   The file.
 * @param options
 *   See `ReadFileOptions`.
 * @throws
 *   `InputError` for a missing, unreadable, empty, oversized, binary or malformed file, or a directory.
 * @example
 *   const doc = await readFile('examples/wire-idlib-shelling.txt');
 *   doc.format; // 'txt'
 */
export async function readFile(path: string, options: ReadFileOptions = {}): Promise<ReadDocument> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const bytes = await readFileBytes(path, { maxBytes });
  const read: ReadBytesOptions = { name: path, maxBytes };
  if (options.published !== undefined) read.published = options.published;
  if (options.maxChars !== undefined) read.maxChars = options.maxChars;
  if (options.format !== undefined) read.format = options.format;
  return readBytes(bytes, read);
}

/**
 * Reads a file's bytes without parsing them, refusing directories and files over the size limit
 * before reading them: the first half of `readFile`, for callers that hash the bytes first and
 * parse them elsewhere (`sitrep ingest` skips unchanged files before parsing, and parses on its
 * extraction threads).
 *
 * @param path
 *   The file.
 * @param options
 *   `maxBytes` (default `MAX_INPUT_BYTES`).
 * @throws
 *   `InputError` for a missing, unreadable or oversized file, or a directory.
 */
export async function readFileBytes(
  path: string,
  options: Pick<ReadFileOptions, 'maxBytes'> = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError(path, 'is a directory; give the files in it (e.g. dir/*.txt)');
    }
    if (!info.isFile()) {
      // FIFOs and devices have no size to check; a FIFO (process substitution) is read with the cap below.
      size = -1;
    } else size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error);
  }
  if (size > maxBytes) {
    throw new InputError(
      path,
      `file is ${mib(size)}, larger than the ${mib(maxBytes)} limit; split it into smaller documents`,
    );
  }
  try {
    return await readCapped(path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error);
  }
}

/** Reads a file, refusing it once it passes `maxBytes` (for inputs whose size stat cannot tell). */
async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of handle.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new InputError(
          path,
          `input is larger than the ${mib(maxBytes)} limit; split it into smaller documents`,
        );
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Turns a file-system error into an InputError that says what to do (missing, permission, directory).
 *
 * @param path
 *   The path being read.
 * @param error
 *   The error from `node:fs`.
 */
export function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const problem =
    code === 'ENOENT'
      ? 'no such file; check the path'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; check the file permissions'
        : code === 'EISDIR'
          ? 'is a directory; give the files in it (e.g. dir/*.txt)'
          : code === 'ENOTDIR'
            ? 'cannot read: a part of the path before the file name is not a directory; check the path'
            : `cannot read (${describeError(error)})`;
  return new InputError(path, problem, { cause: error });
}

/**
 * Reads one document from bytes (an upload, stdin, a fetched archive entry).
 *
 * @param bytes
 *   The original bytes.
 * @param options
 *   `name` at least; see `ReadBytesOptions`.
 * @throws
 *   `InputError` for empty, oversized, binary or malformed input, and for JSONL (use `readJsonl`).
 * @example
 *   const doc = await readBytes(new TextEncoder().encode('Fictional: talks resumed.'), { name: 'note.txt' });
 *   doc.text; // 'Fictional: talks resumed.'
 */
export async function readBytes(bytes: Uint8Array, options: ReadBytesOptions): Promise<ReadDocument> {
  const { name } = options;
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const maxChars = options.maxChars ?? MAX_TEXT_CHARS;
  if (options.published !== undefined && !isIsoDate(options.published)) {
    throw new InputError(
      name,
      `publication date must be a real date as YYYY-MM-DD, found ${JSON.stringify(options.published)}`,
    );
  }
  if (bytes.length === 0) throw new InputError(name, 'file is empty (0 bytes): nothing to extract');
  if (bytes.length > maxBytes) {
    throw new InputError(
      name,
      `input is ${mib(bytes.length)}, larger than the ${mib(maxBytes)} limit; split it into smaller documents`,
    );
  }
  const format =
    options.format ??
    (options.mediaType ? formatFromMediaType(options.mediaType) : undefined) ??
    detectFormat(name, bytes);

  let text: string;
  let title: string | null = null;
  let published: string | null = null;
  let encoding: string | undefined;
  switch (format) {
    case 'txt': {
      const binary = binaryKind(bytes);
      if (binary) {
        throw new InputError(
          name,
          `looks like ${binary}, not text; sitrep reads .txt, .html, .pdf, .docx and .jsonl`,
        );
      }
      const decoded = decodeText(bytes);
      text = decoded.text;
      encoding = decoded.encoding;
      published = publishedFromHeader(text);
      break;
    }
    case 'html': {
      const binary = binaryKind(bytes);
      if (binary) throw new InputError(name, `looks like ${binary}, not HTML`);
      const decoded = decodeText(bytes, declaredCharset(bytes));
      encoding = decoded.encoding;
      const content = await htmlContent(decoded.text);
      ({ text, title, published } = content);
      break;
    }
    case 'pdf':
      ({ text, title } = await pdfText(bytes, name, maxChars));
      break;
    case 'docx':
      text = await docxText(bytes, name);
      break;
    case 'jsonl':
      throw new InputError(
        name,
        'is JSON Lines (several documents); read it with readJsonl, or `sitrep extract --from jsonl`',
      );
    default:
      throw new InputError(
        name,
        `unknown format ${JSON.stringify(format)}; expected txt, html, pdf, docx or jsonl`,
      );
  }
  if (text.trim() === '') {
    throw new InputError(name, `no text found in this ${format} document: nothing to extract`);
  }
  if (text.length > maxChars) {
    throw new InputError(
      name,
      `extracted text has ${text.length} characters, more than the ${maxChars} limit; split it into smaller documents`,
    );
  }
  const document: ReadDocument = {
    format,
    text,
    source: name,
    title,
    published: options.published ?? published,
    bytes,
    sha256: sha256Hex(bytes),
  };
  if (encoding) document.encoding = encoding;
  return document;
}

/** The charset an HTML document declares in its first 2 KiB (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}
