/**
 * @module decode
 * Bytes to text for plain-text (and HTML) input: BOMs first, then strict UTF-8, then a small
 * heuristic choosing between Windows-1252 (Western European) and Windows-1256 (Arabic), the two
 * legacy code pages reports in our domain still arrive in. Line endings are never touched.
 */
import iconv from 'iconv-lite';

/**
 * Encodings the decoder reports: these five from detection, or any other label iconv-lite knows
 * when a document declares it (`<meta charset="koi8-r">`).
 */
export type TextEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  | 'windows-1256'
  | (string & {});

/** Decoded text and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** True when a byte-order mark was found (and removed). */
  bom: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes text bytes. A BOM decides (UTF-8, UTF-16 LE/BE) and is removed; else valid UTF-8 is
 * UTF-8; else `guessLegacyEncoding` picks Windows-1256 or Windows-1252.
 *
 * @param bytes
 *   The raw bytes.
 * @param hint
 *   An encoding declared by the container (an HTML `<meta charset>`); used when it is one we know
 *   and no BOM overrides it.
 * @example
 *   decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])) // => { text: 'hi', encoding: 'utf-8', bom: true }
 */
export function decodeText(bytes: Uint8Array, hint?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8Lenient(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'),
      encoding: 'utf-16le',
      bom: true,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'),
      encoding: 'utf-16be',
      bom: true,
    };
  }
  const declared = normalizeEncodingName(hint);
  if (declared && declared !== 'utf-8') {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, bom: false };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch (error) {
    // Not valid UTF-8 (TextDecoder throws a TypeError): a legacy single-byte code page.
    if (!(error instanceof TypeError)) throw error;
  }
  const encoding = guessLegacyEncoding(bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, bom: false };
}

function utf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Maps a declared charset (`iso-8859-1`, `cp1256`, `UTF8`) to an encoding we decode, or null. */
export function normalizeEncodingName(name: string | null | undefined): TextEncoding | null {
  if (!name) return null;
  const n = name.trim().toLowerCase().replace(/[_\s]/g, '-');
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  // Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding), and so do we.
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii'].includes(n)) {
    return 'windows-1252';
  }
  if (n === 'windows-1256' || n === 'cp1256') return 'windows-1256';
  if (n === 'utf-16le') return 'utf-16le';
  if (n === 'utf-16be') return 'utf-16be';
  // Any other charset iconv-lite can decode (ISO-8859-6, KOI8-R, Shift_JIS, GB18030, ...).
  return iconv.encodingExists(n) ? n : null;
}

const ARABIC = /[\u0600-\u06ff]/;
const ARABIC_WORD = /^[\u0600-\u06ff\u200c-\u200f]+$/;
const LATIN = /[A-Za-z]/;

/**
 * Chooses Windows-1256 or Windows-1252 for bytes that are not UTF-8. Read as 1256, Arabic text
 * gives words made only of Arabic letters, while Western text gives Arabic letters stuck inside
 * Latin words ("café" → "caf" + an Arabic letter). Whichever kind of word is more common wins;
 * ties go to Windows-1252.
 *
 * @param bytes
 *   Bytes that failed strict UTF-8 decoding.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1252' | 'windows-1256' {
  // A sample is enough to decide and keeps this cheap on large files.
  const sample = Buffer.from(bytes.subarray(0, 64 * 1024));
  const asArabic = iconv.decode(sample, 'windows-1256');
  let arabicWords = 0;
  let mixedWords = 0;
  for (const word of asArabic.split(/[\s\p{P}\p{S}\d]+/u)) {
    if (!ARABIC.test(word)) continue;
    if (ARABIC_WORD.test(word)) arabicWords++;
    else if (LATIN.test(word)) mixedWords++;
  }
  return arabicWords > mixedWords ? 'windows-1256' : 'windows-1252';
}
