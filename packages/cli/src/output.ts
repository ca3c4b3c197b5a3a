/**
 * @module output
 * Result writers for `--format json|jsonl|csv|geojson`. Each writes as results arrive and keeps
 * nothing: a JSON array is opened, filled and closed around them, so a feed of a million documents
 * streams out in constant memory. CSV and GeoJSON use @sitrep/model's export builders, the same
 * ones `sitrep export` and the server use.
 */
import type { Writable } from 'node:stream';
import {
  CSV_COLUMNS,
  csvHeader,
  type DocumentResult,
  eventRows,
  toCsvLine,
  toGeoJsonFeature,
} from '@sitrep/model';
import { write } from './io';

/** Output formats of `sitrep extract`. */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'geojson'] as const;

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes results in one format: `begin` once, `add` per result, `end` once. */
export interface ResultWriter {
  begin(): Promise<void>;
  add(result: DocumentResult): Promise<void>;
  end(): Promise<void>;
}

/**
 * A writer for a format.
 *
 * @param format
 *   `json` (an array of DocumentResult), `jsonl` (one per line), `csv` (one event per row),
 *   `geojson` (a FeatureCollection of located events).
 * @param out
 *   Where to write.
 */
export function resultWriter(format: OutputFormat, out: Writable): ResultWriter {
  let count = 0;
  switch (format) {
    case 'json':
      return {
        begin: () => write(out, '['),
        add: (result) => write(out, `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(result, null, 2)}`),
        end: () => write(out, count === 0 ? ']\n' : '\n]\n'),
      };
    case 'jsonl':
      return {
        begin: async () => {},
        add: (result) => write(out, `${JSON.stringify(result)}\n`),
        end: async () => {},
      };
    case 'csv':
      return {
        begin: () => write(out, csvHeader()),
        add: async (result) => {
          const lines = eventRows(result).map((row) => toCsvLine(CSV_COLUMNS.map((column) => row[column])));
          if (lines.length > 0) await write(out, lines.join(''));
        },
        end: async () => {},
      };
    case 'geojson':
      return {
        begin: () => write(out, '{"type":"FeatureCollection","features":['),
        add: async (result) => {
          for (const row of eventRows(result)) {
            const feature = toGeoJsonFeature(row);
            if (feature) await write(out, `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(feature)}`);
          }
        },
        end: () => write(out, count === 0 ? ']}\n' : '\n]}\n'),
      };
  }
}
