// Actor recognition for wording first seen in the dev6 gold set (who did it to whom, issue 6).
// Every text is fictional; real place and group names are used as the dictionary knows them.
import { parseDocumentResult } from '@sitrep/model';
import { createDefaultPipeline } from '@sitrep/pipeline';
import { describe, expect, it } from 'vitest';
import { actorsOf, pairs } from './helpers';

describe('dev6 named groups', () => {
  it('"Fighters from the M23 rebel group" is one mention of M23, not M23 plus generic rebels', () => {
    const { mentions } = actorsOf(
      'Fictional: Fighters from the M23 rebel group shelled army positions near Sake.',
    );
    expect(pairs(mentions)).toContain('Fighters from the M23 rebel group -> m23');
    expect(mentions.map((m) => m.actor.id)).not.toContain('rebels');
  });

  it('"the group" after "X, al-Qaeda\'s Sahel branch," is X, not the owner in the apposition', () => {
    const { mentions } = actorsOf(
      "Fictional: Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's Sahel branch, besieged Menaka. On Friday the group attacked an army post.",
    );
    expect(pairs(mentions)).toContain('the group -> jnim');
  });

  it('an owner that opens no apposition is still a fitting antecedent', () => {
    const { mentions } = actorsOf(
      "Fictional: Hamas's armed wing fired rockets on Monday. The group said it hit Ashkelon.",
    );
    expect(pairs(mentions)).toContain('The group -> hamas');
  });
});

describe('dev6 role nouns', () => {
  it('pro-government militiamen are paramilitaries; protest leaders are protesters; crew members civilians', () => {
    const { mentions } = actorsOf(
      'Fictional: Pro-government militiamen torched homes near Djibo. Protest leaders demanded talks. Pirates freed 18 crew members.',
    );
    const sectors = Object.fromEntries(mentions.map((m) => [m.text, m.actor.sector]));
    expect(sectors['Pro-government militiamen']).toBe('PRM');
    expect(sectors['Protest leaders']).toBe('CVL');
    expect(sectors['crew members']).toBe('CVL');
  });
});

describe('dev6 "it" after a reporting verb and a date', () => {
  it('"Hamas said late on Monday it had fired" resolves "it" across the date (time layer present)', async () => {
    const text = 'Fictional: Hamas said late on Monday it had fired rockets at Ashkelon.';
    const pipeline = await createDefaultPipeline();
    const r = parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
    expect(r.mentions.actors.map((m) => `${m.text} -> ${m.actor.id}`)).toContain('it -> hamas');
  }, 60_000);
});

describe('dev6 institutions placed by "in"', () => {
  it('"Authorities in Kano" are Nigeria\'s when the geoparser resolved Kano; without geo they stay unplaced', async () => {
    const text = 'Fictional: Authorities in Kano imposed a curfew on Monday.';
    const pipeline = await createDefaultPipeline();
    const r = parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
    expect(r.mentions.actors.map((m) => `${m.text} -> ${m.actor.id}`)).toContain('Authorities -> nga.gov');
    const { mentions } = actorsOf(text);
    expect(mentions.map((m) => m.actor.id)).not.toContain('nga.gov');
  }, 60_000);
});

describe('dev6 backers and pro-government forces', () => {
  it('a state in a "-backed" compound does not make the document about it: "the army" stays Congo\'s', async () => {
    const text = 'Fictional: Rwanda-backed M23 rebels captured the town of Masisi from the army.';
    const pipeline = await createDefaultPipeline();
    const r = parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
    expect(r.mentions.actors.map((m) => `${m.text} -> ${m.actor.id}`)).toContain('army -> cod.mil');
  }, 60_000);

  it('pro-junta and government-allied militias are paramilitaries, not rebels', () => {
    const { mentions } = actorsOf(
      'Fictional: Pro-junta militiamen killed five villagers. Government-allied militias attacked the town.',
    );
    expect(mentions.filter((m) => /militia/i.test(m.text)).map((m) => m.actor.sector)).toEqual([
      'PRM',
      'PRM',
    ]);
  });
});

describe('dev6 capitals addressed and rangers', () => {
  it('"a message to Washington" is the US government; "flew to Moscow" stays a place', () => {
    const message = actorsOf('Fictional: Iran sent a message to Washington on Monday.').mentions;
    expect(pairs(message)).toContain('Washington -> usa.gov');
    const flight = actorsOf('Fictional: The minister flew to Moscow on Monday.').mentions;
    expect(flight.map((m) => m.text)).not.toContain('Moscow');
  });

  it('"insurgents" after "Thai rangers" are not the rangers', () => {
    const { mentions } = actorsOf('Fictional: Thai rangers came under fire from insurgents in Narathiwat.');
    expect(pairs(mentions)).toContain('Thai rangers -> tha.prm');
    expect(mentions.find((m) => m.text === 'insurgents')?.actor.id).not.toBe('tha.prm');
  });
});
