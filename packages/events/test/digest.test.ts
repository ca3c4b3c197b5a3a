// A digest of datelined stories: each story is read with its own focus country. Fictional text.
import { describe, expect, it } from 'vitest';
import { useDefaultPipeline } from './default-pipeline';

const extract = useDefaultPipeline();

describe('a digest of datelined stories', () => {
  it('"federal forces" and "the government" in an Ethiopia story are not the DR Congo or US ones named before', () => {
    const text = [
      'GOMA, 21 January 2025 (Fictional) — M23 rebels seized the town of Minova on Tuesday, Congolese officials said.',
      'SANAA (Fictional) — The Houthis fired a missile at a vessel in the Red Sea, the US Central Command said.',
      'ADDIS ABABA (Fictional) — Fano militiamen clashed with federal forces near Gondar on Sunday. The government imposed a curfew.',
    ].join('\n');
    const result = extract(text);
    const clash = result.events.find((e) => e.trigger.text === 'clashed');
    expect(clash?.recipient.map((a) => a.id)).toEqual(['eth.mil']);
    const curfew = result.events.find((e) => e.mode === 'curfew');
    expect(curfew?.actor.map((a) => a.id)).toEqual(['eth.gov']);
    // Placed by nothing in its sentence, it falls back to its own story's dateline, not the first one.
    expect(curfew?.location?.name).toBe('Addis Ababa');
  });
});

describe('dates in a digest', () => {
  it('a story with no date of its own does not take the date of the story before it', () => {
    // Published 2024-03-13 (a Wednesday): the first story's "on Monday" is 11 March.
    const text = [
      'PESHAWAR (Fictional) — Militants attacked a police checkpoint in Bannu on Monday, officials said.',
      'KABUL (Fictional) — Taliban authorities detained two journalists in Panjshir province, relatives said.',
    ].join('\n');
    const result = extract(text);
    const attack = result.events.find((e) => e.trigger.text === 'attacked');
    expect(attack?.date?.start).toBe('2024-03-11');
    // The Kabul story says nothing of when: the document's date, not the Peshawar story's Monday.
    const detained = result.events.find((e) => e.trigger.text === 'detained');
    expect(detained?.date?.start).toBe('2024-03-13');
  });
});
