// Texts here are fictional (marked "Fictional:"); the place names are real.
import { describe, expect, it } from 'vitest';
import type { GeoPlaceMention } from '../src/index';
import { find, gazetteer, parsePlaces as places } from './helpers';

describe('gazetteer', () => {
  it('loads the built index with countries, admin-1 divisions, towns and our additions', () => {
    expect(gazetteer.size).toBeGreaterThan(150_000);
    expect(gazetteer.countryPlace('SY')?.name).toBe('Syria');
    expect(gazetteer.admin1Place('SY', 'Idlib')?.feature).toBe('admin1');
    expect(gazetteer.lookup('Bab al-Hawa').some((c) => c.place.id === 'user:sy-bab-al-hawa')).toBe(true);
    expect(gazetteer.lookup('Kobani')[0]?.place.id).toBe('geonames:172256');
  });
});

describe('transliteration variants resolve to one place (point 3)', () => {
  const groups: [string, string[]][] = [
    ['geonames:167611', ["Ma'arrat al-Nu'man", 'Maarat al-Numan', 'Marat an Noman']],
    ['geonames:169023', ['Jisr al-Shughur', 'Jisr ash Shughur']],
    ['geonames:88319', ['Benghazi', 'Banghazi', 'Bengasi']],
    ['geonames:703448', ['Kyiv', 'Kiev']],
    ['geonames:170794', ['Deir ez-Zor', 'Dayr az Zawr']],
  ];
  for (const [id, names] of groups) {
    it(names.join(' / '), () => {
      for (const name of names) {
        const { places: found } = places(`Fictional: shelling was reported in ${name} on Monday.`);
        expect(find(found, name).gazetteer, name).toBe(id);
      }
    });
  }
  it('resolves a one-letter typo of a longer name', () => {
    const { places: found } = places('Fictional: fighting near Kramatorsc continued.');
    expect(find(found, 'Kramatorsc').country).toBe('UA');
  });
  it('keeps an unresolvable name as a mention with null coordinates and a message', () => {
    const text = 'Fictional: gunmen attacked the village of Qaryat Zzyxwq in the morning.';
    const { places: found, result } = places(text);
    const m = find(found, 'Qaryat Zzyxwq');
    expect(m.lat).toBeNull();
    expect(m.lon).toBeNull();
    expect(result.messages.some((x) => x.code === 'unresolved-place' && x.span?.[0] === m.span[0])).toBe(
      true,
    );
  });
  it('gives each mention its candidate count and a confidence', () => {
    const { places: found } = places('Fictional: a convoy left Alexandria for Cairo.');
    const m = find(found, 'Alexandria') as GeoPlaceMention;
    expect(m.candidates).toBeGreaterThan(3);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });
});

describe('recognition (point 4)', () => {
  it('finds names after locative cues and with type words', () => {
    const { places: found } = places(
      'Fictional: troops moved into the city of Idlib and toward Hama province, then near the Bab al-Hawa crossing.',
    );
    expect(find(found, 'Idlib').feature).toBe('city');
    expect(find(found, 'Hama').feature).toBe('admin1');
    expect(find(found, 'Bab al-Hawa').feature).toBe('crossing');
  });
  it('does not turn people, titles or demonyms into places', () => {
    const { places: found } = places(
      'Fictional: Chiquita Raquel Henry, 19, was charged. Henry said President Jackson met Turkish troops.',
    );
    expect(found.map((p) => p.text)).not.toContain('Henry');
    expect(found.map((p) => p.text)).not.toContain('Jackson');
    expect(found.map((p) => p.text)).not.toContain('Turkish');
  });
  it('does not take sentence-initial ordinary words for places', () => {
    const { places: found } = places(
      'Fictional: the talks ended. Reading the statement, officials left. Police arrived.',
    );
    expect(found).toEqual([]);
  });
  it('keeps a capital used for its government as a place mention', () => {
    const { places: found } = places('Fictional: Washington declined to comment on the strikes.');
    const m = find(found, 'Washington');
    expect(m.country).toBe('US');
    expect(m.admin1).toBe('District of Columbia');
  });
  it('needs a cue for given names, surnames and ordinary words that are also towns', () => {
    const { places: found } = places(
      'Fictional: David met Taylor at the Ministry of Commerce. Later the convoy reached Taylor and the village of Orange.',
    );
    const texts = found.map((p) => `${p.text}@${p.span[0]}`);
    expect(texts.filter((t) => t.startsWith('David'))).toEqual([]);
    expect(texts.filter((t) => t.startsWith('Commerce'))).toEqual([]);
    // "met Taylor" has no cue; "reached Taylor" and "the village of Orange" do.
    expect(found.filter((p) => p.text === 'Taylor').length).toBe(1);
    expect(found.some((p) => p.text === 'Orange')).toBe(true);
  });
  it('skips acronyms and contractions but keeps country abbreviations', () => {
    const { places: found } = places("Fictional: NATO and the APC said I'll go; the U.S. and the UK agreed.");
    expect(found.map((p) => p.text)).toEqual(['U.S.', 'UK']);
    expect(found.map((p) => p.country)).toEqual(['US', 'GB']);
  });
  it('keeps a known place ending like a demonym ("Hawaii has")', () => {
    const { places: found } = places(
      'Fictional: like the rest of the country, Hawaii has an aging population.',
    );
    expect(find(found, 'Hawaii').admin1).toBe('Hawaii');
  });
  it('reads datelines and state abbreviations', () => {
    const { places: found } = places('CHARLESTON, W.Va. - Fictional: a fire closed the bridge.');
    expect(find(found, 'CHARLESTON').admin1).toBe('West Virginia');
    expect(find(found, 'W.Va.').feature).toBe('admin1');
  });
  it('marks a place that qualifies an organization as a modifier', () => {
    const { places: found } = places('Fictional: the Aleppo police arrested two men.');
    expect((find(found, 'Aleppo') as GeoPlaceMention).role).toBe('modifier');
  });
});

describe('disambiguation from the document (point 5)', () => {
  it('uses "X, Y" patterns', () => {
    const { places: found } = places('Fictional: residents of Paris, Texas, and Alexandria, Louisiana, met.');
    expect(find(found, 'Paris').admin1).toBe('Texas');
    expect(find(found, 'Alexandria').admin1).toBe('Louisiana');
  });
  it('uses the document country focus and co-mentioned places', () => {
    const { places: found } = places(
      'Fictional: Syrian forces shelled Idlib and Saraqib. In Syria, the town of Tall Abyad and Homs were also hit, and Alexandria was quiet.',
    );
    expect(find(found, 'Homs').country).toBe('SY');
    // Without the Egyptian context the big Egyptian city still wins over small namesakes.
    expect(find(found, 'Alexandria').country).toBe('EG');
  });
  it('uses admin-1 mentions ("in the Daraa countryside")', () => {
    const { places: found } = places(
      'Fictional: clashes in the Daraa countryside spread to Busra al-Sham in Daraa governorate.',
    );
    expect(find(found, 'Busra al-Sham').admin1).toBe('Daraa');
  });
  it('prefers the US namesake in a US-focused text', () => {
    const { places: found } = places(
      'Fictional: the sheriff of Rapides Parish in Louisiana said a fire near Alexandria was arson. Officers from Pineville helped.',
    );
    expect(find(found, 'Alexandria').country).toBe('US');
  });
});
