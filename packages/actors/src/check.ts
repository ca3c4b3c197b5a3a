/**
 * @module check
 * Validates user dictionary files (`sitrep actors check FILE`): malformed rows and dates, unknown
 * sectors and country codes, duplicate ids, and aliases that also name another actor, each with its
 * file and line. The built-in tables are read too, so clashes with them are found.
 */
import { builtInFiles, type DictionaryProblem, readDictionaryData } from './dictionary';

/**
 * Checks dictionary files.
 *
 * @param files
 *   The files to check (user dictionaries, or the built-in ones themselves).
 * @returns
 *   Problems in those files, errors first, then by file and line.
 * @example
 *   checkDictionaryFiles(['my-actors.tsv']).filter((p) => p.level === 'error').length // => 0
 */
export function checkDictionaryFiles(files: string[]): DictionaryProblem[] {
  const builtIn = builtInFiles();
  const builtInSet = new Set(builtIn);
  const extra = files.filter((f) => !builtInSet.has(f));
  const { problems } = readDictionaryData([...builtIn, ...extra], new Set(extra), true);
  const wanted = new Set(files);
  return problems
    .filter((p) => wanted.has(p.file))
    .sort(
      (a, b) =>
        (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line,
    );
}
