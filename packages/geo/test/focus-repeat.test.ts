// Document focus counts how often a name is mentioned (issue 4, point 5): the square root of its
// mentions. Texts here are fictional (marked "Fictional:"); the place names are real.
import { describe, expect, it } from 'vitest';
import { find, parsePlaces as places } from './helpers';

describe('a name mentioned often weighs more in the document focus', () => {
  it('reads Marion in the state named three times, not in the one named once', () => {
    const ohio = places(
      'Fictional: Ohio lawmakers met on Monday. Ohio schools and Ohio farms asked for help, and an Indiana group came too. Delegates from Marion spoke.',
    ).places;
    expect(find(ohio, 'Marion').admin1).toBe('Ohio');
    const indiana = places(
      'Fictional: Indiana lawmakers met on Monday. Indiana schools and Indiana farms asked for help, and an Ohio group came too. Delegates from Marion spoke.',
    ).places;
    expect(find(indiana, 'Marion').admin1).toBe('Indiana');
  });
});

describe('the home division of a local story', () => {
  it('finds the state where the other names all have a namesake and places a county there', () => {
    const { places: found } = places(
      'Fictional: Deputies from Palestine and Elkhart and Grapeland met at the Anderson County courthouse.',
    );
    const county = find(found, 'Anderson County');
    expect(county.admin1).toBe('Texas');
    expect(county.why).toContain('home:Texas');
  });
  it('never moves an exact country name to a namesake town in the home division', () => {
    const { places: found } = places(
      'Fictional: Gainesville and Lindsay farmers sell hay to buyers in China, Gainesville officials said.',
    );
    expect(find(found, 'China').feature).toBe('country');
  });
});
