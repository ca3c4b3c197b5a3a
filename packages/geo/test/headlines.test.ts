// Recognition in headlines and datelines of local news (issue 4, point 4): state abbreviations with
// their dot, datelines in capitals, a town before a word for its residents at a sentence start, and
// parks or townships named like a faraway town.
// Texts here are fictional (marked "Fictional:"); the place names are real.
import { describe, expect, it } from 'vitest';
import { find, parsePlaces as places } from './helpers';

describe('dotted state abbreviations', () => {
  it('reads "Ill." inside a headline sequence and "Pa." after a party label as the states', () => {
    const { places: found } = places(
      'Missing Ill. man found safe near the river. Fictional: Sen. Ann Cole, D-Pa. , praised the rescuers.',
    );
    expect(find(found, 'Ill').admin1).toBe('Illinois');
    expect(find(found, 'Pa').admin1).toBe('Pennsylvania');
  });
  it('leaves a two-letter word without its dot alone', () => {
    const { places: found } = places('Fictional: Ga said the vote would wait until spring.');
    expect(found.map((p) => p.text)).not.toContain('Ga');
  });
});

describe('datelines in capitals', () => {
  it('reads the capitals before a dash or "(AP) --" as the place of the report', () => {
    const { places: found } = places(
      'Council cuts budget. MOUNT GILEAD (AP) -- Fictional: The village council voted to cut the budget.',
    );
    const m = find(found, 'MOUNT GILEAD');
    expect(m.country).toBe('US');
  });
  it('reads a dateline town that is also a surname', () => {
    const { places: found } = places(
      'Couple faces drug counts. CLINTON — Fictional: A town couple was charged.',
    );
    expect(find(found, 'CLINTON').country).toBe('US');
  });
  it('does not read a capitalized word before a colon as a dateline', () => {
    const { places: found } = places('CLINTON: Fictional: the senator spoke for an hour.');
    expect(found.map((p) => p.text)).not.toContain('CLINTON');
  });
});

describe('a town before a word for its residents at a sentence start', () => {
  it('keeps "Rolling Meadows man" as the town, though "Rolling" reads as a verb', () => {
    const { places: found } = places(
      'Rolling Meadows man stops burglar with his car. Fictional: No one was hurt.',
    );
    expect(find(found, 'Rolling Meadows').admin1).toBe('Illinois');
  });
  it('keeps a town after a headline word before such a word ("Missing Glen Allen woman")', () => {
    const { places: found } = places('Missing Glen Allen woman is found. Fictional: She was well.');
    expect(find(found, 'Glen Allen').admin1).toBe('Virginia');
  });
});

describe('parks, squares and townships named like a faraway town', () => {
  it('places "Hopkins Park" at the town the story is about, not at Hopkins, Minnesota', () => {
    const { places: found } = places(
      'Fictional: DeKalb police said a jogger found the bag in Hopkins Park. DeKalb officials thanked her.',
    );
    const park = find(found, 'Hopkins Park');
    expect(park.admin1).toBe('Illinois');
    expect(park.feature).toBe('other');
  });
  it('keeps a hospital named after its town at that town', () => {
    const { places: found } = places('Fictional: The patient was taken to Hartford Hospital on Monday.');
    expect(find(found, 'Hartford').admin1).toBe('Connecticut');
  });
});

describe('the surname of a person named in full', () => {
  it('reads a bare "Fairfield" as the person after "Elizabeth Fairfield", but keeps "in Fairfield"', () => {
    const { places: found } = places(
      'Fictional: Elizabeth Fairfield was charged on Monday. Fairfield declined to plead. Her trial will be held in Fairfield, Connecticut.',
    );
    const texts = found.map((p) => p.text);
    expect(texts.filter((t) => t === 'Fairfield')).toHaveLength(1);
    expect(find(found, 'Fairfield').admin1).toBe('Connecticut');
  });
});

describe('a well-known place leading a longer name', () => {
  it('reads "Illinois Department" as Illinois and "U.S. Census" as the United States, not loose namesakes', () => {
    const { places: found } = places(
      'Fictional: The money came from Illinois Department of Transportation funds, according to U.S. Census figures.',
    );
    expect(find(found, 'Illinois').admin1).toBe('Illinois');
    expect(find(found, 'U.S.').country).toBe('US');
    expect(found.map((p) => p.text)).not.toContain('Illinois Department');
  });
});

describe('"X City" beside a real place of that name', () => {
  it('lets the bare town compete: "Dublin City Council" in an Ohio story is Dublin, Ohio', () => {
    const ohio = places(
      'Fictional: Officials from Columbus, Cuyahoga Falls and Worthington met the Dublin City Council on Monday.',
    ).places;
    expect(find(ohio, 'Dublin City').admin1).toBe('Ohio');
    const ireland = places('Fictional: The Dublin City Council in Ireland met on Monday.').places;
    expect(find(ireland, 'Dublin City').country).toBe('IE');
  });
});

describe('towns joined by a hyphen', () => {
  it('reads "Watertown-Mayer" as two towns, and leaves a double-barrelled surname alone', () => {
    const { places: found } = places(
      'Fictional: The Panthers beat the Watertown-Mayer team on Friday, coach Ana Diaz-Balart said.',
    );
    const texts = found.map((p) => p.text);
    expect(texts).toContain('Watertown');
    expect(texts).toContain('Mayer');
    expect(texts).not.toContain('Diaz');
  });
});

describe('"ST." in a dateline in capitals', () => {
  it('reads "ST. PARIS, Ohio —" as Saint Paris, not Paris', () => {
    const { places: found } = places(
      'Fair opens. ST. PARIS, Ohio — Fictional: The county fair opened on Monday.',
    );
    const m = find(found, 'ST. PARIS');
    expect(m.admin1).toBe('Ohio');
    expect(found.map((p) => p.text)).not.toContain('PARIS');
  });
});

describe('a town before "PD"', () => {
  it('reads "Slidell PD" in a photo credit as the town qualifying its police department', () => {
    const { places: found } = places('Fictional: The pool where the boy was found (Picture: Slidell PD)');
    const m = find(found, 'Slidell');
    expect(m.admin1).toBe('Louisiana');
    expect(m.role).toBe('modifier');
  });
});
