// Recognition skips a span of a name sequence when `mayMatch` says the gazetteer cannot hold it:
// that shortcut must never drop a candidate. Texts are fictional; place names are real.
import { Doc, parseDocumentResult } from '@sitrep/model';
import { analyze } from '@sitrep/nlp';
import { describe, expect, it } from 'vitest';
import {
  combineGazetteers,
  foldName,
  type Gazetteer,
  geoparse,
  looseFromFolded,
  skeletonFromFolded,
  skeletonFromLoose,
  skeletonKey,
} from '../src/index';
import { gazetteer, parsePlaces } from './helpers';

// Spans of the kind recognition tries: real places, variants, and capitalized runs that name nothing.
const NAMES = [
  'Aleppo',
  'Marat an Noman',
  'Dayr az Zawr',
  'Deir ez-Zor',
  'Benghazi',
  'Bengasi',
  'Kiev',
  'St. Petersburg',
  'Gaza City',
  'The Quick Brown',
  'Quick Brown Fox',
  'Brown Fox Jumps',
  'Zzyzxqv Plmkrt',
  'Fictional Wrqxt',
  'Xqzvbn',
];

describe('skeletonFromFolded', () => {
  it('is the skeleton of the loose form, made without the loose string', () => {
    for (const name of [
      ...NAMES,
      'Ash Shaykh Maskin',
      'Raqqah',
      'Ouagadougou',
      'Aaa',
      'al',
      '',
      'Ma‘arrat an Nu‘mān',
    ]) {
      const folded = foldName(name);
      expect(skeletonFromFolded(folded), name).toBe(skeletonFromLoose(looseFromFolded(folded)));
    }
    expect(skeletonFromFolded(foldName('Deir ez-Zor'))).toBe(skeletonKey('Dayr az Zawr'));
  });
});

describe('mayMatch', () => {
  it('is false only for names whose lookup (without typos) is empty, at any threshold', () => {
    let refused = 0;
    for (const name of NAMES) {
      if (gazetteer.mayMatch(name)) continue;
      refused++;
      for (const minSimilarity of [0, 0.75, 0.88, 1])
        expect(gazetteer.lookup(name, { minSimilarity }), `${name} at ${minSimilarity}`).toEqual([]);
    }
    // Some of the nonsense runs really are refused, so the shortcut is exercised.
    expect(refused).toBeGreaterThan(0);
    for (const name of ['Aleppo', 'Marat an Noman', 'Bengasi']) expect(gazetteer.mayMatch(name)).toBe(true);
  });

  it('is true for a name known only by its skeleton (a spelling the index does not hold)', () => {
    // "Binghazi" is no stored name, but shares Benghazi's consonant skeleton.
    expect(gazetteer.hasExact('Binghazi')).toBe(false);
    expect(skeletonKey('Binghazi')).toBe(skeletonKey('Benghazi'));
    expect(gazetteer.mayMatch('Binghazi')).toBe(true);
  });

  it('gives the same places when recognition cannot use it (a backend without the test)', () => {
    const text =
      'Fictional: The Quick Brown Fox Company said shelling hit Marat an Noman and the Deir ez-Zor countryside, near Gaza City and St. Petersburg.';
    // A backend without mayMatch: recognition looks every span up in full.
    const plain: Gazetteer = {
      description: gazetteer.description,
      get size() {
        return gazetteer.size;
      },
      lookup: (name, options) => gazetteer.lookup(name, options),
      hasExact: (name) => gazetteer.hasExact(name),
      admin1Place: (country, admin1) => gazetteer.admin1Place(country, admin1),
      countryPlace: (code) => gazetteer.countryPlace(code),
      lexicon: gazetteer.lexicon,
    };
    const doc = new Doc({ text });
    doc.set('nlp', analyze(text));
    const slow = geoparse(doc, combineGazetteers(plain));
    const { places, result } = parsePlaces(text);
    parseDocumentResult(result);
    expect(places.map((p) => [p.text, p.gazetteer])).toEqual(slow.map((p) => [p.text, p.gazetteer]));
    expect(places.map((p) => p.text)).toEqual(
      expect.arrayContaining(['Marat an Noman', 'Deir ez-Zor', 'Gaza City', 'St. Petersburg']),
    );
  });
});
