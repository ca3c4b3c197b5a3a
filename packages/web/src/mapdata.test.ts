import { eventRows, parseDocumentResult, toGeoJsonFeature } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../test/fixtures';
import { featuresToMapEvents } from './mapdata';

describe('featuresToMapEvents', () => {
  it('reads the features @sitrep/model exports (the server streams the same)', () => {
    const result = parseDocumentResult(FIXTURES[0]);
    const features = eventRows(result)
      .map((row) => toGeoJsonFeature(row))
      .filter((f) => f !== null);
    const events = featuresToMapEvents({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection);
    expect(events).toEqual([
      { id: 'e1', type: 'ASSAULT', lon: 36.5614, lat: 35.6142, precision: 1, label: 'Kafr Nabl' },
      { id: 'e2', type: 'ASSAULT', lon: 36.6769, lat: 35.6483, precision: 2, label: "Ma'arrat an Nu'man" },
    ]);
  });

  it('skips features without a point or an id and unknown precisions', () => {
    const events = featuresToMapEvents({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: null as unknown as GeoJSON.Point, properties: { event_id: 'x' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [3, 4] },
          properties: { event_id: 'ab:e9', plover_type: 'AID', geo_precision: 7 },
        },
      ],
    });
    expect(events).toEqual([{ id: 'ab:e9', type: 'AID', lon: 3, lat: 4, precision: null, label: '' }]);
  });
});
