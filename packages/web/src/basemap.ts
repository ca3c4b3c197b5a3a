/**
 * @module basemap
 * The offline basemap: Natural Earth countries from world-atlas (TopoJSON at 1:110m and 1:50m, each
 * bundled as its own chunk) turned into GeoJSON with topojson-client — land fill, country borders and
 * coastlines, plus label points for country names, which the map draws as DOM markers because
 * MapLibre's own text labels need glyph files (nothing is loaded from a CDN).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country name to draw and where. `rank` orders labels: bigger countries show at lower zooms. */
export interface CountryLabel {
  name: string;
  lon: number;
  lat: number;
  /** Area of the largest polygon in square degrees (a ranking, not a measurement). */
  area: number;
}

/** GeoJSON sources for the map style, and the labels. */
export interface Basemap {
  countries: FeatureCollection;
  borders: MultiLineString;
  coast: MultiLineString;
  labels: CountryLabel[];
}

/** Signed area and centroid of one ring (shoelace formula, planar degrees — fine for placing a label). */
function ringCentroid(ring: Position[]): { area: number; lon: number; lat: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j]!;
    const [x1 = 0, y1 = 0] = ring[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  a /= 2;
  if (a === 0) {
    const [x = 0, y = 0] = ring[0] ?? [];
    return { area: 0, lon: x, lat: y };
  }
  return { area: Math.abs(a), lon: cx / (6 * a), lat: cy / (6 * a) };
}

/**
 * Where to put a country's name: the centroid of its largest polygon's outer ring, so France is
 * labelled in Europe rather than between it and French Guiana.
 *
 * @param geometry
 *   A Polygon or MultiPolygon.
 */
export function labelPoint(geometry: Geometry | null): { lon: number; lat: number; area: number } | null {
  if (!geometry) return null;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let best: { lon: number; lat: number; area: number } | null = null;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 3) continue;
    const c = ringCentroid(outer);
    if (!best || c.area > best.area) best = c;
  }
  return best;
}

/** Web Mercator's latitude limit; the map cannot draw beyond it. */
const MAX_LAT = 85.0511;

/**
 * Makes a polygon that crosses the antimeridian (Russia's Chukotka, Fiji, Antarctica) continuous by
 * moving its western-hemisphere vertices past 180°, and clamps latitudes to what Web Mercator can
 * draw. Without this MapLibre joins -180 to 180 across the whole world in one long sliver.
 *
 * @param rings
 *   The polygon's rings (changed in place).
 */
export function unwrapPolygon(rings: Position[][]): void {
  const xs = rings[0]?.map((p) => p[0] ?? 0) ?? [];
  const crosses = xs.length > 0 && Math.max(...xs) - Math.min(...xs) > 180;
  for (const ring of rings) {
    for (const p of ring) {
      if (crosses && (p[0] ?? 0) < 0) p[0] = (p[0] ?? 0) + 360;
      p[1] = Math.max(-MAX_LAT, Math.min(MAX_LAT, p[1] ?? 0));
    }
  }
}

/**
 * Splits lines where they jump across the antimeridian (a step of more than 180° in longitude).
 *
 * @param lines
 *   A MultiLineString's coordinates.
 */
export function splitAtAntimeridian(lines: Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let current: Position[] = [];
    for (const p of line) {
      const prev = current.at(-1);
      if (prev && Math.abs((p[0] ?? 0) - (prev[0] ?? 0)) > 180) {
        if (current.length > 1) out.push(current);
        current = [];
      }
      current.push([p[0] ?? 0, Math.max(-MAX_LAT, Math.min(MAX_LAT, p[1] ?? 0))]);
    }
    if (current.length > 1) out.push(current);
  }
  return out;
}

/** Natural Earth scales world-atlas ships: 1:110m (100 KB, drawn first) and 1:50m (750 KB, swapped in). */
export type Resolution = '110m' | '50m';

/**
 * Loads and converts the basemap. Each scale is a dynamic import, so its TopoJSON is its own chunk
 * and the table renders before it arrives; the map draws 1:110m at once and swaps in 1:50m when idle.
 *
 * @param resolution
 *   `110m` or `50m`.
 */
export async function loadBasemap(resolution: Resolution): Promise<Basemap> {
  const module =
    resolution === '110m'
      ? await import('world-atlas/countries-110m.json')
      : await import('world-atlas/countries-50m.json');
  const topo = module.default as unknown as Topology;
  const object = topo.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topo, object) as FeatureCollection<Geometry, { name: string }>;
  const borders = mesh(topo, object, (a, b) => a !== b);
  const coast = mesh(topo, object, (a, b) => a === b);
  borders.coordinates = splitAtAntimeridian(borders.coordinates);
  coast.coordinates = splitAtAntimeridian(coast.coordinates);
  const labels: CountryLabel[] = [];
  for (const f of countries.features as Feature<Geometry, { name: string }>[]) {
    if (f.geometry?.type === 'Polygon') unwrapPolygon(f.geometry.coordinates);
    else if (f.geometry?.type === 'MultiPolygon')
      for (const polygon of f.geometry.coordinates) unwrapPolygon(polygon);
    const at = labelPoint(f.geometry);
    if (at && f.properties?.name) labels.push({ name: f.properties.name, ...at });
  }
  labels.sort((a, b) => b.area - a.area);
  return { countries, borders, coast, labels };
}
