// Recognition of places the way reports open sentences with them (bench/geo/context-probe.mjs):
// "In <transliterated name>, ..." and an English spelling before a verb. Texts are fictional.
import { expect, it } from 'vitest';
import { find, parsePlaces } from './helpers';

it('reads a loose transliteration after a sentence-initial "In"', () => {
  const { places } = parsePlaces(
    'Fictional: Clashes went on. In Dayr az Zawr, the SDF arrested tribal leaders.',
  );
  const m = find(places, 'Dayr az Zawr');
  expect(m.country).toBe('SY');
  expect(m.admin1).toBe('Deir ez-Zor');
});

it("reads the English spelling of a Somali town (GeoNames writes Hargeysa) at a sentence's start", () => {
  const { places } = parsePlaces('Fictional: Clan militias fought in Las Anod. Hargeisa blamed Puntland.');
  expect(find(places, 'Hargeisa').country).toBe('SO');
});

it('keeps a hyphenated name joined by the Persian ezafe whole ("Pul-e-Khumri", "Nad-e-Ali")', () => {
  const { places } = parsePlaces(
    'Fictional: Taliban fighters attacked Pul-e-Khumri and fought near Nad-e-Ali on Monday.',
  );
  expect(find(places, 'Pul-e-Khumri')).toMatchObject({ country: 'AF', admin1: 'Baghlan' });
  expect(find(places, 'Nad-e-Ali').country).toBe('AF');
});
