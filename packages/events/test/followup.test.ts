import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('a capital as the object of a call, request or accusation', () => {
  it('"called on Damascus to": the recipient is the Syrian government, and Damascus is no location', () => {
    const r = extract('Fictional: The UN envoy called on Damascus to respect the truce.');
    const request = r.events.find((e) => e.type === 'REQUEST');
    expect(request && ids(request.recipient)).toEqual(['syr.gov']);
    expect(request?.location?.name ?? null).not.toBe('Damascus');
  });

  it('"urging Kabul to": the -ing form also makes the capital a government', () => {
    const r = extract('Fictional: Qatar issued a statement urging Kabul to reopen schools for girls.');
    expect(r.events.flatMap((e) => ids(e.recipient))).toContain('afg.gov');
    expect(r.events.map((e) => e.location?.name)).not.toContain('Kabul');
  });

  it('a capital visited for talks stays the place of the talks', () => {
    const r = extract(
      'Fictional: The Kenyan president visited Addis Ababa on Tuesday for talks with Abiy Ahmed.',
    );
    const consult = r.events.find((e) => e.type === 'CONSULT');
    expect(consult?.location?.name).toBe('Addis Ababa');
  });
});

describe('a later definite mention repeats an earlier named actor', () => {
  it('"talks with a Hamas delegation ... met the delegation": the delegation is Hamas', () => {
    const r = extract(
      "Fictional: Egyptian mediators held talks with a Hamas delegation in Cairo on Monday. Qatar's prime minister met the delegation separately.",
    );
    const met = r.events.find((e) => e.trigger.text === 'met');
    expect(met && ids(met.actor)).toEqual(['qat.gov']);
    expect(met && ids(met.recipient)).toEqual(['hamas']);
  });

  it('"Houthi delegation ... received the delegation": not a delegation of the focus state', () => {
    const r = extract(
      'Fictional: A Houthi delegation arrived in Muscat. Omani officials received the delegation on Tuesday.',
    );
    const received = r.events.find((e) => e.trigger.text === 'received');
    expect(received && ids(received.recipient)).toEqual(['houthis']);
  });
});

describe('a denial governs only its own predicate', () => {
  it('"denied X, accusing Y of ...": the accusation is asserted', () => {
    const r = extract(
      'Fictional: Rwanda denied supporting the M23 rebels, accusing Kinshasa of arming the FDLR.',
    );
    const accuse = r.events.find((e) => e.type === 'ACCUSE');
    expect(accuse?.modality).toBe('asserted');
    expect(accuse && ids(accuse.recipient)).toEqual(['cod.gov']);
  });

  it('a physical act after the comma stays denied', () => {
    const r = extract('Fictional: The army denied shelling the market, killing nine people.');
    const shelling = r.events.find((e) => e.trigger.text === 'shelling');
    expect(shelling?.modality).toBe('negated');
  });
});

describe('a message fronted before the clause names its addressee', () => {
  it('"In a letter to the African Union, X asked for ...": the AU is the recipient', () => {
    const r = extract('Fictional: In a letter to the African Union, the rebels asked for mediation.');
    const request = r.events.find((e) => e.type === 'REQUEST');
    expect(request && ids(request.recipient)).toEqual(['au']);
  });

  it('a request about a party is still addressed to the body written to', () => {
    const r = extract(
      "Fictional: In a letter to the Security Council, Mali's foreign minister asked for the withdrawal of Russian troops.",
    );
    const request = r.events.find((e) => e.type === 'REQUEST');
    expect(request && ids(request.recipient)).toEqual(['unsc']);
  });

  it('an accusation keeps the accused as its recipient', () => {
    const r = extract(
      'Fictional: In a letter to the UN, the Sudanese army accused the RSF of killing civilians.',
    );
    const accuse = r.events.find((e) => e.type === 'ACCUSE');
    expect(accuse && ids(accuse.recipient)).toEqual(['rsf']);
  });
});

describe('"each side", "both sides" name both parties', () => {
  it('"exchanged fire, each side blaming the other": both sides accuse', () => {
    const r = extract(
      'Fictional: Kyrgyz and Tajik border guards exchanged fire near Batken on Wednesday, each side blaming the other for starting it.',
    );
    const accuse = r.events.find((e) => e.type === 'ACCUSE');
    expect(accuse && ids(accuse.actor).sort()).toEqual(['kgz.cop', 'tjk.cop']);
  });

  it('"Both sides agreed": the two sides of the talks are both the actor', () => {
    const r = extract(
      'Fictional: The army and the RSF met in Jeddah. Both sides agreed to a three-day truce.',
    );
    const agree = r.events.find((e) => e.type === 'AGREE');
    expect(agree && ids(agree.actor).sort()).toEqual(['rsf', 'sdn.mil']);
  });
});

describe('a protest at a seat of government is aimed at that government', () => {
  it('"protested outside parliament in Nairobi": Kenya is the recipient', () => {
    const r = extract('Fictional: Teachers protested outside parliament in Nairobi on Tuesday.');
    const protest = r.events.find((e) => e.type === 'PROTEST');
    expect(protest?.recipient.map((a) => a.country)).toEqual(['KEN']);
  });

  it('"a sit-in ... outside the governor\'s office in Trincomalee": Sri Lanka', () => {
    const r = extract(
      "Fictional: A sit-in by families of missing fishermen entered its third day outside the governor's office in Trincomalee.",
    );
    const protest = r.events.find((e) => e.type === 'PROTEST');
    expect(protest?.recipient.map((a) => a.country)).toEqual(['LKA']);
  });

  it("a company's offices are no seat of government", () => {
    const r = extract("Fictional: Workers protested outside the company's offices in Dhaka.");
    const protest = r.events.find((e) => e.type === 'PROTEST');
    expect(protest?.recipient).toEqual([]);
  });
});

describe('aircraft and militant positions in an army statement', () => {
  it('"Aircraft struck militant positions" after the army spoke: the army hits the armed group, from the air', () => {
    const r = extract(
      'Fictional: The army said its troops had killed twelve militants near Menaka. Aircraft struck militant positions east of Ansongo.',
    );
    const struck = r.events.find((e) => e.trigger.text === 'struck');
    expect(struck && ids(struck.actor)).toEqual(['mli.mil']);
    expect(struck && ids(struck.recipient)).toEqual(['rebels']);
    expect(struck?.mode).toBe('aerial');
  });

  it('aircraft after a modifier are left to the modifier ("coalition aircraft")', () => {
    const r = extract('Fictional: Saudi-led coalition aircraft bombed Houthi positions in Marib.');
    const bombed = r.events.find((e) => e.trigger.text === 'bombed');
    expect(bombed && ids(bombed.actor)).toEqual(['sau']);
  });
});

describe("local people belong to the country of the places, not of the attacker's adjective", () => {
  it('"Russian missiles hit ... Dnipro, killing five residents": Ukrainian civilians', () => {
    const r = extract(
      'Fictional: Russian missiles hit an apartment block in Dnipro overnight, killing five residents.',
    );
    const hit = r.events.find((e) => e.type === 'ASSAULT');
    expect(hit && ids(hit.actor)).toEqual(['rus.mil']);
    expect(hit?.recipient.map((a) => a.country)).toEqual(['UKR']);
  });
});

describe('prisoners, and the maker of a request that is answered', () => {
  it('"released 90 Palestinian prisoners": Palestinian civilians are released', () => {
    const r = extract('Fictional: Israel released 90 Palestinian prisoners from Ofer jail.');
    const release = r.events.find((e) => e.type === 'RETREAT');
    expect(release && ids(release.recipient)).toEqual(['pse.civilians']);
  });

  it('"rejected calls from ECOWAS to ...": ECOWAS is who is rejected', () => {
    const r = extract("Fictional: Niger's junta rejected calls from ECOWAS to restore the ousted president.");
    const reject = r.events.find((e) => e.type === 'REJECT');
    expect(reject && ids(reject.recipient)).toEqual(['ecowas']);
  });

  it('"turned down a request by the UN envoy"', () => {
    const r = extract('Fictional: The rebels turned down a request by the UN envoy for a truce.');
    const reject = r.events.find((e) => e.type === 'REJECT');
    expect(reject && ids(reject.recipient)).toEqual(['un']);
  });
});

describe('"killed by Russian shelling"', () => {
  it('the state adjective before a gerund of attack is its military, and the gerund is no second event', () => {
    const r = extract('Fictional: Two Ukrainian soldiers were killed by Russian shelling in Kherson.');
    const assaults = r.events.filter((e) => e.type === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(ids(assaults[0]!.actor)).toEqual(['rus.mil']);
    expect(ids(assaults[0]!.recipient)).toEqual(['ukr.mil']);
  });
});

describe('a group after "loyal to", "allied with" describes the subject', () => {
  it('"Troops loyal to the junta clashed with resistance fighters": the troops fight', () => {
    const r = extract('Fictional: Troops loyal to the junta clashed with resistance fighters in Sagaing.');
    const clash = r.events.find((e) => e.type === 'ASSAULT');
    expect(clash && ids(clash.actor)).toEqual(['mmr.mil']);
  });

  it('"Fighters allied with the RSF looted the town": not the RSF itself', () => {
    const r = extract('Fictional: Fighters allied with the RSF looted the town of Tawila.');
    const looted = r.events.find((e) => e.trigger.text === 'looted');
    expect(looted && ids(looted.actor)).not.toContain('rsf');
  });
});

describe('a part of a place is no actor', () => {
  it('"off the coast of Somalia": Somalia is where, not whom', () => {
    const r = extract('Fictional: Pirates hijacked a cargo ship off the coast of Somalia.');
    const hijack = r.events.find((e) => e.type === 'ASSAULT');
    expect(hijack?.recipient).toEqual([]);
    expect(hijack?.location?.country).toBe('SO');
  });
});

describe('weapons delivered are military aid', () => {
  it('"delivered two fighter jets to Mali\'s air force": aid to the Malian military; Mali is whose, not where', () => {
    const r = extract("Fictional: Russia delivered two fighter jets to Mali's air force.");
    const aid = r.events.find((e) => e.type === 'AID');
    expect(aid && ids(aid.actor)).toEqual(['rus.gov']);
    expect(aid && ids(aid.recipient)).toEqual(['mli.mil']);
    expect(aid?.location).toBeNull();
  });

  it('"supplied drones to the Houthis"', () => {
    const r = extract('Fictional: Iran supplied drones to the Houthis, a UN panel said.');
    const aid = r.events.find((e) => e.type === 'AID');
    expect(aid && ids(aid.recipient)).toEqual(['houthis']);
  });
});

describe('calling a strike, and adjectives that are also titles', () => {
  it('"Unions in Lagos called a general strike": the unions strike', () => {
    const r = extract('Fictional: Unions in Lagos called a general strike on Monday.');
    const strike = r.events.find((e) => e.type === 'PROTEST');
    expect(strike && ids(strike.actor)).toEqual(['nga.workers']);
  });

  it('"The UN called the strike a war crime": calling an attack names no attacker', () => {
    const r = extract('Fictional: Drones hit a market in Sagaing. The UN called the strike a war crime.');
    expect(r.events.flatMap((e) => ids(e.actor))).not.toContain('un');
  });

  it('"Venezuela\'s major oil installations": "major" is no officer', () => {
    const r = extract("Fictional: National Guard troops patrolled Venezuela's major oil installations.");
    expect(r.mentions.actors.map((m) => m.text)).not.toContain("Venezuela's major");
  });
});

describe('an owned role points at the clause subject', () => {
  it('"Iran vowed revenge against Israel for the killing of its commander": Iran\'s commander', () => {
    const r = extract('Fictional: Iran vowed revenge against Israel for the killing of its commander.');
    const owned = r.mentions.actors.find((m) => m.text === 'its commander');
    expect(owned?.actor.id).toBe('irn.mil');
  });

  it('"urged Israel to withdraw its troops": the subject of the infinitive owns them', () => {
    const r = extract('Fictional: The UN urged Israel to withdraw its troops from Rafah.');
    const owned = r.mentions.actors.find((m) => m.text === 'its troops');
    expect(owned?.actor.id).toBe('isr.mil');
  });
});

describe('a multiword police role is plural like "police"', () => {
  it('"arrested by riot police in Istanbul": the Turkish police arrest', () => {
    const r = extract('Fictional: Dozens of protesters were arrested by riot police in Istanbul.');
    const arrest = r.events.find((e) => e.type === 'COERCE');
    expect(arrest && ids(arrest.actor)).toEqual(['tur.cop']);
  });
});

describe('deportations and an unresolved definite armed group', () => {
  it('"deported 40 Uyghurs to China": China is where they are sent, not the recipient', () => {
    const r = extract('Fictional: Thai authorities deported 40 Uyghurs to China.');
    const deport = r.events.find((e) => e.type === 'COERCE');
    expect(deport && ids(deport.actor)).toEqual(['tha.gov']);
    expect(deport && ids(deport.recipient)).not.toContain('chn.gov');
  });

  it('"The militia kidnapped a local chief" with no antecedent: an armed group acts', () => {
    const r = extract('Fictional: The militia kidnapped a local chief in Ituri and demanded a ransom.');
    const kidnap = r.events.find((e) => e.trigger.text === 'kidnapped');
    expect(kidnap && ids(kidnap.actor)).toEqual(['rebels']);
  });
});

describe('crowd control', () => {
  it('"used water cannon against climate activists": an act of crowd control on them', () => {
    const r = extract(
      'Fictional: Police used water cannon against climate activists blocking a motorway near The Hague.',
    );
    const act = r.events.find((e) => e.mode === 'crowd-control');
    expect(act && ids(act.actor)).toEqual(['nld.cop']);
    expect(act && ids(act.recipient)).toEqual(['nld.protesters']);
  });

  it('"used tear gas to disperse protesters": one event, whose recipient is the protesters', () => {
    const r = extract(
      'Fictional: Security forces used tear gas and rubber bullets to disperse protesters in Nairobi.',
    );
    expect(r.events).toHaveLength(1);
    expect(ids(r.events[0]!.recipient)).toEqual(['ken.protesters']);
  });
});

describe('a state adjective coordinated with a named group shares its role', () => {
  it('"met with Israeli and Hamas negotiators": both sides are met', () => {
    const r = extract(
      'Fictional: Qatari mediators met separately with Israeli and Hamas negotiators in Doha.',
    );
    const met = r.events.find((e) => e.type === 'CONSULT');
    expect(met && [...ids(met.actor), ...ids(met.recipient)].sort()).toEqual(['hamas', 'isr.gov', 'qat.gov']);
  });
});

describe("a threat's target named in its that-clause", () => {
  it('"warned that any Israeli attack on its nuclear sites would ...": Israel is threatened', () => {
    const r = extract(
      "Fictional: Iran's supreme leader warned on Monday that any Israeli attack on its nuclear sites would meet a crushing response.",
    );
    const threat = r.events.find((e) => e.type === 'THREATEN');
    expect(threat && ids(threat.actor)).toEqual(['irn.gov']);
    expect(threat && ids(threat.recipient)).toEqual(['isr.gov']);
    expect(threat?.recipient[0]?.name).toContain('Israel');
  });

  it("the threatener's own forces in the clause are no target", () => {
    const r = extract('Fictional: Iran warned that Iranian forces would respond to any attack.');
    const threat = r.events.find((e) => e.type === 'THREATEN');
    expect(threat?.recipient).toEqual([]);
  });
});

describe('one local office holder or lawmaker hit', () => {
  it('"shot dead a local councillor in Cauca": the Colombian legislature is hit', () => {
    const r = extract('Fictional: Gunmen shot dead a local councillor in Cauca on Tuesday.');
    const attack = r.events.find((e) => e.type === 'ASSAULT');
    expect(attack?.recipient.map((a) => a.country)).toEqual(['COL']);
  });

  it('"shot dead a mayor in Guerrero": the Mexican state is hit', () => {
    const r = extract('Fictional: Gunmen shot dead a mayor in Guerrero on Tuesday.');
    const attack = r.events.find((e) => e.type === 'ASSAULT');
    expect(attack && ids(attack.recipient)).toEqual(['mex.gov']);
  });
});
