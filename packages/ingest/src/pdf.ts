/**
 * @module pdf
 * PDF text layer to plain text with pdfjs-dist (legacy build, which runs on Node 20). Lines are
 * kept as lines, a wider vertical gap makes a paragraph break, pages are joined with a blank line,
 * and words hyphenated across line ends are rejoined while the text is built, so every span a stage
 * produces indexes exactly the text the result carries.
 */
import { describeError, InputError } from './errors';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js is large; it is loaded the first time a PDF is read, so other inputs start fast. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** What the PDF reader extracts. */
export interface PdfContent {
  text: string;
  /** The document information's Title, when set (the publication date is not taken from the file's dates: they are when the file was made, not the report). */
  title: string | null;
}

/** One line of a page as pdf.js laid it out. */
interface Line {
  text: string;
  /** Baseline y (PDF user space, growing upwards). */
  y: number;
  height: number;
}

/**
 * Extracts the text layer of a PDF.
 *
 * @param bytes
 *   The file content (copied: pdf.js takes ownership of the buffer it is given).
 * @param name
 *   The input's name, for errors.
 * @param maxChars
 *   Stop and refuse once the text grows past this many code units (checked page by page, so a
 *   huge PDF is not extracted whole only to be refused).
 * @returns
 *   The text, pages separated by a blank line, and the title from the document information.
 * @throws
 *   `InputError` for a malformed, truncated or encrypted PDF, or one without a text layer.
 */
export async function pdfText(
  bytes: Uint8Array,
  name: string,
  maxChars = Number.POSITIVE_INFINITY,
): Promise<PdfContent> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  let document: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes),
      verbosity: VerbosityLevel.ERRORS,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    const reason = describeError(error);
    const hint = /password/i.test(reason)
      ? 'the PDF is encrypted; save an unprotected copy and retry'
      : 'the file is truncated or not a valid PDF; re-download or re-export it';
    throw new InputError(name, `cannot open PDF (${reason}): ${hint}`, { cause: error });
  }
  try {
    const pages: Line[][] = [];
    let chars = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const lines: Line[] = [];
      let line: Line | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        // A baseline jump without an end-of-line mark still starts a new line.
        if (line && line.text !== '' && Math.abs(y - line.y) > Math.max(item.height, 1) / 2) {
          lines.push(line);
          line = undefined;
        }
        line ??= { text: '', y, height: item.height };
        line.text += item.str;
        line.height = Math.max(line.height, item.height);
        if (item.hasEOL) {
          lines.push(line);
          line = undefined;
        }
      }
      if (line) lines.push(line);
      const kept = lines
        .map((l) => ({ ...l, text: l.text.replace(/\s+$/, '') }))
        .filter((l) => l.text.trim() !== '');
      pages.push(kept);
      page.cleanup();
      chars += kept.reduce((n, l) => n + l.text.length + 1, 1);
      if (chars > maxChars) {
        throw new InputError(
          name,
          `extracted text passes the ${maxChars} character limit by page ${number} of ${document.numPages}; split the PDF into smaller documents`,
        );
      }
    }
    const text = joinPages(dropPageFurniture(pages).map(joinLines));
    if (text.trim() === '') {
      throw new InputError(
        name,
        `PDF has no text layer (${document.numPages} page(s) of images, probably scanned); run OCR on it first`,
      );
    }
    return { text, title: await pdfTitle(document) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      name,
      `cannot read the PDF's text (${describeError(error)}); the file may be damaged: re-export it`,
      { cause: error },
    );
  } finally {
    await document.destroy();
  }
}

/** The Title of the document information, or null (also when the information cannot be read). */
async function pdfTitle(document: { getMetadata(): Promise<{ info: object }> }): Promise<string | null> {
  let info: { Title?: unknown };
  try {
    info = (await document.getMetadata()).info as { Title?: unknown };
  } catch (error) {
    // A damaged information dictionary costs the title only; the text is already read.
    if (error instanceof Error) return null;
    throw error;
  }
  return typeof info.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
}

/** A bare page number, digits already folded to `#`: "#", "- # -", "page # of #", "iv". */
const PAGE_NUMBER =
  /^[-–—\s]*(?:page\s*)?(?:#|m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:\s*(?:of|\/)\s*#)?[-–—\s]*$/;

/** A line's shape with digits ignored, so "Page 3 of 9" and "Page 4 of 9" compare equal. */
function furnitureKey(text: string): string {
  return text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Removes running headers and footers: a line among the first two or last two of a page whose
 * shape (digits ignored) recurs there on at least half the pages (and three or more), and bare
 * page numbers at the top or bottom. They would otherwise land in the middle of sentences that
 * run across pages. Documents of one or two pages are left alone.
 *
 * @param pages
 *   Each page's non-empty lines, top to bottom.
 */
export function dropPageFurniture<T extends { text: string }>(pages: T[][]): T[][] {
  if (pages.length < 3) return pages;
  const edges = (lines: T[]) => [...new Set([...lines.slice(0, 2), ...lines.slice(-2)])];
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map((l) => furnitureKey(l.text)))) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const drop = new Set(
      edges(lines).filter((l) => {
        const key = furnitureKey(l.text);
        return (seen.get(key) ?? 0) >= threshold || PAGE_NUMBER.test(key);
      }),
    );
    return lines.filter((l) => !drop.has(l));
  });
}

/**
 * Joins pages: normally with a blank line, but a sentence that runs on to the next page (the
 * page ends without closing punctuation and the next starts in lower case) is joined like a line
 * break, repairing a hyphenated word too.
 *
 * @param pages
 *   Each page's text.
 */
export function joinPages(pages: string[]): string {
  let text = '';
  for (const page of pages) {
    if (page === '') continue;
    if (text === '') text = page;
    // Only the last character is tested: an end-anchored regex would scan the whole text each page.
    else if (!/[.!?:;)"'”’]/u.test(text.slice(-1)) && /^\p{Ll}/u.test(page))
      text = joinHyphenated(text, page);
    else text = `${text}\n\n${page}`;
  }
  return text;
}

/**
 * Joins one page's lines: a line break between lines of a paragraph, a blank line where the gap
 * is wider than 1.6 lines, and hyphenated words rejoined (see `joinHyphenated`).
 */
function joinLines(lines: Line[]): string {
  let text = '';
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous === undefined) text = line.text;
    else {
      const gap = previous.y - line.y;
      const paragraph = gap > 1.6 * Math.max(previous.height, line.height, 1) || gap < 0;
      text = paragraph ? `${text}\n\n${line.text}` : joinHyphenated(text, line.text);
    }
    previous = line;
  }
  return text;
}

/**
 * Words after which a line-end hyphen belongs to a name or compound and stays: Arabic articles
 * and patronymics ("Jisr al-Shughur", "bin-Salman"), and prefixes that always take a hyphen.
 */
const KEEP_AFTER = new Set([
  'al',
  'el',
  'as',
  'ash',
  'ad',
  'ar',
  'at',
  'az',
  'an',
  'bin',
  'ibn',
  'abu',
  'anti',
  'non',
  'self',
  'so',
]);

/**
 * Appends `next` to `text` across a line break. A line ending in `letter-` followed by a line
 * starting with a lower-case letter is a word hyphenated by the layout: the hyphen and the break
 * go ("govern-" + "ment" → "government"). After a name particle (al-, bin-) or before a capital
 * the hyphen is part of the word and stays, without the break ("al-" + "Shughur" → "al-Shughur").
 * Otherwise the line break is kept.
 *
 * @param text
 *   Text so far, its last line ending without trailing spaces.
 * @param next
 *   The next line.
 * @example
 *   joinHyphenated('the govern-', 'ment said') // => 'the government said'
 */
export function joinHyphenated(text: string, next: string): string {
  // Only the tail is searched: a regex anchored at the end would otherwise scan the whole text.
  const hyphenated = /(\p{L}+)-$/u.exec(text.slice(-64));
  const first = next.trimStart();
  if (hyphenated && /^\p{L}/u.test(first)) {
    const word = hyphenated[1]!;
    if (KEEP_AFTER.has(word.toLowerCase()) || /^\p{Lu}/u.test(first)) return text + first;
    if (/^\p{Ll}/u.test(first)) return text.slice(0, -1) + first;
  }
  return `${text}\n${next}`;
}
