/**
 * @module filter
 * Parses event filters from query-string-like records (`GET /events?type=ASSAULT&from=...`,
 * `sitrep export --type ASSAULT`), so the API and the CLI accept exactly the same filters.
 */
import { MODALITIES, PLOVER_TYPES } from '@sitrep/model';
import { EVENT_SORTS, type EventFilter, type EventSort, REVIEW_STATUSES } from './types';

/** A filter value that cannot be used; `field` names the parameter. */
export class FilterError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'FilterError';
    this.field = field;
  }
}

/** The filter parameters, for documentation and for rejecting unknown ones. */
export const FILTER_FIELDS = [
  'from',
  'to',
  'type',
  'acled',
  'actor',
  'country',
  'admin1',
  'bbox',
  'status',
  'modality',
  'minConfidence',
  'q',
  'document',
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return one(field, value[value.length - 1]);
  if (typeof value !== 'string') throw new FilterError(field, `expected text, found ${typeof value}`);
  if (value.length > 1000)
    throw new FilterError(field, `expected at most 1000 characters, found ${value.length}`);
  return value;
}

function many<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
  upper = false,
): T[] | undefined {
  const values = (Array.isArray(value) ? value : [value])
    .flatMap((v) => (one(field, v) ?? '').split(','))
    .map((v) => (upper ? v.trim().toUpperCase() : v.trim()))
    .filter((v) => v.length > 0);
  if (values.length === 0) return undefined;
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) {
      throw new FilterError(
        field,
        `expected one of ${allowed.join(', ')}; found ${JSON.stringify(v.slice(0, 40))}`,
      );
    }
  }
  return values as T[];
}

function day(field: string, value: unknown): string | undefined {
  const v = one(field, value);
  if (v === undefined) return undefined;
  if (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw new FilterError(field, `expected a date YYYY-MM-DD, found ${JSON.stringify(v.slice(0, 40))}`);
  }
  return v;
}

/**
 * Parses event filters. Unknown keys are ignored here (the server rejects them with its schema).
 *
 * @param query
 *   A record of strings (or string arrays), as a query string parses.
 * @returns
 *   The filter.
 * @throws
 *   `FilterError` naming the parameter, what was expected and what was found.
 * @example
 *   parseEventFilter({ type: 'ASSAULT,PROTEST', from: '2024-05-01' })
 *   // => { type: ['ASSAULT', 'PROTEST'], from: '2024-05-01' }
 */
export function parseEventFilter(query: Record<string, unknown>): EventFilter {
  const filter: EventFilter = {};
  const from = day('from', query.from);
  const to = day('to', query.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (from && to && from > to) throw new FilterError('from', `${from} is after to=${to}`);
  const type = many('type', query.type, PLOVER_TYPES, true);
  if (type) filter.type = type;
  const status = many('status', query.status, REVIEW_STATUSES);
  if (status) filter.status = status;
  const modality = many('modality', query.modality, MODALITIES);
  if (modality) filter.modality = modality;
  for (const field of ['acled', 'actor', 'admin1', 'q', 'document'] as const) {
    const v = one(field, query[field]);
    if (v !== undefined) filter[field] = v;
  }
  const country = one('country', query.country);
  if (country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(country)) {
      throw new FilterError(
        'country',
        `expected an ISO 3166-1 alpha-2 code such as SY, found ${JSON.stringify(country.slice(0, 40))}`,
      );
    }
    filter.country = country.toUpperCase();
  }
  const bbox = one('bbox', query.bbox);
  if (bbox !== undefined) {
    const parts = bbox.split(',').map((p) => Number(p.trim()));
    const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
    if (
      parts.length !== 4 ||
      parts.some((p) => !Number.isFinite(p)) ||
      Math.abs(minLon) > 180 ||
      Math.abs(maxLon) > 180 ||
      Math.abs(minLat) > 90 ||
      Math.abs(maxLat) > 90 ||
      minLon > maxLon ||
      minLat > maxLat
    ) {
      throw new FilterError(
        'bbox',
        `expected minLon,minLat,maxLon,maxLat in degrees (min before max), found ${JSON.stringify(bbox.slice(0, 80))}`,
      );
    }
    filter.bbox = [minLon, minLat, maxLon, maxLat];
  }
  const minConfidence = one('minConfidence', query.minConfidence);
  if (minConfidence !== undefined) {
    const n = Number(minConfidence);
    if (!Number.isFinite(n) || n < 0 || n > 1) {
      throw new FilterError(
        'minConfidence',
        `expected a number from 0 to 1, found ${JSON.stringify(minConfidence.slice(0, 40))}`,
      );
    }
    filter.minConfidence = n;
  }
  return filter;
}

/**
 * Parses `sort`, `limit` and `cursor`.
 *
 * @param query
 *   A record of strings.
 * @throws
 *   `FilterError` for a bad sort or limit.
 */
export function parsePage(query: Record<string, unknown>): {
  sort?: EventSort;
  limit?: number;
  cursor?: string;
} {
  const out: { sort?: EventSort; limit?: number; cursor?: string } = {};
  const sort = one('sort', query.sort);
  if (sort !== undefined) {
    if (!(EVENT_SORTS as readonly string[]).includes(sort)) {
      throw new FilterError(
        'sort',
        `expected one of ${EVENT_SORTS.join(', ')}, found ${JSON.stringify(sort.slice(0, 40))}`,
      );
    }
    out.sort = sort as EventSort;
  }
  const limit = one('limit', query.limit);
  if (limit !== undefined) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) {
      throw new FilterError(
        'limit',
        `expected a whole number from 1 to 500, found ${JSON.stringify(limit.slice(0, 40))}`,
      );
    }
    out.limit = n;
  }
  const cursor = one('cursor', query.cursor);
  if (cursor !== undefined) out.cursor = cursor;
  return out;
}
