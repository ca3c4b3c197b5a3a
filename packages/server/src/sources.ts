/**
 * @module sources
 * Turns the paths given to `sitrep ingest` into documents: files, folders walked recursively with
 * include/exclude globs, JSON Lines files (one document a line) and standard input.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { InputError, type ReadDocument, readBytes, readFile, readFileBytes, readJsonl } from '@sitrep/ingest';
import { sha256Hex } from '@sitrep/model';

/** Extensions picked up when walking a folder (files named explicitly are always read). */
export const DEFAULT_EXTENSIONS = ['txt', 'text', 'html', 'htm', 'xhtml', 'pdf', 'docx', 'jsonl', 'ndjson'];

/** Options for `readSources`. */
export interface SourceOptions {
  /** Globs a file inside a folder must match (any). Default: the known extensions. */
  include?: string[];
  /** Globs that exclude a file inside a folder. */
  exclude?: string[];
  /** Read every input as JSON Lines. */
  jsonl?: boolean;
  /** Publication date for documents that have none. */
  published?: string;
  /** Standard input, for `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /**
   * Yield plain files (not JSONL, not stdin) as `UnparsedFile`s: read and hashed, not parsed, so
   * the caller can skip unchanged ones before paying for HTML/PDF/DOCX parsing and parse the rest
   * elsewhere (`sitrep ingest` parses on its extraction threads).
   */
  unparsed?: boolean;
}

/** A file read and hashed but not parsed (`readSources` with `unparsed`). */
export interface UnparsedFile {
  unparsed: true;
  /** The path, as listed. */
  source: string;
  bytes: Uint8Array;
  /** sha256 (hex) of `bytes`: the same hash a parsed `ReadDocument` of the file carries. */
  sha256: string;
  /** The publication date given for the batch (`--published`), if any. */
  published?: string;
}

/**
 * Compiles a glob to a RegExp over `/`-separated relative paths: `**` any folders, `*` and `?`
 * within one name, `{a,b}` alternatives. A glob without `/` matches the file name alone.
 *
 * @param glob
 *   The pattern, e.g. `**\/*.txt` or `draft-*`.
 * @example
 *   globToRegExp('*.{txt,html}').test('a.html') // => true
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((part) => part.replace(/[.+^$()|[\]\\*?]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function matcher(globs: string[] | undefined): ((path: string) => boolean) | null {
  if (!globs || globs.length === 0) return null;
  const compiled = globs.map((g) => ({ re: globToRegExp(g), nameOnly: !g.includes('/') }));
  return (path) => compiled.some(({ re, nameOnly }) => re.test(nameOnly ? basename(path) : path));
}

/** One input item: a document (parsed, or unparsed when asked), or an error naming the input that failed. */
export type SourceItem = ReadDocument | UnparsedFile | InputError;

/**
 * Lists the files an ingest will read, in a stable order (so a re-run after a crash walks the same
 * way). Folders are walked recursively; hidden files and folders are skipped.
 *
 * @param paths
 *   Files, folders, or `-`.
 * @param options
 *   Globs.
 * @returns
 *   File paths (and `-`), plus errors for paths that do not exist.
 */
export async function listInputs(
  paths: string[],
  options: Pick<SourceOptions, 'include' | 'exclude'> = {},
): Promise<{ files: string[]; errors: InputError[] }> {
  const include = matcher(options.include);
  const exclude = matcher(options.exclude);
  const files: string[] = [];
  const errors: InputError[] = [];
  const walk = async (root: string, dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (exclude?.(rel)) continue;
        await walk(root, full);
      } else if (entry.isFile()) {
        const ext = entry.name.includes('.')
          ? entry.name.slice(entry.name.lastIndexOf('.') + 1).toLowerCase()
          : '';
        if (include ? !include(rel) : !DEFAULT_EXTENSIONS.includes(ext)) continue;
        if (exclude?.(rel)) continue;
        files.push(full);
      }
    }
  };
  for (const path of paths) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, path);
      else files.push(path);
    } catch (error) {
      errors.push(
        new InputError(
          path,
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file or folder; check the path'
            : `cannot read (${(error as Error).message})`,
          { cause: error },
        ),
      );
    }
  }
  return { files, errors };
}

function isJsonl(path: string, options: SourceOptions): boolean {
  return options.jsonl === true || /\.(jsonl|ndjson)$/i.test(path);
}

/**
 * Files read ahead of the one being handed out. Read one after another, each file cost several
 * round trips through the thread pool on the thread that also commits to the database, and in
 * `sitrep ingest` the extraction workers waited for input (2,000 files: ~1 of 2 cores used).
 */
const READ_AHEAD = 8;

/**
 * Reads the listed files as documents, streaming: one file (or JSONL line) at a time, in order,
 * with up to `READ_AHEAD` plain files being read ahead.
 *
 * @param files
 *   From `listInputs`.
 * @param options
 *   Publication date, JSONL mode, stdin.
 */
export function readSources(
  files: string[],
  options: SourceOptions & { unparsed: true },
): AsyncGenerator<ReadDocument | UnparsedFile | InputError>;
export function readSources(
  files: string[],
  options?: SourceOptions,
): AsyncGenerator<ReadDocument | InputError>;
export async function* readSources(files: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const plain = (file: string) => file !== '-' && !isJsonl(file, options);
  const readOne = (file: string): Promise<SourceItem> =>
    (options.unparsed
      ? readFileBytes(file).then(
          (bytes): UnparsedFile => ({
            unparsed: true,
            source: file,
            bytes,
            sha256: sha256Hex(bytes),
            ...(options.published ? { published: options.published } : {}),
          }),
        )
      : readFile(file, options.published ? { published: options.published } : {})
    ).catch((error: unknown) => asInputError(file, error));
  // Reads started ahead, by index in `files`; each settles to a document or an InputError.
  const ahead = new Map<number, Promise<SourceItem>>();
  for (const [index, file] of files.entries()) {
    if (plain(file)) {
      for (let next = index; next < Math.min(files.length, index + 1 + READ_AHEAD); next++) {
        if (!ahead.has(next) && plain(files[next]!)) ahead.set(next, readOne(files[next]!));
      }
      const item = await ahead.get(index)!;
      ahead.delete(index);
      yield item;
      continue;
    }
    if (file === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (options.jsonl) {
        yield* readJsonl(stdin, { name: '-', published: options.published ?? null });
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      }
      const bytes = Buffer.concat(chunks);
      const head = bytes.subarray(0, 1).toString('utf8');
      if (head === '{') {
        yield* readJsonl(
          (async function* () {
            yield bytes;
          })() as unknown as NodeJS.ReadableStream,
          { name: '-', published: options.published ?? null },
        );
        continue;
      }
      try {
        yield await readBytes(bytes, {
          name: '-',
          ...(options.published ? { published: options.published } : {}),
        });
      } catch (error) {
        yield asInputError('-', error);
      }
      continue;
    }
    yield* readJsonl(file, { published: options.published ?? null });
  }
}

function asInputError(name: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  return new InputError(name, `cannot read (${error instanceof Error ? error.message : String(error)})`, {
    cause: error,
  });
}
