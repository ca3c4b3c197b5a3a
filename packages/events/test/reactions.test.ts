// Condemning "the attack" is aimed at whoever attacked (issue 6, points 2 and 5). Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('reactions to an earlier event', () => {
  it('the recipient of a condemnation of "the attack" is the attacker', () => {
    const text =
      'Fictional: Government forces shelled the town of Kafr Nabl on Thursday. Turkish officials condemned the attack on Friday.';
    const r = extract(text, {
      actors: [
        ['Government forces', 'syr.mil', 'SYR', 'MIL'],
        ['Turkish officials', 'tur.gov', 'TUR', 'GOV'],
      ],
    });
    const accuse = r.events.find((e) => e.type === 'ACCUSE')!;
    expect(accuse.actor.map((a) => a.id)).toEqual(['tur.gov']);
    expect(accuse.recipient.map((a) => a.id)).toEqual(['syr.mil']);
    expect(r.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('a condemnation with its own object keeps it', () => {
    const text =
      'Fictional: Government forces shelled the town of Kafr Nabl on Thursday. Turkish officials condemned Russia over the attack.';
    const r = extract(text, {
      actors: [
        ['Government forces', 'syr.mil', 'SYR', 'MIL'],
        ['Turkish officials', 'tur.gov', 'TUR', 'GOV'],
        ['Russia', 'rus.gov', 'RUS', 'GOV'],
      ],
    });
    expect(r.events.find((e) => e.type === 'ACCUSE')?.recipient.map((a) => a.id)).toEqual(['rus.gov']);
  });
});

describe('an ambiguous "the attack"', () => {
  it('gives the condemnation no side when two attackers were named before it', () => {
    const text =
      'Fictional: Army aircraft struck a school in Pale on Monday. Rebel fighters attacked an army post near Monywa on Tuesday. The UN envoy condemned the attack.';
    const r = extract(text, {
      actors: [
        ['Army aircraft', 'mmr.mil', 'MMR', 'MIL'],
        ['Rebel fighters', 'mmr.rebels', 'MMR', 'REB'],
        ['an army post', 'mmr.mil', 'MMR', 'MIL'],
        ['The UN envoy', 'un', null, 'IGO'],
      ],
    });
    const accuse = r.events.find((e) => e.type === 'ACCUSE')!;
    expect(accuse.actor.map((a) => a.id)).toEqual(['un']);
    expect(accuse.recipient).toEqual([]);
  });
});
