// A participle that describes a noun is no act (issue 6, point 1). Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

describe('attributive participles', () => {
  it('"a proposed exchange" is no offer, "the accused men" no accusation', () => {
    const r = extract(
      'Fictional: The meeting focused on a proposed exchange of hostages and prisoners held by the accused men.',
      {
        actors: [
          ['hostages', 'civ', null, 'CVL'],
          ['prisoners', 'civ', null, 'CVL'],
          ['men', 'civ', null, 'CVL'],
        ],
      },
    );
    expect(r.events.filter((e) => e.type === 'AGREE' || e.type === 'ACCUSE')).toEqual([]);
  });

  it('the same verbs with a subject still code', () => {
    const r = extract(
      'Fictional: Mediators proposed an exchange of prisoners and the ministry accused the rebels.',
      {
        actors: [
          ['Mediators', 'med', null, 'GOV'],
          ['the ministry', 'gov', 'SYR', 'GOV'],
          ['the rebels', 'reb', 'SYR', 'REB'],
        ],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(expect.arrayContaining(['AGREE', 'ACCUSE']));
  });
});
