/**
 * @module commands/extract
 * `sitrep extract [FILE ...|-]`: reads each input, runs the default pipeline, and writes the
 * results to stdout as they come (shared/CONTRACT.md). A failed input is reported on stderr as
 * `sitrep: <input>: <problem>` and the others still go through; the exit code is then 1.
 */
import { existsSync } from 'node:fs';
import {
  FORMATS,
  type Format,
  InputError,
  MAX_INPUT_BYTES,
  MAX_TEXT_CHARS,
  type ReadDocument,
  readBytes,
  readFile,
  readJsonl,
} from '@sitrep/ingest';
import { isIsoDate } from '@sitrep/model';
import { createDefaultPipeline, type Pipeline } from '@sitrep/pipeline';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type CliIo, write } from '../io';
import { OUTPUT_FORMATS, type OutputFormat, resultWriter } from '../output';
import type { CliState } from '../program';

/** Options of `sitrep extract`, as commander parses them. */
export interface ExtractCommandOptions {
  from?: Format;
  published?: string;
  format: OutputFormat;
  withText?: boolean;
  actors: string[];
  gazetteer?: string;
}

function parsePublished(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError(`expected a real calendar date as YYYY-MM-DD (e.g. 2024-03-14).`);
  }
  return value;
}

/**
 * Registers `extract` on the program.
 *
 * @param program
 *   The root command.
 * @param state
 *   Exit code and streams.
 */
export function registerExtract(program: Command, state: CliState): void {
  program
    .command('extract')
    .description('extract events from files (or - for standard input) and print them to standard output')
    .argument('[files...]', 'input files (.txt .html .pdf .docx .jsonl), or - for standard input')
    .addOption(
      new Option(
        '--from <format>',
        'read inputs as this format instead of detecting it (jsonl: one document a line)',
      ).choices(FORMATS),
    )
    .option(
      '--published <date>',
      'publication date YYYY-MM-DD that relative dates resolve against (overrides dates found in documents; for JSONL, fills lines without one)',
      parsePublished,
    )
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('--with-text', 'include the extracted text in document.text (spans index it)')
    .option(
      '--actors <file>',
      'an extra actor dictionary file; repeat for several',
      (file: string, previous: string[]) => [...previous, file],
      [] as string[],
    )
    .option(
      '--gazetteer <path>',
      'a user gazetteer index made by `sitrep gazetteer import` (default: $SITREP_GAZETTEER or ./sitrep-gazetteer.db when present)',
    )
    .addHelpText(
      'after',
      `
Output goes to standard output; failures go to standard error as "sitrep: <input>: <problem>".
Exit codes: 0 all inputs done, 1 some input failed (the others are still written), 2 bad usage.
Files larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, or whose text passes ${MAX_TEXT_CHARS} characters, are refused.

Examples:
  sitrep extract examples/wire-idlib-shelling.txt
  sitrep extract --format csv reports/*.pdf > events.csv
  cat feed.jsonl | sitrep extract --from jsonl - --format jsonl`,
    )
    .action(async function (this: Command, files: string[], options: ExtractCommandOptions) {
      if (files.length === 0) {
        this.error('error: no input given; name one or more files, or - to read standard input', {
          exitCode: 2,
          code: 'sitrep.noInput',
        });
      }
      const io = state.io!;
      // A missing index must not be created empty and silently used: that would hide a typo.
      if (options.gazetteer !== undefined && !existsSync(options.gazetteer)) {
        this.error(
          `error: --gazetteer ${options.gazetteer}: no such file; make one with \`sitrep gazetteer import FILE --db ${options.gazetteer}\``,
          { exitCode: 2, code: 'sitrep.gazetteer' },
        );
      }
      let pipeline: Pipeline;
      try {
        pipeline = await createDefaultPipeline({
          actorFiles: options.actors,
          ...(options.gazetteer === undefined ? {} : { gazetteer: options.gazetteer }),
        });
      } catch (error) {
        // A bad --actors file is a usage problem: nothing can run until it is fixed.
        this.error(
          `error: cannot set up the pipeline: ${error instanceof Error ? error.message : String(error)}`,
          {
            exitCode: 2,
            code: 'sitrep.pipeline',
          },
        );
      }
      const writer = resultWriter(options.format, io.stdout);
      await writer.begin();
      for (const file of files) {
        for await (const item of readInput(file, options, io)) {
          if (item instanceof InputError) {
            await fail(io, state, item.input, item.problem);
            continue;
          }
          let result: ReturnType<Pipeline['extract']>;
          try {
            result = pipeline.extract(
              {
                text: item.text,
                id: item.id ?? null,
                source: item.source ?? null,
                title: item.title ?? null,
                published: item.published ?? null,
                sha256: item.sha256,
              },
              { withText: options.withText ?? false },
            );
          } catch (error) {
            // A stage failing on one document must not stop the others; the message names the stage's error.
            const name = item.format === 'jsonl' && item.id ? `${file} (id ${item.id})` : file;
            await fail(
              io,
              state,
              name,
              `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
            );
            continue;
          }
          await writer.add(result);
        }
      }
      await writer.end();
    });
}

async function fail(io: CliIo, state: CliState, input: string, problem: string): Promise<void> {
  state.exitCode = 1;
  await write(io.stderr, `sitrep: ${input}: ${problem}\n`);
}

/** The documents of one command-line input: one for a file, one per line for JSONL. */
async function* readInput(
  file: string,
  options: ExtractCommandOptions,
  io: CliIo,
): AsyncGenerator<ReadDocument | InputError> {
  const jsonl = options.from === 'jsonl' || (options.from === undefined && /\.(jsonl|ndjson)$/i.test(file));
  if (jsonl) {
    const jsonlOptions = { name: file, published: options.published ?? null };
    yield* readJsonl(file === '-' ? io.stdin : file, jsonlOptions);
    return;
  }
  try {
    if (file === '-') {
      const bytes = await readStream(io.stdin);
      yield await readBytes(bytes, {
        name: '-',
        ...(options.from ? { format: options.from } : {}),
        ...(options.published ? { published: options.published } : {}),
      });
    } else {
      yield await readFile(file, {
        ...(options.from ? { format: options.from } : {}),
        ...(options.published ? { published: options.published } : {}),
      });
    }
  } catch (error) {
    if (error instanceof InputError) yield error;
    else throw error;
  }
}

/** Reads standard input whole, refusing it past MAX_INPUT_BYTES. */
async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) {
      throw new InputError(
        '-',
        `standard input is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit; split it, or send JSONL with --from jsonl`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
