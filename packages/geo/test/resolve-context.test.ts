// Resolution from what a report says around a name (bench/geo/context-probe.mjs): an apposition
// naming its container ("X, a city in Y", "X, in northern Y"), "X territory, Y", and English
// spellings that drop an Arabic article. Texts are fictional.
import { expect, it } from 'vitest';
import { find, parsePlaces } from './helpers';

it('takes "X, a city in Y" as Y containing X, against the focus of the other names', () => {
  const text =
    "Fictional: Spain's interior minister visited Madrid and Valencia. Later, police in Zamora, a city in Michoacán, found bodies.";
  const zamora = find(parsePlaces(text).places, 'Zamora');
  expect(zamora.country).toBe('MX');
  expect(zamora.admin1).toBe('Michoacán de Ocampo');
  // Without the apposition the Spanish focus wins: the container is what decides.
  const plain =
    "Fictional: Spain's interior minister visited Madrid and Valencia. Later, police in Zamora found bodies.";
  expect(find(parsePlaces(plain).places, 'Zamora').country).toBe('ES');
});

it('reads "X, in northern Y" and "X territory, Y" as containers, but not a list of "in"s', () => {
  const { places } = parsePlaces(
    "Fictional: Libya's envoy flew home from Benghazi. Days later, a strike hit Tripoli, in northern Lebanon.",
  );
  const tripoli = find(places, 'Tripoli');
  expect(tripoli.country).toBe('LB');
  expect(tripoli.why).toContain('pair:Lebanon');
  const beni = find(
    parsePlaces('Fictional: ADF fighters killed 30 people in Beni territory, North Kivu.').places,
    'Beni',
  );
  expect(beni.why).toContain('pair:North Kivu');
  // "in Aleppo, in Idlib": two places, neither the other's container.
  const list = find(
    parsePlaces('Fictional: Strikes were reported in Aleppo, in Idlib and in Hama.').places,
    'Aleppo',
  );
  expect(list.why).not.toContain('pair:Idlib');
});

it('matches a name written without the article its gazetteer entry has ("Bayda" for Al Bayda)', () => {
  const { places } = parsePlaces(
    'Fictional: Floods devastated Derna, in eastern Libya. Rescuers came from Bayda and Tobruk.',
  );
  const bayda = find(places, 'Bayda');
  expect(bayda.country).toBe('LY');
  expect(bayda.name).toMatch(/Bay/);
});

it('gives low confidence, with a message, to a place outside the container the text names', () => {
  // The gazetteer has no Palma in Mozambique: Palma, Spain, contradicts "in Cabo Delgado province".
  const { places, result } = parsePlaces('Fictional: Troops entered Palma, in Cabo Delgado province.');
  const palma = find(places, 'Palma');
  expect(palma.why).toContain('outside:Cabo Delgado');
  expect(palma.confidence).toBeLessThanOrEqual(0.3);
  expect(result.messages.some((m) => m.code === 'ambiguous-place' && m.text.includes('"Palma"'))).toBe(true);
  // Inside its container the confidence stands.
  const beni = find(
    parsePlaces('Fictional: Gunmen attacked Beni, a town in North Kivu province.').places,
    'Beni',
  );
  expect(beni.why).not.toContain('outside:North Kivu');
  expect(beni.confidence).toBeGreaterThan(0.6);
});
