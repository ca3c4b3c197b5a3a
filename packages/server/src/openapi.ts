/**
 * @module openapi
 * The OpenAPI 3.1 description served at `/openapi.json`. Written by hand next to the routes
 * (`app.ts`); the server test checks that every route it serves is described here.
 */
import { contractJsonSchema, MODALITIES, PLOVER_TYPES } from '@sitrep/model';
import { EVENT_SORTS, REVIEW_STATUSES } from '@sitrep/store';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const list = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'next'],
  properties: {
    items: { type: 'array', items: ref(item) },
    total: { type: 'integer', minimum: 0 },
    next: { type: ['string', 'null'], description: 'pass as ?cursor= for the next page' },
  },
});
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/E${code}` }]));
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const FILTERS = [
  q('from', 'events whose date interval ends on or after this day', { type: 'string', format: 'date' }),
  q('to', 'events whose date interval starts on or before this day', { type: 'string', format: 'date' }),
  q('type', `PLOVER types, comma-separated: ${PLOVER_TYPES.join(', ')}`),
  q('acled', 'ACLED event_type'),
  q('actor', 'actor id, as actor or recipient'),
  q('country', 'ISO 3166-1 alpha-2 of the event location'),
  q('admin1', 'first-level administrative area of the event location'),
  q('bbox', 'minLon,minLat,maxLon,maxLat'),
  q('status', `review statuses, comma-separated: ${REVIEW_STATUSES.join(', ')}`),
  q('modality', `modalities, comma-separated: ${MODALITIES.join(', ')}`),
  q('minConfidence', 'lowest confidence, 0..1', { type: 'number', minimum: 0, maximum: 1 }),
  q('q', 'full-text search over the evidence'),
  q('document', 'document id or sha256'),
];
const PAGING = [
  q('limit', 'page size, 1..500 (default 50)', { type: 'integer', minimum: 1, maximum: 500 }),
  q('cursor', 'the `next` of the previous page'),
];
const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/**
 * The OpenAPI document.
 *
 * @param version
 *   The server's version string.
 */
export function openApiDocument(version: string): Record<string, unknown> {
  const contract = contractJsonSchema() as { $defs?: Record<string, unknown> } & Record<string, unknown>;
  const { $schema: _schema, $defs, ...documentResult } = contract;
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description:
        'Event data from conflict and politics reporting. Reads are open on a loopback address; writes need a bearer token (`sitrep token create NAME`) or the session cookie from the sign-in link `sitrep serve` prints. Errors answer `{error, message}`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'a token from `sitrep token create NAME`' },
        session: { type: 'apiKey', in: 'cookie', name: 'sitrep_session' },
      },
      responses: Object.fromEntries(
        [
          [400, 'malformed request (query or body)'],
          [401, 'credentials missing or invalid'],
          [403, 'cross-origin write refused'],
          [404, 'not found'],
          [413, 'body larger than the limit'],
          [415, 'unsupported content type'],
          [422, 'well-formed but invalid input'],
        ].map(([code, description]) => [`E${code}`, { description, content: json(ref('Error')) }]),
      ),
      schemas: {
        ...(($defs ?? {}) as Record<string, unknown>),
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: { error: { type: 'string' }, message: { type: 'string' } },
        },
        DocumentResult: documentResult,
        ActorRef: {
          type: 'object',
          required: ['id', 'name', 'country', 'sector'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            country: { type: ['string', 'null'] },
            sector: { type: ['string', 'null'] },
          },
        },
        Review: {
          type: 'object',
          properties: {
            status: { enum: [...REVIEW_STATUSES] },
            note: { type: ['string', 'null'] },
            by: { type: ['string', 'null'] },
            at: { type: ['string', 'null'], format: 'date-time' },
          },
        },
        EventRecord: {
          type: 'object',
          description:
            "The contract's Event with the reviewer's edits applied, a global id, its document and review.",
          required: ['id', 'local', 'document', 'type', 'modality', 'review'],
          properties: {
            id: { type: 'string', description: 'first 16 hex of the document sha256, ":", the local id' },
            local: { type: 'string' },
            document: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                sha256: { type: 'string' },
                title: { type: ['string', 'null'] },
                source: { type: ['string', 'null'] },
                published: { type: ['string', 'null'] },
              },
            },
            type: { enum: [...PLOVER_TYPES] },
            modality: { enum: [...MODALITIES] },
            actor: { type: 'array', items: ref('ActorRef') },
            recipient: { type: 'array', items: ref('ActorRef') },
            date: { type: ['object', 'null'] },
            location: { type: ['object', 'null'] },
            trigger: { type: 'object' },
            evidence: { type: 'object' },
            confidence: { type: 'number' },
            review: ref('Review'),
            original: { type: ['object', 'null'], description: 'the extraction as produced, once edited' },
          },
        },
        DocumentSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            sha256: { type: 'string' },
            source: { type: ['string', 'null'] },
            title: { type: ['string', 'null'] },
            published: { type: ['string', 'null'] },
            chars: { type: 'integer' },
            format: { type: ['string', 'null'] },
            events: { type: 'integer' },
            ingested: { type: 'string', format: 'date-time' },
            pipeline: { type: 'string' },
          },
        },
        AuditEntry: {
          type: 'object',
          properties: {
            seq: { type: 'integer' },
            at: { type: 'string', format: 'date-time' },
            by: { type: 'string' },
            action: { enum: ['accept', 'reject', 'edit', 'reset', 'reprocess'] },
            event: { type: 'string' },
            note: { type: ['string', 'null'] },
            before: {},
            after: {},
          },
        },
        Bucket: {
          type: 'object',
          properties: { key: { type: 'string' }, count: { type: 'integer' }, name: { type: 'string' } },
        },
        Stats: {
          type: 'object',
          properties: {
            total: { type: 'integer' },
            ...Object.fromEntries(
              ['byType', 'byDay', 'byWeek', 'byCountry', 'byAdmin1', 'byActor', 'byStatus', 'byModality'].map(
                (k) => [k, { type: 'array', items: ref('Bucket') }],
              ),
            ),
            byDayType: {
              type: 'array',
              description: 'dated events per day and PLOVER type, by day then type',
              items: {
                type: 'object',
                properties: {
                  day: { type: 'string', format: 'date' },
                  type: { type: 'string' },
                  count: { type: 'integer' },
                },
              },
            },
          },
        },
        ReviewPatch: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { enum: ['accepted', 'rejected', 'pending'] },
            type: { enum: [...PLOVER_TYPES] },
            mode: { type: ['string', 'null'] },
            modality: { enum: [...MODALITIES] },
            actor: { type: 'array', items: ref('ActorRef') },
            recipient: { type: 'array', items: ref('ActorRef') },
            date: { type: ['object', 'null'] },
            location: { type: ['object', 'null'] },
            note: { type: ['string', 'null'], maxLength: 10000 },
          },
        },
        NewDocument: {
          type: 'object',
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1 },
            id: { type: 'string' },
            title: { type: 'string' },
            source: { type: 'string' },
            published: { type: 'string', format: 'date' },
          },
        },
        ActorHit: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            country: { type: ['string', 'null'] },
            sector: { type: ['string', 'null'] },
            source: { enum: ['dictionary', 'store'] },
          },
        },
        PlaceHit: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            lat: { type: 'number' },
            lon: { type: 'number' },
            country: { type: ['string', 'null'] },
            admin1: { type: ['string', 'null'] },
            admin2: { type: ['string', 'null'] },
            feature: { type: ['string', 'null'] },
            gazetteer: { type: ['string', 'null'] },
            source: { enum: ['gazetteer', 'store'] },
          },
        },
      },
    },
    paths: {
      '/health': {
        get: {
          summary: 'liveness and counts',
          responses: { 200: { description: 'ok', content: json({ type: 'object' }) } },
        },
      },
      '/openapi.json': {
        get: { summary: 'this document', responses: { 200: { description: 'OpenAPI 3.1' } } },
      },
      '/documents': {
        post: {
          summary: 'add a document (JSON text or a multipart file upload); extracts and stores it',
          security: [{ bearer: [] }, { session: [] }],
          requestBody: {
            required: true,
            content: {
              ...json(ref('NewDocument')),
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: { type: 'string', contentEncoding: 'binary' },
                    published: { type: 'string', format: 'date' },
                    title: { type: 'string' },
                  },
                },
              },
            },
          },
          responses: {
            201: { description: 'stored (X-Sitrep-Status: new)', content: json(ref('DocumentResult')) },
            200: {
              description: 'already stored (X-Sitrep-Status: unchanged)',
              content: json(ref('DocumentResult')),
            },
            ...errors(400, 401, 403, 413, 415, 422),
          },
        },
        get: {
          summary: 'list documents, newest first',
          parameters: [q('q', 'full-text search over title and text'), ...PAGING],
          responses: {
            200: { description: 'a page', content: json(list('DocumentSummary')) },
            ...errors(400),
          },
        },
      },
      '/documents/{id}': {
        get: {
          summary: 'a document with text, mentions, events (as EventRecord) and messages',
          parameters: [ID],
          responses: {
            200: {
              description: 'the DocumentResult with document.text, events as EventRecord[], and summary',
              content: json(ref('DocumentResult')),
            },
            ...errors(404),
          },
        },
      },
      '/events': {
        get: {
          summary: 'events matching the filters',
          parameters: [...FILTERS, q('sort', EVENT_SORTS.join(' | '), { enum: [...EVENT_SORTS] }), ...PAGING],
          responses: { 200: { description: 'a page', content: json(list('EventRecord')) }, ...errors(400) },
        },
      },
      '/events/{id}': {
        get: {
          summary: 'one event',
          parameters: [ID],
          responses: { 200: { description: 'the event', content: json(ref('EventRecord')) }, ...errors(404) },
        },
        patch: {
          summary: 'review: accept, reject, or edit with a note; appended to the audit log',
          security: [{ bearer: [] }, { session: [] }],
          parameters: [ID],
          requestBody: { required: true, content: json(ref('ReviewPatch')) },
          responses: {
            200: { description: 'the updated event', content: json(ref('EventRecord')) },
            ...errors(400, 401, 403, 404, 413, 415, 422),
          },
        },
      },
      '/events/{id}/history': {
        get: {
          summary: 'the audit log of one event, oldest first',
          parameters: [ID],
          responses: { 200: { description: 'entries', content: json(list('AuditEntry')) }, ...errors(404) },
        },
      },
      '/stats': {
        get: {
          summary: 'counts by type, day, week, country, admin1, actor, status, modality',
          parameters: FILTERS,
          responses: { 200: { description: 'counts', content: json(ref('Stats')) }, ...errors(400) },
        },
      },
      '/export.csv': {
        get: {
          summary: 'events as CSV (ACLED-like columns)',
          parameters: FILTERS,
          responses: {
            200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
            ...errors(400),
          },
        },
      },
      '/export.geojson': {
        get: {
          summary: 'located events as a GeoJSON FeatureCollection',
          parameters: FILTERS,
          responses: {
            200: {
              description: 'GeoJSON',
              content: { 'application/geo+json': { schema: { type: 'object' } } },
            },
            ...errors(400),
          },
        },
      },
      '/export.jsonl': {
        get: {
          summary: 'events as JSON Lines, one EventRecord a line',
          parameters: FILTERS,
          responses: {
            200: {
              description: 'JSONL',
              content: { 'application/x-ndjson': { schema: { type: 'string' } } },
            },
            ...errors(400),
          },
        },
      },
      '/actors': {
        get: {
          summary: 'actor search for the review editor (dictionary, then actors seen in stored documents)',
          parameters: [q('q', 'part of an actor id or name'), q('limit', '1..100', { type: 'integer' })],
          responses: { 200: { description: 'matches', content: json(list('ActorHit')) }, ...errors(400) },
        },
      },
      '/places': {
        get: {
          summary: 'gazetteer search for the review editor (gazetteer, then places seen in stored documents)',
          parameters: [q('q', 'start of a place name'), q('limit', '1..100', { type: 'integer' })],
          responses: { 200: { description: 'matches', content: json(list('PlaceHit')) }, ...errors(400) },
        },
      },
      '/auth/login': {
        get: {
          summary: 'exchange the one-time sign-in token for the session cookie, then redirect to /',
          parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { 303: { description: 'signed in' }, 401: { $ref: '#/components/responses/E401' } },
        },
      },
      '/auth/session': {
        get: { summary: 'who is signed in', responses: { 200: { description: 'session state' } } },
        post: {
          summary: 'exchange the one-time token (JSON {token}) for the session cookie',
          requestBody: {
            required: true,
            content: json({ type: 'object', required: ['token'], properties: { token: { type: 'string' } } }),
          },
          responses: { 204: { description: 'signed in' }, ...errors(400, 401) },
        },
        delete: { summary: 'sign out', responses: { 204: { description: 'signed out' } } },
      },
    },
  };
}
