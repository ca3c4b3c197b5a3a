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

describe('locate: clause scoping and the place of the act (issue 6, point 4)', () => {
  const names = (text: string, trigger: string) => run(text, trigger).locations.map((l) => l.name);
  it('leaves out a place in a relative clause of another verb', () => {
    expect(
      names('Fictional: the zone is patrolled by troops which have their bases in Turkey.', 'patrolled'),
    ).toEqual([]);
  });
  it('leaves out a place in a coordinated clause with its own subject', () => {
    expect(
      names('Fictional: militias captured the hill, and the army said it held Mosul.', 'captured'),
    ).toEqual([]);
  });
  it('keeps the place of a verb coordinated with the trigger', () => {
    expect(
      names('Fictional: gunmen shot dead a guard and wounded five in the city of Fallujah.', 'shot'),
    ).toEqual(['Al Fallūjah']);
  });
  it('leaves out a place that only qualifies the subject of an active verb', () => {
    expect(names('Fictional: Seville fans demonstrated outside the stadium.', 'demonstrated')).toEqual([]);
  });
  it('takes the place of a passive subject', () => {
    expect(names('Fictional: a Baghdad warehouse was destroyed on Monday.', 'destroyed')).toEqual([
      'Baghdad',
    ]);
  });
  it('leaves out the object of "against"', () => {
    expect(names('Fictional: thousands protested against Libya on Friday.', 'protested')).toEqual([]);
  });
  it('leaves out a demonym before a noun', () => {
    expect(names('Fictional: an Israeli helicopter attack killed six fighters.', 'killed')).toEqual([]);
  });
  it('leaves out a place after "since" with a subject and verb of its own', () => {
    expect(names('Fictional: two men have been killed since rebels entered Homs.', 'killed')).toEqual([]);
  });
  it('keeps a place after "since" and a bare noun', () => {
    expect(
      names('Fictional: hundreds have been killed since the start of the war in Yemen.', 'killed'),
    ).toEqual(['Yemen']);
  });
  it('takes a fronted place phrase for the clause after the comma', () => {
    expect(
      names('Fictional: In Vienna, some 2,000 people marched to celebrate the vote.', 'marched'),
    ).toEqual(['Vienna']);
  });
  it("takes the finer place after a country's possessive", () => {
    const link = run("Fictional: dozens were killed in Syria's northern Aleppo province.", 'killed');
    expect(link.locations.map((l) => l.admin1)).toEqual(['Aleppo']);
    expect(link.locations[0]!.country).toBe('SY');
  });
  it('takes the town named in apposition to "the capital"', () => {
    expect(names('Fictional: a reporter was shot outside the commercial capital, Abidjan.', 'shot')).toEqual([
      'Abidjan',
    ]);
  });
  it('takes the place an offset phrase describes', () => {
    const link = run(
      'Fictional: a mine exploded at Nuwakot district, some 50 km northwest of Kathmandu.',
      'exploded',
    );
    expect(link.locations.map((l) => l.name)).toEqual([expect.stringMatching(/Nuwakot/)]);
  });
  it('prefers a locative over "from"', () => {
    expect(names('Fictional: rebels fired rockets from Idlib at a base in Latakia.', 'fired')).toEqual([
      'Latakia',
    ]);
  });
  it('keeps the place after a bare participle sharing a passive auxiliary', () => {
    expect(
      names('Fictional: two guards were killed and their car set ablaze in Fallujah.', 'killed'),
    ).toEqual(['Al Fallūjah']);
  });
  it('takes the place completing the object ("the streets of the city of X")', () => {
    expect(names('Fictional: police patrolled the streets of the city of Homs.', 'patrolled')).toEqual([
      'Homs',
    ]);
  });
  it('takes a place named before a building ("a Hong Kong hotel") but not before an organization', () => {
    expect(names('Fictional: protesters marched on a Hong Kong hotel on Monday.', 'marched')).toEqual([
      expect.stringMatching(/^Hong Kong/),
    ]);
    expect(names('Fictional: the Aleppo police marched on Monday.', 'marched')).toEqual([]);
  });
  it('takes a name before a landform ("the Jaffna Peninsula")', () => {
    const link = run('Fictional: two soldiers were shot dead in their camp on the Jaffna Peninsula.', 'shot');
    expect(link.locations.map((l) => l.admin1)).toEqual(['Jaffna']);
  });
  it('leaves out places in a free relative ("in what was ...")', () => {
    expect(
      names(
        'Fictional: two boys were killed by stray bullets in what was the worst spillover into Turkey.',
        'killed',
      ),
    ).toEqual([]);
  });
  it('leaves out a person\'s country after "of"', () => {
    expect(names('Fictional: the skier captured silver with Steve Omischl of Canada.', 'captured')).toEqual(
      [],
    );
  });
  it('takes the place a kind-of-place noun names after a demonym ("the Philippine port of X")', () => {
    expect(
      names(
        'Fictional: two malls in the southern Philippine port of Zamboanga were bombed on Monday.',
        'bombed',
      ),
    ).toEqual([expect.stringMatching(/Zamboanga/)]);
  });
  it('takes the place a "where"/"whose" clause describes when the trigger is inside it', () => {
    expect(names('Fictional: Goma, where rebels shelled the airport, was calm by night.', 'shelled')).toEqual(
      ['Goma'],
    );
  });
  it('takes a phrase fronted after a semicolon', () => {
    expect(names('Fictional: the storm passed; in Jaffna, a looter shot a guard.', 'shot')).toEqual([
      expect.stringMatching(/Jaffna/),
    ]);
  });
  it('judges a clause after "as" by itself, not as a new subject after "and"', () => {
    expect(
      names(
        'Fictional: he was shot in front of his wife and children as they ate in their north Belfast home.',
        'shot',
      ),
    ).toEqual([expect.stringMatching(/^Belfast/)]);
  });
  it('takes a name before a junction or a checkpoint', () => {
    expect(
      names('Fictional: a bomber detonated his vest at the Jenin junction on Monday.', 'detonated'),
    ).toEqual(['Jenin']);
  });
  it('leaves out a place that opens the name of an armed group', () => {
    expect(
      names('Fictional: fighting erupted between the Kachin Independence Army and junta troops.', 'fighting'),
    ).toEqual([]);
  });
  it('gives a noun trigger the place of the verb it hangs on', () => {
    expect(names('Fictional: police in Abuja arrested 40 people during a protest.', 'protest')).toEqual([
      'Abuja',
    ]);
  });
  it('takes the place of "residents of X" in the subject, not that of "X fans"', () => {
    expect(names('Fictional: residents of Kidal held a demonstration on Saturday.', 'demonstration')).toEqual(
      ['Kidal'],
    );
    expect(names('Fictional: Kidal fans held a demonstration on Saturday.', 'demonstration')).toEqual([]);
  });
  it('puts a departure at its origin, an attack from somewhere at its target', () => {
    expect(
      names(
        'Fictional: the ICRC evacuated 60 wounded people from Bukavu to hospitals in Uvira.',
        'evacuated',
      ),
    ).toEqual(['Bukavu']);
    expect(names('Fictional: thousands fled from Goma to Gisenyi on Monday.', 'fled')).toEqual(['Goma']);
    expect(names('Fictional: rebels fired rockets from Idlib at a base in Latakia.', 'fired')).toEqual([
      'Latakia',
    ]);
  });
  it("takes the part after a city's possessive", () => {
    expect(names("Fictional: police patrolled outside Mecca's Al-Nur hospital.", 'patrolled')).toEqual([
      expect.stringMatching(/Nur/),
    ]);
  });
  it('reads a country before the noun of a passive subject as a nationality', () => {
    expect(names('Fictional: three US sailors were killed on Monday.', 'killed')).toEqual([]);
  });
  it('leaves out a place after "while" with a subject and verb of its own', () => {
    expect(
      names('Fictional: students marched downtown, while thousands held a rally in Dili.', 'marched'),
    ).toEqual([]);
    expect(names('Fictional: a man was shot while planting a bomb in Dili.', 'shot')).toEqual(['Dili']);
  });
  it('takes the place at the end of an infinitive in the object', () => {
    expect(
      names('Fictional: gunmen killed dozens of people who tried to escape the city of Manbij.', 'killed'),
    ).toEqual(['Manbij']);
  });
});

describe('locate: the dateline as the document-level fallback', () => {
  // Fictional report; the dateline must open the text, so the "Fictional" mark is this comment.
  const report = 'KHARKIV, Ukraine — Missiles struck an apartment block on Monday. Two people were killed.';
  it('places an event with no place in its sentence at the dateline town', () => {
    const link = run(report, 'killed');
    expect(link.locations.map((l) => l.name)).toEqual(['Kharkiv']);
    expect(link.why).toContain('place:dateline:KHARKIV');
  });
  it('gives no dateline to a text without one', () => {
    expect(run('Fictional: missiles struck a block. Two people were killed.', 'killed').locations).toEqual(
      [],
    );
  });
  it('lets a place in the sentence win over the dateline', () => {
    const text = 'KHARKIV, Ukraine — Drones struck a depot in Izium on Monday.';
    expect(run(text, 'struck').locations.map((l) => l.name)).toEqual(['Izyum']);
  });
});
