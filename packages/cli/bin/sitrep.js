#!/usr/bin/env node
// The `sitrep` command. The CLI is bundled into ../dist/cli.js by scripts/build.mjs (run by `npm ci`
// through `prepare`); this file stays tiny and committed so npm can link it before the build runs.
import { main } from '../dist/cli.js';

// A reader that stops early (`sitrep extract ... | head`) closes the pipe: that is not a failure.
const closedPipe = (error) => error && error.code === 'EPIPE';
process.stdout.on('error', (error) => {
  if (closedPipe(error)) process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (closedPipe(error)) return;
    process.stderr.write(`sitrep: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
