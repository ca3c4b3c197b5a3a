/**
 * @module probe
 * Runs the events stage (after nlp, time, geo and actors) over sentences given one per line on
 * stdin and prints each event's type, trigger, actor, recipient and location: the tool for
 * writing probe sentences (fictional, unseen wording) without opening a gold file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorStage, loadActorDictionary } from '@sitrep/actors';
import { geoStage, locate, openGazetteer } from '@sitrep/geo';
import { Doc, type Stage } from '@sitrep/model';
import { nlpStage } from '@sitrep/nlp';
import { dateOf, timeStage } from '@sitrep/time';
import { extractEvents, loadLexicon } from '../src/index';

/**
 * Prints the events of each stdin line (a blank line separates nothing; each line is a passage).
 *
 * @param root
 *   Repository root.
 */
export async function main(root: string): Promise<void> {
  const lexicon = loadLexicon(join(root, 'data/events'));
  const stages: Stage[] = [
    nlpStage(),
    timeStage(),
    geoStage(openGazetteer()),
    actorStage(loadActorDictionary()),
  ];
  const lines = readFileSync(0, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  for (const text of lines) {
    const doc = new Doc({ text, published: '2024-03-12', id: 'probe' });
    for (const stage of stages) doc.set(stage.provides, stage.run(doc, { options: {} }));
    const events = extractEvents(doc, lexicon, dateOf, locate);
    process.stdout.write(`\n> ${text}\n`);
    const actors = doc.maybe('actors');
    process.stdout.write(`  actors: ${(actors ?? []).map((a) => `${a.text}=${a.actor.id}`).join(', ')}\n`);
    for (const e of events) {
      const ids = (l: { id: string }[]) => l.map((a) => a.id).join('+') || '-';
      process.stdout.write(
        `  ${e.type}${e.mode ? `/${e.mode}` : ''} "${e.trigger.text}" ${ids(e.actor)} -> ${ids(e.recipient)} @ ${e.location?.name ?? '-'} [${e.modality}]${process.env.WHY ? ` ${(e.why ?? []).join(' ')}` : ''}\n`,
      );
    }
  }
}
