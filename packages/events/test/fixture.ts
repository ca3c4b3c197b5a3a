/**
 * @module fixture
 * Builds documents for the events tests: runs the real nlp stage and sets the times, places and
 * actors layers from realistic records written here (test data, not a stand-in for our code), so
 * the events stage is tested before and independently of the time, geo and actors stages.
 */
import { Doc, type DocumentResult, type Locate, parseDocumentResult, SCHEMA_ID } from '@sitrep/model';
import { analyze } from '@sitrep/nlp';
import { eventStage } from '../src/stage';

/** An actor: surface text, id, country, sector; `nth` picks a later occurrence. */
export type A = [text: string, id: string, country: string | null, sector: string | null, nth?: number];
/** A place: surface text, name, lat, lon, country, feature. */
export type P = [text: string, name: string, lat: number, lon: number, country: string, feature?: string];
/** A time: surface text, start, end, precision. */
export type T = [text: string, start: string, end: string, precision: 'day' | 'month' | 'year'];

function find(text: string, needle: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0)
      throw new Error(
        `test fixture: ${JSON.stringify(needle)} (occurrence ${nth}) not found in the test text`,
      );
  }
  return [at, at + needle.length];
}

const stage = eventStage();

/** Runs the events stage on a text with the given layers; returns the validated DocumentResult. */
export function extract(
  text: string,
  layers: { actors?: A[]; places?: P[]; times?: T[] } = {},
  locate?: Locate,
): DocumentResult {
  const doc = new Doc({ text, published: '2024-03-12' });
  doc.set('nlp', analyze(text));
  doc.set(
    'actors',
    (layers.actors ?? []).map(([t, id, country, sector, nth], i) => ({
      id: `a${i + 1}`,
      span: find(text, t, nth),
      text: t,
      actor: { id, name: id, country, sector },
    })),
  );
  doc.set(
    'places',
    (layers.places ?? []).map(([t, name, lat, lon, country, feature], i) => ({
      id: `p${i + 1}`,
      span: find(text, t),
      text: t,
      name,
      gazetteer: null,
      lat,
      lon,
      country,
      admin1: null,
      admin2: null,
      feature: feature ?? 'city',
      confidence: 0.9,
    })),
  );
  doc.set(
    'times',
    (layers.times ?? []).map(([t, start, end, precision], i) => ({
      id: `t${i + 1}`,
      span: find(text, t),
      text: t,
      kind: 'date' as const,
      start,
      end,
      precision,
    })),
  );
  doc.set('events', (locate ? eventStage({ locate }) : stage).run(doc, { options: {} }));
  return parseDocumentResult(
    {
      schema: SCHEMA_ID,
      document: doc.meta(),
      mentions: { times: doc.layer('times'), places: doc.layer('places'), actors: doc.layer('actors') },
      events: doc.layer('events'),
      messages: doc.messages.toJSON(),
    },
    text,
  );
}
