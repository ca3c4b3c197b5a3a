/**
 * @module locate
 * Where an event happened: from the event's own clause and arguments, the place introduced by a
 * locative ("in", "at", "near", "outskirts of", "10 km north of"), not places merely mentioned or
 * qualifying an actor. Gives ACLED geo_precision: 1 a town, 2 near a town or part of a region,
 * 3 a region or country.
 */
import type {
  Doc,
  EventAnchor,
  EventLocation,
  Locate,
  LocationLink,
  PlaceMention,
  Span,
} from '@sitrep/model';
import { contains, overlaps } from '@sitrep/model';
import { offsetPoint } from './place';
import { isGeoPlaceMention } from './stage';

/** Compass words → bearings in degrees. */
const BEARINGS: Record<string, number> = {
  north: 0,
  northeast: 45,
  'north-east': 45,
  east: 90,
  southeast: 135,
  'south-east': 135,
  south: 180,
  southwest: 225,
  'south-west': 225,
  west: 270,
  northwest: 315,
  'north-west': 315,
};

/** "10 km north of (the city of) " right before a name. */
const OFFSET_BEFORE =
  /(\d+(?:\.\d+)?)\s*(?:-\s*)?(km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\s+(?:to\s+the\s+)?(north|northeast|north-east|east|southeast|south-east|south|southwest|south-west|west|northwest|north-west)\s+of\s+(?:the\s+)?(?:(?:city|town|village|capital)\s+of\s+)?$/i;
/** "west of", "on the outskirts of", "near", "in the vicinity of", "around": near a place. */
const NEAR_BEFORE =
  /(?:\b(?:north|northeast|north-east|east|southeast|south-east|south|southwest|south-west|west|northwest|north-west|northern|southern|eastern|western)\s+of|\boutskirts\s+of|\bvicinity\s+of|\bnear|\bnearby|\baround|\boutside(?:\s+of)?|\bclose\s+to|\boff|\bcountryside\s+of|\bsuburbs?\s+of|\bperiphery\s+of|\bedge\s+of|\bapproaches\s+to|\bcorridor\s+to)\s+(?:the\s+)?(?:(?:city|town|village|border|crossing)\s+(?:of\s+)?)?$/i;
/** Locative prepositions that put an event at a place. */
const IN_BEFORE =
  /(?:\b(?:in|at|on|inside|into|across|throughout|within|from)|\b(?:struck|hit|shelled|bombed|stormed|raided|captured|seized|besieged|attacked|entered|targeted))\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|besieged|embattled|nearby|border|frontline|front-line|key|strategic|restive|coastal)\s+)?(?:(?:city|town|towns|village|villages|cities|district|province|governorate|region|area|neighbourhood|neighborhood|camp|port|capital|suburb)\s+(?:of\s+)?)?$/i;
/** Words right after a name that make it "near X" or "part of X". */
const AFTER_NEAR =
  /^\s+(?:countryside|outskirts|area|border|environs|suburbs|vicinity|crossing|checkpoint|front|frontline|outskirt)\b/i;

interface Option {
  mention: PlaceMention;
  precision: 1 | 2 | 3;
  lat: number | null;
  lon: number | null;
  rank: number;
  why: string;
}

/**
 * Creates the `locate` function the events stage calls.
 *
 * @example
 *   const locate = createLocate();
 *   locate(doc, anchor).locations[0]?.name; // 'Mosul'
 */
export function createLocate(): Locate {
  return locate;
}

// Per places layer: its mentions in text order. Built once per document, so each event finds the
// places of its sentence by binary search instead of scanning the whole layer (that scan was half
// the events stage on long documents).
const byStartCache = new WeakMap<readonly PlaceMention[], PlaceMention[]>();

/** The place mentions lying wholly inside `span`, in text order. */
function placesWithin(places: readonly PlaceMention[], span: Span): PlaceMention[] {
  let sorted = byStartCache.get(places);
  if (!sorted) {
    sorted = [...places].sort((a, b) => a.span[0] - b.span[0]);
    byStartCache.set(places, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span[0] < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const found: PlaceMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.span[0] < span[1]; i++) {
    if (contains(span, sorted[i]!.span)) found.push(sorted[i]!);
  }
  return found;
}

/**
 * Finds where an event happened.
 *
 * @param doc
 *   A document with its `places` layer.
 * @param anchor
 *   The event's trigger, clause, sentence and argument spans.
 */
export const locate: Locate = (doc: Doc, anchor: EventAnchor): LocationLink => {
  const text = doc.text;
  const inSentence = placesWithin(doc.maybe('places') ?? [], anchor.sentence);
  const options: Option[] = [];
  for (const m of inSentence) {
    if (isGeoPlaceMention(m) && m.role === 'modifier') continue;
    const option = judge(text, m, anchor);
    if (option) options.push(option);
  }
  if (options.length === 0) return { locations: [], why: ['place:none-in-clause'] };
  options.sort(
    (a, b) =>
      b.rank - a.rank || distance(a.mention.span, anchor.trigger) - distance(b.mention.span, anchor.trigger),
  );
  const best = options[0]!;
  // Coordinated places ("the towns of A and B", "A, B and C") share the best one's role.
  const chosen = [best];
  const byStart = [...options].sort((a, b) => a.mention.span[0] - b.mention.span[0]);
  const index = byStart.indexOf(best);
  for (const direction of [-1, 1]) {
    let k = index;
    while (true) {
      const here = byStart[k]!;
      const next = byStart[k + direction];
      if (!next) break;
      const [left, right] = direction > 0 ? [here, next] : [next, here];
      const between = text.slice(left.mention.span[1], right.mention.span[0]);
      if (!/^\s*(?:,|,?\s*and|,?\s*or|&)\s*$/.test(between)) break;
      if (left.mention.feature === 'country' || right.mention.feature === 'country') break;
      chosen.push({ ...next, precision: next.precision, why: `${best.why}+coordinated` });
      k += direction;
    }
  }
  chosen.sort((a, b) => a.mention.span[0] - b.mention.span[0]);
  return {
    locations: chosen.map(toLocation),
    why: chosen.map((o) => `place:${o.why}:${o.mention.text}`),
  };
};

function judge(text: string, m: PlaceMention, anchor: EventAnchor): Option | null {
  const before = text.slice(Math.max(0, m.span[0] - 80), m.span[0]);
  const after = text.slice(m.span[1], m.span[1] + 30);
  const inArgument = anchor.arguments.some((a) => overlaps(a, m.span));
  const inClause = contains(anchor.clause, m.span);
  const region =
    m.feature === 'admin1' || m.feature === 'admin2' || m.feature === 'country' || m.feature === 'region';
  const base = region ? 3 : 1;
  const scope = (inArgument ? 2 : 0) + (inClause ? 1 : 0);
  const offset = OFFSET_BEFORE.exec(before);
  if (offset && m.lat !== null && m.lon !== null) {
    const km = Number(offset[1]) * (/^mi/i.test(offset[2]!) ? 1.609 : 1);
    const [lat, lon] = offsetPoint(m.lat, m.lon, BEARINGS[offset[3]!.toLowerCase()]!, km);
    return { mention: m, precision: 2, lat, lon, rank: 10 + scope, why: `offset:${offset[0].trim()}` };
  }
  if (NEAR_BEFORE.test(before) || AFTER_NEAR.test(after)) {
    return { mention: m, precision: region ? 3 : 2, lat: m.lat, lon: m.lon, rank: 8 + scope, why: 'near' };
  }
  if (IN_BEFORE.test(before)) {
    // A finer place beats a region: "in the town of A in Idlib province" → A.
    return {
      mention: m,
      precision: base as 1 | 3,
      lat: m.lat,
      lon: m.lon,
      rank: (region ? 6 : 9) + scope,
      why: 'in',
    };
  }
  if (inArgument || inClause) {
    return { mention: m, precision: base as 1 | 3, lat: m.lat, lon: m.lon, rank: scope, why: 'in-clause' };
  }
  return null;
}

function toLocation(o: Option): EventLocation {
  const m = o.mention;
  return {
    place: m.id,
    name: m.name,
    lat: o.lat,
    lon: o.lon,
    country: m.country,
    admin1: m.admin1 ?? null,
    admin2: m.admin2 ?? null,
    precision: m.lat === null ? null : o.precision,
  };
}

function distance(a: Span, b: Span): number {
  if (a[1] <= b[0]) return b[0] - a[1];
  if (b[1] <= a[0]) return a[0] - b[1];
  return 0;
}
