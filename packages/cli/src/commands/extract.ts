/**
 * @module commands/extract
 * `sitrep extract [FILE ...|-]`: extraction to stdout, per shared/CONTRACT.md.
 */
import { readFile } from 'node:fs/promises';
import { createDefaultPipeline } from '@sitrep/pipeline';
import type { Command } from 'commander';
import type { CliState } from '../program';

export function registerExtract(program: Command, state: CliState): void {
  program
    .command('extract')
    .description('extract events from files (or - for stdin) and print them')
    .argument('[files...]', 'input files, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD that relative dates resolve against')
    .option('--format <format>', 'json | jsonl | csv | geojson', 'json')
    .option('--with-text', 'include the extracted text in document.text')
    .action(async (files: string[], options: { published?: string; format: string; withText?: boolean }) => {
      const pipeline = await createDefaultPipeline();
      const results = [];
      for (const file of files) {
        try {
          const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
          results.push(
            pipeline.extract(
              { text, source: file, published: options.published ?? null },
              { withText: options.withText ?? false },
            ),
          );
        } catch (error) {
          process.stderr.write(
            `sitrep: ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          state.exitCode = 1;
        }
      }
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    });
}
