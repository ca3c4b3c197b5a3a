// Conflict towns that cities1000 lacks (data/gazetteer/additions.tsv), names joined by a Romance
// connector ("Rio de Janeiro"), and added places read without a cue. Texts are fictional.
import { expect, it } from 'vitest';
import { find, parsePlaces } from './helpers';

it('places eastern Congo towns from the additions, not at faraway loose matches', () => {
  const { places } = parsePlaces('Fictional: rebels entered Kiwanja and Bunagana and fought near Walikale.');
  for (const name of ['Kiwanja', 'Bunagana', 'Walikale']) {
    const m = find(places, name);
    expect(m.country, name).toBe('CD');
    expect(m.admin1, name).toBe('Nord-Kivu');
  }
});

it('reads the English names of Congolese provinces', () => {
  const { places } = parsePlaces('Fictional: fighting spread across North Kivu and South Kivu.');
  expect(find(places, 'North Kivu').admin1).toBe('Nord-Kivu');
  expect(find(places, 'South Kivu').admin1).toBe('Sud-Kivu');
});

it("takes the lowercase type word after a name as part of the division's own name", () => {
  // Nigeria's Plateau State and Benin's Plateau Department are both "Plateau".
  expect(
    find(parsePlaces('Fictional: gunmen killed 12 villagers in Plateau state.').places, 'Plateau').country,
  ).toBe('NG');
  expect(
    find(parsePlaces('Fictional: protesters gathered in Plateau department.').places, 'Plateau').country,
  ).toBe('BJ');
  // A demonym before "state" stays no place ("the Russian state news agency").
  const { places } = parsePlaces('Fictional: The Russian state news agency said the talks had failed.');
  expect(places).toEqual([]);
});

it('reads "Kivu" alone as the Kivu provinces, not as a loose spelling of Kyiv', () => {
  const { places } = parsePlaces('Fictional: armed men stormed a church in Kivu on Sunday.');
  expect(find(places, 'Kivu').country).toBe('CD');
});

it('keeps a name joined by de, da, du or del whole when the gazetteer has it whole', () => {
  const { places } = parsePlaces(
    'Fictional: police raided a market in Rio de Janeiro; militants attacked Mocimboa da Praia; troops left Nioro du Sahel and Ciudad del Este.',
  );
  expect(find(places, 'Rio de Janeiro').country).toBe('BR');
  expect(find(places, 'Mocimboa da Praia').country).toBe('MZ');
  expect(find(places, 'Nioro du Sahel').country).toBe('ML');
  expect(find(places, 'Ciudad del Este').country).toBe('PY');
  // The connector's second half is no place of its own ("Praia", the capital of Cabo Verde).
  expect(places.map((p) => p.text)).not.toContain('Praia');
});

it('takes an added town ending in -i for a place without a cue, not for a demonym', () => {
  const { places } = parsePlaces('Fictional: the troops left Masisi on Friday.');
  expect(find(places, 'Masisi').country).toBe('CD');
});

it('knows the French and common names of places cities1000 lists under other names', () => {
  const { places } = parsePlaces(
    'Fictional: gangs attacked Cité Soleil and Cap-Haïtien; refugees reached Gedaref; shelling hit Oleshky.',
  );
  expect(find(places, 'Cité Soleil').country).toBe('HT');
  expect(find(places, 'Cap-Haïtien').country).toBe('HT');
  expect(find(places, 'Gedaref').country).toBe('SD');
  expect(find(places, 'Oleshky').country).toBe('UA');
});

it("reads a state's demonym before a noun as people of that state, not as a division of its name", () => {
  const troops = parsePlaces('Fictional: Somali troops clashed with militants near Jowhar.').places;
  expect(troops.map((p) => p.text)).not.toContain('Somali');
  expect(find(troops, 'Jowhar').country).toBe('SO');
  // With its type word it is the division.
  const region = parsePlaces('Fictional: drought hit the Somali region of Ethiopia.').places;
  expect(find(region, 'Somali').country).toBe('ET');
});

it('finds a division named without its article, and regions the divisions lack', () => {
  const { places } = parsePlaces(
    'Fictional: fighting in Anbar province; troops in Puntland and Jubaland; tanks on the Philadelphi corridor; cartels in Michoacán.',
  );
  expect(find(places, 'Anbar').country).toBe('IQ');
  expect(find(places, 'Puntland').country).toBe('SO');
  expect(find(places, 'Jubaland').country).toBe('SO');
  expect(find(places, 'Philadelphi').country).toBe('PS');
  expect(find(places, 'Michoacán').country).toBe('MX');
});

it('prefers a name written exactly as the gazetteer has it to a transliteration variant of a bigger place', () => {
  const { places } = parsePlaces('Fictional: fighting resumed near Al-Dhale and Lashio on Monday.');
  expect(find(places, 'Al-Dhale').country).toBe('YE');
  expect(find(places, 'Lashio').country).toBe('MM');
});
