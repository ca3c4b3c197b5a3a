/**
 * @module docx
 * Word (.docx) documents to plain text with mammoth: one paragraph per block, separated by a
 * blank line. mammoth never follows external links or runs macros (.docx cannot carry them).
 */
import { describeError, InputError } from './errors';

type Mammoth = typeof import('mammoth');
let mammoth: Promise<Mammoth> | undefined;

/** mammoth pulls in a zip and XML stack; it is loaded the first time a .docx is read. */
function loadMammoth(): Promise<Mammoth> {
  mammoth ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth);
  return mammoth;
}

/**
 * Extracts the text of a .docx file.
 *
 * @param bytes
 *   The file content.
 * @param name
 *   The input's name, for errors.
 * @throws
 *   `InputError` when the bytes are not a readable .docx (another zip, a truncated file).
 */
export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const { extractRawText } = await loadMammoth();
  let value: string;
  try {
    ({ value } = await extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    }));
  } catch (error) {
    throw new InputError(
      name,
      `cannot read as a Word .docx document (${describeError(error)}); the file may be truncated, or another kind of zip: re-save it as .docx`,
      { cause: error },
    );
  }
  // mammoth ends every paragraph with a blank line; the trailing one carries nothing.
  return value.replace(/\s+$/, '');
}
