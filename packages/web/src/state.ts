/**
 * @module state
 * The app's shareable state — filters, sort, the open view and the selected event — and its
 * round trip through the URL query string, so a copied link reopens the same view.
 */
import { MODALITIES, PLOVER_TYPES, REVIEW_STATUSES, type ReviewStatus } from './plover';

/** West, south, east, north in degrees. */
export type BBox = [number, number, number, number];

/** What the events table, map, timeline and exports are filtered by. */
export interface Filters {
  /** First day (inclusive), `YYYY-MM-DD`. */
  from: string | null;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  to: string | null;
  /** PLOVER types; empty means all. */
  types: string[];
  /** ACLED event type. */
  acled: string | null;
  /** Actor id or name fragment. */
  actor: string | null;
  /** ISO 3166-1 alpha-2 country of the event location. */
  country: string | null;
  /** Admin-1 name of the event location. */
  admin1: string | null;
  /** Modalities; empty means all. */
  modality: string[];
  /** Review status. */
  status: ReviewStatus | null;
  /** Minimum confidence, 0..1. */
  minConfidence: number | null;
  /** Full-text query over evidence and document text. */
  q: string | null;
  /** Map extent the table is limited to, when the user turned that on. */
  bbox: BBox | null;
}

/** Sortable columns of the events table. */
export const SORT_FIELDS = ['date', 'confidence'] as const;

/** A sortable column. */
export type SortField = (typeof SORT_FIELDS)[number];

/** Views the main panel can show. */
export const VIEWS = ['events', 'document', 'documents', 'add'] as const;

/** A main-panel view. */
export type View = (typeof VIEWS)[number];

/** Everything a shared link restores. */
export interface AppState {
  filters: Filters;
  sort: { field: SortField; desc: boolean };
  view: View;
  /** Selected event id. */
  event: string | null;
  /** Open document id (the reader). */
  doc: string | null;
}

/** No filter at all. */
export const EMPTY_FILTERS: Filters = {
  from: null,
  to: null,
  types: [],
  acled: null,
  actor: null,
  country: null,
  admin1: null,
  modality: [],
  status: null,
  minConfidence: null,
  q: null,
  bbox: null,
};

/** The state of a fresh visit: newest events first. */
export const DEFAULT_STATE: AppState = {
  filters: EMPTY_FILTERS,
  sort: { field: 'date', desc: true },
  view: 'events',
  event: null,
  doc: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A parsed state plus the parameters that were ignored, so the UI can say why a link lost a filter. */
export interface ParsedState {
  state: AppState;
  ignored: string[];
}

function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function list(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Reads the state from a query string. Unknown or malformed values are dropped (never thrown) and
 * listed in `ignored` as `name=value`, because links get hand-edited and truncated.
 *
 * @param search
 *   `location.search` or a `URLSearchParams`.
 * @example
 *   parseState('?type=ASSAULT,PROTEST&from=2024-03-01').state.filters.types // ['ASSAULT', 'PROTEST']
 */
export function parseState(search: string | URLSearchParams): ParsedState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const bad = (name: string, value: string) => ignored.push(`${name}=${value}`);
  const filters: Filters = { ...EMPTY_FILTERS, types: [], modality: [] };

  for (const key of ['from', 'to'] as const) {
    const v = p.get(key);
    if (v === null || v === '') continue;
    if (isValidDate(v)) filters[key] = v;
    else bad(key, v);
  }
  for (const t of list(p.get('type'))) {
    const upper = t.toUpperCase();
    if ((PLOVER_TYPES as readonly string[]).includes(upper)) {
      if (!filters.types.includes(upper)) filters.types.push(upper);
    } else bad('type', t);
  }
  for (const m of list(p.get('modality'))) {
    if ((MODALITIES as readonly string[]).includes(m)) {
      if (!filters.modality.includes(m)) filters.modality.push(m);
    } else bad('modality', m);
  }
  for (const key of ['acled', 'actor', 'admin1', 'q'] as const) {
    const v = p.get(key)?.trim();
    if (v) filters[key] = v;
  }
  const country = p.get('country');
  if (country) {
    if (/^[A-Za-z]{2}$/.test(country)) filters.country = country.toUpperCase();
    else bad('country', country);
  }
  const status = p.get('status');
  if (status) {
    if ((REVIEW_STATUSES as readonly string[]).includes(status)) filters.status = status as ReviewStatus;
    else bad('status', status);
  }
  const conf = p.get('minConfidence');
  if (conf) {
    const n = Number(conf);
    if (conf.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 1) filters.minConfidence = n;
    else bad('minConfidence', conf);
  }
  const bbox = p.get('bbox');
  if (bbox) {
    const parts = bbox.split(',').map(Number);
    const [w, s, e, n] = parts;
    if (
      parts.length === 4 &&
      parts.every(Number.isFinite) &&
      w !== undefined &&
      s !== undefined &&
      e !== undefined &&
      n !== undefined &&
      w >= -180 &&
      e <= 180 &&
      s >= -90 &&
      n <= 90 &&
      s <= n
    ) {
      filters.bbox = [w, s, e, n];
    } else bad('bbox', bbox);
  }

  const sort = { ...DEFAULT_STATE.sort };
  const sortParam = p.get('sort');
  if (sortParam) {
    const desc = sortParam.startsWith('-');
    const field = desc ? sortParam.slice(1) : sortParam;
    if ((SORT_FIELDS as readonly string[]).includes(field)) {
      sort.field = field as SortField;
      sort.desc = desc;
    } else bad('sort', sortParam);
  }
  let view: View = DEFAULT_STATE.view;
  const viewParam = p.get('view');
  if (viewParam) {
    if ((VIEWS as readonly string[]).includes(viewParam)) view = viewParam as View;
    else bad('view', viewParam);
  }
  return {
    state: { filters, sort, view, event: p.get('event') || null, doc: p.get('doc') || null },
    ignored,
  };
}

/** Rounds a coordinate for the URL: 4 decimals is ~10 m, plenty for an extent and keeps links short. */
function coord(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

/**
 * Writes the state as a query string (without `?`), leaving out defaults so links stay short.
 * Parameter order is fixed, so the same state always yields the same link.
 *
 * @param state
 *   The state to serialize.
 */
export function stateToSearch(state: AppState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.acled) p.set('acled', f.acled);
  if (f.actor) p.set('actor', f.actor);
  if (f.country) p.set('country', f.country);
  if (f.admin1) p.set('admin1', f.admin1);
  if (f.modality.length) p.set('modality', f.modality.join(','));
  if (f.status) p.set('status', f.status);
  if (f.minConfidence !== null) p.set('minConfidence', String(f.minConfidence));
  if (f.q) p.set('q', f.q);
  if (f.bbox) p.set('bbox', f.bbox.map(coord).join(','));
  const s = state.sort;
  if (s.field !== DEFAULT_STATE.sort.field || s.desc !== DEFAULT_STATE.sort.desc) {
    p.set('sort', `${s.desc ? '-' : ''}${s.field}`);
  }
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.event) p.set('event', state.event);
  if (state.doc) p.set('doc', state.doc);
  return p.toString();
}

/** True when any filter is set (the UI offers "clear all" then). */
export function hasFilters(f: Filters): boolean {
  return stateToSearch({ ...DEFAULT_STATE, filters: f }) !== '';
}

/**
 * The filter part of the state as the API's query string (`GET /events`, `/stats`, `/export.*` take
 * the same names the app's URL uses), optionally without some filters — the timeline leaves out
 * its own date range so the brushed-away bars stay visible.
 *
 * @param filters
 *   The filters.
 * @param omit
 *   Filters to leave out.
 * @example
 *   filterQuery({ ...EMPTY_FILTERS, types: ['AID'], from: '2024-01-01' }, ['from']) // 'type=AID'
 */
export function filterQuery(filters: Filters, omit: readonly (keyof Filters)[] = []): string {
  const f: Filters = { ...filters };
  for (const key of omit) (f as unknown as Record<string, unknown>)[key] = EMPTY_FILTERS[key];
  return stateToSearch({ ...DEFAULT_STATE, filters: f });
}

/**
 * The API's `sort` parameter for a sort state.
 *
 * @param sort
 *   Column and direction.
 */
export function sortParam(sort: AppState['sort']): string {
  return `${sort.desc ? '-' : ''}${sort.field}`;
}
