/**
 * @module commands/eval
 * `sitrep eval GOLD`: runs the default pipeline on every passage of a gold file and prints how its
 * events compare (packages/eval/README.md documents the gold format). Exit 0 whatever the scores;
 * 1 when the gold file is invalid or a passage could not be processed; 2 bad usage.
 */

import type { Readable } from 'node:stream';
import {
  evaluateEvents,
  formatReport,
  GoldError,
  type GoldPassage,
  type PassageRun,
  parseGold,
  readGold,
} from '@sitrep/eval';
import { createDefaultPipeline } from '@sitrep/pipeline';
import { type Command, Option } from 'commander';
import { write } from '../io';
import type { CliState } from '../program';

/** Options of `sitrep eval`, as commander parses them. */
export interface EvalCommandOptions {
  format: 'text' | 'json';
  scope: 'factual' | 'all';
  diff: 'errors' | 'all' | 'none';
  actors: string[];
  tag: string[];
}

/**
 * Registers `eval` on the program.
 *
 * @param program
 *   The root command.
 * @param state
 *   Exit code and streams.
 */
export function registerEval(program: Command, state: CliState): void {
  program
    .command('eval')
    .description('score the default pipeline against a gold file of passages with expected events')
    .argument(
      '<gold>',
      'gold file: JSON Lines, one passage a line (format: packages/eval/README.md), or - for standard input',
    )
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--scope <scope>', 'factual: score asserted and reported events; all: every modality')
        .choices(['factual', 'all'])
        .default('factual'),
    )
    .addOption(
      new Option('--diff <which>', 'passages the text report lists event by event')
        .choices(['errors', 'all', 'none'])
        .default('errors'),
    )
    .option(
      '--tag <tag>',
      'score only passages with this tag (e.g. negation, sahel); repeat for several',
      (tag: string, previous: string[]) => [...previous, tag],
      [] as string[],
    )
    .option(
      '--actors <file>',
      'an extra actor dictionary file; repeat for several',
      (file: string, previous: string[]) => [...previous, file],
      [] as string[],
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 scored (whatever the scores), 1 the gold file is invalid or a passage failed, 2 bad usage.

Example:
  sitrep eval data/gold/example.jsonl
  sitrep eval data/gold/events-dev.jsonl --format json > report.json
  cat my-gold.jsonl | sitrep eval -`,
    )
    .action(async (goldPath: string, options: EvalCommandOptions) => {
      const io = state.io!;
      let passages: GoldPassage[];
      try {
        passages =
          goldPath === '-' ? parseGold(await readAll(io.stdin), '<stdin>') : await readGold(goldPath);
      } catch (error) {
        if (!(error instanceof GoldError)) throw error;
        await write(io.stderr, `sitrep: ${error.message}\n`);
        state.exitCode = 1;
        return;
      }
      if (options.tag.length > 0) {
        passages = passages.filter((p) => p.tags.some((tag) => options.tag.includes(tag)));
        if (passages.length === 0) {
          await write(
            io.stderr,
            `sitrep: no passage of ${goldPath} has the tag ${options.tag.join(' or ')}\n`,
          );
          state.exitCode = 1;
          return;
        }
      }
      const pipeline = await createDefaultPipeline({ actorFiles: options.actors });
      const runs: PassageRun[] = [];
      for (const passage of passages) {
        let run: PassageRun;
        try {
          const result = pipeline.extract({
            id: passage.id,
            text: passage.text,
            published: passage.published,
          });
          run = { gold: passage, predicted: result.events, mentions: result.mentions };
        } catch (error) {
          // A passage the pipeline cannot process is reported and scored as predicting nothing,
          // so one bad passage does not hide the scores of the others.
          await write(
            io.stderr,
            `sitrep: ${passage.source}:${passage.line} (${passage.id}): the pipeline failed: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          state.exitCode = 1;
          run = { gold: passage, predicted: [], mentions: { places: [], times: [] } };
        }
        runs.push(run);
      }
      const report = evaluateEvents(runs, { scope: options.scope });
      await write(
        io.stdout,
        options.format === 'json'
          ? `${JSON.stringify({ gold: goldPath, pipeline: pipeline.version, ...report }, null, 2)}\n`
          : formatReport(report, { title: goldPath, diff: options.diff }),
      );
    });
}

/** Reads a stream to its end as UTF-8 text. */
async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
