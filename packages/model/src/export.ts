/**
 * @module export
 * Flat exports of a DocumentResult: one row per event with ACLED-like columns (CSV) and one
 * GeoJSON feature per located event. The CLI (`sitrep extract --format csv|geojson`), `sitrep export`
 * and the server's `GET /export.csv` all build on these, so the columns are the same everywhere.
 */
import type { DocumentResult, Event } from './contract';
import type { Precision } from './vocab';

/**
 * The CSV columns, in order: ACLED's first (event_date … fatalities), then sitrep's own, then ids
 * that lead back to the document and the event.
 */
export const CSV_COLUMNS = [
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'plover_type',
  'mode',
  'modality',
  'confidence',
  'evidence',
  'document_id',
  'event_id',
] as const;

/** A CSV column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A cell: numbers stay numbers (GeoJSON keeps them typed), absent values are null. */
export type CsvValue = string | number | null;

/** One event as a flat row keyed by column. */
export type CsvRow = Record<CsvColumn, CsvValue>;

const DAY_MS = 86_400_000;

/**
 * ACLED's time precision code for an event date: 1 the day is known, 2 the week (or a range of
 * 2–7 days), 3 the month or anything vaguer.
 *
 * @param date
 *   The event's date, or null.
 * @returns
 *   1, 2, 3, or null when there is no date.
 */
export function acledTimePrecision(date: Event['date']): 1 | 2 | 3 | null {
  if (!date) return null;
  const byPrecision: Record<Precision, 1 | 2 | 3> = {
    day: 1,
    week: 2,
    month: 3,
    season: 3,
    year: 3,
    vague: 3,
  };
  const code = byPrecision[date.precision];
  if (code === 1 && date.start !== date.end) {
    // A "day" interval that spans several days ("between 3 and 5 May"): ACLED codes the week.
    const days = (Date.parse(`${date.end}T00:00:00Z`) - Date.parse(`${date.start}T00:00:00Z`)) / DAY_MS + 1;
    return days <= 7 ? 2 : 3;
  }
  return code;
}

/** Collapses runs of whitespace (line breaks from PDFs, indentation) so a cell reads as one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One row per event, with ACLED-like columns followed by sitrep's own.
 * `notes` carries the evidence text; `evidence` its span `start-end` in the document text.
 * `country` is the ISO 3166-1 alpha-2 code of the event location.
 *
 * @param result
 *   A DocumentResult.
 * @returns
 *   Rows in event order.
 * @example
 *   eventRows(result).map((row) => toCsvLine(CSV_COLUMNS.map((c) => row[c])))
 */
export function eventRows(result: DocumentResult): CsvRow[] {
  const source = result.document.source ?? result.document.title ?? result.document.id;
  return result.events.map((event) => {
    const location = event.location;
    return {
      event_date: event.date?.start ?? null,
      time_precision: acledTimePrecision(event.date),
      event_type: event.acled?.event_type ?? null,
      sub_event_type: event.acled?.sub_event_type ?? null,
      actor1: event.actor.map((a) => a.name).join('; ') || null,
      actor2: event.recipient.map((a) => a.name).join('; ') || null,
      country: location?.country ?? null,
      admin1: location?.admin1 ?? null,
      admin2: location?.admin2 ?? null,
      location: location?.name ?? null,
      latitude: location?.lat ?? null,
      longitude: location?.lon ?? null,
      geo_precision: location?.precision ?? null,
      source,
      notes: oneLine(event.evidence.text),
      fatalities: event.fatalities ?? null,
      plover_type: event.type,
      mode: event.mode ?? null,
      modality: event.modality,
      confidence: event.confidence,
      evidence: `${event.evidence.span[0]}-${event.evidence.span[1]}`,
      document_id: result.document.id,
      event_id: event.id,
    };
  });
}

/**
 * Characters that make a spreadsheet treat a cell as a formula (CSV injection, OWASP): a text cell
 * starting with one of them gets a leading single quote. Numbers are written as numbers and never
 * guarded, so a longitude of -3.7 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats one CSV line per RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled; the line ends with CRLF. Text cells that would start a formula are prefixed with `'`.
 *
 * @param values
 *   Cell values in column order; null and undefined are empty cells.
 * @returns
 *   The line, ending in `\r\n`.
 * @example
 *   toCsvLine(['a,b', 3, null, '=SUM(A1)']) // => '"a,b",3,,\'=SUM(A1)\r\n'
 */
export function toCsvLine(values: readonly (CsvValue | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header line (column names), ending in CRLF. */
export function csvHeader(): string {
  return toCsvLine(CSV_COLUMNS);
}

/** A GeoJSON point feature for one located event; properties are the CSV row. */
export interface EventFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: CsvRow;
}

/**
 * A GeoJSON feature for an event row, or null when the event has no coordinates.
 *
 * @param row
 *   A row from `eventRows`.
 * @returns
 *   A Point feature (`[longitude, latitude]`, as GeoJSON orders them) or null.
 */
export function toGeoJsonFeature(row: CsvRow): EventFeature | null {
  const { latitude, longitude } = row;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: row,
  };
}
