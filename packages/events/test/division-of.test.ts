// "in the Kurram district of Khyber Pakhtunkhwa": the district is where it happened; the province
// after "district of" only holds it. Every text is fictional, written for this test.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

describe('a division named after "<place> district of"', () => {
  it('locates the event in the district, once', () => {
    const events = extract(
      'Fictional: Troops killed six militants in the Kurram district of Khyber Pakhtunkhwa.',
    ).events;
    expect(events.map((e) => e.location?.name)).toEqual(['Kurram District']);
    expect(events[0]!.location?.precision).toBe(3);
  });

  it('still locates an event in a province named alone', () => {
    const events = extract('Fictional: Troops killed six militants in Khyber Pakhtunkhwa.').events;
    expect(events.map((e) => e.location?.name)).toEqual(['Khyber Pakhtunkhwa']);
  });
});

describe('"state" after a place\'s name', () => {
  it('closes the name: "in Malam Fatori, Borno state" names no government', () => {
    const r = extract('Fictional: ISWAP fighters overran a military base in Malam Fatori, Borno state.');
    expect(r.mentions.actors.map((a) => a.text)).not.toContain('state');
    expect(r.events.map((e) => e.actor.map((a) => a.id).join('+'))).toEqual(['iswap']);
  });
});
