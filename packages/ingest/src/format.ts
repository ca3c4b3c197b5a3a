/**
 * @module format
 * Which reader a file needs, from its magic bytes first (a PDF named `.txt` is still a PDF) and
 * its extension second; and which binary files we refuse, by name, rather than decode as text.
 */

/** Input formats sitrep reads. */
export type Format = 'txt' | 'html' | 'pdf' | 'docx' | 'jsonl';

/** All formats, for messages and option checks. */
export const FORMATS: readonly Format[] = ['txt', 'html', 'pdf', 'docx', 'jsonl'];

const EXTENSIONS: Record<string, Format> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  markdown: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

const MEDIA_TYPES: Record<string, Format> = {
  'text/plain': 'txt',
  'text/markdown': 'txt',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/jsonl': 'jsonl',
  'application/x-ndjson': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * Detects a document's format by magic bytes (PDF, ZIP → DOCX), then extension, then a sniff for
 * HTML markup at the start; anything else is read as text (the text reader refuses binary data).
 *
 * @param name
 *   File name or path (only the extension is used).
 * @param bytes
 *   The file's first bytes (the whole file is fine).
 * @example
 *   detectFormat('report.bin', new TextEncoder().encode('%PDF-1.7')) // => 'pdf'
 */
export function detectFormat(name: string, bytes: Uint8Array): Format {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // a ZIP container
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  const byExt = ext ? EXTENSIONS[ext] : undefined;
  // A .pdf or .docx without its magic bytes keeps its extension, so its reader reports it as broken.
  if (byExt) return byExt;
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  return 'txt';
}

/**
 * The format for a media type (`text/html; charset=utf-8` → `html`), or undefined.
 *
 * @param mediaType
 *   A MIME type, parameters allowed.
 */
export function formatFromMediaType(mediaType: string): Format | undefined {
  return MEDIA_TYPES[mediaType.split(';')[0]!.trim().toLowerCase()];
}

const BINARY_KINDS: readonly [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a legacy Word/Excel (OLE2) file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/**
 * Describes bytes that are binary rather than text, or returns null for text. Text in UTF-16 (with
 * a BOM) is text; otherwise NUL bytes or many control characters in the first 8 KiB mean binary.
 *
 * @param bytes
 *   The file content.
 * @returns
 *   A description such as `a PNG image` or `binary data (NUL byte at offset 12)`, or null.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  for (const [kind, magic] of BINARY_KINDS) if (startsWith(bytes, magic)) return kind;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `binary data (NUL byte at offset ${i})`;
    // Tab, LF, VT, FF, CR and ESC occur in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1 ? `binary data (${control} control bytes in the first ${n})` : null;
}
