// Country names from other languages that are towns elsewhere, and towns' first-level divisions
// where country-state-city has none. Texts are fictional.
import { expect, it } from 'vitest';
import { find, parsePlaces } from './helpers';

it("a town is not a foreign-language country name it shares ('Tanga' is Hausa for Tonga; 'Bara', Swahili for Åland)", () => {
  const { places } = parsePlaces('Fictional: Floods hit Tanga on Monday. Gunmen attacked Bara on Tuesday.');
  expect(find(places, 'Tanga').country).toBe('TZ');
  expect(find(places, 'Bara').country).not.toBe('AX');
});

it('an English name of a country stays, even where a town shares it ("Holland")', () => {
  const { places } = parsePlaces('Fictional: Holland beat Spain in Rotterdam.');
  expect(find(places, 'Holland').country).toBe('NL');
});

it("a town gets GeoNames' first-level division where country-state-city matched none (Niger, Haiti, Somalia)", () => {
  const { places } = parsePlaces(
    'Fictional: Gangs attacked Mirebalais. Al-Shabaab attacked Baidoa. Clashes hit Zinder.',
  );
  expect(find(places, 'Mirebalais')).toMatchObject({ country: 'HT', admin1: 'Centre' });
  expect(find(places, 'Baidoa')).toMatchObject({ country: 'SO', admin1: 'Bay' });
  expect(find(places, 'Zinder')).toMatchObject({ country: 'NE', admin1: 'Zinder' });
});

it('a mixed-case acronym ("FAMa", "PDFs") is no town written otherwise', () => {
  const { places } = parsePlaces(
    'Fictional: JNIM ambushed a convoy of the Malian armed forces (FAMa) near Niono. PDFs attacked a post.',
  );
  expect(places.map((p) => p.text)).toEqual(['Niono']);
});

it('a spelling-variant match in another country than the place the text puts it in is flagged as a guess', () => {
  const { places } = parsePlaces('Fictional: Gunmen attacked Kamenge in Bujumbura on Monday.');
  const kamenge = find(places, 'Kamenge');
  // The gazetteer lacks Bujumbura's Kamenge quarter; its nearest spelling is in Uganda.
  expect(kamenge.country === 'BI' || (kamenge.confidence ?? 1) <= 0.3).toBe(true);
  expect(find(places, 'Bujumbura').country).toBe('BI');
});
