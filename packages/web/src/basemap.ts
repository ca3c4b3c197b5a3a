/**
 * @module basemap
 * The offline basemap: Natural Earth 1:50m countries from world-atlas (TopoJSON, bundled with the
 * app as its own chunk) turned into GeoJSON with topojson-client — land fill, country borders and
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

/**
 * Loads and converts the basemap (a dynamic import, so the 750 KB TopoJSON is its own chunk and
 * the table can render before it arrives).
 */
export async function loadBasemap(): Promise<Basemap> {
  const topo = (await import('world-atlas/countries-50m.json')).default as unknown as Topology;
  const object = topo.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topo, object) as FeatureCollection<Geometry, { name: string }>;
  const borders = mesh(topo, object, (a, b) => a !== b);
  const coast = mesh(topo, object, (a, b) => a === b);
  const labels: CountryLabel[] = [];
  for (const f of countries.features as Feature<Geometry, { name: string }>[]) {
    const at = labelPoint(f.geometry);
    if (at && f.properties?.name) labels.push({ name: f.properties.name, ...at });
  }
  labels.sort((a, b) => b.area - a.area);
  return { countries, borders, coast, labels };
}
