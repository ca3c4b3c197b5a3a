/**
 * @module program
 * The `sitrep` command tree. Each command lives in `commands/<name>.ts` and registers itself here.
 */
import { Command } from 'commander';
import { registerActors } from './commands/actors';
import { registerEval } from './commands/eval';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerGazetteer } from './commands/gazetteer';
import { registerIngest } from './commands/ingest';
import { registerServe } from './commands/serve';
import { registerToken } from './commands/token';
import { type CliIo, processIo } from './io';

/** Shared by commands: the exit code to return once the command is done, and the streams to use. */
export interface CliState {
  exitCode: number;
  /** Standard streams (the process's own unless a test passes others). */
  io?: CliIo;
}

/** Builds the command tree. */
export function buildProgram(state: CliState): Command {
  state.io ??= processIo();
  const io = state.io;
  const program = new Command('sitrep')
    .description(
      'Turn reports about conflict and politics into event data (PLOVER/CAMEO/ACLED) with provenance.',
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => io.stderr.write(s), writeOut: (s) => io.stdout.write(s) });
  registerExtract(program, state);
  registerIngest(program, state);
  registerExport(program, state);
  registerEval(program, state);
  registerGazetteer(program, state);
  registerActors(program, state);
  registerServe(program, state);
  registerToken(program, state);
  return program;
}
