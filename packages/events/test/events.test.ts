// All texts in this file are fictional, written for these tests; real place names only.
import { locate } from '@sitrep/geo';
import { describe, expect, it } from 'vitest';
import { type A, extract, type P, type T } from './fixture';

const RUS: A = ['Russian forces', 'rus.mil', 'RUS', 'MIL'];
const IZIUM: P = ['Izium', 'Izium', 49.21, 37.26, 'UA'];
const BALAKLIIA: P = ['Balakliia', 'Balakliia', 49.46, 36.84, 'UA'];
const MONDAY: T = ['Monday', '2024-03-11', '2024-03-11', 'day'];

describe('1. triggers from the lexicon', () => {
  it('codes a multiword trigger with PLOVER, CAMEO and its lexicon line in why', () => {
    const r = extract('Fictional: Egypt and Qatar held talks in Cairo.', {
      actors: [
        ['Egypt', 'egy.gov', 'EGY', 'GOV'],
        ['Qatar', 'qat.gov', 'QAT', 'GOV'],
      ],
      places: [['Cairo', 'Cairo', 30.04, 31.24, 'EG']],
    });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('CONSULT');
    expect(e.cameo).toBe('046');
    expect(e.trigger.text).toBe('held talks');
    expect(e.why).toContain('trigger:hold talk');
    expect(e.why?.some((w) => w.startsWith('lexicon:triggers.tsv:'))).toBe(true);
    expect(e.actor.map((a) => a.id)).toEqual(['egy.gov', 'qat.gov']);
    expect(e.location?.name).toBe('Cairo');
  });

  it('an airstrike on a town held by an armed group is Explosions/Remote violence — Air/drone strike', () => {
    const r = extract(
      'Fictional: Syrian jets carried out an airstrike on the town of Saraqib, which is held by HTS.',
      {
        actors: [
          ['Syrian jets', 'syr.mil', 'SYR', 'MIL'],
          ['HTS', 'hts', 'SYR', 'REB'],
        ],
        places: [['Saraqib', 'Saraqib', 35.86, 36.8, 'SY']],
      },
    );
    const e = r.events[0]!;
    expect(e.type).toBe('ASSAULT');
    expect(e.acled).toEqual({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
    expect(e.actor.map((a) => a.id)).toEqual(['syr.mil']);
    expect(e.recipient.map((a) => a.id)).toEqual(['hts']);
    expect(e.location?.name).toBe('Saraqib');
  });

  it('fighting between two armed groups is Battles — Armed clash', () => {
    const r = extract('Fictional: SDF fighters clashed with ISIS militants near Hajin.', {
      actors: [
        ['SDF fighters', 'sdf', 'SYR', 'REB'],
        ['ISIS militants', 'isis', null, 'REB'],
      ],
      places: [['Hajin', 'Hajin', 34.69, 40.83, 'SY']],
    });
    const e = r.events[0]!;
    expect(e.acled).toEqual({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    expect(e.recipient.map((a) => a.id)).toEqual(['isis']);
    expect(e.location?.precision).toBe(2);
  });

  it('violence by an armed actor against civilians is Violence against civilians — Attack', () => {
    const r = extract('Fictional: Gunmen attacked villagers in Mopti on Monday.', {
      actors: [['Gunmen', 'unk.armed', null, 'UAF']],
      places: [['Mopti', 'Mopti', 14.49, -4.2, 'ML']],
      times: [MONDAY],
    });
    expect(r.events[0]!.acled).toEqual({
      event_type: 'Violence against civilians',
      sub_event_type: 'Attack',
    });
  });

  it('state forces taking a town regain territory; a rebel group taking one overtakes it', () => {
    const gov = extract('Fictional: The army seized control of Maarat al-Numan.', {
      actors: [['The army', 'syr.mil', 'SYR', 'MIL']],
      places: [['Maarat al-Numan', "Ma'arrat an Nu'man", 35.64, 36.67, 'SY']],
    });
    expect(gov.events[0]!.acled?.sub_event_type).toBe('Government regains territory');
    const reb = extract('Fictional: HTS seized control of Maarat al-Numan.', {
      actors: [['HTS', 'hts', 'SYR', 'REB']],
      places: [['Maarat al-Numan', "Ma'arrat an Nu'man", 35.64, 36.67, 'SY']],
    });
    expect(reb.events[0]!.acled?.sub_event_type).toBe('Non-state actor overtakes territory');
  });

  it('codes verbal events: condemned, called on, rejected, threatened, sanctioned, detained', () => {
    const cases: [string, string][] = [
      ['Fictional: Turkey condemned Israel.', 'ACCUSE'],
      ['Fictional: Turkey rejected the proposal from Israel.', 'REJECT'],
      ['Fictional: Turkey threatened Israel.', 'THREATEN'],
      ['Fictional: Turkey sanctioned Israel.', 'SANCTION'],
      ['Fictional: Turkey detained Israel.', 'COERCE'],
      ['Fictional: Turkey deployed troops to the border with Israel.', 'MOBILIZE'],
      ['Fictional: Turkey pledged aid to Israel.', 'AGREE'],
      ['Fictional: Turkey signed an agreement with Israel.', 'SUPPORT'],
      ['Fictional: Turkey withdrew from talks with Israel.', 'RETREAT'],
    ];
    for (const [text, type] of cases) {
      const r = extract(text, {
        actors: [
          ['Turkey', 'tur.gov', 'TUR', 'GOV'],
          ['Israel', 'isr.gov', 'ISR', 'GOV'],
        ],
      });
      expect(
        r.events.map((e) => e.type),
        text,
      ).toContain(type);
    }
  });
});

describe('2. arguments without a parser', () => {
  it('passive voice: "X was shelled by Y" makes Y the actor and the place the location', () => {
    const r = extract('Fictional: Izium was shelled by Russian forces on Monday.', {
      actors: [RUS],
      places: [IZIUM],
      times: [MONDAY],
    });
    const e = r.events[0]!;
    expect(e.actor.map((a) => a.id)).toEqual(['rus.mil']);
    expect(e.location?.name).toBe('Izium');
    expect(e.date?.start).toBe('2024-03-11');
    expect(e.why).toContain('arg:passive');
  });

  it('passive with an actor subject: the subject receives the act', () => {
    const r = extract('Fictional: Ukrainian soldiers were attacked by Russian forces.', {
      actors: [['Ukrainian soldiers', 'ukr.mil', 'UKR', 'MIL'], RUS],
    });
    const e = r.events[0]!;
    expect(e.actor.map((a) => a.id)).toEqual(['rus.mil']);
    expect(e.recipient.map((a) => a.id)).toEqual(['ukr.mil']);
  });

  it('coordination: "Egyptian, Qatari and US mediators" gives three actors', () => {
    const r = extract('Fictional: Egyptian, Qatari and US mediators met with Hamas in Cairo.', {
      actors: [
        ['Egyptian', 'egy.gov', 'EGY', 'GOV'],
        ['Qatari', 'qat.gov', 'QAT', 'GOV'],
        ['US mediators', 'usa.gov', 'USA', 'GOV'],
        ['Hamas', 'hamas', 'PSE', 'REB'],
      ],
      places: [['Cairo', 'Cairo', 30.04, 31.24, 'EG']],
    });
    const e = r.events[0]!;
    expect(e.actor.map((a) => a.id)).toEqual(['egy.gov', 'qat.gov', 'usa.gov']);
    expect(e.recipient.map((a) => a.id)).toEqual(['hamas']);
  });

  it('prepositions: "talks between X and Y" and "an attack by X on Y"', () => {
    const talks = extract('Fictional: Talks between Armenia and Azerbaijan took place in Brussels.', {
      actors: [
        ['Armenia', 'arm.gov', 'ARM', 'GOV'],
        ['Azerbaijan', 'aze.gov', 'AZE', 'GOV'],
      ],
      places: [['Brussels', 'Brussels', 50.85, 4.35, 'BE']],
    });
    expect(talks.events[0]!.actor.map((a) => a.id)).toEqual(['arm.gov']);
    expect(talks.events[0]!.recipient.map((a) => a.id)).toEqual(['aze.gov']);
    expect(talks.events[0]!.location?.name).toBe('Brussels');
    const attack = extract('Fictional: An attack by al-Shabaab on Kenyan troops left five dead.', {
      actors: [
        ['al-Shabaab', 'shabaab', 'SOM', 'REB'],
        ['Kenyan troops', 'ken.mil', 'KEN', 'MIL'],
      ],
    });
    const e = attack.events[0]!;
    expect(e.actor.map((a) => a.id)).toEqual(['shabaab']);
    expect(e.recipient.map((a) => a.id)).toEqual(['ken.mil']);
    expect(e.fatalities).toBe(5);
  });

  it('nominal events: "X\'s bombardment of Y"', () => {
    const r = extract("Fictional: Russia's bombardment of Kharkiv continued.", {
      actors: [['Russia', 'rus.gov', 'RUS', 'GOV']],
      places: [['Kharkiv', 'Kharkiv', 49.99, 36.23, 'UA']],
    });
    const e = r.events[0]!;
    expect(e.type).toBe('ASSAULT');
    expect(e.actor.map((a) => a.id)).toEqual(['rus.gov']);
    expect(e.location?.name).toBe('Kharkiv');
  });

  it('relative clause: "the town, which is held by Z" makes Z the recipient', () => {
    const r = extract(
      'Fictional: Russian forces shelled the town of Vovchansk, which is held by Ukrainian troops.',
      {
        actors: [RUS, ['Ukrainian troops', 'ukr.mil', 'UKR', 'MIL']],
        places: [['Vovchansk', 'Vovchansk', 50.29, 36.94, 'UA']],
      },
    );
    const e = r.events[0]!;
    expect(e.recipient.map((a) => a.id)).toEqual(['ukr.mil']);
    expect(e.why).toContain('arg:relative-clause-holder->recipient');
  });

  it('a comma alone does not coordinate: "six civilians, the military said" is not one group', () => {
    const r = extract(
      'Fictional: Russian forces shelled Izium, killing six civilians, the Ukrainian military said.',
      {
        actors: [
          RUS,
          ['six civilians', 'civilians', null, 'CVL'],
          ['the Ukrainian military', 'ukr.mil', 'UKR', 'MIL'],
        ],
        places: [IZIUM],
      },
    );
    const e = r.events[0]!;
    expect(e.recipient.map((a) => a.id)).toEqual(['civilians']);
    expect(e.attribution?.id).toBe('ukr.mil');
    expect(e.acled?.sub_event_type).toBe('Shelling/artillery/missile attack');
  });

  it('a parenthetical does not steal the subject', () => {
    const r = extract('Fictional: Government forces, backed by Russian jets, attacked rebel positions.', {
      actors: [
        ['Government forces', 'syr.mil', 'SYR', 'MIL'],
        ['Russian jets', 'rus.mil', 'RUS', 'MIL'],
      ],
    });
    expect(r.events[0]!.actor.map((a) => a.id)).toEqual(['syr.mil']);
  });
});

describe('3. modality and attribution', () => {
  const actors: A[] = [
    ['Turkey', 'tur.gov', 'TUR', 'GOV'],
    ['Greece', 'grc.gov', 'GRC', 'GOV'],
    ['the ministry', 'grc.gov', 'GRC', 'GOV'],
  ];
  const cases: [string, string][] = [
    ['Fictional: Turkey did not attack Greece.', 'negated'],
    ['Fictional: Turkey never met Greece.', 'negated'],
    ['Fictional: Turkey denied attacking Greece.', 'negated'],
    ['Fictional: Turkey attacked Greece, the ministry said.', 'reported'],
    ['Fictional: Turkey will meet Greece.', 'future'],
    ['Fictional: Turkey plans to meet Greece.', 'future'],
    ['Fictional: Turkey is expected to meet Greece.', 'future'],
    ['Fictional: Turkey should meet Greece.', 'hypothetical'],
    ['Fictional: If Turkey attacks Greece, war follows.', 'hypothetical'],
    ['Fictional: Turkey attacks Greece as usual.', 'habitual'],
    ['Fictional: Turkey has been bombing Greece for years.', 'habitual'],
    ['Fictional: Turkey attacked Greece.', 'asserted'],
  ];
  for (const [text, modality] of cases) {
    it(`${modality}: ${text}`, () => {
      const r = extract(text, { actors: actors.filter(([t]) => text.includes(t)) });
      const main = r.events.find((e) => e.actor.some((a) => a.id === 'tur.gov'))!;
      expect(main, JSON.stringify(r.events)).toBeDefined();
      expect(main.modality).toBe(modality);
    });
  }

  it('reported speech carries the attribution: "according to Y" and "X said"', () => {
    const r = extract('Fictional: Russian forces shelled Izium, according to the ministry.', {
      actors: [RUS, ['the ministry', 'ukr.gov', 'UKR', 'GOV']],
      places: [IZIUM],
    });
    expect(r.events[0]!.modality).toBe('reported');
    expect(r.events[0]!.attribution?.id).toBe('ukr.gov');
  });

  it('an accusation is asserted; the act it alleges is reported, by the accused, attributed to the accuser', () => {
    const r = extract('Fictional: Kyiv accused Russian forces of shelling Izium.', {
      actors: [['Kyiv', 'ukr.gov', 'UKR', 'GOV'], RUS],
      places: [IZIUM],
    });
    const accuse = r.events.find((e) => e.type === 'ACCUSE')!;
    const shell = r.events.find((e) => e.type === 'ASSAULT')!;
    expect(accuse.modality).toBe('asserted');
    expect(accuse.recipient.map((a) => a.id)).toEqual(['rus.mil']);
    expect(shell.modality).toBe('reported');
    expect(shell.actor.map((a) => a.id)).toEqual(['rus.mil']);
    expect(shell.attribution?.id).toBe('ukr.gov');
  });

  it('a condemned act is presupposed: asserted', () => {
    const r = extract('Fictional: Iran condemned the Israeli strike on its consulate.', {
      actors: [
        ['Iran', 'irn.gov', 'IRN', 'GOV'],
        ['Israeli', 'isr.mil', 'ISR', 'MIL'],
      ],
    });
    const strike = r.events.find((e) => e.type === 'ASSAULT')!;
    expect(strike.modality).toBe('asserted');
    expect(strike.actor.map((a) => a.id)).toEqual(['isr.mil']);
  });

  it('"X said (that) ..." before the act attributes it to X', () => {
    const r = extract('Fictional: The ministry said Russian forces shelled Izium.', {
      actors: [['The ministry', 'ukr.gov', 'UKR', 'GOV'], RUS],
      places: [IZIUM],
    });
    const e = r.events.find((x) => x.type === 'ASSAULT')!;
    expect(e.modality).toBe('reported');
    expect(e.attribution?.id).toBe('ukr.gov');
    expect(e.actor.map((a) => a.id)).toEqual(['rus.mil']);
  });

  it('the subject of a report is a reported event; the rejection is asserted', () => {
    const r = extract('Fictional: The government rejected the UN report on killings in Djibo.', {
      actors: [
        ['The government', 'bfa.gov', 'BFA', 'GOV'],
        ['UN', 'un', null, 'IGO'],
      ],
      places: [['Djibo', 'Djibo', 14.1, -1.63, 'BF']],
    });
    expect(r.events.map((e) => [e.type, e.modality])).toEqual([
      ['REJECT', 'asserted'],
      ['ASSAULT', 'reported'],
    ]);
    expect(r.events[1]!.attribution?.id).toBe('un');
  });

  it('the topic of a protest is not an event: "a demonstration against kidnappings"', () => {
    const r = extract('Fictional: Residents held a demonstration against kidnappings in Jacmel.', {
      actors: [['Residents', 'civilians', null, 'CVL']],
      places: [['Jacmel', 'Jacmel', 18.23, -72.53, 'HT']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['PROTEST']);
  });

  it('"X must act, Y said" is a REQUEST by Y; "X could strike Z if ..., Y said" a THREATEN', () => {
    const demand = extract('Fictional: Iran must allow inspectors into its sites, the IAEA chief said.', {
      actors: [
        ['Iran', 'irn.gov', 'IRN', 'GOV'],
        ['the IAEA chief', 'iaea', null, 'IGO'],
      ],
    });
    const request = demand.events.find((e) => e.type === 'REQUEST')!;
    expect(request.modality).toBe('asserted');
    expect(request.actor.map((a) => a.id)).toEqual(['iaea']);
    expect(request.recipient.map((a) => a.id)).toEqual(['irn.gov']);
    expect(request.trigger.text).toBe('must allow inspectors');
    expect(demand.events.find((e) => e.type === 'RETREAT')!.modality).toBe('hypothetical');
    const threat = extract(
      'Fictional: Pakistan could launch strikes on the Taliban if attacks continue, the minister said.',
      {
        actors: [
          ['Pakistan', 'pak.gov', 'PAK', 'GOV'],
          ['the Taliban', 'taliban', 'AFG', 'REB'],
          ['the minister', 'pak.gov', 'PAK', 'GOV'],
        ],
      },
    );
    const t = threat.events.find((e) => e.type === 'THREATEN')!;
    expect(t.actor.map((a) => a.id)).toEqual(['pak.gov']);
    expect(t.mode).toBe('violence');
  });

  it('an act in the infinitive after a request is hypothetical, after an agreement future', () => {
    const r = extract('Fictional: Rebels agreed on Monday to release the hostages.', {
      actors: [['Rebels', 'reb', null, 'REB']],
    });
    const release = r.events.find((e) => e.type === 'RETREAT')!;
    expect(release.modality).toBe('future');
  });

  it('opinion and rhetoric produce no event', () => {
    const r = extract('Fictional: I think the regime is nothing but a machine that attacks its own people.', {
      actors: [['the regime', 'syr.gov', 'SYR', 'GOV']],
    });
    expect(r.events).toEqual([]);
    expect(r.messages.map((m) => m.code)).toContain('opinion-no-event');
  });

  it('a call to act is a REQUEST, and the act called for is hypothetical', () => {
    const r = extract('Fictional: The UN called on Israel to open the crossings.', {
      actors: [
        ['The UN', 'un', null, 'IGO'],
        ['Israel', 'isr.gov', 'ISR', 'GOV'],
      ],
    });
    const request = r.events.find((e) => e.type === 'REQUEST')!;
    expect(request.modality).toBe('asserted');
    expect(request.actor.map((a) => a.id)).toEqual(['un']);
    expect(request.recipient.map((a) => a.id)).toEqual(['isr.gov']);
  });
});

describe('4. location and date linking', () => {
  it('"shelled the towns of A and B" gives two events, one per location', () => {
    const r = extract('Fictional: Russian forces shelled the towns of Izium and Balakliia on Monday.', {
      actors: [RUS],
      places: [IZIUM, BALAKLIIA],
      times: [MONDAY],
    });
    expect(r.events.map((e) => e.location?.name)).toEqual(['Izium', 'Balakliia']);
    expect(r.events.every((e) => e.date?.start === '2024-03-11')).toBe(true);
  });

  it('a place qualifying an actor is not the location', () => {
    const r = extract('Fictional: Fighters from Idlib attacked Syrian troops in Saraqib.', {
      actors: [
        ['Fighters from Idlib', 'hts', 'SYR', 'REB'],
        ['Syrian troops', 'syr.mil', 'SYR', 'MIL'],
      ],
      places: [
        ['Idlib', 'Idlib', 35.93, 36.63, 'SY'],
        ['Saraqib', 'Saraqib', 35.86, 36.8, 'SY'],
      ],
    });
    expect(r.events.map((e) => e.location?.name)).toEqual(['Saraqib']);
  });

  it('a place merely mentioned in another clause is not the location', () => {
    const r = extract('Fictional: After returning from Geneva, the envoy met rebel leaders.', {
      actors: [
        ['the envoy', 'un', null, 'IGO'],
        ['rebel leaders', 'reb', null, 'REB'],
      ],
      places: [['Geneva', 'Geneva', 46.2, 6.14, 'CH']],
    });
    const meet = r.events.find((e) => e.type === 'CONSULT')!;
    expect(meet.location).toBeNull();
  });

  it('"on the outskirts of" and "near" give ACLED geo precision 2; a province 3', () => {
    const near = extract('Fictional: Russian forces shelled positions on the outskirts of Izium.', {
      actors: [RUS],
      places: [IZIUM],
    });
    expect(near.events[0]!.location?.precision).toBe(2);
    const region = extract('Fictional: Russian forces shelled villages in Kharkiv Oblast.', {
      actors: [RUS],
      places: [['Kharkiv Oblast', 'Kharkiv Oblast', 49.5, 36.5, 'UA', 'admin1']],
    });
    expect(region.events[0]!.location?.precision).toBe(3);
  });
});

describe('4b. specific places', () => {
  it('"at X, 30 km southeast of Y" puts the event at X', () => {
    const r = extract(
      'Fictional: A roadside bomb exploded at Al-Gurah, 30 km southeast of Al-Arish, on Monday.',
      {
        places: [
          ['Al-Gurah', 'Al Jurah', 31.0, 34.1, 'EG'],
          ['Al-Arish', 'Arish', 31.13, 33.8, 'EG'],
        ],
        times: [MONDAY],
      },
    );
    expect(r.events.map((e) => e.location?.name)).toEqual(['Al Jurah']);
  });

  it('a country modifying the attack ("a U.S. airstrike") is not its location', () => {
    const r = extract('Fictional: Five fighters were killed in a U.S. airstrike.', {
      places: [['U.S.', 'United States', 39.8, -98.5, 'US', 'country']],
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location).toBeNull();
    expect(r.events[0]!.fatalities).toBe(5);
  });
});

// With geo's own locate, which ranks every place in the sentence: the events stage filters it.
describe('4c. places that are not where it happened', () => {
  it('the place a source speaks from is not the location', () => {
    const r = extract(
      'Fictional: Gunmen attacked a checkpoint, according to the ministry in Bamako.',
      {
        actors: [
          ['Gunmen', 'unk.armed', null, 'UAF'],
          ['the ministry', 'mli.gov', 'MLI', 'GOV'],
        ],
        places: [['Bamako', 'Bamako', 12.65, -8.0, 'ML']],
      },
      locate,
    );
    expect(r.events[0]!.location).toBeNull();
    expect(r.events[0]!.attribution?.id).toBe('mli.gov');
    expect(r.events[0]!.why?.some((w) => w.startsWith('place:dropped-source:Bamako'))).toBe(true);
  });

  it("a person's origin is not the location", () => {
    const r = extract(
      'Fictional: Police shot a driver from Abidjan at a checkpoint.',
      {
        actors: [['Police', 'civ.cop', 'CIV', 'COP']],
        places: [['Abidjan', 'Abidjan', 5.35, -4.0, 'CI']],
      },
      locate,
    );
    expect(r.events[0]!.type).toBe('ASSAULT');
    expect(r.events[0]!.location).toBeNull();
    expect(r.events[0]!.why?.some((w) => w.startsWith('place:dropped-origin:Abidjan'))).toBe(true);
  });
});

describe('5. one event, many mentions', () => {
  it('a later "the meeting" attaches to the meeting already found', () => {
    const r = extract(
      'Fictional: Erdogan met Putin in Sochi on Monday. The meeting lasted three hours. Officials said the meeting was cordial.',
      {
        actors: [
          ['Erdogan', 'tur.gov', 'TUR', 'GOV'],
          ['Putin', 'rus.gov', 'RUS', 'GOV'],
        ],
        places: [['Sochi', 'Sochi', 43.6, 39.73, 'RU']],
        times: [MONDAY],
      },
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.why?.filter((w) => w.startsWith('coref:'))).toHaveLength(2);
  });

  it('"the attack" later gives its toll to the first event', () => {
    const r = extract(
      'Fictional: Gunmen attacked a checkpoint in Kidal. Four soldiers were killed in the attack.',
      {
        actors: [['Gunmen', 'unk.armed', null, 'UAF']],
        places: [['Kidal', 'Kidal', 18.44, 1.4, 'ML']],
      },
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.fatalities).toBe(4);
  });
});

describe('6. fatalities', () => {
  const cases: [string, number | null][] = [
    ['Fictional: Russian forces shelled Izium, killing six civilians.', 6],
    ['Fictional: Russian forces shelled Izium, killing at least 12 people.', 12],
    ['Fictional: Russian forces shelled Izium, killing a dozen people.', 12],
    ['Fictional: Russian forces shelled Izium, killing dozens of people.', 12],
    ['Fictional: Russian forces shelled Izium, killing several people.', null],
    ['Fictional: Russian forces shelled Izium, wounding 30 people.', null],
    ['Fictional: Russian forces shelled Izium, killing 3 and wounding 20.', 3],
    ['Fictional: Russian forces shelled Izium.', null],
  ];
  for (const [text, n] of cases) {
    it(`${n}: ${text}`, () => {
      const r = extract(text, { actors: [RUS], places: [IZIUM] });
      expect(r.events).toHaveLength(1);
      expect(r.events[0]!.fatalities).toBe(n);
    });
  }
});

describe('6b. harm clauses and loaded wording', () => {
  it('", murdering four farmers" after a bombing is its toll, not a second event', () => {
    const r = extract('Fictional: Regime forces bombed the village of Kafr Nabl, murdering four farmers.', {
      actors: [['Regime forces', 'syr.mil', 'SYR', 'MIL']],
      places: [['Kafr Nabl', 'Kafr Nabl', 35.53, 36.55, 'SY']],
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.fatalities).toBe(4);
  });

  it('"the so-called peace talks are a farce" is rhetoric, not an event', () => {
    const r = extract('Fictional: The so-called peace talks are a farce.', {});
    expect(r.events).toEqual([]);
  });
});

describe('7. confidence and why', () => {
  it('more support gives more confidence, and why names every rule and entry', () => {
    const full = extract('Fictional: Russian forces shelled Izium on Monday.', {
      actors: [RUS],
      places: [IZIUM],
      times: [MONDAY],
    });
    const bare = extract('Fictional: The shelling of the town resumed.', {});
    expect(full.events[0]!.confidence).toBeGreaterThan(bare.events[0]?.confidence ?? 0);
    const why = full.events[0]!.why!;
    for (const prefix of [
      'trigger:',
      'lexicon:',
      'arg:',
      'modality:',
      'actor:',
      'date:',
      'place:',
      'acled:',
    ]) {
      expect(
        why.some((w) => w.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });
});
