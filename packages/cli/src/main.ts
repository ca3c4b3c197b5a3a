/**
 * @module main
 * Entry of the `sitrep` command: builds the program and maps outcomes to exit codes
 * (0 done, 1 some input failed, 2 bad usage).
 */
import { CommanderError } from 'commander';
import { buildProgram } from './program';

/**
 * Runs the CLI.
 *
 * @param argv
 *   `process.argv`.
 * @returns
 *   The exit code.
 */
export async function main(argv: string[]): Promise<number> {
  const state = { exitCode: 0 };
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
