// Actor recognition for wording first seen in the dev4 gold set (issue 6). Every text is
// fictional; real place and actor names are used as the dictionary knows them.
import { parseDocumentResult } from '@sitrep/model';
import { createDefaultPipeline } from '@sitrep/pipeline';
import { describe, expect, it } from 'vitest';
import { actorsOf, pairs } from './helpers';

describe('roles and modifiers', () => {
  it('plainclothes security agents are police; political parties the opposition; relatives civilians', () => {
    const { mentions } = actorsOf(
      'Fictional: In Egypt, plainclothes security agents arrested an activist. The junta dissolved fifty political parties. Relatives of the missing staged a sit-in.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('security agents -> egy.cop');
    expect(ids.some((p) => p.startsWith('political parties') && p.endsWith('opposition'))).toBe(true);
    expect(ids.some((p) => p.startsWith('Relatives') && p.endsWith('civilians'))).toBe(true);
  });

  it('"blamed Egyptian interference" names the Egyptian government', () => {
    const { mentions } = actorsOf('Fictional: Ethiopia blamed Egyptian interference for the unrest.');
    expect(pairs(mentions)).toContain('Egyptian -> egy.gov');
  });

  it('"a military agreement with Pyongyang": the role word only classifies the pact', () => {
    const { mentions } = actorsOf('Fictional: Seoul suspended a military agreement with Pyongyang.');
    expect(pairs(mentions).some((p) => p.startsWith('military'))).toBe(false);
  });

  it('"gangs stormed its police station": the police is the state\'s, not the gangs\'', () => {
    const { mentions } = actorsOf(
      'Fictional: Haitian gangs took control of the town of Mirebalais after storming its police station.',
    );
    const police = mentions.find((m) => m.text.includes('police'));
    expect(police?.actor.id).toBe('hti.cop');
  });
});

describe('Brussels', () => {
  it('as a subject is the EU; after "in" it is the city', async () => {
    const pipeline = await createDefaultPipeline();
    const text =
      'Fictional: Brussels on Monday released new funds for Lebanon. Ministers later met in Brussels.';
    const result = parseDocumentResult(pipeline.extract({ text, published: '2025-06-04' }), text);
    const brussels = result.mentions.actors.filter((m) => m.text === 'Brussels');
    expect(brussels.map((m) => m.actor.id)).toEqual(['eu']);
    expect(brussels[0]!.span[0]).toBe(text.indexOf('Brussels'));
  }, 60_000);
});

describe('a resolved place before a civil institution', () => {
  it('"Kaduna police", "Manipur authorities" belong to the place\'s state; "Tigray forces" do not', async () => {
    const pipeline = await createDefaultPipeline();
    const text =
      'Fictional: Kaduna police arrested five men. A curfew was imposed on Imphal by Manipur authorities. Tigray forces withdrew.';
    const result = parseDocumentResult(pipeline.extract({ text, published: '2025-06-04' }), text);
    const byText = new Map(result.mentions.actors.map((m) => [m.text, m.actor.id]));
    expect(byText.get('police')).toBe('nga.cop');
    expect(byText.get('authorities')).toBe('ind.gov');
    expect([...byText.values()]).not.toContain('eth.mil');
  }, 60_000);
});

describe('probe wording', () => {
  it('"British nationals" are British civilians; "Iranian firms" Iran\'s business; a presidential palace the government', () => {
    const { mentions } = actorsOf(
      'Fictional: The Taliban released two British nationals. Washington blacklisted three Iranian firms. In Kenya, protesters marched on the presidential palace.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('British nationals -> gbr.civilians');
    expect(ids).toContain('Iranian -> irn.business');
    expect(ids.some((p) => p.startsWith('presidential palace') && p.endsWith('.gov'))).toBe(true);
  });
});

describe('groups placed by a resolved place, and US departments', () => {
  it('"the people of Gaza", "residents of Khan Younis" are Palestinians whatever the focus', async () => {
    const pipeline = await createDefaultPipeline();
    const text =
      'Fictional: Egypt sent food to the people of Gaza on Monday. Egyptian officials said residents of Khan Younis received it.';
    const result = parseDocumentResult(pipeline.extract({ text, published: '2025-06-04' }), text);
    const byText = new Map(result.mentions.actors.map((m) => [m.text, m.actor.id]));
    expect(byText.get('people')).toBe('pse.civilians');
    expect(byText.get('residents')).toBe('pse.civilians');
  }, 60_000);

  it('"the Treasury Department" is the US government', () => {
    const { mentions } = actorsOf(
      'Fictional: In Gaza, the Treasury Department sanctioned four Hamas financiers.',
    );
    expect(pairs(mentions)).toContain('Treasury Department -> usa.gov');
  });
});

describe('modifiers of fire, targets and rebels', () => {
  it('"Israeli fire" is the Israeli forces\'; "Ukrainian energy infrastructure" its civilians\'; "rebel positions" an armed group\'s', () => {
    const { mentions } = actorsOf(
      'Fictional: Two men were killed by Israeli fire. Russian forces struck Ukrainian energy infrastructure. The army shelled rebel positions.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Israeli -> isr.mil');
    expect(ids).toContain('Ukrainian -> ukr.civilians');
    expect(ids.some((p) => p.startsWith('rebel ->'))).toBe(true);
  });
});

describe('instructors and unions', () => {
  it('"Russian instructors" are the Russian military; "the union" is labour', () => {
    const { mentions } = actorsOf(
      "Fictional: Russian instructors are training Malian soldiers. The government agreed to the union's demands.",
    );
    const ids = pairs(mentions);
    expect(ids).toContain('Russian instructors -> rus.mil');
    expect(ids.some((p) => p.startsWith('union') && p.endsWith('workers'))).toBe(true);
  });
});

describe('goods', () => {
  it('"imports of Lithuanian beef" name Lithuania\'s economy', () => {
    const { mentions } = actorsOf('Fictional: Beijing banned imports of Lithuanian beef.');
    expect(pairs(mentions)).toContain('Lithuanian -> ltu.business');
  });
});

describe('unknown names', () => {
  it('"the Kraze Baryè gang" is a criminal gang; "the Popular Resistance Front" is not the Resistance Front', () => {
    const { mentions } = actorsOf(
      'Fictional: Members of the Kraze Baryè gang kidnapped a pastor. The newly formed Popular Resistance Front ambushed a convoy.',
    );
    const ids = pairs(mentions);
    expect(ids).toContain('gang -> criminals');
    expect(ids.some((p) => p.includes('Resistance Front'))).toBe(false);
  });
});

describe('air defences and guests', () => {
  it('"its air defences" are the forces of the state named before; wedding guests are civilians', () => {
    const { mentions } = actorsOf(
      "Fictional: Russia's defence ministry said its air defences shot down 40 drones. In Nigeria, gunmen abducted 30 guests.",
    );
    const ids = pairs(mentions);
    expect(ids).toContain('its air defences -> rus.mil');
    expect(ids.some((p) => p.startsWith('guests') && p.endsWith('civilians'))).toBe(true);
  });
});
