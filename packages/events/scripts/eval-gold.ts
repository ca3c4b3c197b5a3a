/**
 * @module eval-gold
 * Scores the events stage on a gold file with @sitrep/eval; see eval-gold.mjs for usage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as actorsModule from '@sitrep/actors-optional';
import { evaluateEvents, formatReport, type PassageRun, parseGold } from '@sitrep/eval';
import { geoStage, locate, openGazetteer } from '@sitrep/geo';
import { Doc, type Stage } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { dateOf, timeStage } from '@sitrep/time';
import { extractEvents, loadLexicon } from '../src/index';

/** Finds an actor stage factory in the actors package, whatever it is called. */
function actorStage(): Stage<'actors'> | null {
  const m = actorsModule as Record<string, unknown>;
  if (typeof m.actorStage !== 'function' || typeof m.loadActorDictionary !== 'function') return null;
  const dictionary = (m.loadActorDictionary as () => unknown)();
  return (m.actorStage as (d: unknown) => Stage<'actors'>)(dictionary);
}

/**
 * Runs the evaluation.
 *
 * @param argv
 *   `[GOLD] [--json] [--diff]`.
 * @param root
 *   Repository root.
 */
export async function main(argv: string[], root: string): Promise<void> {
  const goldPath = argv.find((a) => !a.startsWith('--')) ?? join(root, 'data/gold/events-dev.jsonl');
  const gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
  const lexicon = loadLexicon(join(root, 'data/events'));
  const actors = actorStage();
  const stages: Stage[] = [nlpStage(), timeStage(), geoStage(openGazetteer())];
  if (actors) stages.push(actors);
  else
    process.stderr.write(
      'eval-gold: no actor stage found in @sitrep/actors; running without actors (dyads will miss)\n',
    );
  const runs: PassageRun[] = [];
  const started = performance.now();
  let chars = 0;
  for (const passage of gold) {
    const doc = new Doc({ text: passage.text, published: passage.published, id: passage.id });
    for (const stage of stages) doc.set(stage.provides, stage.run(doc, { options: {} }));
    const predicted = extractEvents(doc, lexicon, dateOf, locate);
    chars += passage.text.length;
    runs.push({ gold: passage, predicted });
  }
  const ms = performance.now() - started;
  const report = evaluateEvents(runs);
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...report, diffs: undefined }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    formatReport(report, { diff: argv.includes('--diff') ? 'errors' : 'none', title: goldPath }),
  );
  process.stdout.write(`\n${gold.length} passages, ${chars} chars in ${ms.toFixed(0)} ms (all stages)\n`);
}
