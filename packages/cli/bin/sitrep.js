#!/usr/bin/env node
// The `sitrep` command. The CLI is bundled into ../dist/cli.js by scripts/build.mjs (run by `npm ci`
// through `prepare`); this file stays tiny and committed so npm can link it before the build runs.
import { main } from '../dist/cli.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sitrep: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
