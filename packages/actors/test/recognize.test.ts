// Tests of recognition (item 3), loaded references (item 2) and coreference (item 4).
// Every text is fictional; real place and actor names are used as the dictionary knows them.
import { describe, expect, it } from 'vitest';
import { aliasKey, caseRule, foldWord } from '../src/index';
import { actorsOf, pairs } from './helpers';

describe('folding', () => {
  it('merges transliteration variants', () => {
    expect(aliasKey('al-Qaeda')).toBe(aliasKey('Al Qaida'));
    expect(aliasKey('el-Kaeda')).toBe(aliasKey('al-Qaeda'));
    expect(aliasKey('Hezbollah')).toBe(aliasKey('Hezbolah'));
    expect(foldWord('Houthi')).toBe(foldWord('Huthi'));
    expect(aliasKey("Hay'at Tahrir ash-Sham")).toBe(aliasKey('Hayat Tahrir al-Sham'));
  });

  it('keeps acronyms literal and case-bound', () => {
    expect(aliasKey('AA')).not.toBe(aliasKey('A'));
    expect(caseRule('HTS')).toBe('upper');
    expect(caseRule('Hamas')).toBe('cap');
    expect(caseRule('protesters')).toBe('any');
  });
});

describe('recognition', () => {
  it('codes people detained or harmed as civilians', () => {
    const { mentions } = actorsOf('Fictional: Police arrested 40 people in Kano. The Syrian people waited.');
    expect(mentions.find((m) => m.text === 'people')?.actor.sector).toBe('CVL');
    expect(pairs(mentions)).toContain('Syrian people -> syr.civilians');
  });

  it("codes a state's military rulers and its security council as its government", () => {
    const { mentions } = actorsOf(
      "Fictional: Leaders asked Niger's military rulers to leave. Russia's Security Council met. The Security Council voted.",
    );
    const ids = pairs(mentions);
    expect(ids).toContain("Niger's military rulers -> ner.gov");
    expect(ids).toContain("Russia's Security Council -> rus.gov");
    // Without a state before it, the Security Council is the UN's.
    expect(ids).toContain('Security Council -> unsc');
  });

  it('codes a role owned by an epithet as that role of the state in focus ("the junta\'s air force")', () => {
    const { mentions } = actorsOf(
      "Fictional: Myanmar's army chief spoke in Myanmar. The criminal junta's air force bombed a school.",
    );
    expect(pairs(mentions)).toContain("junta's air force -> mmr.mil");
  });

  it("codes a capital after a verb of blame, and a state's proposal, as the government", () => {
    const { mentions } = actorsOf(
      'Fictional: Moscow blamed Kyiv for the blackout. Iran rejected a Qatari proposal. The Qatari city grew.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Kyiv -> ukr.gov');
    expect(ids).toContain('Qatari -> qat.gov');
    // Only nouns of a political act make the adjective an actor.
    expect(mentions.filter((m) => m.text === 'Qatari')).toHaveLength(1);
  });

  it('gives a bare state force the country of the one insurgent group in its sentence when the focus is unclear', () => {
    const { mentions } = actorsOf(
      'Fictional: Hamas praised the raid. ELN guerrillas ambushed soldiers on Tuesday.',
    );
    expect(pairs(mentions)).toContain('soldiers -> col.mil');
    // Two groups of different states in the sentence decide nothing.
    const mixed = actorsOf('Fictional: Hamas and ELN fighters ambushed soldiers.');
    expect(pairs(mixed.mentions)).toContain('soldiers -> mil');
  });

  it('gives a role shared by a list of states to each of them', () => {
    const { mentions } = actorsOf(
      'Fictional: Egyptian, Qatari and US mediators met in Doha. The Russian and Turkish foreign ministers spoke. Kenyan, Ugandan troops left.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Egyptian -> egy.gov');
    expect(ids).toContain('Qatari -> qat.gov');
    expect(ids).toContain('US mediators -> usa.gov');
    expect(ids).toContain('Russian -> rus.gov');
    expect(ids).toContain('Turkish foreign ministers -> tur.gov');
    const clauses = actorsOf(
      'Fictional: Iran fired missiles at Israel, and Israeli warplanes struck Tehran.',
    );
    expect(pairs(clauses.mentions)).toContain('Israel -> isr');
    const serial = actorsOf('Fictional: Egyptian, Qatari, and US mediators met.');
    expect(pairs(serial.mentions)).toContain('Egyptian -> egy.gov');
    expect(pairs(serial.mentions)).toContain('Qatari -> qat.gov');
    // A bare comma does not close a list: "Kenyan" is not given the role of "Ugandan troops".
    expect(ids).not.toContain('Kenyan -> ken.mil');
  });

  it('finds states, demonyms with roles, possessives and plural peoples', () => {
    const { mentions } = actorsOf(
      "Fictional: Turkish officials met Qatari mediators as Russia's army massed troops. Russia denied it and the Syrians protested.",
    );
    expect(pairs(mentions)).toEqual([
      'Turkish officials -> tur.gov',
      'Qatari mediators -> qat.gov',
      "Russia's army -> rus.mil",
      'troops -> rus.mil',
      'Russia -> rus',
      'Syrians -> syr',
    ]);
  });

  it('codes capitals as governments only when they act, not as places', () => {
    const { mentions } = actorsOf(
      'Fictional: Washington said it was worried. Kyiv rejected the plan. Aid reached Kyiv. Talks with Moscow stalled.',
    );
    expect(pairs(mentions)).toEqual([
      'Washington -> usa.gov',
      'it -> usa.gov',
      'Kyiv -> ukr.gov',
      'Moscow -> rus.gov',
    ]);
    expect(mentions[0]!.kind).toBe('metonym');
  });

  it('skips a state named as a place or as a modifier', () => {
    const { mentions } = actorsOf('Fictional: Fighting in Sudan spread as the Ukraine war dragged on.');
    expect(mentions).toEqual([]);
  });

  it('tolerates spelling and transliteration variants of names', () => {
    const { mentions } = actorsOf(
      'Fictional: Al-Qaida, el-Shabaab, Hizbullah and the Huthis issued a joint statement.',
    );
    expect(pairs(mentions)).toEqual([
      'Al-Qaida -> aq',
      'el-Shabaab -> shabaab',
      'Hizbullah -> hezbollah',
      'Huthis -> houthis',
    ]);
  });

  it('matches acronyms only in capitals', () => {
    const { mentions } = actorsOf('Fictional: the SDF said it is in talks with us.');
    expect(pairs(mentions)).toEqual(['SDF -> sdf', 'it -> sdf']);
  });

  it('absorbs titles and keeps the person, in office on the date', () => {
    const { mentions } = actorsOf(
      'Fictional: Russian Foreign Minister Sergei Lavrov met President Erdogan in Ankara.',
      '2024-03-01',
    );
    expect(pairs(mentions)).toEqual([
      'Russian Foreign Minister Sergei Lavrov -> rus.gov',
      'President Erdogan -> tur.gov',
    ]);
    expect(mentions[0]!.actor.name).toBe('Sergei Lavrov, Foreign Minister');
    expect(mentions[0]!.person).toBe('lavrov');
  });

  it('makes a new actor of an unknown name next to a title or an organization', () => {
    const { mentions } = actorsOf(
      'Fictional: Chadian Defence Minister Idriss Mahamat Kollo resigned. SDF commander Ahmed Kino denied it.',
    );
    expect(pairs(mentions)).toEqual([
      'Chadian Defence Minister Idriss Mahamat Kollo -> tcd.gov',
      'SDF commander Ahmed Kino -> sdf',
    ]);
    expect(mentions[0]!.kind).toBe('new-person');
    expect(mentions[0]!.actor.name).toBe('Idriss Mahamat Kollo, Defence Minister (Government of Chad)');
    expect(mentions[1]!.person).toBe('Ahmed Kino');
  });

  // Refugees are often not from the country a report is about: they stay generic (roles.tsv local=no).
  it('codes groups with role nouns and generic actors with sectors', () => {
    const { mentions } = actorsOf(
      'Fictional: Hamas fighters and unidentified gunmen attacked; refugees fled.',
      null,
    );
    expect(pairs(mentions)).toEqual([
      'Hamas fighters -> hamas',
      'unidentified gunmen -> gunmen',
      'refugees -> refugees',
    ]);
    expect(mentions[1]!.actor.sector).toBe('UAF');
    expect(mentions[2]!.actor.sector).toBe('REF');
  });

  it('resolves "security forces" to the country the document is about', () => {
    const { mentions } = actorsOf(
      'Fictional: Malian soldiers patrolled Gao. Security forces later arrested two men.',
    );
    // "two men" detained are civilians of the focus country too (roles.tsv).
    expect(pairs(mentions)).toEqual([
      'Malian soldiers -> mli.mil',
      'Security forces -> mli.cop',
      'men -> mli.civilians',
    ]);
    expect(mentions[1]!.why).toContain('focus:MLI');
  });

  it('honours dated entries (the Taliban before and after August 2021)', () => {
    expect(
      actorsOf('Fictional: the Taliban took the district.', '2019-05-01').mentions[0]!.actor,
    ).toMatchObject({
      id: 'taliban',
      sector: 'REB',
    });
    expect(
      actorsOf('Fictional: the Taliban took the district.', '2023-05-01').mentions[0]!.actor,
    ).toMatchObject({
      id: 'afg.gov',
      sector: 'GOV',
    });
  });
});

describe('loaded and indirect references', () => {
  it('maps slurs for states to the state, keeping the surface and a neutral name', () => {
    const { mentions } = actorsOf(
      'Fictional: The Zionist entity and the Nazi regime in Kyiv were denounced, Iranian state media said.',
    );
    expect(pairs(mentions)).toEqual([
      'Zionist entity -> isr.gov',
      'Nazi regime in Kyiv -> ukr.gov',
      'Iranian state media -> irn.jrn',
    ]);
    expect(mentions[0]!.epithet).toBe(true);
    expect(mentions[0]!.actor.name).toBe('Government of Israel');
    expect(mentions[1]!.actor.name).not.toMatch(/Nazi/);
  });

  it('maps "the regime" to the government of the country in focus', () => {
    const { mentions } = actorsOf(
      'Fictional: Syrian activists said the regime shelled the town. Damascus denied it.',
    );
    const regime = mentions.find((m) => m.text === 'regime')!;
    expect(regime.actor.id).toBe('syr.gov');
    expect(regime.why).toEqual(['epithet:regime', 'focus:SYR']);
  });

  it('maps "the regime in X" to X whatever the focus', () => {
    const { mentions } = actorsOf(
      'Fictional: Russian and Russian-backed media praised the regime in Damascus.',
    );
    expect(mentions.at(-1)!.text).toBe('regime in Damascus');
    expect(mentions.at(-1)!.actor.id).toBe('syr.gov');
  });

  it('uses the conflict the document is about ("the occupation")', () => {
    const gaza = actorsOf('Fictional: Palestinian medics said the occupation forces raided the camp.');
    expect(gaza.mentions.at(-1)!.actor.id).toBe('isr.mil');
    const donbas = actorsOf('Fictional: Ukrainian officials said the occupiers shelled the village.');
    expect(donbas.mentions.at(-1)!.actor.id).toBe('rus.mil');
  });

  it('refers "the terrorists" back to the armed group named', () => {
    const { mentions } = actorsOf(
      'Fictional: JNIM claimed the ambush. The army said the terrorists fled north.',
    );
    const terrorists = mentions.find((m) => m.text === 'terrorists')!;
    expect(terrorists.actor.id).toBe('jnim');
    expect(terrorists.why).toContain('coref:terrorists->a1');
  });

  it('emits a generic actor and a message when the referent is unclear', () => {
    const { mentions, doc } = actorsOf('Fictional: A statement said the tyrant must go.');
    expect(pairs(mentions)).toEqual(['tyrant -> gov']);
    expect(mentions[0]!.actor.country).toBeNull();
    const message = doc.messages.items.find((m) => m.code === 'actor-referent-unclear');
    expect(message?.span).toEqual(mentions[0]!.span);
  });
});

describe('coreference', () => {
  it('links "the group" and "its" to the last named group', () => {
    const { mentions } = actorsOf(
      'Fictional: Boko Haram attacked a base. The group said its fighters took weapons.',
    );
    expect(pairs(mentions)).toEqual([
      'Boko Haram -> boko.haram',
      'The group -> boko.haram',
      'its fighters -> boko.haram',
    ]);
    expect(mentions[1]!.why).toEqual(['anaphor:the group', 'coref:the group->a1']);
  });

  it('links "the president" to the last president named', () => {
    const { mentions } = actorsOf(
      'Fictional: President Ruto met Kenyan traders. The president promised help.',
    );
    expect(mentions.at(-1)).toMatchObject({ text: 'president', antecedent: 'a1', person: 'ruto' });
  });

  it('resolves "it" only in reported speech', () => {
    const { mentions } = actorsOf(
      'Fictional: The Sudanese army said it had retaken the bridge. It was reported that ISWAP moved.',
    );
    expect(pairs(mentions)).toEqual(['Sudanese army -> sdn.mil', 'it -> sdn.mil', 'ISWAP -> iswap']);
    expect(mentions[1]!.why).toEqual(['anaphor:it', 'coref:it->a1']);
  });

  it('links "he" to the last person', () => {
    const { mentions } = actorsOf('Fictional: Abiy Ahmed spoke in Addis Ababa. He promised talks.');
    expect(mentions[1]).toMatchObject({ text: 'He', coref: true, antecedent: 'a1', person: 'abiy' });
    expect(mentions[1]!.actor.id).toBe('eth.gov');
  });

  it('splits "both sides" into the two most recent actors', () => {
    const { mentions } = actorsOf(
      'Fictional: The RSF and the Sudanese Armed Forces met in Jeddah. Both sides agreed to a truce.',
    );
    const both = mentions.filter((m) => m.text === 'Both sides');
    expect(both.map((m) => m.actor.id)).toEqual(['rsf', 'sdn.mil']);
    expect(both[0]!.span).toEqual(both[1]!.span);
  });

  it('links "the ministry" to the last named government of that sector', () => {
    const { mentions } = actorsOf(
      'Fictional: The Egyptian Foreign Ministry summoned the envoy. The ministry said talks would go on.',
    );
    expect(pairs(mentions)).toEqual(['Egyptian Foreign Ministry -> egy.gov', 'ministry -> egy.gov']);
    expect(mentions[1]!.why).toContain('coref:ministry->a1');
  });
});

describe('loaded language in a partisan statement', () => {
  it('codes the epithets, leaves the author side and an unclear "occupiers" generic', () => {
    // Fictional statement in the style of an armed opposition communiqué.
    const { mentions, doc } = actorsOf(
      'Fictional: The criminal regime and its mercenaries bombed Kafr Nabl. The tyrant in Damascus is silent. The occupiers must leave. Our fighters will respond.',
      '2023-08-02',
    );
    expect(pairs(mentions)).toEqual([
      'regime -> syr.gov',
      'its mercenaries -> syr.mercenaries',
      'tyrant in Damascus -> syr.gov',
      'occupiers -> gov',
    ]);
    expect(mentions.every((m) => !/tyrant|criminal|regime/i.test(m.actor.name))).toBe(true);
    expect(doc.messages.items.filter((m) => m.code === 'actor-referent-unclear')).toHaveLength(1);
  });
});

describe('letters NFD keeps whole', () => {
  it('folds ł, ø, ı like their base letters', () => {
    expect(aliasKey('Łukaszenka')).toBe(aliasKey('Lukaszenka'));
    expect(foldWord('Diyarbakır')).toBe(foldWord('Diyarbakir'));
  });
});

describe('roles added for the dev3 gold set', () => {
  it("codes a state's treasury as its government and a glide bomb as its military", () => {
    const { mentions } = actorsOf(
      'Fictional: The US Treasury blacklisted a financier. A Russian glide bomb hit a school in Kharkiv.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('US Treasury -> usa.gov');
    expect(ids).toContain('Russian glide bomb -> rus.mil');
    // Equipment never stands alone: a bare "glide bomb" names no actor.
    const bare = actorsOf('Fictional: A glide bomb hit a school in Kharkiv.').mentions;
    expect(pairs(bare).some((p) => p.startsWith('glide bomb'))).toBe(false);
  });
});

describe('government assets', () => {
  it('"a junta base" in a report on Myanmar is the military of Myanmar; "the junta" is its government', () => {
    const { mentions } = actorsOf(
      'Fictional: Rebels shelled a junta base in Myitkyina, Myanmar. The junta said nothing.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('junta -> mmr.mil');
    expect(ids).toContain('junta -> mmr.gov');
  });
});

describe('civilian property', () => {
  it('"Palestinian cars" names Palestinian civilians; "Palestinian negotiators" and "Israeli tanks" do not', () => {
    const ids = pairs(
      actorsOf(
        'Fictional: Settlers torched Palestinian cars in Huwara. Palestinian negotiators met. Israeli tanks moved.',
      ).mentions,
    );
    expect(ids).toContain('Palestinian -> pse.civilians');
    expect(ids.filter((p) => p.endsWith('pse.civilians'))).toHaveLength(1);
    expect(ids.some((p) => p.startsWith('Israeli') && p.endsWith('isr.mil'))).toBe(true);
  });
});

describe('lawyers', () => {
  it('lawyers protesting in a country are its civilians (a profession, not the judiciary)', () => {
    const { mentions } = actorsOf(
      'Fictional: Lawyers staged a sit-in outside the court in Islamabad, Pakistan.',
    );
    const lawyers = mentions.find((m) => m.text === 'Lawyers');
    expect(lawyers?.actor.sector).toBe('CVL');
  });
});

describe('suicide bombers', () => {
  it('"a suicide bomber" is an unidentified armed actor', () => {
    const { mentions } = actorsOf('Fictional: A suicide bomber blew himself up at a checkpoint in Quetta.');
    expect(mentions.find((m) => m.text === 'suicide bomber')?.actor.sector).toBe('UAF');
  });
});

describe('generals', () => {
  it('"two Sudanese generals" are the Sudanese military', () => {
    const ids = pairs(actorsOf('Fictional: The US imposed sanctions on two Sudanese generals.').mentions);
    expect(ids).toContain('Sudanese generals -> sdn.mil');
  });
});
