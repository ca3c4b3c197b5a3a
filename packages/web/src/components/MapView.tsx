/**
 * @module MapView
 * The map: MapLibre GL over the offline basemap, events clustered by the GeoJSON source. Clusters
 * and points are DOM markers (buttons): they are keyboard reachable, carry labels for screen readers,
 * and need no glyph files. A cluster is a donut of its types; a point's ring shows its
 * geo_precision (solid dot: town; dashed ring: near a town; wide hollow ring: region only).
 */

import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { type Basemap, loadBasemap } from '../basemap';
import type { MapEvent } from '../mapdata';
import { GEO_PRECISION, PLOVER_TYPES, typeColor } from '../plover';
import type { BBox } from '../state';

// MapLibre 6 finds its worker next to its own module; bundled, it is an asset Vite emits, served from
// our origin — so the CSP needs no blob: for it.
maplibregl.setWorkerUrl(workerUrl);

/** Props of {@link MapView}. */
export interface MapViewProps {
  events: MapEvent[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** Called with the visible extent after every move while `trackExtent` is on. */
  onExtent: (bbox: BBox) => void;
  trackExtent: boolean;
  /** Extent to show first (from a shared link). */
  initialBBox: BBox | null;
  /** When set, a click on the map picks a location instead of panning only. */
  onPick?: ((lon: number, lat: number) => void) | null;
}

const TYPE_PROPS = PLOVER_TYPES.map((t) => `n_${t}`);

function donut(counts: { type: string; n: number }[], total: number, size: number): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  const r = size / 2;
  const inner = r * 0.55;
  let angle = -Math.PI / 2;
  for (const { type, n } of counts) {
    const sweep = (n / total) * Math.PI * 2;
    const path = document.createElementNS(ns, 'path');
    if (sweep >= Math.PI * 2 - 1e-6) {
      const c = document.createElementNS(ns, 'circle');
      c.setAttribute('cx', String(r));
      c.setAttribute('cy', String(r));
      c.setAttribute('r', String((r + inner) / 2));
      c.setAttribute('fill', 'none');
      c.setAttribute('stroke', typeColor(type));
      c.setAttribute('stroke-width', String(r - inner));
      svg.appendChild(c);
      break;
    }
    const a0 = angle;
    const a1 = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const p = (rad: number, a: number) => `${r + rad * Math.cos(a)} ${r + rad * Math.sin(a)}`;
    path.setAttribute(
      'd',
      `M ${p(r, a0)} A ${r} ${r} 0 ${large} 1 ${p(r, a1)} L ${p(inner, a1)} A ${inner} ${inner} 0 ${large} 0 ${p(inner, a0)} Z`,
    );
    path.setAttribute('fill', typeColor(type));
    svg.appendChild(path);
    angle = a1;
  }
  const hole = document.createElementNS(ns, 'circle');
  hole.setAttribute('cx', String(r));
  hole.setAttribute('cy', String(r));
  hole.setAttribute('r', String(inner));
  hole.setAttribute('fill', '#ffffff');
  svg.appendChild(hole);
  return svg;
}

/** The events as a GeoJSON FeatureCollection for the clustered source. */
function toFeatures(events: MapEvent[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({
      type: 'Feature',
      properties: { id: e.id, type: e.type, precision: e.precision ?? 1, label: e.label },
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
    })),
  };
}

/** Puts the events into the clustered source; the first time there are any, fits the view to them. */
function setData(map: maplibregl.Map, events: MapEvent[], fitted: { current: boolean }) {
  const source = map.getSource('events') as GeoJSONSource | undefined;
  if (!source) return;
  source.setData(toFeatures(events));
  if (!fitted.current && events.length > 0) {
    fitted.current = true;
    let w = 180;
    let s = 90;
    let e = -180;
    let n = -90;
    for (const ev of events) {
      w = Math.min(w, ev.lon);
      e = Math.max(e, ev.lon);
      s = Math.min(s, ev.lat);
      n = Math.max(n, ev.lat);
    }
    const bounds: LngLatBoundsLike = [
      [w, s],
      [e, n],
    ];
    map.fitBounds(bounds, { padding: 60, maxZoom: 7, duration: 0 });
  }
}

/**
 * The map view.
 *
 * @param props
 *   Events, selection and callbacks.
 */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef(new Map<string, maplibregl.Marker>());
  const labelMarkers = useRef<{ marker: maplibregl.Marker; rank: number; shown: boolean }[]>([]);
  const latest = useRef(props);
  latest.current = props;
  const fitted = useRef(false);
  const ready = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadBasemap('110m').then(
      (b) => !cancelled && setBasemap(b),
      (cause) =>
        setError(`The basemap could not be loaded (${String(cause)}); events still list in the table.`),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // Create the map once the basemap is there.
  useEffect(() => {
    if (!basemap || !container.current) return;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        attributionControl: false,
        center: [20, 25],
        zoom: 1.3,
        minZoom: 0.5,
        maxZoom: 16,
        renderWorldCopies: false,
        style: {
          version: 8,
          sources: {
            countries: { type: 'geojson', data: basemap.countries },
            borders: {
              type: 'geojson',
              data: { type: 'Feature', properties: {}, geometry: basemap.borders },
            },
            coast: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: basemap.coast } },
            events: {
              type: 'geojson',
              // The events go in with the style, so their clusters need not wait for the basemap tiles.
              data: toFeatures(latest.current.events),
              cluster: true,
              clusterRadius: 48,
              clusterMaxZoom: 13,
              clusterProperties: Object.fromEntries(
                PLOVER_TYPES.map((t) => [`n_${t}`, ['+', ['case', ['==', ['get', 'type'], t], 1, 0]]]),
              ),
            },
          },
          layers: [
            { id: 'water', type: 'background', paint: { 'background-color': '#dbe7ef' } },
            { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f4ee' } },
            {
              id: 'borders',
              type: 'line',
              source: 'borders',
              paint: { 'line-color': '#a9a59b', 'line-width': 0.8 },
            },
            {
              id: 'coast',
              type: 'line',
              source: 'coast',
              paint: { 'line-color': '#8aa2b2', 'line-width': 0.8 },
            },
            // Invisible: it only makes MapLibre load the clustered tiles the DOM markers are read from.
            {
              id: 'events-hidden',
              type: 'circle',
              source: 'events',
              paint: { 'circle-opacity': 0, 'circle-radius': 1 },
            },
          ],
        },
      });
    } catch (cause) {
      setError(
        `The map needs WebGL, which this browser refused (${cause instanceof Error ? cause.message : String(cause)}). The table and timeline still work.`,
      );
      return;
    }
    mapRef.current = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(
      new maplibregl.AttributionControl({ compact: true, customAttribution: 'Natural Earth (world-atlas)' }),
      'bottom-right',
    );
    map.on('error', (e) => setError(`Map error: ${e.error?.message ?? 'unknown'}`));

    for (const [rank, l] of basemap.labels.entries()) {
      const el = document.createElement('div');
      el.className = 'country-label';
      el.textContent = l.name;
      el.setAttribute('aria-hidden', 'true');
      const marker = new maplibregl.Marker({ element: el }).setLngLat([l.lon, l.lat]);
      labelMarkers.current.push({ marker, rank, shown: false });
    }

    const updateLabels = () => {
      // Roughly 12 names at world view, more as the user zooms in; bounded so the DOM stays small.
      const z = map.getZoom();
      const show = Math.min(200, Math.round(12 * 2 ** Math.max(0, z - 1)));
      const b = map.getBounds();
      for (const label of labelMarkers.current) {
        const visible = label.rank < show && b.contains(label.marker.getLngLat());
        if (visible && !label.shown) label.marker.addTo(map);
        else if (!visible && label.shown) label.marker.remove();
        label.shown = visible;
      }
    };

    const updateMarkers = () => {
      const seen = new Set<string>();
      const features = map.querySourceFeatures('events');
      for (const f of features) {
        const p = f.properties as Record<string, unknown>;
        const coords = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const key = p.cluster ? `c${p.cluster_id}` : `e${p.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (markers.current.has(key)) continue;
        const el = document.createElement('button');
        el.type = 'button';
        if (p.cluster) {
          const total = Number(p.point_count);
          const counts = TYPE_PROPS.map((k, i) => ({ type: PLOVER_TYPES[i]!, n: Number(p[k] ?? 0) })).filter(
            (c) => c.n > 0,
          );
          const size = total >= 100 ? 52 : total >= 10 ? 42 : 34;
          el.className = 'map-cluster';
          el.append(donut(counts, total, size));
          const label = document.createElement('span');
          label.textContent = String(total);
          el.append(label);
          el.setAttribute(
            'aria-label',
            `Cluster of ${total} events: ${counts.map((c) => `${c.n} ${c.type}`).join(', ')}. Zoom in.`,
          );
          el.title = counts.map((c) => `${c.type}: ${c.n}`).join('\n');
          el.addEventListener('click', (ev) => {
            ev.stopPropagation();
            const source = map.getSource('events') as GeoJSONSource;
            source.getClusterExpansionZoom(Number(p.cluster_id)).then(
              (zoom) => map.easeTo({ center: coords, zoom: Math.min(zoom + 0.2, 16), duration: 400 }),
              (cause) => setError(`Could not expand the cluster: ${String(cause)}`),
            );
          });
        } else {
          const precision = Number(p.precision) || 1;
          el.className = `map-point prec-${precision}`;
          el.style.setProperty('--c', typeColor(String(p.type)));
          el.dataset.id = String(p.id);
          el.dataset.type = String(p.type);
          el.setAttribute(
            'aria-label',
            `${p.type} event: ${p.label}. Location precision: ${GEO_PRECISION[precision] ?? 'unknown'}. Open.`,
          );
          el.title = `${p.type} — ${p.label}\n${GEO_PRECISION[precision] ?? ''}`;
          el.addEventListener('click', (ev) => {
            ev.stopPropagation();
            latest.current.onSelect(String(p.id));
          });
        }
        const marker = new maplibregl.Marker({ element: el }).setLngLat(coords);
        marker.addTo(map);
        markers.current.set(key, marker);
      }
      for (const [key, marker] of markers.current) {
        if (!seen.has(key)) {
          marker.remove();
          markers.current.delete(key);
        }
      }
      const sel = latest.current.selected;
      for (const m of markers.current.values()) {
        const el = m.getElement();
        el.classList.toggle('selected', el.dataset.id !== undefined && el.dataset.id === sel);
      }
    };

    map.on('data', (e) => {
      if ((e as { sourceId?: string }).sourceId === 'events' && map.isSourceLoaded('events')) updateMarkers();
    });
    map.on('moveend', () => {
      updateMarkers();
      updateLabels();
      if (latest.current.trackExtent) {
        const b = map.getBounds();
        latest.current.onExtent(
          [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((n) =>
            Math.max(-180, Math.min(180, n)),
          ) as BBox,
        );
      }
    });
    map.on('click', (e) => {
      latest.current.onPick?.(e.lngLat.lng, e.lngLat.lat);
    });
    // 'style.load' comes before any tile: the view is fitted and the events set without waiting for
    // the basemap to be tiled and drawn (slow in software rendering).
    map.once('style.load', () => {
      ready.current = true;
      updateLabels();
      const bbox = latest.current.initialBBox;
      if (bbox) {
        fitted.current = true;
        map.fitBounds(
          [
            [bbox[0], bbox[1]],
            [bbox[2], bbox[3]],
          ],
          { duration: 0 },
        );
      }
      setData(map, latest.current.events, fitted);
      // Then the finer coastlines and borders, once the first frame is up.
      map.once('idle', () => {
        loadBasemap('50m').then(
          (fine) => {
            if (!mapRef.current) return;
            (map.getSource('countries') as GeoJSONSource | undefined)?.setData(fine.countries);
            (map.getSource('borders') as GeoJSONSource | undefined)?.setData({
              type: 'Feature',
              properties: {},
              geometry: fine.borders,
            });
            (map.getSource('coast') as GeoJSONSource | undefined)?.setData({
              type: 'Feature',
              properties: {},
              geometry: fine.coast,
            });
          },
          (cause) =>
            setError(`The detailed basemap could not be loaded (${String(cause)}); showing the coarse one.`),
        );
      });
    });
    return () => {
      map.remove();
      mapRef.current = null;
      ready.current = false;
      markers.current.clear();
      labelMarkers.current = [];
    };
  }, [basemap]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready.current) setData(map, props.events, fitted);
  }, [props.events]);

  useEffect(() => {
    for (const m of markers.current.values()) {
      const el = m.getElement();
      el.classList.toggle('selected', el.dataset.id !== undefined && el.dataset.id === props.selected);
    }
  }, [props.selected]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.getCanvas().style.cursor = props.onPick ? 'crosshair' : '';
  }, [props.onPick]);

  return (
    <section className="map-wrap" aria-label="Map of located events">
      <div ref={container} className="map" data-testid="map" />
      {!basemap && !error && <p className="map-status">Loading the basemap…</p>}
      {error && (
        <p className="map-status error" role="alert">
          {error}
        </p>
      )}
      {props.onPick && <p className="map-status pick">Click the map to set the event's location.</p>}
      <details className="map-legend">
        <summary>Legend</summary>
        <ul>
          <li>
            <span className="map-point prec-1 legend-dot" /> exact town (precision 1)
          </li>
          <li>
            <span className="map-point prec-2 legend-dot" /> near a town / part of a region (2)
          </li>
          <li>
            <span className="map-point prec-3 legend-dot" /> region only (3)
          </li>
          <li>Clusters: a ring of the types inside; click to zoom in.</li>
        </ul>
      </details>
    </section>
  );
}
