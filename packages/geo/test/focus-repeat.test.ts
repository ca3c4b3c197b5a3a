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
