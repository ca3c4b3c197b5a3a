// Argument rules found on the dev6 gold set (who did it to whom, issue 6), each tested on its own
// fictional sentence, end to end through the real default pipeline. Every text is fictional.
import type { DocumentResult } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

const ids = (list: { id: string }[]) => list.map((a) => a.id);
const of = (r: DocumentResult, type: string) => r.events.find((e) => e.type === type);

describe('recipients named away from the object', () => {
  it('"charged that Ethiopia was ...": the accusation is aimed at the that-clause subject', () => {
    const r = extract('Fictional: The Egyptian cabinet on Monday charged that Ethiopia was filling the dam.');
    const accuse = of(r, 'ACCUSE');
    expect(accuse && ids(accuse.actor)).toEqual(['egy.gov']);
    expect(accuse && ids(accuse.recipient)).toEqual(['eth.gov']);
  });

  it('"expelled two Ugandan diplomats, accusing them of spying": "them" is who was expelled', () => {
    const r = extract('Fictional: Kenya expelled two Ugandan diplomats on Monday, accusing them of spying.');
    const accuse = of(r, 'ACCUSE');
    expect(accuse && ids(accuse.recipient)).toEqual(['uga.gov']);
  });

  it('an object pronoun with nothing before it to point at gives no recipient', () => {
    const r = extract('Fictional: Kenya on Monday accused them of spying.');
    const accuse = of(r, 'ACCUSE');
    expect(accuse && ids(accuse.actor)).toEqual(['ken.gov']);
    expect(accuse?.recipient).toEqual([]);
  });

  it('"dismissed as false a report by the UN nuclear watchdog": the report\'s author is answered', () => {
    const r = extract('Fictional: Iraq on Monday dismissed as false a report by the UN nuclear watchdog.');
    const reject = of(r, 'REJECT');
    expect(reject && ids(reject.recipient)).toEqual(['iaea']);
  });
});

describe('a concession is made to whoever pressed for it', () => {
  it('"Bowing to weeks of protests by teachers, the government repealed": to the teachers', () => {
    const r = extract(
      'Fictional: Bowing to weeks of protests by teachers, the Chilean government on Monday repealed a pension law.',
    );
    const concede = of(r, 'CONCEDE');
    const protest = of(r, 'PROTEST');
    expect(concede && ids(concede.actor)).toEqual(['chl.gov']);
    expect(concede && ids(concede.recipient)).toEqual(protest ? ids(protest.actor) : ['none']);
    expect(concede?.recipient.length).toBe(1);
  });

  it('"Under pressure from the EU, Serbia repealed ...": to the EU', () => {
    const r = extract('Fictional: Under pressure from the EU, Serbia on Monday repealed a media law.');
    const concede = of(r, 'CONCEDE');
    expect(concede && ids(concede.recipient)).toEqual(['eu']);
  });
});

describe('who speaks', () => {
  it('a participle after ", the UN agency said," has the agency as subject', () => {
    const r = extract(
      'Fictional: Turkey began deporting Syrian refugees on Monday, the UN refugee agency said, urging Ankara to halt.',
    );
    const request = of(r, 'REQUEST');
    expect(request && ids(request.actor)).toEqual(['unhcr']);
    expect(request && ids(request.recipient)).toEqual(['tur.gov']);
  });

  it("a participle after a reported clause has the speaker, not the clause's subject", () => {
    const r = extract(
      'Fictional: The UN refugee agency said on Monday that Iran had deported 300 Afghans, urging Tehran to stop.',
    );
    const request = of(r, 'REQUEST');
    expect(request && ids(request.actor)).toEqual(['unhcr']);
    expect(request && ids(request.recipient)).toEqual(['irn.gov']);
  });

  it('"\\"We urge Moscow to ...,\\" the Turkish foreign minister told reporters": the minister asks', () => {
    const r = extract(
      'Fictional: "We urge Moscow to return to the grain deal," the Turkish foreign minister told reporters on Monday.',
    );
    const request = of(r, 'REQUEST');
    expect(request && ids(request.actor)).toEqual(['tur.gov']);
    expect(request && ids(request.recipient)).toEqual(['rus.gov']);
  });
});

describe('an attack on a place of another state', () => {
  it('"Russian forces pounded Kupiansk": with no one named as hit, the attack is on Ukraine', () => {
    const r = extract('Fictional: Russian forces pounded the town of Kupiansk on Thursday.');
    const assault = of(r, 'ASSAULT');
    expect(assault && ids(assault.actor)).toEqual(['rus.mil']);
    expect(assault && ids(assault.recipient)).toEqual(['ukr']);
  });

  it('a civilian site hit keeps its civilians, and an attack at home gives no state', () => {
    const site = of(extract('Fictional: Russian drones struck a hospital in Kharkiv on Monday.'), 'ASSAULT');
    expect(site && ids(site.recipient)).toEqual(['civilians']);
    const home = of(extract('Fictional: Russian forces shelled Belgorod on Monday.'), 'ASSAULT');
    expect(home?.recipient.map((a) => a.country)).not.toContain('RUS');
  });
});

describe('objects with compounds and owners', () => {
  it('"blacklisted three Dubai-based shipping firms": the place compound does not end the object', () => {
    const r = extract('Fictional: Washington blacklisted three Dubai-based shipping firms on Thursday.');
    const sanction = of(r, 'SANCTION');
    expect(sanction?.recipient.map((a) => a.sector)).toEqual(['BUS']);
  });

  it('"rebuffed a Croatian call for talks": the caller is answered, not the topic', () => {
    const r = extract('Fictional: Serbia rebuffed a Croatian call for talks on the fate of missing persons.');
    const reject = of(r, 'REJECT');
    expect(reject && ids(reject.recipient)).toEqual(['hrv.gov']);
  });

  it('"raided a newspaper and detained its editor": the editor is the press, not the police\'s', () => {
    const r = extract('Fictional: Police raided a newspaper in Izmir on Monday and detained its editor.');
    const arrest = r.events.find((e) => e.type === 'COERCE' && e.trigger.text === 'detained');
    expect(arrest?.recipient.map((a) => a.sector)).toEqual(['JRN']);
  });
});

describe('sides named around a date or a parenthetical', () => {
  it('"The army said on Tuesday it had killed 12 militants": "it" is the army across the date', () => {
    const r = extract(
      'Fictional: The Pakistani army said on Tuesday it had killed 12 militants in North Waziristan.',
    );
    const assault = of(r, 'ASSAULT');
    expect(assault && ids(assault.actor)).toEqual(['pak.mil']);
  });

  it('"Peru\'s Congress, bowing to the transport unions, repealed": Congress concedes to the unions', () => {
    const r = extract(
      "Fictional: Peru's Congress, bowing to the transport unions, repealed the extortion law on Friday.",
    );
    const concede = of(r, 'CONCEDE');
    expect(concede && ids(concede.actor)).toEqual(['per.leg']);
    expect(concede?.recipient.map((a) => a.sector)).toEqual(['LAB']);
  });
});

describe('objects behind participles', () => {
  it('"struck suspected PKK hideouts": a participle adjective right after the verb stays in the object', () => {
    const r = extract(
      'Fictional: Turkish warplanes struck suspected PKK hideouts in northern Iraq on Tuesday.',
    );
    const assault = of(r, 'ASSAULT');
    expect(assault && ids(assault.recipient)).toEqual(['pkk']);
  });

  it('"a proposal put forward by Egypt and Qatar": the proposers are answered', () => {
    const r = extract(
      'Fictional: Israel rejected a ceasefire proposal put forward by Egypt and Qatar on Tuesday.',
    );
    const reject = of(r, 'REJECT');
    expect(reject && ids(reject.recipient).sort()).toEqual(['egy.gov', 'qat.gov']);
  });

  it('"a strike on a school sheltering displaced families killed 15": one attack, no act by the families', () => {
    const r = extract(
      'Fictional: An Israeli strike on a school sheltering displaced families in Gaza City killed 15 people.',
    );
    expect(r.events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(ids(r.events[0]!.actor)).toEqual(['isr.mil']);
  });
});

describe('appositions and reasons', () => {
  it('"Bolivia\'s president, Luis Arce, accused": a name in apposition does not hide the subject', () => {
    const r = extract("Fictional: Bolivia's president, Luis Arce, accused Peru of meddling on Monday.");
    const accuse = of(r, 'ACCUSE');
    expect(accuse && ids(accuse.actor)).toEqual(['bol.gov']);
    expect(accuse && ids(accuse.recipient)).toEqual(['per.gov']);
  });

  it('"sanctions on nine US defence firms over arms sales to Taiwan": the reason names no side', () => {
    const r = extract(
      'Fictional: Beijing slapped sanctions on nine US defence firms over arms sales to Taiwan.',
    );
    const sanction = of(r, 'SANCTION');
    expect(sanction && ids(sanction.recipient)).toEqual(['usa.business']);
  });

  it('a village chief and a researcher are named as who is hit', () => {
    const chief = of(extract('Fictional: Gunmen killed a village chief in Cameroon on Monday.'), 'ASSAULT');
    expect(chief?.recipient.map((a) => a.sector)).toEqual(['CVL']);
    const researcher = of(
      extract('Fictional: A court in Moscow sentenced a French researcher to three years in prison.'),
      'SANCTION',
    );
    expect(researcher && ids(researcher.recipient)).toEqual(['fra.students']);
  });
});

describe('who receives a handover or a concession', () => {
  it('"agreed to return four border villages to Azerbaijan": Azerbaijan receives them', () => {
    const r = extract('Fictional: Armenia agreed to return four border villages to Azerbaijan.');
    const retreat = of(r, 'RETREAT');
    expect(retreat && ids(retreat.actor)).toEqual(['arm.gov']);
    expect(retreat && ids(retreat.recipient)).toEqual(['aze.gov']);
  });

  it('"agreed to ECOWAS demands": the concession answers ECOWAS', () => {
    const r = extract('Fictional: The junta agreed to ECOWAS demands for a shorter transition.');
    const concede = of(r, 'CONCEDE');
    expect(concede && ids(concede.recipient)).toEqual(['ecowas']);
  });

  it('a drug lord arrested is a criminal of his country', () => {
    const r = extract('Fictional: Brazilian police arrested a Paraguayan drug lord on Monday.');
    const arrest = of(r, 'COERCE');
    expect(arrest && ids(arrest.recipient)).toEqual(['pry.criminals']);
  });
});

describe('owners and places of the acting side', () => {
  it('"Rebels\' attack on Bunia": the plural possessive names the attacker', () => {
    const r = extract("Fictional: Rebels' attack on the town of Bunia left 20 civilians dead.");
    const assault = of(r, 'ASSAULT');
    expect(assault && ids(assault.actor)).toEqual(['rebels']);
  });

  it('"Police in Karachi arrested": the place after "in" gives the police their state', () => {
    const r = extract(
      'Fictional: Police in Karachi arrested two men suspected of attacking Chinese nationals.',
    );
    const arrest = of(r, 'COERCE');
    expect(arrest && ids(arrest.actor)).toEqual(['pak.cop']);
  });
});

describe('blame and the speaker of "it"', () => {
  it('"blamed the attack on the BLA": the BLA is accused and did the attack, and was not hit', () => {
    const r = extract('Fictional: Police in Quetta blamed the attack on the Baloch Liberation Army.');
    const accuse = of(r, 'ACCUSE');
    const assault = of(r, 'ASSAULT');
    expect(accuse && ids(accuse.recipient)).toEqual(['bla']);
    expect(assault && ids(assault.actor)).toEqual(['bla']);
    expect(assault?.recipient).toEqual([]);
  });

  it('"JNIM, which is linked to al-Qaeda, said it attacked": "it" is JNIM, not al-Qaeda', () => {
    const r = extract(
      'Fictional: JNIM, which is linked to al-Qaeda, said it attacked the army post in Lere.',
    );
    const assault = of(r, 'ASSAULT');
    expect(assault && ids(assault.actor)).toEqual(['jnim']);
  });
});

describe('who is asked to act', () => {
  it('"urged Rwanda to withdraw its troops": Rwanda would withdraw, not the one who urged', () => {
    const r = extract('Fictional: The African Union urged Rwanda to withdraw its troops from eastern Congo.');
    const retreat = of(r, 'RETREAT');
    expect(retreat?.modality).toBe('hypothetical');
    expect(retreat?.actor.map((a) => a.country)).toEqual(['RWA']);
  });
});

describe('"came under fire from" and capitals addressed', () => {
  it('"Thai rangers came under fire from insurgents": the insurgents attack the rangers', () => {
    const r = extract(
      'Fictional: Thai rangers came under fire from insurgents in Narathiwat province on Tuesday.',
    );
    const assault = of(r, 'ASSAULT');
    expect(assault && ids(assault.actor)).toEqual(['rebels']);
    expect(assault && ids(assault.recipient)).toEqual(['tha.prm']);
  });

  it('"appealed to Moscow and Kyiv": both capitals are the governments appealed to', () => {
    const r = extract(
      'Fictional: The head of the IAEA appealed to Moscow and Kyiv on Tuesday to keep fighting away from the plant.',
    );
    const request = of(r, 'REQUEST');
    expect(request && ids(request.recipient).sort()).toEqual(['rus.gov', 'ukr.gov']);
  });
});

describe('objects inside gapped phrases (dev7 leftovers)', () => {
  it('"declared two Belarusian diplomats persona non grata": the diplomats\' state is the recipient', () => {
    const r = extract('Fictional: Latvia declared two Russian diplomats persona non grata on Monday.');
    const sanction = of(r, 'SANCTION');
    expect(sanction && ids(sanction.recipient)).toEqual(['rus.gov']);
  });

  it('"wrote off 50 million dollars of Zambia\'s debt": the debt\'s owner receives the aid', () => {
    const r = extract("Fictional: Japan wrote off 30 million dollars of Zambia's debt on Tuesday.");
    const aid = of(r, 'AID');
    expect(aid && ids(aid.recipient)).toEqual(['zmb.gov']);
  });

  it('"handed a fugitive ... over to Bolivian authorities": who it is handed to receives', () => {
    const r = extract(
      'Fictional: Chile handed a fugitive gang leader over to Bolivian authorities on Friday.',
    );
    const handover = r.events.find((e) => e.trigger.text.startsWith('handed'));
    expect(handover && ids(handover.recipient)).toEqual(['bol.gov']);
  });
});
