/**
 * @module mapdata
 * Turns `GET /export.geojson` (one Point feature per located event, properties = the CSV row of
 * @sitrep/model's export) into the map's records. Features without a point or an event id are
 * skipped, not fatal: the map shows what it can.
 */
import type { FeatureCollection } from 'geojson';

/** A located event as the map needs it. */
export interface MapEvent {
  id: string;
  type: string;
  lon: number;
  lat: number;
  /** ACLED geo_precision: 1 town, 2 near a town / part of a region, 3 region. */
  precision: number | null;
  label: string;
}

/**
 * The map records of an export FeatureCollection.
 *
 * @param fc
 *   The FeatureCollection from `/export.geojson`.
 * @example
 *   featuresToMapEvents({ type: 'FeatureCollection', features: [] }) // []
 */
export function featuresToMapEvents(fc: FeatureCollection): MapEvent[] {
  const out: MapEvent[] = [];
  for (const f of fc.features ?? []) {
    if (f.geometry?.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    const p = (f.properties ?? {}) as Record<string, unknown>;
    // `event_id` is the global id (`<sha prefix>:<local id>`) that `GET /events/{id}` takes.
    const id = typeof p.event_id === 'string' ? p.event_id : '';
    if (!id || typeof lon !== 'number' || typeof lat !== 'number') continue;
    const precision = Number(p.geo_precision);
    out.push({
      id,
      type: String(p.plover_type ?? ''),
      lon,
      lat,
      precision: precision === 1 || precision === 2 || precision === 3 ? precision : null,
      label: String(p.location ?? ''),
    });
  }
  return out;
}
