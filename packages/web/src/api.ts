/**
 * @module api
 * The HTTP client: one function per endpoint the app uses (packages/server/README.md). Same origin,
 * cookies included; errors carry the server's `message` so the UI can show what to do.
 */
import type {
  ActorHit,
  AuditEntry,
  DocumentResult,
  DocumentSummary,
  EventRecord,
  Page,
  PlaceHit,
  ReviewPatch,
  Session,
  Stats,
} from './types';

/** An API call that failed: the status, the server's error code and its explanation. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(
      0,
      'network',
      `Could not reach the sitrep server for ${method} ${path}; is \`sitrep serve\` running?`,
      {
        cause,
      },
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (cause) {
      throw new ApiError(
        response.status,
        'bad-response',
        `${method} ${path} answered ${response.status} with something that is not JSON; is this a sitrep server?`,
        { cause },
      );
    }
  }
  if (!response.ok) {
    const err = (data ?? {}) as { error?: string; message?: string };
    const hint =
      response.status === 401 || response.status === 403
        ? ' Sign in with the link `sitrep serve` printed (it contains a one-time token).'
        : '';
    throw new ApiError(
      response.status,
      err.error ?? 'http',
      `${method} ${path} failed (${response.status}): ${err.message ?? response.statusText}.${hint}`,
    );
  }
  return data as T;
}

/** The query string with a leading `?`, or nothing. */
function qs(...parts: string[]): string {
  const joined = parts.filter((p) => p.length > 0).join('&');
  return joined ? `?${joined}` : '';
}

/** Endpoints the app uses. */
export const api = {
  /** Who the browser is signed in as. */
  session: () => request<Session>('GET', '/auth/session'),
  /** Exchanges a one-time token for the session cookie. */
  signIn: (token: string) => request<void>('POST', '/auth/session', { token }),
  /** Signs out. */
  signOut: () => request<void>('DELETE', '/auth/session'),
  /** Events for a filter query (see `filterQuery`), sorted and paged. */
  events: (filter: string, sort: string, limit: number, cursor: string | null) =>
    request<Page<EventRecord>>(
      'GET',
      `/events${qs(filter, `sort=${encodeURIComponent(sort)}`, `limit=${limit}`, cursor ? `cursor=${encodeURIComponent(cursor)}` : '')}`,
    ),
  /** One event. */
  event: (id: string) => request<EventRecord>('GET', `/events/${encodeURIComponent(id)}`),
  /** Reviews an event. */
  review: (id: string, patch: ReviewPatch) =>
    request<EventRecord>('PATCH', `/events/${encodeURIComponent(id)}`, patch),
  /** The audit log of an event. */
  history: (id: string) =>
    request<Page<AuditEntry> | AuditEntry[]>('GET', `/events/${encodeURIComponent(id)}/history`),
  /** Aggregates for a filter query. */
  stats: (filter: string) => request<Stats>('GET', `/stats${qs(filter)}`),
  /** Located events for the map, as GeoJSON. */
  geojson: (filter: string) => request<GeoJSON.FeatureCollection>('GET', `/export.geojson${qs(filter)}`),
  /** Documents, newest first. */
  documents: (q: string, limit: number, cursor: string | null) =>
    request<Page<DocumentSummary>>(
      'GET',
      `/documents${qs(q ? `q=${encodeURIComponent(q)}` : '', `limit=${limit}`, cursor ? `cursor=${encodeURIComponent(cursor)}` : '')}`,
    ),
  /** One document with text, mentions, events and messages. */
  document: (id: string) => request<DocumentResult>('GET', `/documents/${encodeURIComponent(id)}`),
  /** Adds a document from pasted text. */
  addText: (body: { text: string; title?: string; published?: string }) =>
    request<DocumentResult>('POST', '/documents', body),
  /** Adds a document from a file (txt, html, pdf, docx). */
  addFile: (file: File, fields: { title?: string; published?: string }) => {
    const form = new FormData();
    if (fields.published) form.set('published', fields.published);
    if (fields.title) form.set('title', fields.title);
    form.set('file', file, file.name);
    return request<DocumentResult>('POST', '/documents', form);
  },
  /** Actor dictionary search. */
  actors: (q: string) =>
    request<Page<ActorHit>>('GET', `/actors${qs(`q=${encodeURIComponent(q)}`, 'limit=10')}`),
  /** Gazetteer search. */
  places: (q: string) =>
    request<Page<PlaceHit>>('GET', `/places${qs(`q=${encodeURIComponent(q)}`, 'limit=10')}`),
};

/** Export links for the current filter (plain links: the browser streams the download). */
export function exportUrl(kind: 'csv' | 'geojson', filter: string): string {
  return `/export.${kind}${qs(filter)}`;
}
