// One act, coded once: attacks named twice in a sentence. Every text is fictional, written for this test.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();
const summary = (text: string) =>
  extract(text).events.map(
    (e) =>
      `${e.trigger.text}:${e.actor.map((a) => a.id).join('+')}->${e.recipient.map((a) => a.id).join('+')}:${e.fatalities ?? 0}`,
  );

describe('an attack named twice', () => {
  it('"an IED planted by X killed three" is one attack with three dead, not two', () => {
    expect(
      summary(
        'Fictional: In Deir ez-Zor, an IED planted by Islamic State militants killed three SDF fighters.',
      ),
    ).toEqual(['killed:isis->sdf:3']);
  });

  it('"repelled an attack by JNIM" is the attack; "repelled an advance" is a fight of its own', () => {
    expect(summary('Fictional: The army repelled an attack by JNIM on its base in Boni.')).toEqual([
      'attack:jnim->mli.mil:0',
    ]);
    expect(summary('Fictional: Ukrainian forces repulsed Russian assaults near Pokrovsk.')).toEqual([
      'assaults:rus.mil->ukr.mil:0',
    ]);
    expect(
      summary('Fictional: HTS fighters repelled an attempted advance by government forces near Kafr Nabl.'),
    ).toEqual(['repelled:hts->:0']);
  });
});
