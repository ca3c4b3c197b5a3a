// The binary gazetteer index: write → read round trip, lookups over it, and refusal of damaged files.
// Places below are written for these tests: the "Fictional …" ones are invented; the rest use
// real names with rounded coordinates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeGazetteer,
  encodeGazetteer,
  type GazetteerFile,
  GazetteerIndexError,
  loadGazetteer,
  MemoryGazetteer,
  openGazetteer,
  type PackedPlace,
  unpackPlace,
} from '../src/index';

const PLACES: PackedPlace[] = [
  ['iso3166:SY', 'Syria', 35, 38, 'SY', null, null, 'country', 0, ['Syrie', 'Sūriyā']],
  ['iso3166-2:SY-ID', 'Idlib Governorate', 35.8, 36.6, 'SY', 'Idlib', null, 'admin1', 0, ['Idlib']],
  ['geonames:1', 'Idlib', 35.93062, 36.63393, 'SY', 'Idlib', null, 'city', 128840, []],
  [
    'geonames:2',
    'Ma‘arrat an Nu‘mān',
    35.6483,
    36.67693,
    'SY',
    'Idlib',
    null,
    'city',
    58008,
    ['Maarat al-Numan'],
  ],
  ['geonames:3', 'Damascus', 33.5102, 36.29128, 'SY', 'Dimashq', null, 'city', 1569394, ['Dimashq'], 1],
  [
    'fictional:0012345678901',
    'Fictional Qasrabad',
    34.123456789,
    -0.000001,
    'SY',
    null,
    'Fictional District',
    'village',
    0,
    [],
  ],
  ['user:5', 'Fictional Crossing', 36.2, 36.5, null, null, null, 'crossing', 0, ['Fictional Crossing', '']],
  ['user:6', 'Fictional Kasr', 36.3, 36.4, 'SY', null, null, 'village', 0, ['Kesrabod', 'Kasrabad']],
];

const DATA: GazetteerFile = {
  format: 'sitrep-gazetteer/1',
  note: 'test data',
  admin1: { 'SY.12': 'Idlib' },
  places: PLACES,
  personNames: ['hassan'],
  commonWords: ['mobile'],
};

const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-index-'));
const bytes = encodeGazetteer(DATA);
const gazetteer = new MemoryGazetteer(decodeGazetteer(bytes, 'test index'), 'test gazetteer');

describe('binary gazetteer index', () => {
  it('round-trips every place, with its names, exactly', () => {
    expect(gazetteer.size).toBe(PLACES.length);
    PLACES.forEach((packed, n) => {
      const { place, names } = unpackPlace(packed);
      expect(gazetteer.place(n)).toEqual(place);
      expect(gazetteer.names(n)).toEqual(names);
    });
    // Coordinates are kept to the last bit, not rounded to a float32.
    expect(gazetteer.place(5).lat).toBe(34.123456789);
    expect(gazetteer.place(5).lon).toBe(-0.000001);
    expect(gazetteer.place(4).capital).toBe(true);
    // Ids are stored as a shared prefix and a number where that gives the same text back.
    expect(gazetteer.place(5).id).toBe('fictional:0012345678901');
    expect(gazetteer.place(0).id).toBe('iso3166:SY');
    expect(gazetteer.admin1Codes).toEqual({ 'SY.12': 'Idlib' });
    expect(gazetteer.lexicon.people.has('hassan')).toBe(true);
    expect(gazetteer.lexicon.words.has('mobile')).toBe(true);
  });

  it('finds exact names, transliteration variants and one-letter typos', () => {
    const idlib = gazetteer.lookup('IDLIB');
    expect(idlib.map((c) => [c.place.id, c.how, c.similarity])).toEqual([
      ['iso3166-2:SY-ID', 'exact', 1],
      ['geonames:1', 'exact', 1],
    ]);
    const maarat = gazetteer.lookup('Marat an Noman');
    expect(maarat.map((c) => [c.place.id, c.how, c.matched])).toEqual([
      ['geonames:2', 'variant', 'Ma‘arrat an Nu‘mān'],
    ]);
    expect(maarat[0]!.similarity).toBeGreaterThan(0.85);
    expect(gazetteer.lookup('Damascas').map((c) => [c.place.id, c.how])).toEqual([['geonames:3', 'variant']]);
    expect(gazetteer.lookup('Damascux')).toEqual([]);
    expect(gazetteer.lookup('Damascux', { typos: true }).map((c) => [c.place.id, c.how])).toEqual([
      ['geonames:3', 'typo'],
    ]);
    // An edit among the first three letters is found through the last three; the first letter must agree.
    expect(gazetteer.lookup('Dxmascus', { typos: true }).map((c) => c.matched)).toEqual(['Damascus']);
    expect(gazetteer.lookup('Damascuss', { typos: true }).map((c) => c.matched)).toEqual(['Damascus']);
    expect(gazetteer.lookup('Xamascus', { typos: true })).toEqual([]);
    expect(gazetteer.lookup('Sūriyā')[0]?.place.name).toBe('Syria');
    expect(gazetteer.hasExact('sūriya')).toBe(true);
    expect(gazetteer.hasExact('Suriyah al')).toBe(false);
    expect(gazetteer.lookup('Nowhere at all')).toEqual([]);
  });

  it('leaves out loose candidates below minSimilarity, and only those', () => {
    for (const name of ['Marat an Noman', 'Damascas', 'Idlib', 'Dimashk', 'Kasrabade', 'Suriya'])
      for (const min of [0.5, 0.8, 0.85, 0.9, 0.96, 0.98, 0.99, 1]) {
        const all = gazetteer.lookup(name).filter((c) => c.how === 'exact' || c.similarity >= min);
        expect(gazetteer.lookup(name, { minSimilarity: min })).toEqual(all);
      }
    // A place is judged by its first matching name: "Kesrabod" (0.78) hides the closer "Kasrabad".
    expect(gazetteer.lookup('Kasrabade').map((c) => c.matched)).toEqual(['Kesrabod']);
    expect(gazetteer.lookup('Kasrabade', { minSimilarity: 0.85 })).toEqual([]);
    // Exact names come whatever the threshold.
    expect(gazetteer.lookup('Idlib', { minSimilarity: Number.POSITIVE_INFINITY })).toHaveLength(2);
  });

  it('remembers lookups per mode: typos, thresholds and plain lookups do not answer for each other', () => {
    const fresh = new MemoryGazetteer(decodeGazetteer(bytes, 'test index'), 'fresh');
    expect(fresh.lookup('Damascux', { typos: true }).map((c) => c.how)).toEqual(['typo']);
    expect(fresh.lookup('Damascux')).toEqual([]);
    expect(fresh.lookup('Damascux', { typos: true, minSimilarity: 0.9 })).toEqual([]);
    expect(fresh.lookup('Damascux', { typos: true }).map((c) => c.how)).toEqual(['typo']);
    expect(fresh.lookup('Kasrabade', { minSimilarity: 0.85 })).toEqual([]);
    expect(fresh.lookup('Kasrabade').map((c) => c.matched)).toEqual(['Kesrabod']);
  });

  it('returns a fresh list per lookup, so a caller sorting its copy leaves the next caller’s alone', () => {
    const first = gazetteer.lookup('Idlib');
    first.reverse();
    expect(gazetteer.lookup('Idlib')[0]!.place.id).toBe('iso3166-2:SY-ID');
  });

  it('finds divisions and countries', () => {
    expect(gazetteer.admin1Place('SY', 'idlib')?.id).toBe('iso3166-2:SY-ID');
    expect(gazetteer.admin1Place('IQ', 'Idlib')).toBeUndefined();
    expect(gazetteer.countryPlace('SY')?.name).toBe('Syria');
  });

  it('loads from a file, directly and through openGazetteer', () => {
    const path = join(dir, 'small.bin');
    writeFileSync(path, bytes);
    const loaded = loadGazetteer(path);
    expect(loaded.size).toBe(PLACES.length);
    expect(loaded.lookup('Dimashq')[0]?.place.id).toBe('geonames:3');
    expect(openGazetteer(path).lookup('Fictional Crossing')[0]?.place.feature).toBe('crossing');
  });
});

describe('damaged index files are refused with a way out', () => {
  const write = (name: string, content: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('refuses a truncated file, naming it and the rebuild command', () => {
    const path = write('truncated.bin', bytes.subarray(0, bytes.length - 100));
    expect(() => loadGazetteer(path)).toThrow(path);
    expect(() => loadGazetteer(path)).toThrow(/truncated.*node scripts\/build\.mjs.*npm ci/);
    const headerOnly = write('header-only.bin', bytes.subarray(0, 20));
    expect(() => loadGazetteer(headerOnly)).toThrow(/truncated/);
  });

  it('refuses a file with a changed byte (checksum)', () => {
    const corrupt = bytes.slice();
    corrupt[corrupt.length - 9]! ^= 0x40;
    expect(() => loadGazetteer(write('corrupt.bin', corrupt))).toThrow(/corrupt.*node scripts\/build\.mjs/);
  });

  it('marks an index of an older format as stale (the default one is then rebuilt in memory)', () => {
    const old = bytes.slice();
    const header = new TextDecoder().decode(old.subarray(16, 16 + 200));
    const at = 16 + header.indexOf('sitrep-gazetteer/') + 'sitrep-gazetteer/'.length;
    old[at] = '1'.charCodeAt(0);
    const error = (() => {
      try {
        decodeGazetteer(old, 'old-format.bin');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GazetteerIndexError);
    expect((error as GazetteerIndexError).stale).toBe(true);
    expect((error as Error).message).toMatch(
      /old-format\.bin.*expected format sitrep-gazetteer\/\d, found "sitrep-gazetteer\/1"/,
    );
    // A damaged file is not stale: it is an error even for the default index.
    const truncated = (() => {
      try {
        decodeGazetteer(bytes.subarray(0, bytes.length - 8), 'cut.bin');
      } catch (e) {
        return e as GazetteerIndexError;
      }
    })();
    expect(truncated?.stale).toBe(false);
  });

  it('refuses a file of another kind (the old JSON index), and a missing one', () => {
    const json = write('old.bin', new TextEncoder().encode(JSON.stringify(DATA)));
    expect(() => loadGazetteer(json)).toThrow(/expected it to start with SITREPGZ/);
    expect(() => loadGazetteer(join(dir, 'missing.bin'))).toThrow(
      /could not read the gazetteer index .*missing\.bin/,
    );
  });
});
