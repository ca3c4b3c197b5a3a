// Who did it to whom: argument rules added for the dev2 gold set (issue 6). Every text is
// fictional, written for these tests; real place and actor names only.
import { locate } from '@sitrep/geo';
import { describe, expect, it } from 'vitest';
import { extract } from './fixture';

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('nominal events and their subjects', () => {
  it('"An X airstrike on Y killed two": one event, X acts, Y receives (the casualty verb has no actor of its own)', () => {
    const r = extract('Fictional: An Israeli airstrike on a Hezbollah post in Tyre killed two fighters.', {
      actors: [
        ['Israeli', 'isr.mil', 'ISR', 'MIL'],
        ['Hezbollah', 'hezbollah', 'LBN', 'REB'],
        ['fighters', 'hezbollah', 'LBN', 'REB'],
      ],
      places: [['Tyre', 'Tyre', 33.27, 35.2, 'LB']],
    });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(ids(e.actor)).toEqual(['isr.mil']);
    expect(ids(e.recipient)).toEqual(['hezbollah']);
    expect(e.fatalities).toBe(2);
  });

  it('"A drone strike by X hit a Y depot": the verb is the same act and its object the recipient', () => {
    const r = extract('Fictional: A drone strike by the Ukrainian army hit a Russian depot in Belgorod.', {
      actors: [
        ['Ukrainian army', 'ukr.mil', 'UKR', 'MIL'],
        ['Russian', 'rus.mil', 'RUS', 'MIL'],
      ],
      places: [['Belgorod', 'Belgorod', 50.6, 36.6, 'RU']],
    });
    expect(r.events).toHaveLength(1);
    expect(ids(r.events[0]!.actor)).toEqual(['ukr.mil']);
    expect(ids(r.events[0]!.recipient)).toEqual(['rus.mil']);
  });

  it('a verb after a nominal in another clause keeps its own subject', () => {
    const r = extract('Fictional: After an airstrike on Tyre, Hezbollah fighters attacked an army post.', {
      actors: [['Hezbollah fighters', 'hezbollah', 'LBN', 'REB']],
      places: [['Tyre', 'Tyre', 33.27, 35.2, 'LB']],
    });
    const attacked = r.events.find((e) => e.trigger.text === 'attacked');
    expect(attacked && ids(attacked.actor)).toEqual(['hezbollah']);
  });

  it('"launched an offensive against Y" is an attack on Y', () => {
    const r = extract('Fictional: The Arakan Army launched an offensive against junta troops in Rakhine.', {
      actors: [
        ['Arakan Army', 'aa.mmr', 'MMR', 'REB'],
        ['junta troops', 'mmr.mil', 'MMR', 'MIL'],
      ],
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.type).toBe('ASSAULT');
    expect(ids(r.events[0]!.recipient)).toEqual(['mmr.mil']);
  });

  it('a capitalized plural opening a sentence is still a trigger ("Clashes between X and Y")', () => {
    const r = extract(
      'Fictional report. Clashes between PKK fighters and Turkish soldiers left three dead.',
      {
        actors: [
          ['PKK fighters', 'pkk', 'TUR', 'REB'],
          ['Turkish soldiers', 'tur.mil', 'TUR', 'MIL'],
        ],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect([...ids(r.events[0]!.actor), ...ids(r.events[0]!.recipient)].sort()).toEqual(['pkk', 'tur.mil']);
  });
});

describe('objects after prepositions and participles', () => {
  it('"a car bomb targeting Y": Y is the recipient and "targeting" is not a second event', () => {
    const r = extract(
      'Fictional: Al-Shabaab militants detonated a car bomb targeting Somali soldiers in Mogadishu.',
      {
        actors: [
          ['Al-Shabaab militants', 'shabaab', 'SOM', 'REB'],
          ['Somali soldiers', 'som.mil', 'SOM', 'MIL'],
        ],
        places: [['Mogadishu', 'Mogadishu', 2.04, 45.34, 'SO']],
      },
    );
    expect(r.events).toHaveLength(1);
    expect(ids(r.events[0]!.actor)).toEqual(['shabaab']);
    expect(ids(r.events[0]!.recipient)).toEqual(['som.mil']);
  });

  it('"rallied in X on Friday against Y": a place first does not block the recipient', () => {
    const r = extract('Fictional: Opposition supporters rallied in Dhaka on Friday against the government.', {
      actors: [
        ['Opposition supporters', 'bgd.opposition', 'BGD', 'OPP'],
        ['government', 'bgd.gov', 'BGD', 'GOV'],
      ],
      places: [['Dhaka', 'Dhaka', 23.71, 90.41, 'BD']],
    });
    expect(r.events[0]!.type).toBe('PROTEST');
    expect(ids(r.events[0]!.recipient)).toEqual(['bgd.gov']);
  });

  it('"near the border with Y" does not make Y the recipient', () => {
    const r = extract('Fictional: Rebels shelled villages near the border with Sudan.', {
      actors: [
        ['Rebels', 'rebels', null, 'REB'],
        ['Sudan', 'sdn', 'SDN', null],
      ],
    });
    // The villages hit stand for civilians (the civilian-site rule); Sudan is only a neighbour.
    expect(ids(r.events[0]!.recipient)).toEqual(['civilians']);
  });
});

describe('speech acts and their recipients', () => {
  it('"demanded that X withdraw": X is asked', () => {
    const r = extract('Fictional: Egypt demanded that Israel withdraw its troops from Rafah.', {
      actors: [
        ['Egypt', 'egy', 'EGY', null],
        ['Israel', 'isr', 'ISR', null],
      ],
    });
    const request = r.events.find((e) => e.type === 'REQUEST')!;
    expect(ids(request.actor)).toEqual(['egy.gov']);
    expect(ids(request.recipient)).toEqual(['isr.gov']);
  });

  it('"asked X to free ...": X inside the gapped phrase is the recipient', () => {
    const r = extract('Fictional: Rights groups asked the Burmese junta to free detained reporters.', {
      actors: [
        ['Rights groups', 'mmr.civil-society', 'MMR', 'CVL'],
        ['Burmese junta', 'mmr.gov', 'MMR', 'GOV'],
      ],
    });
    const request = r.events.find((e) => e.type === 'REQUEST')!;
    expect(ids(request.recipient)).toEqual(['mmr.gov']);
  });

  it('"threatened to target any X warship": X is threatened', () => {
    const r = extract('Fictional: The Houthis threatened to target any US warship in the Red Sea.', {
      actors: [
        ['Houthis', 'houthis', 'YEM', 'REB'],
        ['US', 'usa.mil', 'USA', 'MIL'],
      ],
    });
    const threat = r.events.find((e) => e.type === 'THREATEN')!;
    expect(ids(threat.recipient)).toEqual(['usa.mil']);
    expect(r.events.filter((e) => e.modality === 'asserted').map((e) => e.type)).toEqual(['THREATEN']);
  });

  it('"went on strike to demand higher pay": the demand is the protest\'s aim, not a second event', () => {
    const r = extract(
      'Fictional: Teachers went on strike in Harare to demand higher pay from the government.',
      {
        actors: [
          ['Teachers', 'zwe.teachers', 'ZWE', 'EDU'],
          ['government', 'zwe.gov', 'ZWE', 'GOV'],
        ],
        places: [['Harare', 'Harare', -17.83, 31.05, 'ZW']],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(['PROTEST']);
  });
});

describe('more wording', () => {
  it('"Every Friday, X gather ...": a fronted habitual adverbial makes the act habitual', () => {
    const r = extract(
      'Fictional report. Every Friday, protesters gather outside the parliament in Belgrade.',
      {
        actors: [['protesters', 'srb.protesters', 'SRB', 'CVL']],
        places: [['Belgrade', 'Belgrade', 44.8, 20.47, 'RS']],
      },
    );
    expect(r.events.map((e) => e.modality)).toEqual(['habitual']);
  });

  it('"Sanctions against X were lifted by Y": a CONCEDE by Y towards X', () => {
    const r = extract('Fictional: Sanctions against the Malian junta were lifted by ECOWAS on Saturday.', {
      actors: [
        ['Malian junta', 'mli.gov', 'MLI', 'GOV'],
        ['ECOWAS', 'ecowas', null, 'IGO'],
      ],
    });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.type).toBe('CONCEDE');
    expect(ids(r.events[0]!.actor)).toEqual(['ecowas']);
    expect(ids(r.events[0]!.recipient)).toEqual(['mli.gov']);
  });

  it('"in protest at X\'s stance" is a reason, not a protest event', () => {
    const r = extract("Fictional: Algeria recalled its ambassador to Paris in protest at France's stance.", {
      actors: [
        ['Algeria', 'dza', 'DZA', null],
        ['France', 'fra', 'FRA', null],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['SANCTION']);
  });

  it('occupying territory is COERCE seize (CAMEO 192)', () => {
    const r = extract('Fictional: M23 rebels seized control of the town of Rubaya.', {
      actors: [['M23 rebels', 'm23', 'COD', 'REB']],
    });
    expect(r.events[0]!.type).toBe('COERCE');
    expect(r.events[0]!.mode).toBe('seize');
    expect(r.events[0]!.cameo).toBe('192');
  });

  it('"fired shots toward X positions": "fire" carries the noun, X is the recipient', () => {
    const r = extract('Fictional: Azerbaijan fired shots toward Armenian positions on Friday.', {
      actors: [
        ['Azerbaijan', 'aze', 'AZE', null],
        ['Armenian', 'arm.mil', 'ARM', 'MIL'],
      ],
    });
    expect(ids(r.events[0]!.actor)).toEqual(['aze']);
    expect(ids(r.events[0]!.recipient)).toEqual(['arm.mil']);
  });

  it('an infinitive of purpose shares the subject: "crossed into X to fight Y"', () => {
    const r = extract('Fictional: The Rwandan army crossed the border to fight the FDLR.', {
      actors: [
        ['Rwandan army', 'rwa.mil', 'RWA', 'MIL'],
        ['FDLR', 'fdlr', 'COD', 'REB'],
      ],
    });
    const fight = r.events.find((e) => e.trigger.text === 'fight')!;
    expect(ids(fight.actor)).toEqual(['rwa.mil']);
    expect(ids(fight.recipient)).toEqual(['fdlr']);
  });

  it('"conducted joint patrols" is COOPERATE, not a deployment', () => {
    const r = extract(
      'Fictional: Nigerian and Cameroonian troops conducted joint patrols along the border.',
      {
        actors: [
          ['Nigerian', 'nga.mil', 'NGA', 'MIL'],
          ['Cameroonian troops', 'cmr.mil', 'CMR', 'MIL'],
        ],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(['COOPERATE']);
  });
});

describe('objects, presupposed acts and accusations', () => {
  it('"X responded with strikes on Y": the strikes are X\'s own event', () => {
    const r = extract(
      'Fictional: Hezbollah fired rockets at an army base, and the Israeli military responded with strikes on Nabatieh.',
      {
        actors: [
          ['Hezbollah', 'hezbollah', 'LBN', 'REB'],
          ['army', 'isr.mil', 'ISR', 'MIL'],
          ['Israeli military', 'isr.mil', 'ISR', 'MIL'],
        ],
        places: [['Nabatieh', 'Nabatieh', 33.38, 35.48, 'LB']],
      },
    );
    expect(r.events.map((e) => ids(e.actor))).toEqual([['hezbollah'], ['isr.mil']]);
  });

  it('the thing signed or hit is not an act: "signed a truce", "ambushed an army patrol"', () => {
    const signed = extract('Fictional: The army and the RSF signed a humanitarian truce in Jeddah.', {
      actors: [
        ['army', 'sdn.mil', 'SDN', 'MIL'],
        ['RSF', 'rsf', 'SDN', 'REB'],
      ],
    });
    expect(signed.events.map((e) => e.type)).toEqual(['SUPPORT']);
    const ambush = extract('Fictional: ELN guerrillas ambushed an army patrol in Arauca.', {
      actors: [
        ['ELN guerrillas', 'eln', 'COL', 'REB'],
        ['army', 'col.mil', 'COL', 'MIL'],
      ],
    });
    expect(ambush.events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(ids(ambush.events[0]!.recipient)).toEqual(['col.mil']);
  });

  it('a gerund the tagger calls an adjective still triggers: "began sharing intelligence"', () => {
    const r = extract('Fictional: Burkina Faso and Niger began sharing intelligence on jihadist movements.', {
      actors: [
        ['Burkina Faso', 'bfa', 'BFA', null],
        ['Niger', 'ner', 'NER', null],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['COOPERATE']);
  });

  it('"the release of detained relatives" presupposes a detention: asserted', () => {
    const r = extract('Fictional: Protesters blocked a road, demanding the release of detained relatives.', {
      actors: [['Protesters', 'syr.protesters', 'SYR', 'CVL']],
    });
    const detained = r.events.find((e) => e.trigger.text === 'detained');
    expect(detained?.type).toBe('COERCE');
    expect(detained?.modality).toBe('asserted');
  });

  it('"have not arrested anyone over the killing of the mayor": the killing is asserted, the arrest negated', () => {
    const r = extract(
      "Fictional: Niger's authorities have not arrested anyone over the killing of the mayor.",
      {
        actors: [["Niger's authorities", 'ner.gov', 'NER', 'GOV']],
      },
    );
    const byType = Object.fromEntries(r.events.map((e) => [e.type, e.modality]));
    expect(byType).toEqual({ COERCE: 'negated', ASSAULT: 'asserted' });
  });

  it('"accused X of sending troops": a reported deployment by X; the troops are not its recipient', () => {
    const r = extract('Fictional: Congo accused Rwanda of sending troops near Goma.', {
      actors: [
        ['Congo', 'cod', 'COD', null],
        ['Rwanda', 'rwa', 'RWA', null],
        ['troops', 'cod.mil', 'COD', 'MIL'],
      ],
    });
    const sent = r.events.find((e) => e.type === 'MOBILIZE')!;
    expect(sent.modality).toBe('reported');
    expect(ids(sent.actor)).toEqual(['rwa.gov']);
    expect(ids(sent.recipient)).toEqual([]);
  });

  it('"expelled the French ambassador": the ambassador\'s state is the recipient', () => {
    const r = extract("Fictional: Mali's government expelled the French ambassador on Wednesday.", {
      actors: [
        ["Mali's government", 'mli.gov', 'MLI', 'GOV'],
        ['French ambassador', 'fra.gov', 'FRA', 'GOV'],
      ],
    });
    expect(r.events[0]!.type).toBe('SANCTION');
    expect(ids(r.events[0]!.recipient)).toEqual(['fra.gov']);
  });
});

describe('harm, answers to proposals, topics', () => {
  it('", wounding six people" reports the harm of the act before it, whatever the tagger says', () => {
    const r = extract('Fictional: Russian forces shelled Kharkiv overnight, wounding six people.', {
      actors: [
        ['Russian forces', 'rus.mil', 'RUS', 'MIL'],
        ['people', 'ukr.civilians', 'UKR', 'CVL'],
      ],
      places: [['Kharkiv', 'Kharkiv', 49.99, 36.23, 'UA']],
    });
    expect(r.events).toHaveLength(1);
    expect(ids(r.events[0]!.recipient)).toEqual(['ukr.civilians']);
  });

  it('herders who kill villagers are not rioters', () => {
    const r = extract('Fictional: Herders killed 12 villagers in Plateau State.', {
      actors: [
        ['Herders', 'nga.farmers', 'NGA', 'AGR'],
        ['villagers', 'nga.civilians', 'NGA', 'CVL'],
      ],
    });
    expect(r.events[0]!.type).toBe('ASSAULT');
  });

  it('"accepted an Egyptian proposal": AGREE towards the proposer', () => {
    const r = extract('Fictional: Hamas accepted an Egyptian proposal for a truce on Monday.', {
      actors: [
        ['Hamas', 'hamas', 'PSE', 'REB'],
        ['Egyptian', 'egy.gov', 'EGY', 'GOV'],
      ],
    });
    expect(r.events[0]!.type).toBe('AGREE');
    expect(ids(r.events[0]!.recipient)).toEqual(['egy.gov']);
  });

  it('"expressed support for X": X is supported', () => {
    const r = extract('Fictional: The United States expressed support for the Lebanese army.', {
      actors: [
        ['United States', 'usa', 'USA', null],
        ['Lebanese army', 'lbn.mil', 'LBN', 'MIL'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['lbn.mil']);
  });

  it('prisoner exchanges, loans and visa bans are coded', () => {
    const types = (text: string, actors: [string, string, string | null, string | null][]) =>
      extract(text, { actors }).events.map((e) => e.type);
    expect(
      types('Fictional: Russia and Ukraine exchanged 150 prisoners of war.', [
        ['Russia', 'rus', 'RUS', null],
      ]),
    ).toEqual(['RETREAT']);
    expect(
      types('Fictional: The World Bank approved a loan to Ethiopia.', [
        ['World Bank', 'world.bank', null, 'IGO'],
      ]),
    ).toEqual(['AID']);
    expect(
      types('Fictional: Washington imposed visa restrictions on Georgian officials.', [
        ['Washington', 'usa.gov', 'USA', 'GOV'],
      ]),
    ).toEqual(['SANCTION']);
  });

  it('"on" names a topic for talks and cooperation, a side for sanctions', () => {
    const coop = extract(
      'Fictional: Turkish and Iraqi intelligence services shared information on the PKK.',
      {
        actors: [
          ['Turkish and Iraqi intelligence services', 'irq.spy', 'IRQ', 'SPY'],
          ['PKK', 'pkk', 'TUR', 'REB'],
        ],
      },
    );
    expect(ids(coop.events[0]!.recipient)).toEqual([]);
    const sanction = extract('Fictional: The EU imposed sanctions on the PKK.', {
      actors: [
        ['EU', 'eu', null, 'IGO'],
        ['PKK', 'pkk', 'TUR', 'REB'],
      ],
    });
    expect(ids(sanction.events[0]!.recipient)).toEqual(['pkk']);
  });

  it('"rejected on Tuesday a UN demand": the time phrase does not swallow the object', () => {
    const r = extract('Fictional: The Taliban rejected on Tuesday a UN demand to reopen schools.', {
      actors: [
        ['Taliban', 'afg.gov', 'AFG', 'GOV'],
        ['UN', 'un', null, 'IGO'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['un']);
  });
});

describe('passives and objects, continued', () => {
  it('"The French ambassador was expelled": expelling a diplomat is SANCTION, in the passive too', () => {
    const r = extract('Fictional: The French ambassador was expelled from Niamey on Friday.', {
      actors: [['French ambassador', 'fra.gov', 'FRA', 'GOV']],
    });
    expect(r.events[0]!.type).toBe('SANCTION');
    expect(ids(r.events[0]!.recipient)).toEqual(['fra.gov']);
  });

  it('"Aid was delivered to X by Y" and "the truce was violated by Y" name Y as the actor', () => {
    const aid = extract('Fictional: Aid was delivered to displaced families in Goma by the ICRC.', {
      actors: [
        ['displaced families', 'cod.idps', 'COD', 'REF'],
        ['ICRC', 'icrc', null, 'NGO'],
      ],
    });
    expect(aid.events[0]!.type).toBe('AID');
    expect(ids(aid.events[0]!.actor)).toEqual(['icrc']);
    expect(ids(aid.events[0]!.recipient)).toEqual(['cod.idps']);
    const truce = extract('Fictional: The truce was violated by the RSF within hours.', {
      actors: [['RSF', 'rsf', 'SDN', 'REB']],
    });
    expect(truce.events.map((e) => [e.type, ids(e.actor)])).toEqual([['ASSAULT', ['rsf']]]);
  });

  it('"The officers deployed in Haiti were attacked by X": the officers receive the attack', () => {
    const r = extract('Fictional: Kenyan police officers deployed in Haiti were attacked by gang members.', {
      actors: [
        ['Kenyan police officers', 'ken.cop', 'KEN', 'COP'],
        ['gang members', 'hti.criminals', 'HTI', 'CRM'],
      ],
    });
    const attack = r.events.find((e) => e.type === 'ASSAULT')!;
    expect(ids(attack.actor)).toEqual(['hti.criminals']);
    expect(ids(attack.recipient)).toEqual(['ken.cop']);
  });

  it('a place naming the object\'s site does not hide the object: "attacked the Gressier police station"', () => {
    const r = extract('Fictional: Armed gangs attacked the Gressier police station on Monday.', {
      actors: [
        ['Armed gangs', 'hti.criminals', 'HTI', 'CRM'],
        ['police', 'hti.cop', 'HTI', 'COP'],
      ],
      places: [['Gressier', 'Gressier', 18.54, -72.53, 'HT']],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['hti.cop']);
  });

  it('"condemned the attack on peacekeepers": the victims are not the ones condemned', () => {
    const r = extract('Fictional: The Security Council condemned the attack on peacekeepers in Lebanon.', {
      actors: [
        ['Security Council', 'unsc', null, 'IGO'],
        ['peacekeepers', 'un.peacekeepers', null, 'IGO'],
      ],
    });
    const accuse = r.events.find((e) => e.type === 'ACCUSE')!;
    expect(ids(accuse.recipient)).toEqual([]);
    const attack = r.events.find((e) => e.type === 'ASSAULT')!;
    expect(ids(attack.recipient)).toEqual(['un.peacekeepers']);
  });

  it('lawsuits, military deliveries and banned parties are coded', () => {
    const one = (text: string, actors: [string, string, string | null, string | null][]) =>
      extract(text, { actors }).events.map((e) => [e.type, ids(e.recipient)]);
    expect(
      one('Fictional: South Africa filed a genocide case against Israel.', [
        ['South Africa', 'zaf', 'ZAF', null],
        ['Israel', 'isr', 'ISR', null],
      ]),
    ).toEqual([['ACCUSE', ['isr.gov']]]);
    expect(
      one('Fictional: Germany delivered air defence systems to Ukraine.', [
        ['Germany', 'deu', 'DEU', null],
        ['Ukraine', 'ukr', 'UKR', null],
      ]),
    ).toEqual([['AID', ['ukr.gov']]]);
    expect(
      one('Fictional: The junta dissolved all political parties.', [['junta', 'mli.gov', 'MLI', 'GOV']]),
    ).toEqual([['COERCE', []]]);
  });
});

describe('intent to cooperate', () => {
  it('"signalled willingness to release hostages": AGREE now, the release only in the future', () => {
    const r = extract('Fictional: Hamas signalled willingness to release hostages on Monday.', {
      actors: [['Hamas', 'hamas', 'PSE', 'REB']],
    });
    expect(r.events.map((e) => [e.type, e.modality])).toEqual([
      ['AGREE', 'asserted'],
      ['RETREAT', 'future'],
    ]);
  });

  it('"struck a deal", "reached a ceasefire deal" are agreements', () => {
    const r = extract('Fictional: The government and the ELN reached a ceasefire deal in Havana.', {
      actors: [
        ['government', 'col.gov', 'COL', 'GOV'],
        ['ELN', 'eln', 'COL', 'REB'],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['AGREE']);
  });
});

describe('states of affairs and publications', () => {
  it('"despite the ceasefire" and "the ceasefire largely held" are not ceasefire events', () => {
    const r = extract(
      'Fictional: Strikes killed 12 people in Gaza despite the ceasefire. The ceasefire in Lebanon held.',
      {
        actors: [['people', 'pse.civilians', 'PSE', 'CVL']],
        places: [
          ['Gaza', 'Gaza', 31.5, 34.47, 'PS'],
          ['Lebanon', 'Lebanon', 33.9, 35.5, 'LB', 'country'],
        ],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('"released a video" publishes; "released 20 protesters" frees', () => {
    const video = extract('Fictional: The rebels released a video on Monday.', {
      actors: [['rebels', 'rebels', null, 'REB']],
    });
    expect(video.events).toEqual([]);
    const freed = extract('Fictional: Police released 20 protesters in Nairobi.', {
      actors: [
        ['Police', 'ken.cop', 'KEN', 'COP'],
        ['protesters', 'ken.protesters', 'KEN', 'CVL'],
      ],
    });
    expect(freed.events.map((e) => e.type)).toEqual(['RETREAT']);
  });

  it('"recaptured the town from M23": who loses the territory is the recipient', () => {
    const r = extract("Fictional: Congo's army recaptured the town of Walikale from M23 rebels.", {
      actors: [
        ["Congo's army", 'cod.mil', 'COD', 'MIL'],
        ['M23 rebels', 'm23', 'COD', 'REB'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['m23']);
  });

  it('the topic of a rejected proposal is not an event: "rejected a proposal for new nuclear talks"', () => {
    const r = extract('Fictional: Iran rejected a European proposal for new nuclear talks.', {
      actors: [
        ['Iran', 'irn', 'IRN', null],
        ['European', 'eu', null, 'IGO'],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['REJECT']);
    expect(ids(r.events[0]!.recipient)).toEqual(['eu']);
  });
});

describe('more sides', () => {
  it('settlers who attack villagers are an assault, not a riot; the villagers receive it', () => {
    const r = extract('Fictional: Israeli settlers attacked Palestinian villagers near Nablus.', {
      actors: [
        ['Israeli settlers', 'isr.settlers', 'ISR', 'CVL'],
        ['Palestinian villagers', 'pse.civilians', 'PSE', 'CVL'],
      ],
    });
    expect(r.events[0]!.type).toBe('ASSAULT');
    expect(ids(r.events[0]!.recipient)).toEqual(['pse.civilians']);
  });

  it('"exchanged heavy fire" is a clash; "shot down 40 Russian drones" hits the drones\' side', () => {
    const fire = extract('Fictional: The army and M23 rebels exchanged heavy fire near Sake.', {
      actors: [
        ['army', 'cod.mil', 'COD', 'MIL'],
        ['M23 rebels', 'm23', 'COD', 'REB'],
      ],
    });
    expect(fire.events.map((e) => e.type)).toEqual(['ASSAULT']);
    const down = extract('Fictional: Ukrainian forces shot down 40 Russian drones overnight.', {
      actors: [
        ['Ukrainian forces', 'ukr.mil', 'UKR', 'MIL'],
        ['Russian drones', 'rus.mil', 'RUS', 'MIL'],
      ],
    });
    expect(ids(down.events[0]!.recipient)).toEqual(['rus.mil']);
  });
});

describe('coordinated recipients', () => {
  it('"killed two policemen and a teacher": both are recipients', () => {
    const r = extract('Fictional: Gunmen killed two policemen and a teacher in Kano.', {
      actors: [
        ['Gunmen', 'uaf', null, 'UAF'],
        ['policemen', 'nga.cop', 'NGA', 'COP'],
        ['teacher', 'nga.students', 'NGA', 'EDU'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['nga.cop', 'nga.students']);
  });
});

describe('conditions, durations and guarded-against acts', () => {
  it('"threatened to close X if the United States struck": the condition\'s subject is threatened', () => {
    const r = extract(
      'Fictional: Iran threatened to close the strait if the United States struck its sites.',
      {
        actors: [
          ['Iran', 'irn', 'IRN', null],
          ['United States', 'usa', 'USA', null],
        ],
      },
    );
    const threat = r.events.find((e) => e.type === 'THREATEN')!;
    expect(ids(threat.recipient)).toEqual(['usa.gov']);
  });

  it('"resigned after weeks of mass protests": the protests happened', () => {
    const r = extract(
      "Fictional: Serbia's prime minister resigned on Tuesday after weeks of mass protests.",
      {
        actors: [["Serbia's prime minister", 'srb.gov', 'SRB', 'GOV']],
        times: [['Tuesday', '2024-03-12', '2024-03-12', 'day']],
      },
    );
    expect(r.events.map((e) => [e.type, e.modality])).toEqual([
      ['RETREAT', 'asserted'],
      ['PROTEST', 'asserted'],
    ]);
  });

  it('"sent soldiers to protect the town from CODECO attacks": the attacks guarded against are no event', () => {
    const r = extract('Fictional: Uganda sent soldiers to Bunia to protect the town from CODECO attacks.', {
      actors: [
        ['Uganda', 'uga', 'UGA', null],
        ['CODECO', 'codeco', 'COD', 'REB'],
      ],
      places: [['Bunia', 'Bunia', 1.56, 30.25, 'CD']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['MOBILIZE']);
  });
});

describe("envoys and the actor's own people", () => {
  it('"recalled its ambassador to Paris" / "its own envoy from Paris": the capital\'s government is the recipient', () => {
    const to = extract('Fictional: Algeria recalled its ambassador to Paris on Tuesday.', {
      actors: [
        ['Algeria', 'dza', 'DZA', null],
        ['its ambassador', 'dza.gov', 'DZA', 'GOV'],
        ['Paris', 'fra.gov', 'FRA', 'GOV'],
      ],
    });
    expect(ids(to.events[0]!.recipient)).toEqual(['fra.gov']);
    const from = extract('Fictional: Mali recalled its own envoy from Paris on Wednesday.', {
      actors: [
        ['Mali', 'mli', 'MLI', null],
        ['its', 'mli', 'MLI', null],
        ['Paris', 'fra.gov', 'FRA', 'GOV'],
      ],
    });
    expect(ids(from.events[0]!.recipient)).toEqual(['fra.gov']);
  });
});

describe('protest targets and aims', () => {
  it('"protested outside the Russian embassy": the embassy\'s government is the target', () => {
    const r = extract('Fictional: Hundreds of Ukrainians protested outside the Russian embassy in Warsaw.', {
      actors: [
        ['Ukrainians', 'ukr', 'UKR', null],
        ['Russian embassy', 'rus.gov', 'RUS', 'GOV'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['rus.gov']);
  });

  it('"rallied in front of parliament to denounce the bill": one protest by the students, aimed at parliament', () => {
    const r = extract(
      'Fictional: Students rallied in front of parliament in Nairobi to denounce the finance bill.',
      {
        actors: [
          ['Students', 'ken.students', 'KEN', 'EDU'],
          ['parliament', 'ken.leg', 'KEN', 'LEG'],
        ],
      },
    );
    expect(r.events.map((e) => [e.type, ids(e.actor), ids(e.recipient)])).toEqual([
      ['PROTEST', ['ken.students'], ['ken.leg']],
    ]);
  });
});

describe('a toll told in the next sentence', () => {
  it('"X attacked a base. The group said it killed 30 soldiers." is one attack with its toll', () => {
    const r = extract(
      'Fictional: Al-Shabaab fighters attacked a military base on Monday. The group said it killed 30 soldiers.',
      {
        actors: [
          ['Al-Shabaab fighters', 'shabaab', 'SOM', 'REB'],
          ['military', 'som.mil', 'SOM', 'MIL'],
          ['The group', 'shabaab', 'SOM', 'REB'],
          ['it', 'shabaab', 'SOM', 'REB', 1],
          ['soldiers', 'som.mil', 'SOM', 'MIL'],
        ],
        times: [['Monday', '2024-03-11', '2024-03-11', 'day']],
      },
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.fatalities).toBe(30);
  });

  it('a killing by another side in the next sentence stays its own event', () => {
    const r = extract(
      'Fictional: Al-Shabaab fighters attacked a base on Monday. Soldiers later killed 12 of the attackers.',
      {
        actors: [
          ['Al-Shabaab fighters', 'shabaab', 'SOM', 'REB'],
          ['Soldiers', 'som.mil', 'SOM', 'MIL'],
          ['attackers', 'shabaab', 'SOM', 'REB'],
        ],
        times: [['Monday', '2024-03-11', '2024-03-11', 'day']],
      },
    );
    expect(r.events).toHaveLength(2);
  });
});

describe('clause boundaries', () => {
  it('"X freed two hostages, and Y released prisoners": Y starts a new clause, it is not a hostage', () => {
    const r = extract('Fictional: Hamas freed two hostages, and Israel released 30 prisoners on Thursday.', {
      actors: [
        ['Hamas', 'hamas', 'PSE', 'REB'],
        ['hostages', 'isr.civilians', 'ISR', 'CVL'],
        ['Israel', 'isr', 'ISR', null],
      ],
    });
    expect(r.events.map((e) => [ids(e.actor), ids(e.recipient)])).toEqual([
      [['hamas'], ['isr.civilians']],
      [['isr.gov'], []],
    ]);
  });
});

describe('agreements and aid, continued', () => {
  it('"a ceasefire deal was reached between X and Y" is an agreement of both', () => {
    const r = extract('Fictional: A ceasefire deal was reached between Israel and Hamas on Wednesday.', {
      actors: [
        ['Israel', 'isr', 'ISR', null],
        ['Hamas', 'hamas', 'PSE', 'REB'],
      ],
    });
    const agree = r.events.find((e) => e.type === 'AGREE')!;
    expect([...ids(agree.actor), ...ids(agree.recipient)].sort()).toEqual(['hamas', 'isr.gov']);
  });

  it('"promised Iran more jets" is AGREE towards Iran; bailouts and vaccinations are AID', () => {
    const promise = extract('Fictional: Russia promised Iran more fighter jets on Monday.', {
      actors: [
        ['Russia', 'rus', 'RUS', null],
        ['Iran', 'irn', 'IRN', null],
      ],
    });
    expect(promise.events.map((e) => [e.type, ids(e.recipient)])).toEqual([['AGREE', ['irn.gov']]]);
    const types = (text: string, actors: [string, string, string | null, string | null][]) =>
      extract(text, { actors }).events.map((e) => e.type);
    expect(
      types('Fictional: The IMF approved a bailout for Pakistan.', [['IMF', 'imf', null, 'IGO']]),
    ).toEqual(['AID']);
    expect(
      types('Fictional: UNICEF vaccinated 50,000 children in Darfur.', [['UNICEF', 'unicef', null, 'IGO']]),
    ).toEqual(['AID']);
  });
});

describe('relations and calls', () => {
  it('"severed relations with X", "added X to its sanctions list", "spoke with X by phone"', () => {
    const one = (text: string, actors: [string, string, string | null, string | null][]) =>
      extract(text, { actors }).events.map((e) => [e.type, ids(e.recipient)]);
    expect(
      one('Fictional: Mali severed relations with Ukraine on Monday.', [
        ['Mali', 'mli', 'MLI', null],
        ['Ukraine', 'ukr', 'UKR', null],
      ]),
    ).toEqual([['SANCTION', ['ukr.gov']]]);
    expect(
      one('Fictional: The EU added the RSF to its sanctions list.', [
        ['EU', 'eu', null, 'IGO'],
        ['RSF', 'rsf', 'SDN', 'REB'],
      ]),
    ).toEqual([['SANCTION', ['rsf']]]);
    expect(
      one("Fictional: Colombia's president spoke with Venezuela's leader by phone.", [
        ["Colombia's president", 'col.gov', 'COL', 'GOV'],
        ["Venezuela's leader", 'ven.gov', 'VEN', 'GOV'],
      ]),
    ).toEqual([['CONSULT', ['ven.gov']]]);
  });
});

describe('hyphenated modifiers and people named by what they do', () => {
  it('"Iran-backed militias fired drones at a US base": "backed" is no act, the drone attack is', () => {
    const r = extract('Fictional: Iran-backed militias fired drones at a US base in Syria.', {
      actors: [
        ['Iran', 'irn', 'IRN', null],
        ['militias', 'rebels', null, 'REB'],
        ['US', 'usa.mil', 'USA', 'MIL'],
      ],
    });
    expect(r.events.map((e) => [e.type, ids(e.actor), ids(e.recipient)])).toEqual([
      ['ASSAULT', ['rebels'], ['usa.mil']],
    ]);
  });

  it('"executed a protester" is an assault, not a protest', () => {
    const r = extract('Fictional: Security forces executed a protester in Tehran.', {
      actors: [['Security forces', 'irn.cop', 'IRN', 'COP']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('nouns that modify nouns', () => {
  it('"Ceasefire talks resumed in Doha" is talks, not a ceasefire', () => {
    const r = extract('Fictional: Ceasefire talks resumed in Doha on Monday.', {
      places: [['Doha', 'Doha', 25.29, 51.53, 'QA']],
      times: [['Monday', '2024-03-11', '2024-03-11', 'day']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['CONSULT']);
  });
});

describe('auxiliaries the tagger misreads', () => {
  it('"claimed to have hit X" keeps the claimant as the actor', () => {
    const r = extract('Fictional: The Houthis claimed to have hit a US aircraft carrier in the Red Sea.', {
      actors: [
        ['Houthis', 'houthis', 'YEM', 'REB'],
        ['US aircraft', 'usa.mil', 'USA', 'MIL'],
      ],
    });
    expect(ids(r.events[0]!.actor)).toEqual(['houthis']);
  });

  it('"they had shot down a government helicopter" is a verb with its subject', () => {
    const r = extract('Fictional: Rebels said they had shot down a government helicopter.', {
      actors: [
        ['Rebels', 'rebels', null, 'REB'],
        ['they', 'rebels', null, 'REB'],
        ['government', 'mmr.gov', 'MMR', 'GOV'],
      ],
    });
    expect(ids(r.events[0]!.actor)).toEqual(['rebels']);
    expect(ids(r.events[0]!.recipient)).toEqual(['mmr.gov']);
  });
});

describe('two sides', () => {
  it('"fighting pitted X against Y" names both sides', () => {
    const r = extract(
      'Fictional: Fierce fighting pitted Hamas fighters against Israeli troops in Khan Younis.',
      {
        actors: [
          ['Hamas fighters', 'hamas', 'PSE', 'REB'],
          ['Israeli troops', 'isr.mil', 'ISR', 'MIL'],
        ],
        places: [['Khan Younis', 'Khan Yunis', 31.34, 34.31, 'PS']],
      },
    );
    expect([...ids(r.events[0]!.actor), ...ids(r.events[0]!.recipient)].sort()).toEqual(['hamas', 'isr.mil']);
  });

  it('"militiamen and federal troops exchanged gunfire": an adjective between does not split the sides', () => {
    const r = extract('Fictional: Amhara militiamen and federal troops exchanged gunfire near Gondar.', {
      actors: [
        ['militiamen', 'rebels', null, 'REB'],
        ['troops', 'eth.mil', 'ETH', 'MIL'],
      ],
    });
    expect(ids(r.events[0]!.actor).sort()).toEqual(['eth.mil', 'rebels']);
  });
});

describe('gaps in phrases', () => {
  it('"opened fire at the crossing" is shooting, not opening a crossing', () => {
    const r = extract('Fictional: Guards opened fire at the crossing near Rafah on Tuesday.', {
      actors: [['Guards', 'egy.cop', 'EGY', 'COP']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });
});

describe('forbidden acts', () => {
  it('"banned all protests" is a ban; the protests did not happen', () => {
    const r = extract('Fictional: The authorities banned all protests in the capital on Monday.', {
      actors: [['authorities', 'ken.gov', 'KEN', 'GOV']],
      times: [['Monday', '2024-03-11', '2024-03-11', 'day']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['COERCE']);
  });
});

describe('allegations', () => {
  it('"detained a rapper on charges of insulting the president": the president is not the recipient', () => {
    const r = extract('Fictional: Security forces detained a rapper on charges of insulting the president.', {
      actors: [
        ['Security forces', 'sen.cop', 'SEN', 'COP'],
        ['president', 'sen.gov', 'SEN', 'GOV'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual([]);
  });
});

describe('known acts named with "the"', () => {
  it('"protests over the killings in Tigray": the killings are presupposed, asserted', () => {
    const r = extract('Fictional: Students protested on Monday over the killings in Tigray.', {
      actors: [['Students', 'eth.students', 'ETH', 'EDU']],
      times: [['Monday', '2024-03-11', '2024-03-11', 'day']],
    });
    const killings = r.events.find((e) => e.type === 'ASSAULT');
    expect(killings?.modality).toBe('asserted');
  });
});

describe('demands for a release', () => {
  it('"demanded the release of hostages held by Hamas": the demand is made of Hamas', () => {
    const r = extract('Fictional: The US demanded the release of American hostages held by Hamas.', {
      actors: [
        ['US', 'usa', 'USA', null],
        ['American hostages', 'usa.civilians', 'USA', 'CVL'],
        ['Hamas', 'hamas', 'PSE', 'REB'],
      ],
    });
    expect(ids(r.events[0]!.recipient)).toEqual(['hamas']);
  });
});

describe('deployments and strikes', () => {
  it('"dispatched 400 police officers": the officers are the deployment, not its recipient', () => {
    const r = extract('Fictional: Kenya dispatched 400 police officers on Tuesday.', {
      actors: [
        ['Kenya', 'ken', 'KEN', null],
        ['police officers', 'ken.cop', 'KEN', 'COP'],
      ],
    });
    expect(r.events.map((e) => [e.type, ids(e.recipient)])).toEqual([['MOBILIZE', []]]);
  });

  it('"held a general strike" is a labour protest, not a riot', () => {
    const r = extract('Fictional: Workers held a general strike in Buenos Aires on Wednesday.', {
      actors: [['Workers', 'arg.workers', 'ARG', 'LAB']],
    });
    expect(r.events.map((e) => [e.type, e.mode])).toEqual([['PROTEST', 'strike']]);
  });
});

describe('states of emergency', () => {
  it('"lifted the state of emergency" is a concession', () => {
    const r = extract('Fictional: The authorities lifted the state of emergency in Amhara on Monday.', {
      actors: [['authorities', 'eth.gov', 'ETH', 'GOV']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['CONCEDE']);
  });
});

describe('dev3 wording: aid, withdrawals, expulsions, killings with blades', () => {
  it('"shipped air-defence systems to X" is military aid to X', () => {
    const r = extract('Fictional: Germany shipped air-defence systems to Ukraine on Wednesday.', {
      actors: [
        ['Germany', 'deu', 'DEU', null],
        ['Ukraine', 'ukr', 'UKR', null],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['AID']);
    expect(ids(r.events[0]!.recipient)).toEqual(['ukr.gov']);
  });

  it('"provided fuel to X" is aid', () => {
    const r = extract("Fictional: Qatar provided fuel to Lebanon's power plants on Sunday.", {
      actors: [
        ['Qatar', 'qat', 'QAT', null],
        ['Lebanon', 'lbn', 'LBN', null],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['AID']);
    // A state receiving aid is coded as its government.
    expect(ids(r.events[0]!.recipient)).toEqual(['lbn.gov']);
  });

  it('"pledged $40 million ... for X": X receives the pledge', () => {
    const r = extract('Fictional: Japan pledged $40 million in assistance for Sudan on Tuesday.', {
      actors: [
        ['Japan', 'jpn', 'JPN', null],
        ['Sudan', 'sdn', 'SDN', null],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['AGREE']);
    expect(ids(r.events[0]!.recipient)).toEqual(['sdn.gov']);
  });

  it('"pulled back from two villages" is a military withdrawal', () => {
    const r = extract('Fictional: Ukrainian forces pulled back from two villages near Pokrovsk on Friday.', {
      actors: [['Ukrainian forces', 'ukr.mil', 'UKR', 'MIL']],
    });
    expect(r.events.map((e) => [e.type, e.mode])).toEqual([['RETREAT', 'withdraw']]);
    expect(ids(r.events[0]!.actor)).toEqual(['ukr.mil']);
  });

  it('"expelled a senior UN official" is a diplomatic expulsion, not a deportation', () => {
    const r = extract("Fictional: Niger's junta expelled a senior UN official on Wednesday.", {
      actors: [
        ["Niger's junta", 'ner.gov', 'NER', 'GOV'],
        ['UN official', 'un', null, 'IGO'],
      ],
    });
    expect(r.events.map((e) => [e.type, e.mode])).toEqual([['SANCTION', 'expel']]);
    expect(ids(r.events[0]!.recipient)).toEqual(['un']);
  });

  it('"were hacked to death by X" is an attack by X on the victims, not a cyber operation', () => {
    const r = extract('Fictional: Villagers in Ituri were hacked to death by ADF militants on Monday.', {
      actors: [
        ['Villagers', 'cod.civilians', 'COD', 'CVL'],
        ['ADF militants', 'adf', 'COD', 'REB'],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(ids(r.events[0]!.actor)).toEqual(['adf']);
    expect(ids(r.events[0]!.recipient)).toEqual(['cod.civilians']);
  });
});

describe('aid sent to a place', () => {
  it('"shipped ... to Kyiv": the place stands for who receives it (its state, as the government)', () => {
    const r = extract('Fictional: Germany shipped air-defence systems to Kyiv on Wednesday.', {
      actors: [['Germany', 'deu', 'DEU', null]],
      places: [['Kyiv', 'Kyiv', 50.45, 30.52, 'UA', 'city']],
    });
    expect(r.events.map((e) => e.type)).toEqual(['AID']);
    expect(ids(r.events[0]!.recipient)).toEqual(['ukr.gov']);
    expect(r.events[0]!.recipient[0]!.country).toBe('UKR');
  });

  it('a named recipient wins over the place, and a place "in" which aid is given receives nothing', () => {
    const named = extract('Fictional: The WFP delivered food aid to displaced families in Baidoa.', {
      actors: [
        ['WFP', 'wfp', null, 'IGO'],
        ['displaced families', 'sector.ref', null, 'REF'],
      ],
      places: [['Baidoa', 'Baidoa', 3.11, 43.65, 'SO', 'city']],
    });
    expect(ids(named.events[0]!.recipient)).toEqual(['sector.ref']);
    const located = extract('Fictional: The WFP delivered food aid in Baidoa on Monday.', {
      actors: [['WFP', 'wfp', null, 'IGO']],
      places: [['Baidoa', 'Baidoa', 3.11, 43.65, 'SO', 'city']],
    });
    expect(located.events.map((e) => e.type)).toEqual(['AID']);
    expect(located.events[0]!.recipient).toEqual([]);
  });

  it('an attack "to" a place does not make the place a recipient', () => {
    const r = extract('Fictional: Rebels attacked a convoy on the road to Goma.', {
      actors: [['Rebels', 'rebels', null, 'REB']],
      places: [['Goma', 'Goma', -1.68, 29.22, 'CD', 'city']],
    });
    expect(r.events.every((e) => e.recipient.every((a) => a.country !== 'COD'))).toBe(true);
  });
});

describe('withdrawals that are not military', () => {
  it('"withdrew their demand" is no RETREAT; "withdrew their troops" still is', () => {
    const demand = extract('Fictional: The rebels withdrew their demand for a prisoner exchange on Monday.', {
      actors: [['rebels', 'rebels', null, 'REB']],
    });
    // The exchange demanded is a hypothetical RETREAT; the withdrawn demand is no factual one.
    expect(demand.events.filter((e) => e.type === 'RETREAT' && e.modality !== 'hypothetical')).toEqual([]);
    const troops = extract('Fictional: The rebels withdrew their fighters from Sake on Monday.', {
      actors: [['rebels', 'rebels', null, 'REB']],
      places: [['Sake', 'Sake', -1.57, 29.04, 'CD', 'city']],
    });
    expect(troops.events.map((e) => e.type)).toEqual(['RETREAT']);
  });
});

describe('places bounding a route', () => {
  it('"a convoy between Gao and Kidal" is one attack; "shelled Gao and Kidal" stays two', () => {
    const places: [string, string, number, number, string, string][] = [
      ['Gao', 'Gao', 16.27, -0.04, 'ML', 'city'],
      ['Kidal', 'Kidal', 18.44, 1.41, 'ML', 'city'],
    ];
    const route = extract(
      'Fictional: Rebels attacked an army convoy between Gao and Kidal on Friday.',
      {
        actors: [
          ['Rebels', 'rebels', null, 'REB'],
          ['army', 'mli.mil', 'MLI', 'MIL'],
        ],
        places,
      },
      locate,
    );
    expect(route.events.map((e) => e.location?.name)).toEqual(['Gao']);
    const two = extract(
      'Fictional: Rebels shelled Gao and Kidal on Friday.',
      {
        actors: [['Rebels', 'rebels', null, 'REB']],
        places,
      },
      locate,
    );
    expect(two.events.map((e) => e.location?.name)).toEqual(['Gao', 'Kidal']);
  });
});

describe('fighting that a clause follows', () => {
  it('"X retreated after heavy clashes with Y": X and Y are the two sides', () => {
    const r = extract(
      'Fictional: Government forces retreated from Bentiu after heavy clashes with SPLA-IO fighters.',
      {
        actors: [
          ['Government forces', 'ssd.mil', 'SSD', 'MIL'],
          ['SPLA-IO fighters', 'splm.io', 'SSD', 'REB'],
        ],
        places: [['Bentiu', 'Bentiu', 9.23, 29.8, 'SS', 'city']],
      },
    );
    const clash = r.events.find((e) => e.type === 'ASSAULT');
    expect(clash && [...ids(clash.actor), ...ids(clash.recipient)].sort()).toEqual(['splm.io', 'ssd.mil']);
  });
});

describe('look-alikes of a withdrawal or a release', () => {
  it('"withdrew from a deal with X" is a SANCTION on X; "withdrew from the town" stays a RETREAT', () => {
    const deal = extract('Fictional: Turkey withdrew from a water agreement with Iraq on Thursday.', {
      actors: [
        ['Turkey', 'tur', 'TUR', null],
        ['Iraq', 'irq', 'IRQ', null],
      ],
    });
    expect(deal.events.map((e) => e.type)).toEqual(['SANCTION']);
    expect(ids(deal.events[0]!.recipient)).toEqual(['irq.gov']);
    const town = extract('Fictional: Israeli troops withdrew from the town of Khiam on Sunday.', {
      actors: [['Israeli troops', 'isr.mil', 'ISR', 'MIL']],
      places: [['Khiam', 'Khiam', 33.33, 35.61, 'LB', 'city']],
    });
    expect(town.events.map((e) => e.type)).toEqual(['RETREAT']);
  });

  it('"withdrew its support" codes nothing; "released tear gas on protesters" is force, not a release', () => {
    const support = extract('Fictional: Kenya withdrew its support for the resolution on Friday.', {
      actors: [['Kenya', 'ken', 'KEN', null]],
    });
    expect(support.events).toEqual([]);
    const gas = extract('Fictional: Police released tear gas on protesters in Nairobi on Tuesday.', {
      actors: [
        ['Police', 'ken.cop', 'KEN', 'COP'],
        ['protesters', 'ken.protesters', 'KEN', 'CVL'],
      ],
    });
    expect(gas.events.map((e) => [e.type, e.mode])).toEqual([['ASSAULT', 'crowd-control']]);
  });
});

describe('attacks repelled', () => {
  it('"X repelled an attack by Y on a base": Y attacked X; "X launched an attack" still makes X the attacker', () => {
    const actors: [string, string, string | null, string | null][] = [
      ['Somali troops', 'som.mil', 'SOM', 'MIL'],
      ['al-Shabaab', 'shabaab', 'SOM', 'REB'],
    ];
    const repelled = extract(
      'Fictional: Somali troops repelled an attack by al-Shabaab on a base near Afgoye on Friday.',
      { actors },
    );
    expect(repelled.events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(ids(repelled.events[0]!.actor)).toEqual(['shabaab']);
    expect(ids(repelled.events[0]!.recipient)).toEqual(['som.mil']);
    const launched = extract('Fictional: Somali troops launched an attack on al-Shabaab near Afgoye.', {
      actors,
    });
    expect(ids(launched.events[0]!.actor)).toEqual(['som.mil']);
    expect(ids(launched.events[0]!.recipient)).toEqual(['shabaab']);
  });

  it('"the EU slapped sanctions on X": the EU imposes them', () => {
    const r = extract('Fictional: The EU slapped sanctions on Belarusian officials on Monday.', {
      actors: [
        ['EU', 'eu', null, 'IGO'],
        ['Belarusian officials', 'blr.gov', 'BLR', 'GOV'],
      ],
    });
    expect(r.events.map((e) => e.type)).toEqual(['SANCTION']);
    expect(ids(r.events[0]!.actor)).toEqual(['eu']);
    expect(ids(r.events[0]!.recipient)).toEqual(['blr.gov']);
  });
});

describe('crowds, bans and grants', () => {
  it('"Thousands protested ... against X": a crowd protests X; "dozens of soldiers protested" is not a crowd count', () => {
    const crowd = extract('Fictional: Thousands protested in Tunis on Saturday against the government.', {
      actors: [['government', 'tun.gov', 'TUN', 'GOV']],
    });
    expect(crowd.events.map((e) => e.type)).toEqual(['PROTEST']);
    expect(crowd.events[0]!.actor.map((a) => a.sector)).toEqual(['CVL']);
    expect(ids(crowd.events[0]!.recipient)).toEqual(['tun.gov']);
    const soldiers = extract('Fictional: Dozens of soldiers protested in Niamey on Saturday.', {});
    expect(soldiers.events[0]!.actor).toEqual([]);
  });

  it('"imposed travel bans on X" is a SANCTION on X; "approved a grant for Yemen" is aid to Yemen', () => {
    const ban = extract('Fictional: Canada imposed travel bans on Haitian gang leaders on Monday.', {
      actors: [
        ['Canada', 'can', 'CAN', null],
        ['Haitian gang leaders', 'hti.gangs', 'HTI', 'CRM'],
      ],
    });
    expect(ban.events.map((e) => e.type)).toEqual(['SANCTION']);
    expect(ids(ban.events[0]!.recipient)).toEqual(['hti.gangs']);
    const grant = extract('Fictional: The World Bank approved a $300 million grant for Yemen on Monday.', {
      actors: [
        ['World Bank', 'world.bank', null, 'IGO'],
        ['Yemen', 'yem', 'YEM', null],
      ],
    });
    expect(grant.events.map((e) => e.type)).toEqual(['AID']);
    expect(ids(grant.events[0]!.recipient)).toEqual(['yem.gov']);
  });
});

describe('coordinated sides with modifiers the dictionary lacks', () => {
  it('"X and Kurdish-led fighters clashed": both are sides', () => {
    const r = extract(
      'Fictional: Syrian government forces and Kurdish-led fighters clashed in Aleppo on Monday.',
      {
        actors: [
          ['Syrian government forces', 'syr.mil', 'SYR', 'MIL'],
          ['fighters', 'rebels', null, 'REB'],
        ],
      },
    );
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect([...ids(r.events[0]!.actor), ...ids(r.events[0]!.recipient)].sort()).toEqual([
      'rebels',
      'syr.mil',
    ]);
  });

  it('a noun between two mentions still keeps them apart', () => {
    const r = extract('Fictional: Syrian government forces shelled villages and fighters fled on Monday.', {
      actors: [
        ['Syrian government forces', 'syr.mil', 'SYR', 'MIL'],
        ['fighters', 'rebels', null, 'REB'],
      ],
    });
    const shelled = r.events.find((e) => e.trigger.text === 'shelled');
    expect(shelled && ids(shelled.actor)).toEqual(['syr.mil']);
  });
});

describe('reduced relative clauses', () => {
  it('"pardoned 50 soldiers jailed over a plot": the soldiers were jailed, they did not jail', () => {
    const r = extract("Fictional: Niger's junta pardoned 50 soldiers jailed over a coup plot on Friday.", {
      actors: [
        ["Niger's junta", 'ner.gov', 'NER', 'GOV'],
        ['soldiers', 'ner.mil', 'NER', 'MIL'],
      ],
    });
    const jailed = r.events.find((e) => e.trigger.text === 'jailed');
    expect(jailed?.type).toBe('COERCE');
    expect(jailed && ids(jailed.actor)).toEqual([]);
    expect(jailed && ids(jailed.recipient)).toEqual(['ner.mil']);
  });

  it('"the army said rebels attacked in Gao": after a verb of saying the group is the subject', () => {
    const r = extract('Fictional: The army said rebels attacked in Gao on Friday.', {
      actors: [
        ['army', 'mli.mil', 'MLI', 'MIL'],
        ['rebels', 'rebels', null, 'REB'],
      ],
      places: [['Gao', 'Gao', 16.27, -0.04, 'ML', 'city']],
    });
    const attacked = r.events.find((e) => e.trigger.text === 'attacked');
    expect(attacked && ids(attacked.actor)).toEqual(['rebels']);
  });
});

describe('protests at institutions', () => {
  it('"protested outside the European Parliament" / "outside the Supreme Court": the institution is the target', () => {
    const ep = extract(
      'Fictional: Hundreds of farmers protested outside the European Parliament on Tuesday.',
      {
        actors: [
          ['farmers', 'farmers', null, 'AGR'],
          ['European Parliament', 'ep', null, 'IGO'],
        ],
      },
    );
    expect(ids(ep.events[0]!.recipient)).toEqual(['ep']);
    const court = extract('Fictional: Lawyers protested outside the Supreme Court in Islamabad on Monday.', {
      actors: [
        ['Lawyers', 'pak.lawyers', 'PAK', 'CVL'],
        ['Supreme Court', 'pak.jud', 'PAK', 'JUD'],
      ],
    });
    expect(ids(court.events[0]!.recipient)).toEqual(['pak.jud']);
  });
});

describe('compound modifiers and aid cut off', () => {
  it('"earthquake-hit areas" is no attack; "drones hit areas" still is', () => {
    const quake = extract(
      'Fictional: Turkey sent rescue teams to earthquake-hit areas of Syria on Tuesday.',
      {
        actors: [['Turkey', 'tur', 'TUR', null]],
      },
    );
    expect(quake.events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
    const hit = extract('Fictional: Russian drones hit areas of Kharkiv on Tuesday.', {
      actors: [['Russian drones', 'rus.mil', 'RUS', 'MIL']],
    });
    expect(hit.events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('"cut off aid to X" and "halted imports of" are sanctions', () => {
    const aid = extract("Fictional: Japan cut off aid to Myanmar's military government on Monday.", {
      actors: [
        ['Japan', 'jpn', 'JPN', null],
        ["Myanmar's military government", 'mmr.gov', 'MMR', 'GOV'],
      ],
    });
    expect(aid.events.map((e) => [e.type, e.mode])).toEqual([['SANCTION', 'discontinue']]);
    expect(ids(aid.events[0]!.recipient)).toEqual(['mmr.gov']);
    const imports = extract('Fictional: China halted imports of seafood on Friday.', {
      actors: [['China', 'chn', 'CHN', null]],
    });
    expect(imports.events.map((e) => e.type)).toEqual(['SANCTION']);
  });
});

describe('claims of responsibility', () => {
  it('"X claimed responsibility for an ambush on Y": X ambushed Y', () => {
    const r = extract(
      'Fictional: JNIM claimed responsibility for an ambush on Burkinabe soldiers near Djibo.',
      {
        actors: [
          ['JNIM', 'jnim', null, 'REB'],
          ['Burkinabe soldiers', 'bfa.mil', 'BFA', 'MIL'],
        ],
      },
    );
    const ambush = r.events.find((e) => e.type === 'ASSAULT');
    expect(ambush && ids(ambush.actor)).toEqual(['jnim']);
    expect(ambush && ids(ambush.recipient)).toEqual(['bfa.mil']);
  });

  it('"X denied responsibility for the attack" makes X no attacker', () => {
    const r = extract(
      'Fictional: JNIM denied responsibility for an ambush on Burkinabe soldiers near Djibo.',
      {
        actors: [
          ['JNIM', 'jnim', null, 'REB'],
          ['Burkinabe soldiers', 'bfa.mil', 'BFA', 'MIL'],
        ],
      },
    );
    const ambush = r.events.find((e) => e.type === 'ASSAULT');
    expect(ambush && ids(ambush.actor)).toEqual([]);
  });
});

describe('attacks claimed by', () => {
  it('"The attack on X was claimed by Y": Y attacked X', () => {
    const r = extract('Fictional: The attack on the army base in Diffa was claimed by ISWAP on Tuesday.', {
      actors: [
        ['army', 'ner.mil', 'NER', 'MIL'],
        ['ISWAP', 'iswap', null, 'REB'],
      ],
      places: [['Diffa', 'Diffa', 13.32, 12.61, 'NE', 'city']],
    });
    const attack = r.events.find((e) => e.type === 'ASSAULT');
    expect(attack && ids(attack.actor)).toEqual(['iswap']);
    expect(attack && ids(attack.recipient)).toEqual(['ner.mil']);
  });
});

describe('verbs sharing an object', () => {
  it('"Police beat and detained dozens of protesters": both acts are on the protesters', () => {
    const r = extract('Fictional: Police in Nairobi beat and detained dozens of protesters on Tuesday.', {
      actors: [
        ['Police', 'ken.cop', 'KEN', 'COP'],
        ['protesters', 'ken.protesters', 'KEN', 'CVL'],
      ],
    });
    expect(r.events.map((e) => [e.type, ids(e.recipient)])).toEqual([
      ['ASSAULT', ['ken.protesters']],
      ['COERCE', ['ken.protesters']],
    ]);
  });
});
