/**
 * @module linking
 * Default `DateOf` and `Locate` (the signatures in @sitrep/model's linking.ts) over the times and
 * places layers, used when the pipeline injects none: the event's date is a time mention in its
 * clause, else in its sentence; its locations are the place mentions inside its location arguments.
 */
import {
  type DateLink,
  type Doc,
  type EventAnchor,
  type EventLocation,
  type LocationLink,
  overlaps,
  type PlaceMention,
  type Span,
  type TimeMention,
} from '@sitrep/model';

/** Words that put an event near rather than in a place (ACLED geo precision 2). */
const NEAR =
  /^(near|outside|around|close to|on the outskirts of|the outskirts of|outskirts of|in the vicinity of|vicinity of|the edge of|on the edge of|(?:north|south|east|west|northeast|northwest|southeast|southwest) of|\d+\s*(?:km|kilometres|kilometers|miles) from)\b/i;

/** Features that are regions rather than towns (ACLED geo precision 3). */
const REGION = new Set(['admin1', 'admin2', 'country', 'region']);

/**
 * The event's date: the first dated time mention in the clause, else in the sentence.
 *
 * @param doc
 *   A document with a `times` layer.
 * @param anchor
 *   Where the event sits.
 */
export function timesDateOf(doc: Doc, anchor: EventAnchor): DateLink {
  const times = datedTimes(doc);
  for (const [where, s] of [
    ['clause', anchor.clause],
    ['sentence', anchor.sentence],
  ] as const) {
    const hit = firstOverlapping(times, s);
    if (hit) {
      return {
        date: { start: hit.start!, end: hit.end!, precision: hit.precision!, time: hit.id },
        why: [`date:${where}:${hit.text}`],
      };
    }
  }
  return { date: null, why: ['date:none-in-sentence'] };
}

/** Dated time mentions of a document sorted by start, computed once per document (events call this per event). */
const datedCache = new WeakMap<Doc, TimeMention[]>();
function datedTimes(doc: Doc): TimeMention[] {
  let list = datedCache.get(doc);
  if (!list) {
    list = (doc.maybe('times') ?? [])
      .filter((t) => t.start && t.end && t.precision && (t.kind === 'date' || t.kind === 'range'))
      .sort((a, b) => a.span[0] - b.span[0]);
    datedCache.set(doc, list);
  }
  return list;
}

/** Place mentions sorted by start, once per document. */
const placeCache = new WeakMap<Doc, PlaceMention[]>();
function sortedPlaces(doc: Doc): PlaceMention[] {
  let list = placeCache.get(doc);
  if (!list) {
    list = [...(doc.maybe('places') ?? [])].sort((a, b) => a.span[0] - b.span[0]);
    placeCache.set(doc, list);
  }
  return list;
}

/** The first record (by start) overlapping a span, by binary search over records sorted by start. */
function firstOverlapping<T extends { span: Span }>(sorted: T[], s: Span): T | undefined {
  const i = firstOverlappingIndex(sorted, s);
  return i >= 0 ? sorted[i] : undefined;
}

/** Index of the first record overlapping a span, or -1. */
function firstOverlappingIndex<T extends { span: Span }>(sorted: T[], s: Span): number {
  // Records are short and do not nest much: start from the first one starting at or after s[0]
  // minus a margin, then scan while starts stay before s[1].
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span[1] <= s[0]) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 8); i < sorted.length && sorted[i]!.span[0] < s[1]; i++) {
    if (overlaps(sorted[i]!.span, s)) return i;
  }
  return -1;
}

/**
 * The event's locations: each place mention inside a location argument. An argument starting
 * with "near", "outside", "on the outskirts of" gives precision 2; a region precision 3.
 *
 * @param doc
 *   A document with a `places` layer.
 * @param anchor
 *   Where the event sits; `arguments` holds its location phrases.
 */
export function placesLocate(doc: Doc, anchor: EventAnchor): LocationLink {
  const places = sortedPlaces(doc);
  const locations: EventLocation[] = [];
  const why: string[] = [];
  const seen = new Set<string>();
  for (const arg of anchor.arguments) {
    const phrase = doc.text.slice(arg[0], arg[1]);
    const first = firstOverlappingIndex(places, arg);
    for (let i = Math.max(0, first); first >= 0 && i < places.length && places[i]!.span[0] < arg[1]; i++) {
      const place = places[i]!;
      if (!overlaps(place.span, arg) || seen.has(place.id)) continue;
      seen.add(place.id);
      const near = NEAR.test(phrase);
      locations.push(toLocation(place, near));
      why.push(`place:${near ? 'near ' : ''}${place.text}->${place.gazetteer ?? place.name}`);
    }
  }
  return { locations, why };
}

/**
 * An event location from a place mention.
 *
 * @param place
 *   The resolved (or unresolved) place mention.
 * @param near
 *   The text puts the event near the place rather than in it.
 */
export function toLocation(place: PlaceMention, near: boolean): EventLocation {
  const region = place.feature ? REGION.has(place.feature) : false;
  return {
    place: place.id,
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    country: place.country,
    admin1: place.admin1 ?? null,
    admin2: place.admin2 ?? null,
    precision: region ? 3 : near ? 2 : 1,
  };
}

/** A span from the first to the last of several. */
export function coverAll(spans: Span[]): Span {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const s of spans) {
    start = Math.min(start, s[0]);
    end = Math.max(end, s[1]);
  }
  return [start, end];
}
