// Armed groups of the Central African Republic and the LRA, added to data/actors/groups.tsv after a
// probe of group names in current conflict reporting found them missing. Texts are fictional.
import { expect, it } from 'vitest';
import { actorsOf, pairs } from './helpers';

it('codes ex-Séléka, UPC and LRA fighters as their groups', () => {
  const { mentions } = actorsOf(
    "Fictional: ex-Séléka fighters and UPC rebels clashed near Bambari while the Lord's Resistance Army raided Obo.",
  );
  const ids = mentions.map((m) => m.actor.id);
  expect(ids).toContain('seleka');
  expect(ids).toContain('upc.caf');
  expect(pairs(mentions)).toContain("Lord's Resistance Army -> lra");
});
