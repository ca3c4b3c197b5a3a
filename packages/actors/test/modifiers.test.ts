// State adjectives that modify an act or a military asset, and names whose usual sense changed.
// Every text is fictional; real place and actor names are used as the dictionary knows them.
import { describe, expect, it } from 'vitest';
import { actorsOf, pairs } from './helpers';

describe('a state adjective before an act or an asset', () => {
  it('"an Israeli airstrike", "a Russian missile attack", "British ships" name the armed forces', () => {
    const { mentions } = actorsOf(
      'Fictional: An Israeli airstrike hit Tyre. A Russian missile attack hit Odesa. The Houthis threatened British ships.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Israeli -> isr.mil');
    expect(ids).toContain('Russian -> rus.mil');
    expect(ids).toContain('British -> gbr.mil');
  });

  it('a state adjective before other nouns stays unmentioned ("a Russian oil refinery")', () => {
    const { mentions } = actorsOf('Fictional: Drones hit a Russian oil refinery.');
    expect(pairs(mentions).some((p) => p.startsWith('Russian'))).toBe(false);
  });

  it('"his Indian counterpart" is the Indian government', () => {
    const { mentions } = actorsOf('Fictional: The Chinese minister held talks with his Indian counterpart.');
    expect(pairs(mentions)).toContain('Indian -> ind.gov');
  });

  it('"a European proposal" is the EU\'s; "the European Commission" stays itself', () => {
    const { mentions } = actorsOf(
      'Fictional: Iran rejected a European proposal. The European Commission said nothing.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('European -> eu');
    expect(ids).toContain('European Commission -> ec');
  });

  it('a bare "Congo" is the Democratic Republic; "Congo-Brazzaville" the Republic', () => {
    const { mentions } = actorsOf(
      'Fictional: Congo accused Rwanda of backing M23. Congo-Brazzaville stayed neutral.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Congo -> cod');
    expect(ids).toContain('Congo-Brazzaville -> cog');
  });

  it('"an army patrol" is the army of the country in focus, as the owner of the asset hit', () => {
    const { mentions } = actorsOf('Fictional: ELN guerrillas ambushed an army patrol in Arauca.');
    expect(pairs(mentions)).toContain('army -> col.mil');
  });

  it('"Taliban fighters" are one mention of the Taliban, not the Taliban plus unnamed fighters', () => {
    const { mentions } = actorsOf(
      'Fictional: Taliban fighters clashed with Pakistani border guards near Chaman.',
    );
    const ids = pairs(mentions);
    expect(ids.some((p) => p.startsWith('Taliban fighters -> '))).toBe(true);
    expect(ids.some((p) => p.startsWith('fighters'))).toBe(false);
  });

  it('women and children harmed are civilians', () => {
    const { mentions } = actorsOf('Fictional: Boko Haram fighters abducted 30 women and children in Borno.');
    const ids = pairs(mentions);
    expect(ids.some((p) => /^women -> .*civilians$/.test(p))).toBe(true);
    expect(ids.some((p) => /^children -> .*civilians$/.test(p))).toBe(true);
  });
});

describe('focus', () => {
  it('a capital where talks are held does not outvote the parties ("the government and the ELN ... in Havana")', () => {
    const { mentions } = actorsOf('Fictional: The government and the ELN reached a deal in Havana.');
    expect(pairs(mentions)).toContain('government -> col.gov');
  });
});

describe('capitals as governments', () => {
  it('"Tehran on Tuesday rejected": a time phrase between the capital and its verb', () => {
    const { mentions } = actorsOf('Fictional: Tehran on Tuesday rejected a European proposal.');
    expect(pairs(mentions)).toContain('Tehran -> irn.gov');
  });

  it('a capital joined by a hyphen to another place is the city ("the Kabul-Jalalabad highway")', () => {
    const { mentions } = actorsOf('Fictional: Gunmen attacked a bus on the Kabul-Jalalabad highway.');
    expect(pairs(mentions).some((p) => p.startsWith('Kabul'))).toBe(false);
  });

  it('a capital marched through is the city, even before a verb ("through central Nairobi demanding")', () => {
    const { mentions } = actorsOf(
      'Fictional: Protesters marched through central Nairobi demanding lower prices.',
    );
    expect(pairs(mentions).some((p) => p.startsWith('Nairobi'))).toBe(false);
  });
});

describe('more roles', () => {
  it('settlers and a single priest are actors', () => {
    const { mentions } = actorsOf(
      'Fictional: Israeli settlers torched homes. Gunmen killed a priest in Kaduna.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Israeli settlers -> isr.settlers');
    expect(ids.some((p) => p.startsWith('priest -> '))).toBe(true);
  });
});

describe('victims named by role', () => {
  it('"two policemen", "a policeman", hostages, pupils and pirates are coded', () => {
    const { mentions } = actorsOf(
      'Fictional: In Nigeria, bandits killed two policemen. Gunmen shot a policeman. Pirates seized hostages and pupils.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('policemen -> nga.cop');
    expect(ids).toContain('policeman -> nga.cop');
    expect(ids.some((p) => /^Pirates -> .*criminals$/.test(p))).toBe(true);
    expect(ids.some((p) => /^hostages -> .*civilians$/.test(p))).toBe(true);
    expect(ids.some((p) => /^pupils -> .*students$/.test(p))).toBe(true);
  });

  it('"a ministry" alone stays unresolved: only members of a force take the indefinite article', () => {
    const { mentions } = actorsOf('Fictional: Bandits attacked a ministry building in Kano.');
    expect(pairs(mentions).some((p) => p.startsWith('ministry'))).toBe(false);
  });
});

describe('"the group" is no intergovernmental body', () => {
  it('"ambushed an AU convoy ..., the group said": the attackers speak', () => {
    const { mentions } = actorsOf(
      'Fictional: Al-Shabaab fighters ambushed an AU convoy near Baidoa, the group said in a statement.',
    );
    expect(pairs(mentions)).toContain('the group -> shabaab');
  });

  it('"the organization" may still be one', () => {
    const { mentions } = actorsOf(
      'Fictional: ECOWAS met in Abuja on Monday. The organization said it would send observers.',
    );
    expect(pairs(mentions)).toContain('The organization -> ecowas');
  });
});

describe('herders are farmers and herders', () => {
  it('"shepherds" and "herdsmen" are coded like "herders"', () => {
    const ids = pairs(
      actorsOf('Fictional: In Mali, gunmen killed five shepherds and two herdsmen near Mopti.').mentions,
    );
    expect(ids).toContain('shepherds -> mli.farmers');
    expect(ids).toContain('herdsmen -> mli.farmers');
  });
});

describe('short acronyms with a capital inside', () => {
  it('"LeT" is Lashkar-e-Taiba; "Let" in a village\'s name is not', () => {
    expect(pairs(actorsOf('Fictional: LeT militants attacked a police post in Kupwara.').mentions)).toContain(
      'LeT militants -> lashkar',
    );
    const { mentions } = actorsOf(
      'Fictional: Soldiers burned houses in the village of Let Yet Kone in Sagaing Region.',
    );
    expect(pairs(mentions).some((p) => p.includes('lashkar'))).toBe(false);
  });
});

describe('"national" as an adjective', () => {
  it('"the national penitentiary" names no national; "a British national" is one', () => {
    const ids = pairs(
      actorsOf('Fictional: Gang members stormed the national penitentiary in Port-au-Prince.').mentions,
    );
    expect(ids.some((p) => p.startsWith('national'))).toBe(false);
    expect(pairs(actorsOf('Fictional: Gunmen kidnapped a British national in Kano.').mentions)).toContain(
      'British national -> gbr.civilians',
    );
  });
});

describe('mediators are third parties', () => {
  it('alone they take no focus country; with a state adjective they are that state', () => {
    expect(pairs(actorsOf('Fictional: Mediators pressed for a ceasefire in Gaza.').mentions)).toContain(
      'Mediators -> gov',
    );
    expect(
      pairs(actorsOf('Fictional: Qatari mediators pressed for a ceasefire in Gaza.').mentions),
    ).toContain('Qatari mediators -> qat.gov');
  });
});

describe('possessive anaphors', () => {
  it('"its" points at the clause subject, not the nearest name', () => {
    const { mentions } = actorsOf('Fictional: Kenya accused Somalia of violating its airspace.');
    expect(pairs(mentions)).toContain('its -> ken');
  });
});

describe('capitals of accreditation', () => {
  it('"its ambassador to Paris" makes Paris the French government; "flew to Paris" does not', () => {
    expect(pairs(actorsOf('Fictional: Algeria recalled its ambassador to Paris.').mentions)).toContain(
      'Paris -> fra.gov',
    );
    expect(
      pairs(actorsOf('Fictional: The minister flew to Paris.').mentions).some((p) => p.startsWith('Paris')),
    ).toBe(false);
  });
});

describe('more anaphors', () => {
  it('"the paramilitary group" and "the bloc" refer back to the named group or body', () => {
    const ids = pairs(
      actorsOf(
        'Fictional: The RSF shelled El Fasher. The paramilitary group denied it. ECOWAS met. The bloc agreed.',
      ).mentions,
    );
    expect(ids).toContain('The paramilitary group -> rsf');
    expect(ids).toContain('The bloc -> ecowas');
  });
});

describe('aid to a capital', () => {
  it('"military assistance to Kyiv" goes to the Ukrainian government', () => {
    expect(
      pairs(actorsOf('Fictional: The United States provided military assistance to Kyiv.').mentions),
    ).toContain('Kyiv -> ukr.gov');
  });
});

describe('crowds and aircraft', () => {
  it('"fire on the crowd" hits civilians; "a government helicopter" is the government\'s', () => {
    const ids = pairs(
      actorsOf('Fictional: In Guinea, soldiers fired on the crowd. Rebels downed a government helicopter.')
        .mentions,
    );
    expect(ids.some((p) => /^crowd -> .*civilians$/.test(p))).toBe(true);
    expect(ids).toContain('government -> gin.gov');
  });
});

describe('visits', () => {
  it('"visited Damascus" meets the Syrian government', () => {
    expect(
      pairs(actorsOf('Fictional: The Saudi foreign minister visited Damascus on Tuesday.').mentions),
    ).toContain('Damascus -> syr.gov');
  });
});

describe('courts', () => {
  it('"a military court" is the judiciary, not the army', () => {
    expect(
      pairs(actorsOf('Fictional: In Congo, a military court sentenced three activists.').mentions),
    ).toContain('military court -> cod.jud');
  });
});

describe('the country', () => {
  it('"Niger accused France of plotting to destabilise the country": the country is Niger', () => {
    expect(
      pairs(actorsOf('Fictional: Niger accused France of plotting to destabilise the country.').mentions),
    ).toContain('the country -> ner');
  });
});

describe('groups', () => {
  it('Tuareg rebels, ISIS-Somalia and Lakurawa are known groups', () => {
    const ids = pairs(
      actorsOf(
        'Fictional: Tuareg rebels attacked Kidal. ISIS-Somalia attacked Bosaso. Lakurawa militants attacked Sokoto.',
      ).mentions,
    );
    expect(ids).toContain('Tuareg rebels -> csp');
    expect(ids).toContain('ISIS-Somalia -> isis.somalia');
    expect(ids).toContain('Lakurawa militants -> lakurawa');
  });
});

describe('legal conditions', () => {
  it('"the state of emergency" is not a reference to a country', () => {
    const ids = pairs(
      actorsOf('Fictional: Ethiopia said the state of emergency in Amhara would end.').mentions,
    );
    expect(ids.some((p) => p.startsWith('the state'))).toBe(false);
  });
});

describe('a hyphenated verb after a state', () => {
  it('"North Korea test-fired" and "Pyongyang test-fired" name the actor; "the North Korea test site" does not', () => {
    expect(pairs(actorsOf('Fictional: North Korea test-fired two missiles on Sunday.').mentions)).toContain(
      'North Korea -> prk',
    );
    expect(pairs(actorsOf('Fictional: Pyongyang test-fired a cruise missile.').mentions)).toContain(
      'Pyongyang -> prk.gov',
    );
    expect(actorsOf('Fictional: Inspectors visited the North Korea test site.').mentions).toHaveLength(0);
  });
});

describe('"the state" with no state before it', () => {
  it('acting as a subject, it is the government of the country in focus; "the state of emergency" is none', () => {
    expect(
      pairs(actorsOf('Fictional: In Belarus, the state arrested three journalists on Friday.').mentions),
    ).toContain('the state -> blr.gov');
    const { mentions } = actorsOf('Fictional: In Belarus, the state of emergency was extended.');
    expect(pairs(mentions).some((p) => p.startsWith('the state'))).toBe(false);
  });
});

describe('probe sentences of a Sudan report', () => {
  it('"the paramilitary group" never refers back to an NGO', () => {
    const ids = pairs(
      actorsOf(
        'Fictional: The Rapid Support Forces shelled a hospital, the Sudan Doctors Network said. The paramilitary group denied it.',
      ).mentions,
    );
    expect(ids).toContain('The paramilitary group -> rsf');
    expect(ids).toContain('Sudan Doctors Network -> sudan.doctors');
  });

  it('"Army troops" at the start of a sentence is the army, not an unknown modifier', () => {
    expect(pairs(actorsOf('Fictional: Army troops attacked an RSF depot in Sudan.').mentions)).toContain(
      'troops -> sdn.mil',
    );
  });

  it('"army drones" and "Russian missiles" are forces', () => {
    expect(
      pairs(actorsOf('Fictional: Separately, army drones hit an RSF depot in Sudan.').mentions),
    ).toContain('army -> sdn.mil');
    expect(pairs(actorsOf('Fictional: Russian missiles hit a depot overnight.').mentions)).toContain(
      'Russian missiles -> rus.mil',
    );
  });

  it('"X called on both sides": the two sides are the parties named before, not X', () => {
    const ids = pairs(
      actorsOf(
        'Fictional: The RSF and the army clashed in Sudan. The United Nations called on both sides to stop.',
      ).mentions,
    );
    expect(ids.filter((p) => p.startsWith('both sides')).sort()).toEqual([
      'both sides -> rsf',
      'both sides -> sdn.mil',
    ]);
  });
});

describe('probe sentences of partisan and Myanmar reports', () => {
  it('"the Kiev regime\'s militants" are the forces of the government the epithet names', () => {
    expect(
      pairs(actorsOf("Fictional: The Kiev regime's militants shelled the city on Saturday.").mentions),
    ).toContain("Kiev regime's militants -> ukr.mil");
  });

  it("a government's aircraft and drones are its military's; a government helicopter stays the government's", () => {
    expect(
      pairs(actorsOf('Fictional: In Myanmar, junta aircraft bombed a monastery on Sunday.').mentions),
    ).toContain('junta -> mmr.mil');
    expect(
      pairs(actorsOf('Fictional: In Myanmar, rebels downed a government helicopter.').mentions),
    ).toContain('government -> mmr.gov');
  });
});

describe('a pair that opens its own clause', () => {
  it('"Cairo and Doha said the two delegations would meet": the speakers are the two sides', () => {
    const ids = pairs(
      actorsOf('Fictional: Cairo and Doha said the two delegations would meet again.').mentions,
    );
    expect(ids.filter((p) => p.startsWith('the two delegations')).sort()).toEqual([
      'the two delegations -> egy.gov',
      'the two delegations -> qat.gov',
    ]);
  });
});

describe("a plural's possessive apostrophe inside a name", () => {
  it('"the al-Aqsa Martyrs\' Brigades" and "Sudan Doctors\' Network" match their entries', () => {
    expect(
      pairs(actorsOf("Fictional: The al-Aqsa Martyrs' Brigades claimed the attack.").mentions),
    ).toContain("al-Aqsa Martyrs' Brigades -> aqsa.brigades");
    expect(pairs(actorsOf("Fictional: The Sudan Doctors' Network said five died.").mentions)).toContain(
      "Sudan Doctors' Network -> sudan.doctors",
    );
  });
});
