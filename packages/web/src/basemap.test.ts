import { describe, expect, it } from 'vitest';
import { labelPoint, splitAtAntimeridian, unwrapPolygon } from './basemap';

describe('basemap geometry', () => {
  it('labels a country at the centroid of its largest polygon', () => {
    const big = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const small = [
      [50, 50],
      [51, 50],
      [51, 51],
      [50, 50],
    ];
    expect(labelPoint({ type: 'MultiPolygon', coordinates: [[small], [big]] })).toEqual({
      lon: 5,
      lat: 5,
      area: 100,
    });
    expect(labelPoint(null)).toBeNull();
  });

  it('makes a polygon across the antimeridian continuous and clamps the poles', () => {
    const ring = [
      [179, 65],
      [-179, 65],
      [-179, 66],
      [179, 66],
      [179, 65],
    ];
    unwrapPolygon([ring]);
    expect(ring.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
    const pole = [
      [-180, -90],
      [0, -70],
      [180, -90],
      [-180, -90],
    ];
    unwrapPolygon([pole]);
    expect(Math.min(...pole.map((p) => p[1]!))).toBeCloseTo(-85.0511);
  });

  it('cuts lines where they jump across the antimeridian', () => {
    const lines = splitAtAntimeridian([
      [
        [178, 1],
        [180, 1],
        [-180, 1],
        [-178, 1],
      ],
    ]);
    expect(lines).toEqual([
      [
        [178, 1],
        [180, 1],
      ],
      [
        [-180, 1],
        [-178, 1],
      ],
    ]);
  });
});
