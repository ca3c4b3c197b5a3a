// Where the stories of a digest start (datelines, "In <country>," leads). Texts are fictional.
import { describe, expect, it } from 'vitest';
import { storyStarts } from '../src/focus';

describe('storyStarts', () => {
  it('finds datelines after the first story, with or without a date and agency', () => {
    const text =
      'GOMA, 21 January 2025 (Fictional) — Rebels took Minova.\nSANAA (Fictional) — The Houthis fired.\nADDIS ABABA — Fano clashed with troops.';
    expect(storyStarts(text).map((at) => text.slice(at, at + 5))).toEqual(['SANAA', 'ADDIS']);
  });

  it('is empty for one story and ignores lowercase or hyphenated capitals inside a line', () => {
    expect(storyStarts('KYIV, Ukraine (AP) — Russia fired drones. US-backed forces - and more.')).toEqual([]);
  });

  it('a line opening on a country starts a story only when the places layer says it is a country', () => {
    const text = 'Rebels took a town.\nIn Mexico, gunmen killed six people.';
    const at = text.indexOf('Mexico');
    const country = {
      id: 'p1',
      text: 'Mexico',
      span: [at, at + 6] as [number, number],
      name: 'Mexico',
      lat: 23,
      lon: -102,
      country: 'MX',
      feature: 'country',
    };
    expect(storyStarts(text, [country as never])).toEqual([text.indexOf('In Mexico')]);
    expect(storyStarts(text, [])).toEqual([]);
  });
});
