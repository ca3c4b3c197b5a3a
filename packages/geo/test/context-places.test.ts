// Places in context (bench/geo/context-probe.mjs): conflict places the gazetteer lacked as classes
// (data/gazetteer/additions.tsv, aliases.tsv) and the document context that settles namesakes.
// Texts are fictional.
import { expect, it } from 'vitest';
import { find, parsePlaces } from './helpers';

it('places Sahel towns from the additions in their country and region', () => {
  const { places } = parsePlaces(
    'Fictional: A convoy left Sévaré for Hombori on Monday. Gunmen later attacked Léré, in the Timbuktu region.',
  );
  expect(find(places, 'Sévaré').admin1).toBe('Mopti');
  expect(find(places, 'Hombori').admin1).toBe('Mopti');
  // Léré has namesakes in Nigeria and France; the Malian town is the one in the Timbuktu region.
  const lere = find(places, 'Léré');
  expect(lere.country).toBe('ML');
  expect(lere.admin1).toBe('Tombouctou');
});

it('reads the English names reporting gives Sudanese, Syrian and Iraqi places', () => {
  const { places } = parsePlaces(
    'Fictional: Paramilitaries raided villages in Gezira state. Shelling hit Harem and Tal Rifaat. A drone fell near Duhok.',
  );
  expect(find(places, 'Gezira')).toMatchObject({ country: 'SD', admin1: 'Al Jazirah' });
  expect(find(places, 'Harem')).toMatchObject({ country: 'SY', admin1: 'Idlib' });
  expect(find(places, 'Tal Rifaat')).toMatchObject({ country: 'SY', admin1: 'Aleppo' });
  expect(find(places, 'Duhok').country).toBe('IQ');
});

it("places southern Lebanon's border villages and Gaza's camps, not loose matches abroad", () => {
  const { places } = parsePlaces(
    'Fictional: Strikes hit Khiam and Aita al-Shaab overnight. Families fled to al-Mawasi, west of Khan Younis.',
  );
  expect(find(places, 'Khiam').country).toBe('LB');
  expect(find(places, 'Aita al-Shaab').country).toBe('LB');
  expect(find(places, 'al-Mawasi').country).toBe('PS');
});

it('places Nineveh Plains towns and the usual names of Tabqa and Brega', () => {
  const { places } = parsePlaces(
    'Fictional: Militants attacked Qaraqosh and Bartella, east of Mosul. Fighting went on near Tabqa and Brega.',
  );
  expect(find(places, 'Qaraqosh')).toMatchObject({ country: 'IQ', admin1: 'Nineveh' });
  expect(find(places, 'Bartella')).toMatchObject({ country: 'IQ', admin1: 'Nineveh' });
  expect(find(places, 'Tabqa').country).toBe('SY');
  expect(find(places, 'Brega').country).toBe('LY');
});

it('reads "Mykolaiv" as the regional capital and places front-line villages in Ukraine', () => {
  const { places } = parsePlaces(
    "Fictional: Missiles hit Mykolaiv overnight, Ukraine's air force said. Russian troops entered Ocheretyne and Krasnohorivka.",
  );
  // GeoNames spells the city of 480,000 "Mykolayiv"; "Mykolaiv" exactly is a small town in Lviv oblast.
  expect(find(places, 'Mykolaiv').admin1).toBe('Mykolaivska');
  expect(find(places, 'Ocheretyne')).toMatchObject({ country: 'UA', admin1: 'Donetska' });
  expect(find(places, 'Krasnohorivka')).toMatchObject({ country: 'UA', admin1: 'Donetska' });
});

it("places Myanmar's northern Shan towns and Yemen's border town Haradh in context, over namesakes abroad", () => {
  const { places } = parsePlaces(
    'Fictional: The MNDAA seized Hsenwi and Kutkai. Junta jets then bombed Muse, on the Chinese border.',
  );
  for (const name of ['Hsenwi', 'Kutkai', 'Muse'])
    expect(find(places, name), name).toMatchObject({ country: 'MM', admin1: 'Shan' });
  // Haradh and Hays have namesakes in Saudi Arabia and Kansas; Hodeidah settles them.
  const yemen = parsePlaces('Fictional: Houthi forces shelled Haradh and Hays, south of Hodeidah.').places;
  expect(find(yemen, 'Haradh').country).toBe('YE');
  expect(find(yemen, 'Hays').country).toBe('YE');
});

it('places eastern Congo towns in their provinces, not at loose matches abroad', () => {
  const { places } = parsePlaces(
    'Fictional: M23 fighters took Kitshanga and Kanyabayonga. CODECO attacked Fataki, and shells fell on Kamanyola.',
  );
  expect(find(places, 'Kitshanga')).toMatchObject({ country: 'CD', admin1: 'Nord-Kivu' });
  expect(find(places, 'Kanyabayonga')).toMatchObject({ country: 'CD', admin1: 'Nord-Kivu' });
  expect(find(places, 'Fataki')).toMatchObject({ country: 'CD', admin1: 'Ituri' });
  expect(find(places, 'Kamanyola')).toMatchObject({ country: 'CD', admin1: 'Sud-Kivu' });
});

it('settles Malian towns that have namesakes abroad (Koro, Boni) from the document', () => {
  const { places } = parsePlaces(
    'Fictional: Gunmen killed 20 villagers in Ogossagou, near Bankass. The army reinforced Koro and Boni.',
  );
  for (const name of ['Ogossagou', 'Koro', 'Boni'])
    expect(find(places, name), name).toMatchObject({ country: 'ML', admin1: 'Mopti' });
});

it("places Somalia's and Ethiopia's towns from the additions in their regions", () => {
  const { places } = parsePlaces(
    'Fictional: Al-Shabaab fighters withdrew from Harardhere toward Afmadow. Fano forces entered Woldiya and Kobo.',
  );
  expect(find(places, 'Harardhere')).toMatchObject({ country: 'SO', admin1: 'Mudug' });
  expect(find(places, 'Afmadow')).toMatchObject({ country: 'SO', admin1: 'Lower Juba' });
  expect(find(places, 'Woldiya')).toMatchObject({ country: 'ET', admin1: 'Amhara' });
  expect(find(places, 'Kobo')).toMatchObject({ country: 'ET', admin1: 'Amhara' });
});

it('places the communes of the Port-au-Prince area in Haiti, not at namesakes abroad', () => {
  const { places } = parsePlaces(
    'Fictional: Police clashed with gangs in Delmas and Tabarre, in Port-au-Prince. Ganthier was also attacked.',
  );
  // Delmas has a namesake in South Africa.
  for (const name of ['Delmas', 'Tabarre', 'Ganthier'])
    expect(find(places, name), name).toMatchObject({ country: 'HT', admin1: 'Ouest' });
});

it('reads the Russian-language names of Ukrainian towns as those towns', () => {
  const { places } = parsePlaces(
    'Fictional: Shelling hit Gorlovka and Artemovsk overnight. Troops advanced near Krasnoarmeysk, and drones struck Lvov.',
  );
  expect(find(places, 'Gorlovka')).toMatchObject({ country: 'UA', admin1: 'Donetska' });
  expect(find(places, 'Artemovsk')).toMatchObject({ country: 'UA', admin1: 'Donetska' });
  expect(find(places, 'Krasnoarmeysk').country).toBe('UA');
  expect(find(places, 'Lvov')).toMatchObject({ country: 'UA', admin1: 'Lvivska' });
});

it('places the al-Aqsa compound in the Old City of Jerusalem, with no country given', () => {
  const { places } = parsePlaces('Fictional: Police stormed the al-Aqsa compound at dawn.');
  const aqsa = find(places, 'al-Aqsa');
  expect(aqsa.lat).toBeCloseTo(31.78, 1);
  expect(aqsa.country ?? null).toBeNull();
});
