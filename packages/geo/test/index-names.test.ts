// Names the built index gives or withholds (packages/geo/src/build-index.ts): demonyms that other
// languages use as a country's name, "X City" for a city, and divisions voted from the right towns.
// Texts are fictional (marked "Fictional:"); the place names are real.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDemonyms } from '../src/index';
import { gazetteer, parsePlaces } from './helpers';

const places = (text: string) => parsePlaces(text).places;

describe('demonyms are not country names, whatever the language', () => {
  it('"Israeli aircraft" and "Somali forces" name no place, "Israel" and "Somalia" do', () => {
    const found = places(
      'Fictional: Israeli aircraft flew over Gaza as Somali forces moved. Envoys from Israel and Somalia met.',
    );
    expect(found.map((p) => p.text)).not.toContain('Israeli');
    expect(found.map((p) => p.text)).not.toContain('Somali');
    expect(found.find((p) => p.text === 'Israel')?.country).toBe('IL');
    expect(found.find((p) => p.text === 'Somalia')?.country).toBe('SO');
  });

  it('reads demonyms from the actor dictionary, keeping those that are also a state name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-demonyms-'));
    const file = join(dir, 'countries.tsv');
    writeFileSync(
      file,
      '# fictional test table\niso3\tiso2\tname\taliases\tadjectives\tpeople\tcapitals\tregion\n' +
        'ISR\tIL\tIsrael\t\tIsraeli\t\tJerusalem\tmiddle-east\nMMR\tMM\tMyanmar\tBurma\tMyanmar|Burmese\t\tNaypyidaw\tasia\n',
    );
    expect([...readDemonyms(file)].sort()).toEqual(['burmese', 'israeli']);
    writeFileSync(file, 'iso3\tname\n');
    expect(() => readDemonyms(file)).toThrow(/no "aliases" column/);
  });
});

describe('"X City" is the city X when no place has that name', () => {
  it('puts Gaza City at Gaza, not at Gas City, Indiana', () => {
    const gaza = places('Fictional: A school in Gaza City was struck on Friday.').find(
      (p) => p.text === 'Gaza City',
    );
    expect(gaza?.country).toBe('PS');
  });
  it('keeps a real "X City" (Kuwait City) as itself', () => {
    const kuwait = places('Fictional: Talks opened in Kuwait City.').find((p) => p.text === 'Kuwait City');
    expect(kuwait?.country).toBe('KW');
    expect(kuwait?.name).toBe('Kuwait City');
  });
});

describe('first-level divisions come from votes of nearby towns', () => {
  it('does not file Irkutsk under Sevastopol', () => {
    const irkutsk = gazetteer.lookup('Irkutsk').find((c) => c.place.feature === 'city');
    expect(irkutsk?.place.country).toBe('RU');
    expect(irkutsk?.place.admin1).not.toBe('Sevastopol');
  });
});

describe('words after a name', () => {
  it('"constructor" after a person-like name is an ordinary word, not an inherited type cue', () => {
    // A plain object's prototype made "constructor" look like a type word ("X province").
    expect(places('Fictional: The Jackson constructor said it would bid.').map((p) => p.text)).toEqual([]);
    expect(places('Fictional: Carter constructor firms said so.').map((p) => p.text)).toEqual([]);
  });
});

describe('a bare "Gaza" (data/gazetteer/additions.tsv)', () => {
  it('is the Gaza Strip, and Gaza province beside Mozambique is the province', () => {
    expect(
      places('Fictional: Aid trucks entered Gaza on Monday.').find((p) => p.text === 'Gaza')?.country,
    ).toBe('PS');
    const mz = places('Fictional: Floods hit Gaza province and Maputo, Mozambique.').find(
      (p) => p.text === 'Gaza',
    );
    expect(mz?.country).toBe('MZ');
  });
});
