/**
 * @module errors
 * The one error every reader throws for input it cannot read: it names the input and says what was
 * expected, what was found and what to do. The CLI prints it as `sitrep: <input>: <problem>`.
 */

/** Thrown (or yielded, by `readJsonl`) for input that cannot be read. */
export class InputError extends Error {
  /** The input: a path, `-` for stdin, or `file:line` for a JSONL line. */
  readonly input: string;
  /** The problem alone, without the input's name. */
  readonly problem: string;

  /**
   * @param input
   *   What was being read (path, `-`, `feed.jsonl:12`).
   * @param problem
   *   What is wrong and what to do about it.
   * @param options
   *   `cause`: the underlying error, kept for debugging.
   */
  constructor(input: string, problem: string, options?: { cause?: unknown }) {
    super(`${input}: ${problem}`, options);
    this.name = 'InputError';
    this.input = input;
    this.problem = problem;
  }
}

/** The message of an unknown thrown value, for wrapping it in an InputError. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
