// One event, many mentions (issue 6, point 5): a headline restating the lead. Texts are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

const BODY =
  'Fictional: Government forces shelled the town of Kafr Nabl on Thursday, killing six civilians, monitors said.';

describe('headlines', () => {
  it("a headline's event is the body's same event, which keeps the headline's toll", () => {
    const text = `Shelling kills six civilians in Kafr Nabl, monitors say\n\n${BODY}\n\nResidents fled north.`;
    const r = extract(text, {
      actors: [
        ['Government forces', 'syr.mil', 'SYR', 'MIL'],
        ['civilians', 'syr.civilians', 'SYR', 'CVL'],
        ['civilians', 'syr.civilians', 'SYR', 'CVL', 1],
      ],
      places: [
        ['Kafr Nabl', 'Kafr Nabl', 35.61, 36.56, 'SY'],
        ['town of Kafr Nabl', 'Kafr Nabl', 35.61, 36.56, 'SY'],
      ],
      times: [['Thursday', '2024-03-07', '2024-03-07', 'day']],
    });
    const assaults = r.events.filter((e) => e.type === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.trigger.text).toBe('shelled');
    expect(assaults[0]!.why?.some((w) => w.startsWith('headline:'))).toBe(true);
  });

  it('a headline event the body does not tell stays an event', () => {
    const text = `Rebels seize airport in the north\n\n${BODY}\n\nResidents fled north.`;
    const r = extract(text, {
      actors: [
        ['Rebels', 'syr.rebels', 'SYR', 'REB'],
        ['Government forces', 'syr.mil', 'SYR', 'MIL'],
        ['civilians', 'syr.civilians', 'SYR', 'CVL'],
      ],
      places: [['Kafr Nabl', 'Kafr Nabl', 35.61, 36.56, 'SY']],
    });
    expect(r.events.map((e) => e.trigger.text.split(' ')[0])).toEqual(
      expect.arrayContaining(['seize', 'shelled']),
    );
  });

  it('a headline act at another named place, or a sentence that ends like prose, is not folded', () => {
    const elsewhere = `Shelling kills six civilians in Saraqib\n\n${BODY}\n\nResidents fled north.`;
    const places: [string, string, number, number, string][] = [
      ['Saraqib', 'Saraqib', 35.86, 36.8, 'SY'],
      ['Kafr Nabl', 'Kafr Nabl', 35.61, 36.56, 'SY'],
    ];
    const r = extract(elsewhere, { places });
    expect(r.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(2);
    const prose = `Shelling killed six civilians in Kafr Nabl.\n\n${BODY}\n\nResidents fled north.`;
    const p = extract(prose, { places: [['Kafr Nabl', 'Kafr Nabl', 35.61, 36.56, 'SY']] });
    expect(p.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(2);
  });
});

describe('headline passives', () => {
  it('a past form after its noun in a headline is a passive: the noun is the recipient', () => {
    const text =
      'Soldiers killed in ambush near Gao\n\nFictional: Militants ambushed an army convoy near Gao on Saturday, killing seven soldiers.\n\nThe army said more.';
    const actors: [string, string, string | null, string | null, number?][] = [
      ['Soldiers', 'mli.mil', 'MLI', 'MIL'],
      ['Militants', 'mli.rebels', 'MLI', 'REB'],
      ['army convoy', 'mli.mil', 'MLI', 'MIL'],
    ];
    const r = extract(text, { actors });
    const assaults = r.events.filter((e) => e.type === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]!.actor.map((a) => a.id)).toEqual(['mli.rebels']);
    // Without a body telling it, the headline event stands, with the soldiers as the ones hit.
    const alone = extract(
      'Soldiers killed in ambush near Gao\n\nFictional: The army gave no details.\n\nMore later.',
      {
        actors: [['Soldiers', 'mli.mil', 'MLI', 'MIL']],
      },
    );
    const ev = alone.events.find((e) => e.type === 'ASSAULT');
    expect(ev?.actor ?? []).toEqual([]);
    expect(ev?.recipient.map((a) => a.id)).toEqual(['mli.mil']);
  });
});
