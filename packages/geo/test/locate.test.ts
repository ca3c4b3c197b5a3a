// Texts here are fictional (marked "Fictional:"); the place names are real.
import type { EventAnchor, Span } from '@sitrep/model';
import { nlpStage, sentenceAt } from '@sitrep/nlp';
import { createPipeline } from '@sitrep/pipeline';
import { describe, expect, it } from 'vitest';
import { distanceKm, geoStage, loadGazetteer, locate } from '../src/index';

const pipeline = createPipeline([nlpStage(), geoStage(loadGazetteer())], 'test');

/** Anchors an event on `trigger`; its clause is the whole sentence, with no argument spans. */
function run(text: string, trigger: string) {
  const doc = pipeline.run({ text });
  const start = text.indexOf(trigger);
  const span: Span = [start, start + trigger.length];
  const sentence = sentenceAt(doc.layer('nlp'), start)!.span;
  const anchor: EventAnchor = { trigger: span, clause: sentence, sentence, arguments: [] };
  return locate(doc, anchor);
}

describe('locate: event location from the clause (points 6 and 7)', () => {
  it('takes the place after "in" as precision 1', () => {
    const link = run('Fictional: an airstrike hit a market in Saraqib on Tuesday.', 'airstrike');
    expect(link.locations.map((l) => l.name)).toEqual(['Sarāqib']);
    expect(link.locations[0]!.precision).toBe(1);
  });
  it('offsets "10 km north of Mosul" and gives precision 2', () => {
    const link = run('Fictional: militants attacked a checkpoint 10 km north of Mosul.', 'attacked');
    const loc = link.locations[0]!;
    expect(loc.precision).toBe(2);
    const mosul = loadGazetteer().lookup('Mosul')[0]!.place;
    const d = distanceKm(mosul.lat, mosul.lon, loc.lat!, loc.lon!);
    expect(d).toBeGreaterThan(9);
    expect(d).toBeLessThan(11);
    expect(loc.lat!).toBeGreaterThan(mosul.lat);
  });
  it('gives "west of Kharkiv" and "on the outskirts of" precision 2 at the anchor', () => {
    expect(run('Fictional: shelling was reported west of Kharkiv.', 'shelling').locations[0]).toMatchObject({
      precision: 2,
      country: 'UA',
    });
    expect(
      run('Fictional: clashes broke out on the outskirts of Idlib.', 'clashes').locations[0]!.precision,
    ).toBe(2);
  });
  it('gives "near the X crossing" and "in the vicinity of X" precision 2', () => {
    const crossing = run('Fictional: a truck was stopped near the Bab al-Hawa crossing.', 'stopped')
      .locations[0]!;
    expect(crossing).toMatchObject({ name: 'Bab al-Hawa', precision: 2, country: 'SY' });
    const vicinity = run('Fictional: drones struck in the vicinity of Homs.', 'struck').locations[0]!;
    expect(vicinity).toMatchObject({ precision: 2, admin1: 'Homs' });
  });
  it('gives "in the Daraa countryside" precision 2', () => {
    const loc = run('Fictional: clashes erupted in the Daraa countryside.', 'clashes').locations[0]!;
    expect(loc.precision).toBe(2);
    expect(loc.country).toBe('SY');
  });
  it('gives a region-only location precision 3', () => {
    const loc = run('Fictional: protesters gathered in Daraa governorate.', 'gathered').locations[0]!;
    expect(loc.precision).toBe(3);
    expect(loc.admin1).toBe('Daraa');
  });
  it('prefers the event place over a place merely qualifying an actor', () => {
    const link = run('Fictional: the Aleppo police arrested two men in Azaz.', 'arrested');
    expect(link.locations.map((l) => l.name)).toEqual(['Azaz']);
  });
  it('prefers a town over the region that holds it', () => {
    const link = run(
      'Fictional: a car bomb exploded in the town of Jisr al-Shughur in Idlib province.',
      'exploded',
    );
    expect(link.locations.map((l) => l.name)).toEqual(['Jisr ash Shughūr']);
  });
  it('returns several locations for coordinated places', () => {
    const link = run('Fictional: jets shelled the towns of Saraqib and Ariha overnight.', 'shelled');
    expect(link.locations.map((l) => l.name)).toEqual(['Sarāqib', 'Arīḩā']);
    expect(link.why.length).toBe(2);
  });
  it('returns no location when the sentence names none', () => {
    expect(run('Fictional: the talks collapsed.', 'collapsed').locations).toEqual([]);
  });
});
