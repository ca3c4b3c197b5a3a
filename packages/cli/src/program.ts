/**
 * @module program
 * The `sitrep` command tree. Each command lives in `commands/<name>.ts` and registers itself here.
 */
import { Command } from 'commander';
import { registerExtract } from './commands/extract';

/** Shared by commands: the exit code to return once the command is done. */
export interface CliState {
  exitCode: number;
}

/** Builds the command tree. */
export function buildProgram(state: CliState): Command {
  const program = new Command('sitrep')
    .description(
      'Turn reports about conflict and politics into event data (PLOVER/CAMEO/ACLED) with provenance.',
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  registerExtract(program, state);
  return program;
}
