/**
 * @module export
 * Streams stored events as CSV (the ACLED-like columns of `@sitrep/model`'s export), GeoJSON or
 * JSON Lines. `sitrep export` and `GET /export.*` both use this, so they write the same bytes.
 */
import {
  CSV_COLUMNS,
  csvHeader,
  type DocumentResult,
  eventRows,
  toCsvLine,
  toGeoJsonFeature,
} from '@sitrep/model';
import type { EventFilter, EventRecord, Store } from '@sitrep/store';

/** Export formats. */
export const EXPORT_FORMATS = ['csv', 'geojson', 'jsonl'] as const;

/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media types of the export formats. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/**
 * The CSV row of a stored event: its reviewed values, its document, its global id.
 *
 * @param event
 *   A stored event.
 */
export function recordRow(event: EventRecord) {
  const { id, local: _local, document, review: _review, original: _original, ...rest } = event;
  const result = {
    schema: 'sitrep.document/1',
    document: {
      id: document.id,
      source: document.source,
      title: document.title,
      published: document.published,
      sha256: document.sha256,
      chars: 0,
    },
    mentions: { times: [], places: [], actors: [] },
    events: [{ ...rest, id }],
    messages: [],
  } as DocumentResult;
  return eventRows(result)[0]!;
}

/**
 * Streams an export as text chunks.
 *
 * @param store
 *   Where the events are.
 * @param filter
 *   Which events.
 * @param format
 *   `csv`, `geojson` or `jsonl`.
 * @example
 *   for await (const chunk of exportEvents(store, { type: ['ASSAULT'] }, 'csv')) process.stdout.write(chunk);
 */
export async function* exportEvents(
  store: Store,
  filter: EventFilter,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield csvHeader();
    for await (const event of store.streamEvents(filter)) {
      const row = recordRow(event);
      yield toCsvLine(CSV_COLUMNS.map((c) => row[c]));
    }
  } else if (format === 'geojson') {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const event of store.streamEvents(filter)) {
      const feature = toGeoJsonFeature(recordRow(event));
      if (!feature) continue;
      yield `${first ? '\n' : ',\n'}${JSON.stringify(feature)}`;
      first = false;
    }
    yield '\n]}\n';
  } else {
    for await (const event of store.streamEvents(filter)) yield `${JSON.stringify(event)}\n`;
  }
}
