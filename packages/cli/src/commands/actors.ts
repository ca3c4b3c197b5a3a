/**
 * @module commands/actors
 * `sitrep actors check FILE...` validates actor dictionaries (user files or data/actors itself);
 * `sitrep actors lookup TEXT` shows how a sentence's actors are coded, with the rules used.
 */
import { resolve } from 'node:path';
import { actorMentions, actorStage, checkDictionaryFiles, loadActorDictionary } from '@sitrep/actors';
import { Doc } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import type { Command } from 'commander';
import { write } from '../io';
import type { CliState } from '../program';

/**
 * Registers `actors check` and `actors lookup`.
 *
 * @param program
 *   The root command.
 * @param state
 *   Exit code and streams.
 */
export function registerActors(program: Command, state: CliState): void {
  const io = state.io!;
  const actors = program.command('actors').description('check actor dictionaries and try them on text');

  actors
    .command('check')
    .description('validate actor dictionary files; exit 1 when one has errors')
    .argument('<files...>', 'TSV dictionary files (same columns as the built-in table they extend)')
    .addHelpText(
      'after',
      `
Reports, with file and line: malformed rows, bad dates (YYYY-MM-DD, end after start), unknown
PLOVER sectors, country codes that are not ISO alpha-3 of a known state, duplicate ids, and
aliases that also name another actor (a warning). Built-in tables are in data/actors/.

Example:
  sitrep actors check my-actors.tsv
  sitrep extract report.txt --actors my-actors.tsv`,
    )
    .action(async (files: string[]) => {
      const paths = files.map((f) => resolve(f));
      let problems: ReturnType<typeof checkDictionaryFiles>;
      try {
        problems = checkDictionaryFiles(paths);
      } catch (error) {
        await write(io.stderr, `sitrep actors check: ${(error as Error).message}\n`);
        state.exitCode = 1;
        return;
      }
      const errors = problems.filter((p) => p.level === 'error').length;
      for (const p of problems) {
        const shown = files[paths.indexOf(p.file)] ?? p.file;
        await write(io.stdout, `${shown}:${p.line}: ${p.level}: ${p.text}\n`);
      }
      await write(
        errors > 0 ? io.stderr : io.stdout,
        `${files.length} file(s) checked: ${errors} error(s), ${problems.length - errors} warning(s)\n`,
      );
      if (errors > 0) state.exitCode = 1;
    });

  actors
    .command('lookup')
    .description('code the actors of a short text and show the rules used')
    .argument('<text...>', 'the text (quote it)')
    .option('--published <date>', 'publication date YYYY-MM-DD (offices are resolved on it)')
    .option('--actors <files...>', 'extra actor dictionary files')
    .action(async (words: string[], options: { published?: string; actors?: string[] }) => {
      try {
        const dictionary = loadActorDictionary(options.actors ?? []);
        const doc = new Doc({ text: words.join(' '), published: options.published ?? null });
        doc.set('nlp', nlpStage().run(doc, { options: {} }));
        doc.set('actors', actorStage(dictionary).run(doc, { options: {} }));
        for (const m of actorMentions(doc)) {
          await write(
            io.stdout,
            `${m.id}  ${JSON.stringify(m.text)} -> ${m.actor.id}  ${m.actor.name} [${m.actor.country ?? '-'} ${m.actor.sector ?? '-'}]  ${m.why.join(' ')}\n`,
          );
        }
        for (const message of doc.messages.items)
          await write(io.stdout, `${message.level}: ${message.code}: ${message.text}\n`);
      } catch (error) {
        await write(io.stderr, `sitrep actors lookup: ${(error as Error).message}\n`);
        state.exitCode = 1;
      }
    });
}
