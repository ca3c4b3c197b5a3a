// Words the part-of-speech tagger gets wrong that still name an act. Every text is fictional,
// written for this test.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

describe('a past participle the tagger reads as a noun after a perfect "have"', () => {
  it('"soldiers had tortured detainees" is an act of torture', () => {
    const events = extract(
      'Fictional: A May 2024 report said soldiers had tortured detainees in Tripoli.',
    ).events;
    expect(events.map((e) => `${e.type}:${e.trigger.text}`)).toEqual(['ASSAULT:tortured']);
  });
});

describe('a passive participle the tagger reads as an adjective', () => {
  it('"a convoy was looted near Bunia" is a looting', () => {
    const events = extract('Fictional: A humanitarian convoy was looted near Bunia on 1 October.').events;
    expect(events.map((e) => `${e.type}:${e.trigger.text}:${e.location?.name}`)).toEqual([
      'COERCE:looted:Bunia',
    ]);
  });

  it('"the delegation was pleased" is no act', () => {
    expect(extract('Fictional: The delegation was pleased with the new road in Doha.').events).toEqual([]);
  });
});

describe('a compound the tokenizer splits at its hyphen', () => {
  it('"test-fired two ballistic missiles" is a show of force (MOBILIZE), as a verb', () => {
    const events = extract(
      'Fictional: North Korea test-fired two ballistic missiles into the sea on Thursday.',
    ).events;
    expect(events.map((e) => `${e.type}:${e.mode}:${e.trigger.text}`)).toEqual([
      'MOBILIZE:weapons:test-fired',
    ]);
    // The state before the hyphenated verb is its subject, not a modifier of "test".
    expect(events[0]!.actor.map((a) => a.id)).toEqual(['prk.gov']);
  });
});
