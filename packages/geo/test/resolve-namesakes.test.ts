// Resolution among namesakes (issue 4, point 5): which of several places of one name a document
// means. Texts are fictional (marked "Fictional:"); the place names are real.
import { describe, expect, it } from 'vitest';
import { find, parsePlaces as places } from './helpers';

describe("a state's exact name means the state", () => {
  it('keeps California the state beside Maryland towns, not California, Maryland', () => {
    const { places: found } = places(
      'Fictional: Maryland officials in Annapolis and Baltimore said a California company won the bridge contract.',
    );
    const california = find(found, 'California');
    expect(california.feature).toBe('admin1');
    expect(california.admin1).toBe('California');
  });
  it('leaves a namesake town to a story about another country (Virginia, County Cavan)', () => {
    const { places: found } = places(
      "Fictional: Cavan County Council said the arts festival in Virginia and Ballyjamesduff will go ahead, Ireland's arts council said.",
    );
    expect(find(found, 'Virginia').country).toBe('IE');
  });
});

describe('closeness to the other places', () => {
  it('counts a town beside its own county twice', () => {
    const { places: found } = places(
      'Fictional: Boone County commissioners met in Lebanon on Tuesday. Lebanon police and Boone County deputies will share the new building.',
    );
    const lebanon = find(found, 'Lebanon');
    expect(lebanon.admin1).toBe('Indiana');
    // One other name, its county 15 km away: twice, not once.
    expect(lebanon.why).toContain('near-others:2');
  });
  it('does not count "X City" as a neighbour of X', () => {
    const { places: found } = places(
      'Fictional: The Huntsville City Council met on Monday. Huntsville police and Walker County deputies searched the woods.',
    );
    // Walker County, 10 km away, is the only other name (counted twice that close); "Huntsville
    // City" is Huntsville itself and would add two more.
    expect(find(found, 'Huntsville').admin1).toBe('Texas');
    expect(find(found, 'Huntsville').why).toContain('near-others:2');
    expect(find(found, 'Huntsville City').why).toContain('near-others:2');
  });
});

describe('namesakes that lie together', () => {
  it('places a county and a town of two states in the one where they are neighbours', () => {
    const { places: found } = places(
      'Fictional: Walker County deputies and Huntsville police searched the woods on Friday.',
    );
    // Both names exist in Alabama and Texas; only in Texas is the town inside the county.
    expect(find(found, 'Walker County').admin1).toBe('Texas');
    expect(find(found, 'Huntsville').admin1).toBe('Texas');
  });
  it('leaves world capitals named together where they are', () => {
    const { places: found } = places(
      'Fictional: London officials met the mayor of Paris and the Berlin senate on Friday.',
    );
    expect(find(found, 'London').country).toBe('GB');
    expect(find(found, 'Paris').country).toBe('FR');
    expect(find(found, 'Berlin').country).toBe('DE');
  });
});

describe('the division the other names sit in', () => {
  it("reads Lancaster in Lancashire beside Lancashire's towns", () => {
    const { places: found } = places(
      'Fictional: Lancaster and Morecambe councils met; Preston and Blackpool sent observers.',
    );
    expect(find(found, 'Lancaster').country).toBe('GB');
    expect(find(found, 'Lancaster').why).toContain('focus:England');
  });
});

describe("a country's name meant as a local town", () => {
  it('reads Jordan as the Minnesota town beside its county, though another name lies near the country', () => {
    // "Lori" (a given name read as Armenia's Lori Region) lies within 1,500 km of Jordan, which kept
    // the older local-namesake rule from applying.
    const { places: found } = places(
      'Fictional: Scott County deputies, Shakopee police and Jordan firefighters searched the river on Monday. Lori Hanson thanked them.',
    );
    const jordan = find(found, 'Jordan');
    expect(jordan.country).toBe('US');
    expect(jordan.admin1).toBe('Minnesota');
  });
  it('keeps Jordan the country beside Israel and Amman', () => {
    const { places: found } = places('Fictional: Jordan and Israel signed a water deal in Amman on Monday.');
    expect(find(found, 'Jordan').feature).toBe('country');
  });
});
