// Where a call is placed when the act it asks for names a place (issue 4 point 7: the event's
// location comes from its own clause). Every text is fictional, written for this test.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

describe('a call and the act it asks for', () => {
  it('the place of the act asked for is not where the call was made', () => {
    const events = extract(
      'Fictional: The United Nations called on the army to allow aid convoys through the Adre crossing.',
    ).events;
    const request = events.find((e) => e.type === 'REQUEST');
    expect(request).toBeDefined();
    expect(request?.location ?? null).toBeNull();
    // The act asked for keeps its place, as not having happened.
    const allow = events.find((e) => e.type === 'RETREAT');
    expect(allow?.location?.name).toBe('Adré');
    expect(allow?.modality).toBe('hypothetical');
  });

  it('"threatened to attack Kidal" keeps Kidal: nobody is asked between the verb and "to"', () => {
    const threat = extract('Fictional: JNIM threatened to attack Kidal on Sunday.').events.find(
      (e) => e.type === 'THREATEN',
    );
    expect(threat?.location?.name).toBe('Kidal');
  });
});

describe('where a report comes from', () => {
  it('the seat of the source that reports the act is not its place; an attack "over" a region is there', () => {
    const events = extract(
      'Fictional: Russian air defences shot down 14 Ukrainian drones over the Belgorod region overnight, the Defence Ministry in Moscow reported.',
    ).events;
    expect(events.map((e) => `${e.type}:${e.location?.name ?? '-'}`)).toEqual(['ASSAULT:Belgorod Oblast']);
  });

  it('"over" after a protest names its topic, not its place', () => {
    const events = extract('Fictional: Thousands protested over Gaza in London on Saturday.').events;
    expect(events.map((e) => `${e.type}:${e.location?.name ?? '-'}`)).toEqual(['PROTEST:London']);
  });
});

describe('a casualty participle after a count', () => {
  it('"who reported dozens of civilians killed" names victims of the attack, not a riot by civilians', () => {
    const events = extract(
      'Fictional: In Burkina Faso, gunmen attacked the town of Djibo overnight, according to local residents, who reported dozens of civilians killed.',
    ).events;
    expect(events.map((e) => `${e.type}:${e.recipient.map((a) => a.id).join('+')}`)).toEqual([
      'ASSAULT:bfa.civilians',
    ]);
  });
});

describe('people who gather somewhere', () => {
  it('"protesters rallied in Tel Aviv" are Israel\'s, though the story is about Gaza', () => {
    const events = extract(
      'Fictional: An airstrike killed 14 people in Khan Younis, Gaza officials said. Hundreds of protesters rallied in Tel Aviv on Saturday.',
    ).events;
    const rally = events.find((e) => e.type === 'PROTEST');
    expect(rally?.actor.map((a) => a.id)).toEqual(['isr.protesters']);
  });
});

describe('a toll after a denial', () => {
  it("is not folded into the act said not to have happened; the witnesses' account stands as reported", () => {
    const events = extract(
      'Fictional: The army denied that its soldiers had opened fire on protesters in Khartoum on Monday. Witnesses, however, said troops fired live rounds, killing two demonstrators.',
    ).events;
    expect(events.map((e) => `${e.trigger.text}:${e.modality}:${e.fatalities ?? 0}`)).toEqual([
      'opened fire on:negated:0',
      'fired live rounds:reported:2',
    ]);
  });
});
