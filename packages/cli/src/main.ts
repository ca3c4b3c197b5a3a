/**
 * @module main
 * Entry of the `sitrep` command: builds the program and maps outcomes to exit codes
 * (0 done, 1 some input failed, 2 bad usage).
 */
import { CommanderError } from 'commander';
import { type CliIo, processIo } from './io';
import { buildProgram } from './program';

/**
 * Runs the CLI.
 *
 * @param argv
 *   `process.argv` (the first two entries are the node binary and the script).
 * @param io
 *   Standard streams; the process's own by default.
 * @returns
 *   The exit code.
 * @example
 *   process.exitCode = await main(process.argv);
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const state = { exitCode: 0, io };
  const program = buildProgram(state);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return state.exitCode;
}
