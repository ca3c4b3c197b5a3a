/**
 * @module geo
 * Distance and the usual geoparsing scores: accuracy within 161 km (100 miles, the customary
 * threshold since Leidner 2008), mean and median error.
 */

const EARTH_RADIUS_KM = 6371.0088;

/** A point in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Great-circle distance in kilometres (haversine; within 0.5 % of the ellipsoid, enough to score).
 *
 * @param a
 *   First point.
 * @param b
 *   Second point.
 * @example
 *   Math.round(haversineKm({ lat: 33.51, lon: 36.29 }, { lat: 36.2, lon: 37.16 })) // Damascus–Aleppo ≈ 310
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Scores of resolved places against gold coordinates. */
export interface PlaceScores {
  /** Gold places scored. */
  n: number;
  /** Of those, how many the system gave coordinates for. */
  resolved: number;
  /** Share of all `n` within `km` (an unresolved place counts as wrong). */
  accuracy: number;
  /** The threshold used. */
  km: number;
  /** Over resolved places only; null when none. */
  meanKm: number | null;
  medianKm: number | null;
}

/**
 * Scores predicted coordinates against gold ones.
 *
 * @param pairs
 *   Gold point and predicted point (null when the system resolved nothing).
 * @param km
 *   The accuracy threshold; 161 by default.
 */
export function placeScores(
  pairs: ReadonlyArray<{ gold: LatLon; predicted: LatLon | null }>,
  km = 161,
): PlaceScores {
  const errors = pairs
    .filter((pair) => pair.predicted)
    .map((pair) => haversineKm(pair.gold, pair.predicted!));
  errors.sort((x, y) => x - y);
  const mid = errors.length >> 1;
  const median =
    errors.length === 0 ? null : errors.length % 2 ? errors[mid]! : (errors[mid - 1]! + errors[mid]!) / 2;
  return {
    n: pairs.length,
    resolved: errors.length,
    accuracy: pairs.length === 0 ? 0 : errors.filter((e) => e <= km).length / pairs.length,
    km,
    meanKm: errors.length === 0 ? null : errors.reduce((s, e) => s + e, 0) / errors.length,
    medianKm: median,
  };
}
