// End to end through the real default pipeline (nlp, time, geo, actors, events). Fictional text.
import { parseDocumentResult } from '@sitrep/model';
import { createDefaultPipeline } from '@sitrep/pipeline';
import { describe, expect, it } from 'vitest';

describe('events in the default pipeline', () => {
  it('fills events per the contract, one per shelled town, with dates, places and actors', async () => {
    const pipeline = await createDefaultPipeline();
    const text =
      'Fictional report. Russian forces shelled the towns of Izium and Balakliia on Monday, killing six civilians, the Ukrainian military said. The attack damaged a school.';
    const result = parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
    const shelling = result.events.filter((e) => e.trigger.text === 'shelled');
    expect(shelling).toHaveLength(2);
    for (const e of shelling) {
      expect(e.type).toBe('ASSAULT');
      expect(e.modality).toBe('reported');
      expect(e.date?.start).toBe('2024-03-11');
      expect(e.location?.lat).not.toBeNull();
      expect(e.actor.length).toBeGreaterThan(0);
    }
    expect(shelling.map((e) => e.fatalities)).toEqual([6, null]);
    // "The attack" is the same event, not a new one.
    expect(result.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(2);
  }, 60_000);

  it('codes a state named as a party to a political act as its government, not in fighting', async () => {
    const pipeline = await createDefaultPipeline();
    const text = 'Fictional: Mali expelled the French ambassador on Monday. Mali attacked Niger on Tuesday.';
    const result = parseDocumentResult(pipeline.extract({ text, published: '2024-03-13' }), text);
    const expelled = result.events.find((e) => e.trigger.text.startsWith('expelled'));
    expect(expelled?.actor.map((a) => a.id)).toEqual(['mli.gov']);
    expect(expelled?.actor[0]?.sector).toBe('GOV');
    expect(expelled?.why).toContain('actor:state-as-government:mli->mli.gov');
    // The attacking state may be its army or its people: the bare id stays.
    const attack = result.events.find((e) => e.type === 'ASSAULT');
    expect(attack?.actor.map((a) => a.id)).toEqual(['mli']);
  }, 60_000);
});
