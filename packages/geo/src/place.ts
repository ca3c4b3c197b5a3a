/**
 * @module place
 * The gazetteer record and the lookup interface every gazetteer backend (built-in, SQLite) offers.
 */

/** Feature types as the contract names them. */
export type Feature =
  | 'city'
  | 'village'
  | 'admin1'
  | 'admin2'
  | 'country'
  | 'region'
  | 'crossing'
  | 'road'
  | 'base'
  | 'other';

/** The contract's feature names, for checking user input. */
export const FEATURES: readonly Feature[] = [
  'city',
  'village',
  'admin1',
  'admin2',
  'country',
  'region',
  'crossing',
  'road',
  'base',
  'other',
];

/** One gazetteer entry. */
export interface Place {
  /**
   * Stable id: `geonames:ID` (GeoNames), `iso3166:SY` (a country), `iso3166-2:SY-ID` (a first-level
   * division), `user:ID` (a user import or our `data/gazetteer` additions).
   */
  id: string;
  /** Preferred name. */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, or null for places outside any country. */
  country: string | null;
  /** Name of the first-level division it lies in (for an admin1 place: its own name). */
  admin1: string | null;
  admin2: string | null;
  feature: Feature;
  /** Population where known, else 0. */
  population: number;
  /** True for a national capital. */
  capital?: boolean;
}

/** A gazetteer entry found for a name, with how it matched. */
export interface Candidate {
  place: Place;
  /** The gazetteer name that matched (preferred or alternate). */
  matched: string;
  /** `exact` (same folded form), `variant` (same skeleton), `typo` (one edit away). */
  how: 'exact' | 'variant' | 'typo';
  /** `nameSimilarity` of the looked-up name and `matched`, 0..1. */
  similarity: number;
}

/** What the geoparser needs from a gazetteer. */
export interface Gazetteer {
  /** Short description for messages: which data it holds. */
  readonly description: string;
  /** Number of places. */
  readonly size: number;
  /**
   * Places whose name (or an alternate) folds to the same form as `name`, or shares its skeleton.
   *
   * @param name
   *   A name as written in a text.
   * @param options
   *   `typos`: also try names one edit away (slower; for names of 7+ letters).
   *   `minSimilarity`: loose (variant, typo) candidates below it may be left out, which saves
   *   building them; exact ones always come. A backend may ignore it, so callers still filter.
   */
  lookup(name: string, options?: { typos?: boolean; minSimilarity?: number }): Candidate[];
  /** True when some entry's folded name equals the folded `name` (cheap; used by recognition). */
  hasExact(name: string): boolean;
  /**
   * False only when `lookup(name)` without typos surely returns nothing: no entry's folded name and
   * no entry's consonant skeleton is `name`'s (cheap; recognition skips such spans of a name
   * sequence before working out their context). A backend without such a test leaves it out.
   */
  mayMatch?(name: string): boolean;
  /** The first-level division with this name in this country, if known. */
  admin1Place(country: string, admin1: string): Place | undefined;
  /** The country with this alpha-2 code. */
  countryPlace(code: string): Place | undefined;
  /**
   * Words recognition treats with care (folded): given names and surnames, and ordinary words that
   * are also town names (a single such word is a place only with a context cue), and the English
   * demonyms of states ("Somali troops" names an actor, not Ethiopia's Somali Region).
   */
  readonly lexicon?: {
    people: ReadonlySet<string>;
    words: ReadonlySet<string>;
    demonyms?: ReadonlySet<string>;
  };
}

/** Map GeoNames feature codes (PPLA, ADM1, PCLI ...) to the contract's feature names. */
export function featureFromGeonames(featureClass: string, code: string, population: number): Feature {
  if (code.startsWith('PCL')) return 'country';
  if (code === 'ADM1' || code === 'ADM1H') return 'admin1';
  if (code === 'ADM2' || code === 'ADM2H') return 'admin2';
  if (featureClass === 'A') return 'region';
  if (featureClass === 'P') {
    if (code === 'PPLC' || code === 'PPLA' || code === 'PPLA2' || population >= 10_000) return 'city';
    return 'village';
  }
  if (code === 'RDCR' || code === 'BDGQ' || code === 'PSTB' || code === 'BCNCH') return 'crossing';
  if (featureClass === 'R') return 'road';
  if (code.startsWith('MILB') || code === 'INSM' || code === 'AIRB') return 'base';
  if (featureClass === 'L' || featureClass === 'T') return 'region';
  return 'other';
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The point `km` kilometres from a start along a compass bearing (degrees clockwise from north).
 *
 * @param lat
 *   Start latitude.
 * @param lon
 *   Start longitude.
 * @param bearing
 *   Degrees: 0 north, 90 east.
 * @param km
 *   Distance.
 */
export function offsetPoint(lat: number, lon: number, bearing: number, km: number): [number, number] {
  const rad = Math.PI / 180;
  const d = km / 6371;
  const b = bearing * rad;
  const p1 = lat * rad;
  const l1 = lon * rad;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 =
    l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [round5(p2 / rad), round5(((l2 / rad + 540) % 360) - 180)];
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
