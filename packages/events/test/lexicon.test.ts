// Tests of the lexicon files and the ACLED precedence rules. Texts are fictional.
import { PLOVER_TYPES } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { ACLED_CODES, type AcledFacts, acledType } from '../src/acled';
import { LexiconError, loadLexicon, parseCues, parseTriggers } from '../src/lexicon';

const lexicon = loadLexicon();

describe('lexicon', () => {
  it('covers all 16 PLOVER types', () => {
    const types = new Set(lexicon.entries.map((e) => e.type));
    for (const t of PLOVER_TYPES) expect(types.has(t), t).toBe(true);
  });

  it('reaches all 25 ACLED sub-event types through entries and precedence rules', () => {
    const reached = new Set<string>();
    const base: AcledFacts = {
      code: null,
      actorSectors: [],
      recipientSectors: [],
      civilianTarget: false,
      armedTarget: false,
      protesterTarget: false,
      remote: null,
      intervention: false,
      killed: false,
    };
    for (const e of lexicon.entries) {
      if (!e.acled) continue;
      for (const facts of [
        { code: e.acled },
        { code: e.acled, civilianTarget: true },
        { code: e.acled, armedTarget: true },
        { code: e.acled, protesterTarget: true },
        { code: e.acled, actorSectors: ['MIL'] },
        { code: e.acled, intervention: true },
        { code: e.acled, intervention: true, killed: true },
      ]) {
        const r = acledType({ ...base, ...facts });
        if (r) reached.add(r.acled.sub_event_type);
      }
    }
    const all = Object.entries(ACLED_CODES)
      .filter(([, v]) => v[1] !== '')
      .map(([, v]) => v[1]);
    expect(all).toHaveLength(25);
    for (const sub of all) expect(reached.has(sub), sub).toBe(true);
  });

  it('indexes entries by first word, longest first', () => {
    const list = lexicon.byFirst.get('hold')!;
    expect(list.length).toBeGreaterThan(1);
    for (let i = 1; i < list.length; i++)
      expect(list[i - 1]!.words.length).toBeGreaterThanOrEqual(list[i]!.words.length);
  });

  it('says which line is wrong and how', () => {
    expect(() => parseTriggers('shell\tV\tBOMBARD\t-\t-\t194\t-\t-\n', 'x.tsv')).toThrow(
      /x\.tsv:1: expected a PLOVER type/,
    );
    expect(() => parseTriggers('shell\tV\n', 'x.tsv')).toThrow(LexiconError);
    expect(() => parseTriggers('... shell\tV\tASSAULT\t-\t-\t194\t-\t-\n')).toThrow(
      /may not start or end with the gap/,
    );
    expect(() => parseCues('reporting: [say]\n')).toThrow(/expected "according_to" to be a list/);
  });
});

describe('ACLED precedence', () => {
  const base: AcledFacts = {
    code: 'violence',
    actorSectors: ['MIL'],
    recipientSectors: [],
    civilianTarget: false,
    armedTarget: false,
    protesterTarget: false,
    remote: null,
    intervention: false,
    killed: false,
  };
  it('remote violence keeps its type even against civilians', () => {
    expect(acledType({ ...base, remote: 'erv.air', civilianTarget: true })?.acled.sub_event_type).toBe(
      'Air/drone strike',
    );
  });
  it('an armed actor against civilians is violence against civilians', () => {
    expect(acledType({ ...base, civilianTarget: true })?.acled.event_type).toBe('Violence against civilians');
  });
  it('force against protesters is excessive force; lethal force in a protest too', () => {
    expect(acledType({ ...base, protesterTarget: true })?.acled.sub_event_type).toBe(
      'Excessive force against protesters',
    );
    expect(
      acledType({ ...base, code: 'protest.peaceful', intervention: true, killed: true })?.acled
        .sub_event_type,
    ).toBe('Excessive force against protesters');
    expect(acledType({ ...base, code: 'protest.peaceful', intervention: true })?.acled.sub_event_type).toBe(
      'Protest with intervention',
    );
  });
  it('combatants abducted in fighting are a battle, not an abduction of civilians', () => {
    expect(acledType({ ...base, code: 'vac.abduction', recipientSectors: ['MIL'] })?.acled.event_type).toBe(
      'Battles',
    );
  });
  it('no ACLED type for events ACLED does not code', () => {
    expect(acledType({ ...base, code: null })).toBeNull();
  });
});
