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
        add: (result) => write(out, `${count++ === 0 ? '\n' : ',\n'}${prettyJson(result)}`),
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

/**
 * JSON indented by two spaces, except that short arrays of plain values stay on one line, so a
 * span reads `[154, 169]` instead of taking four lines.
 *
 * @param value
 *   Any JSON value.
 * @param indent
 *   The current indentation.
 * @example
 *   prettyJson({ span: [1, 2] }) // => '{\n  "span": [1, 2]\n}'
 */
export function prettyJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const line = `[${value.map((v) => JSON.stringify(v) ?? 'null').join(', ')}]`;
      if (line.length <= 80) return line;
    }
    return `[\n${value.map((v) => inner + prettyJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJson(v, inner)}`).join(',\n')}\n${indent}}`;
}
