// Actor recognition for wording first seen in the dev5 gold set (recipients, issue 6). Every text
// is fictional; real place names are used as the dictionary knows them.
import { describe, expect, it } from 'vitest';
import { actorsOf, pairs } from './helpers';

describe('dev5 role nouns', () => {
  it('a newspaper is the press, hospitals are health workers, indigenous groups are civilians', () => {
    const { mentions } = actorsOf(
      'Fictional: Authorities shut down an independent newspaper. Supplies were flown to hospitals. The president yielded to indigenous groups.',
    );
    const sectors = Object.fromEntries(mentions.map((m) => [m.text, m.actor.sector]));
    expect(sectors['independent newspaper']).toBe('JRN');
    expect(sectors.hospitals).toBe('MED');
    expect(sectors['indigenous groups']).toBe('CVL');
  });

  it('arms makers and factory owners are business, with the state adjective as their country', () => {
    const { mentions } = actorsOf(
      'Fictional: The EU froze the assets of two Belarusian arms makers. Workers demanded pay from factory owners.',
    );
    expect(pairs(mentions)).toContain('Belarusian arms makers -> blr.business');
    expect(mentions.find((m) => m.text === 'factory owners')?.actor.sector).toBe('BUS');
  });
});

describe('dev5 survivors and coastguards', () => {
  it("earthquake survivors are civilians; Libyan coastguards are Libya's police", () => {
    const { mentions } = actorsOf(
      'Fictional: Tents were flown to earthquake survivors. Migrants were stopped by Libyan coastguards.',
    );
    expect(mentions.find((m) => m.text.includes('survivors'))?.actor.sector).toBe('CVL');
    expect(pairs(mentions)).toContain('Libyan coastguards -> lby.cop');
  });
});
