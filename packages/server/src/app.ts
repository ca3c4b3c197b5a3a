/**
 * @module app
 * The HTTP API (Fastify 5) over a `Store`: documents, events, review, stats, exports, search for
 * the review editor, sign-in, and the built web app with SPA fallback. Security is here in one
 * place: loopback binding by default, bearer tokens and a Jupyter-style one-time sign-in link
 * exchanged for an HttpOnly SameSite=Strict cookie, size limits, strict input checks (400/413/422,
 * never 500 for bad input), no CORS, and security headers with a CSP without inline scripts.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { InputError } from '@sitrep/ingest';
import {
  actorRefSchema,
  type DocumentInput,
  type DocumentResult,
  eventDateSchema,
  eventLocationSchema,
  isIsoDate,
  modalitySchema,
  ploverTypeSchema,
  sha256Hex,
} from '@sitrep/model';
import {
  FilterError,
  type PreparedDocument,
  parseEventFilter,
  parsePage,
  type ReviewPatch,
  type Store,
  StoreError,
} from '@sitrep/store';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EXPORT_MEDIA_TYPES, type ExportFormat, exportEvents } from './export';
import { openApiDocument } from './openapi';
import type { Extractor, FileBytes } from './worker';

/** Largest JSON body accepted (bytes). */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;
/** Largest uploaded file accepted (bytes). */
export const UPLOAD_LIMIT = 32 * 1024 * 1024;
/** Longest text accepted by `POST /documents` as JSON (UTF-16 code units). */
export const TEXT_LIMIT = 1024 * 1024;

/** The session cookie's name. */
export const SESSION_COOKIE = 'sitrep_session';

/** The Content-Security-Policy on every response: no inline scripts, nothing from elsewhere. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** A search the server can consult for the review editor (actor dictionary, gazetteer). */
export type Search<T> = (q: string, limit: number) => T[] | Promise<T[]>;

/** Options of `createServer`. */
export interface ServerOptions {
  store: Store;
  /** Extracts documents for `POST /documents`; created on first use when absent. */
  extractor?: Extractor | (() => Promise<Extractor>);
  /** The address the server will bind: loopback keeps reads open; anything else requires credentials for reads. */
  host?: string;
  /** Built web app to serve (default: packages/web/dist next to this package). */
  webRoot?: string | null;
  /** Version reported by /health and the OpenAPI document. */
  version?: string;
  /** Actor dictionary search (results come before actors seen in the store). */
  searchActors?: Search<{ id: string; name: string; country: string | null; sector: string | null }>;
  /** Gazetteer search (results come before places seen in the store). */
  searchPlaces?: Search<{
    name: string;
    lat: number;
    lon: number;
    country: string | null;
    admin1?: string | null;
    admin2?: string | null;
    feature?: string | null;
    gazetteer?: string | null;
  }>;
}

/** A running API: the Fastify instance plus sign-in helpers. */
export interface SitrepServer {
  app: FastifyInstance;
  /** Issues a new one-time sign-in token (valid until used). */
  issueLoginToken(): string;
  /** The sign-in path for a token: `/auth/login?token=...`. */
  loginPath(token: string): string;
}

/** An HTTP error with the status and code the client sees. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

/** Whether an address is loopback-only. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The web app's build folder, relative to this file (src/ or dist/ of packages/server or the CLI bundle). */
function defaultWebRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
}

const patchSchema = z
  .object({
    status: z.enum(['accepted', 'rejected', 'pending']).optional(),
    type: ploverTypeSchema.optional(),
    mode: z.string().max(100).nullable().optional(),
    modality: modalitySchema.optional(),
    actor: z.array(actorRefSchema).max(50).optional(),
    recipient: z.array(actorRefSchema).max(50).optional(),
    date: eventDateSchema.nullable().optional(),
    location: eventLocationSchema.nullable().optional(),
    note: z.string().max(10_000).nullable().optional(),
  })
  .strict();

const newDocumentSchema = z
  .object({
    text: z
      .string()
      .min(1, 'text must not be empty')
      .max(TEXT_LIMIT, `text must be at most ${TEXT_LIMIT} characters`),
    id: z.string().min(1).max(500).optional(),
    title: z.string().max(2000).optional(),
    source: z.string().max(2000).optional(),
    published: z.string().refine(isIsoDate, 'expected a real date as YYYY-MM-DD').optional(),
  })
  .strict();

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
}

/**
 * Builds the API. Call `app.listen({ host, port })` to serve it, or `app.inject` in tests.
 *
 * @param options
 *   The store and what else the server needs.
 * @example
 *   const { app, issueLoginToken, loginPath } = await createServer({ store });
 *   await app.listen({ host: '127.0.0.1', port: 8787 });
 *   console.log(`http://127.0.0.1:8787${loginPath(issueLoginToken())}`);
 */
export async function createServer(options: ServerOptions): Promise<SitrepServer> {
  const { store } = options;
  const version = options.version ?? '0.1.0';
  const openReads = isLoopback(options.host ?? '127.0.0.1');
  const loginTokens = new Set<string>();
  const sessions = new Map<string, { created: number }>();
  let extractor: Promise<Extractor> | null = null;
  const getExtractor = (): Promise<Extractor> => {
    if (!extractor) {
      const given = options.extractor;
      extractor =
        typeof given === 'function'
          ? given()
          : given
            ? Promise.resolve(given)
            : import('./worker').then((m) => m.createExtractor({ workers: 0 }));
    }
    return extractor;
  };

  const app = Fastify({
    logger: false,
    bodyLimit: JSON_BODY_LIMIT,
    // Long ids and queries are fine; absurd ones are refused by the parser before routing.
    routerOptions: { maxParamLength: 500 },
    return503OnClosing: true,
  });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  // Who is calling: a bearer token, or the session cookie. A bad bearer token is refused even on
  // open routes, so a client with a typo learns it at once.
  const whoOf = new WeakMap<FastifyRequest, Who>();
  // Checked in onRequest, before any body is read: an anonymous client cannot make the server
  // parse a 2 MiB body or a 32 MiB upload.
  const authorize = (request: FastifyRequest) => {
    const who = whoOf.get(request) ?? null;
    const path = request.url.split('?')[0]!;
    const write = request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS';
    if (path.startsWith('/auth/')) return;
    if (write) {
      if (!who) {
        throw new HttpError(
          401,
          'unauthorized',
          'writes need `Authorization: Bearer <token>` (sitrep token create NAME) or a signed-in browser session',
        );
      }
      if (who.via === 'cookie') checkSameOrigin(request);
    } else if (!openReads && !who && !isPublic(path)) {
      throw new HttpError(
        401,
        'unauthorized',
        'this server is not on a loopback address: reads need a bearer token or a session',
      );
    }
  };

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S{1,200})$/i.exec(header);
      const name = match ? await store.verifyToken(match[1]!) : null;
      if (!name) {
        throw new HttpError(
          401,
          'unauthorized',
          'the bearer token is not valid; create one with `sitrep token create NAME`',
        );
      }
      whoOf.set(request, { name, via: 'bearer' });
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie && sessions.has(cookie)) whoOf.set(request, { name: 'session', via: 'cookie' });
    }
    authorize(request);
  });

  const isPublic = (url: string) =>
    url === '/health' || url === '/openapi.json' || url.startsWith('/auth/') || !isApiPath(url);

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const { status, code, message } = classify(error);
    if (status >= 500) request.log.error(error);
    reply.headers(SECURITY_HEADERS);
    return reply.status(status).type('application/json; charset=utf-8').send({ error: code, message });
  });

  // --- sign-in -------------------------------------------------------------------------------
  const spend = (token: unknown): boolean => {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
    for (const known of loginTokens) {
      if (known.length === token.length && timingSafeEqual(Buffer.from(known), Buffer.from(token))) {
        loginTokens.delete(known);
        return true;
      }
    }
    return false;
  };
  const startSession = (reply: FastifyReply) => {
    const id = randomBytes(32).toString('base64url');
    sessions.set(id, { created: Date.now() });
    reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', path: '/', secure: false });
  };

  app.get('/auth/login', async (request, reply) => {
    const { token } = request.query as Record<string, unknown>;
    if (!spend(token)) {
      return reply
        .status(401)
        .type('text/html; charset=utf-8')
        .send(
          page(
            'Sign-in link not valid',
            'This sign-in link is not valid or was already used. Run <code>sitrep serve</code> again for a fresh link.',
          ),
        );
    }
    startSession(reply);
    return reply.redirect('/', 303);
  });
  app.post('/auth/session', async (request, reply) => {
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || typeof body.token !== 'string') {
      throw new HttpError(
        400,
        'bad-request',
        'expected a JSON body {"token": "..."} with the token from the sign-in link',
      );
    }
    if (!spend(body.token))
      throw new HttpError(401, 'unauthorized', 'the sign-in token is not valid or was already used');
    startSession(reply);
    return reply.status(204).send();
  });
  app.get('/auth/session', async (request) => {
    const who = whoOf.get(request) ?? null;
    return {
      authenticated: who !== null,
      via: who?.via ?? null,
      name: who?.name ?? null,
      loopback: openReads,
    };
  });
  app.delete('/auth/session', async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) sessions.delete(cookie);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  // --- service -------------------------------------------------------------------------------
  app.get('/health', async () => {
    const counts = await store.counts();
    return {
      ok: true,
      version,
      pipeline:
        options.extractor && typeof options.extractor !== 'function' ? options.extractor.version : null,
      ...counts,
    };
  });
  const openapi = openApiDocument(version);
  app.get('/openapi.json', async () => openapi);

  // --- documents -----------------------------------------------------------------------------
  app.post('/documents', async (request, reply) => {
    // An upload is hashed here and parsed (HTML, PDF, DOCX) on the extraction thread, so a large
    // PDF does not hold up other requests; a JSON body is text already. Either way the extraction
    // thread also validates, serializes and compresses what the store writes.
    let sha256: string;
    let prepare: (ex: Extractor) => Promise<PreparedDocument>;
    if (request.isMultipart()) {
      const upload = await readUpload(request);
      sha256 = sha256Hex(upload.bytes);
      prepare = (ex) => ex.prepareFile(upload);
    } else {
      const parsed = newDocumentSchema.safeParse(request.body);
      if (!parsed.success) {
        const malformed =
          request.body === null || typeof request.body !== 'object' || Array.isArray(request.body);
        throw new HttpError(
          malformed ? 400 : 422,
          malformed ? 'bad-request' : 'unprocessable',
          issues(parsed.error),
        );
      }
      const body = parsed.data;
      const bytes = Buffer.from(body.text, 'utf8');
      sha256 = sha256Hex(bytes);
      const input: DocumentInput = {
        text: body.text,
        sha256,
        id: body.id ?? null,
        title: body.title ?? null,
        source: body.source ?? null,
        published: body.published ?? null,
      };
      prepare = (ex) => ex.prepare(input, { bytes, format: 'txt' });
    }
    const ex = await getExtractor();
    let state = await store.documentState(sha256, ex.version);
    if (state !== 'current') {
      const prepared = await prepare(ex);
      const [outcome] = await store.putPrepared([prepared]);
      if (outcome === 'unchanged') state = 'current';
    }
    const stored = await store.getDocument(sha256);
    if (!stored) throw new Error(`document ${sha256} was stored but cannot be read back`);
    reply.header('x-sitrep-status', state === 'current' ? 'unchanged' : 'new');
    return reply.status(state === 'current' ? 200 : 201).send(stored.result satisfies DocumentResult);
  });

  app.get('/documents', async (request) => {
    const query = request.query as Record<string, unknown>;
    const page = parsePage(query);
    const q = stringParam(query, 'q');
    return store.listDocuments({ ...(q ? { q } : {}), ...page });
  });

  app.get('/documents/:id', async (request) => {
    const { id } = request.params as { id: string };
    const stored = await store.getDocument(id);
    if (!stored)
      throw new HttpError(
        404,
        'not-found',
        `no document ${JSON.stringify(id.slice(0, 100))}; list them with GET /documents`,
      );
    return { ...stored.result, events: stored.events, summary: stored.summary };
  });

  // --- events --------------------------------------------------------------------------------
  app.get('/events', async (request) => {
    const query = request.query as Record<string, unknown>;
    const filter = parseEventFilter(query);
    return store.queryEvents(filter, parsePage(query));
  });

  app.get('/events/:id', async (request) => {
    const { id } = request.params as { id: string };
    const event = await store.getEvent(id);
    if (!event) throw notFoundEvent(id);
    return event;
  });

  app.patch('/events/:id', async (request) => {
    const { id } = request.params as { id: string };
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new HttpError(
        400,
        'bad-request',
        'expected a JSON object such as {"status": "accepted", "note": "checked"}',
      );
    }
    const parsed = patchSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(422, 'unprocessable', issues(parsed.error));
    if (Object.keys(parsed.data).length === 0) {
      throw new HttpError(
        422,
        'unprocessable',
        'nothing to do: give a status, an edit (type, actor, date, location ...) or a note',
      );
    }
    const who = whoOf.get(request)!;
    return store.reviewEvent(id, parsed.data as ReviewPatch, who.name);
  });

  app.get('/events/:id/history', async (request) => {
    const { id } = request.params as { id: string };
    if (!(await store.getEvent(id))) throw notFoundEvent(id);
    const items = await store.history(id);
    return { items, total: items.length, next: null };
  });

  app.get('/stats', async (request) =>
    store.stats(parseEventFilter(request.query as Record<string, unknown>)),
  );

  for (const format of ['csv', 'geojson', 'jsonl'] as ExportFormat[]) {
    app.get(`/export.${format}`, async (request, reply) => {
      const filter = parseEventFilter(request.query as Record<string, unknown>);
      reply.type(EXPORT_MEDIA_TYPES[format]);
      reply.header('content-disposition', `attachment; filename="sitrep-events.${format}"`);
      return reply.send(Readable.from(exportEvents(store, filter, format)));
    });
  }

  // --- search for the review editor ----------------------------------------------------------
  app.get('/actors', async (request) => {
    const query = request.query as Record<string, unknown>;
    const q = stringParam(query, 'q') ?? '';
    const limit = smallLimit(query);
    const fromDictionary = options.searchActors && q ? await options.searchActors(q, limit) : [];
    const seen = new Set(fromDictionary.map((a) => a.id));
    const items = [
      ...fromDictionary.map((a) => ({
        id: a.id,
        name: a.name,
        country: a.country,
        sector: a.sector,
        source: 'dictionary',
      })),
      ...(await store.searchActors(q, limit))
        .filter((a) => !seen.has(a.id))
        .map((a) => ({ id: a.id, name: a.name, country: a.country, sector: a.sector, source: 'store' })),
    ].slice(0, limit);
    return { items, total: items.length, next: null };
  });

  app.get('/places', async (request) => {
    const query = request.query as Record<string, unknown>;
    const q = stringParam(query, 'q') ?? '';
    const limit = smallLimit(query);
    const fromGazetteer = options.searchPlaces && q ? await options.searchPlaces(q, limit) : [];
    const items = [
      ...fromGazetteer.map((p) => ({
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        country: p.country,
        admin1: p.admin1 ?? null,
        admin2: p.admin2 ?? null,
        feature: p.feature ?? null,
        gazetteer: p.gazetteer ?? null,
        source: 'gazetteer',
      })),
      ...(q ? await store.searchPlaces(q, limit) : []).map(({ count: _count, ...p }) => ({
        ...p,
        source: 'store',
      })),
    ].slice(0, limit);
    return { items, total: items.length, next: null };
  });

  // --- the web app ---------------------------------------------------------------------------
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  const hasWeb = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ['index.html'],
      wildcard: true,
      serveDotFiles: false,
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          page(
            'sitrep',
            'The web app is not built yet (run <code>npm run build</code>). The API is described at <a href="/openapi.json">/openapi.json</a>.',
          ),
        ),
    );
  }
  const indexHtml = hasWeb ? readFileSync(join(webRoot!, 'index.html')) : null;
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (
      request.method === 'GET' &&
      indexHtml &&
      !isApiPath(path) &&
      /text\/html/.test(request.headers.accept ?? '')
    ) {
      return reply.type('text/html; charset=utf-8').send(indexHtml);
    }
    return reply.status(404).send({
      error: 'not-found',
      message: `no route ${request.method} ${path.slice(0, 200)}; see /openapi.json`,
    });
  });

  return {
    app,
    issueLoginToken() {
      const token = randomBytes(24).toString('base64url');
      loginTokens.add(token);
      return token;
    },
    loginPath(token) {
      return `/auth/login?token=${encodeURIComponent(token)}`;
    },
  };
}

/** Who made a request: a token's name, or `session` for the signed-in browser. */
interface Who {
  name: string;
  via: 'bearer' | 'cookie';
}

const API_PREFIXES = [
  '/documents',
  '/events',
  '/stats',
  '/export.',
  '/actors',
  '/places',
  '/health',
  '/auth',
  '/openapi.json',
];

function isApiPath(path: string): boolean {
  return API_PREFIXES.some(
    (p) => path === p || path.startsWith(p.endsWith('.') ? p : `${p}/`) || path.startsWith(`${p}?`),
  );
}

/** Refuses a cookie-authenticated write that a page on another origin sent (belt and braces with SameSite=Strict). */
function checkSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    throw new HttpError(
      403,
      'forbidden',
      'a write from another site is refused; use the sitrep web app or a bearer token',
    );
  }
  const origin = request.headers.origin;
  if (
    origin !== undefined &&
    origin !== `http://${request.headers.host}` &&
    origin !== `https://${request.headers.host}`
  ) {
    throw new HttpError(
      403,
      'forbidden',
      `a write from origin ${origin.slice(0, 100)} is refused; use the sitrep web app or a bearer token`,
    );
  }
}

/** Reads a multipart upload's file and fields; the file is parsed later, where it is extracted. */
async function readUpload(request: FastifyRequest): Promise<FileBytes> {
  const fields: Record<string, string> = {};
  let file: { name: string; mediaType: string; bytes: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new HttpError(
          400,
          'bad-request',
          `expected the upload in a part named "file", found "${part.fieldname.slice(0, 50)}"`,
        );
      }
      const bytes = await part.toBuffer();
      file = { name: part.filename || 'upload', mediaType: part.mimetype, bytes };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file)
    throw new HttpError(400, 'bad-request', 'expected a multipart part named "file" with the document');
  const published = fields.published ?? '';
  if (published !== '' && !isIsoDate(published)) {
    throw new HttpError(
      422,
      'unprocessable',
      `published: expected a real date as YYYY-MM-DD, found ${JSON.stringify(String(published).slice(0, 40))}`,
    );
  }
  return {
    name: file.name,
    bytes: file.bytes,
    ...(file.mediaType && file.mediaType !== 'application/octet-stream' ? { mediaType: file.mediaType } : {}),
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.title ? { title: fields.title.slice(0, 2000) } : {}),
  };
}

function stringParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw new HttpError(400, 'bad-request', `${name}: expected text`);
  if (v.length > 500)
    throw new HttpError(400, 'bad-request', `${name}: expected at most 500 characters, found ${v.length}`);
  return v;
}

function smallLimit(query: Record<string, unknown>): number {
  const raw = stringParam(query, 'limit');
  if (raw === undefined) return 20;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new HttpError(
      400,
      'bad-request',
      `limit: expected a whole number from 1 to 100, found ${JSON.stringify(raw.slice(0, 40))}`,
    );
  }
  return n;
}

function notFoundEvent(id: string): HttpError {
  return new HttpError(
    404,
    'not-found',
    `no event ${JSON.stringify(id.slice(0, 100))}; list them with GET /events`,
  );
}

/** Maps any error to the status, code and message the client sees. Bad input is never a 500. */
function classify(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof FilterError) return { status: 400, code: 'bad-request', message: error.message };
  if (error instanceof InputError) return { status: 422, code: 'unprocessable', message: error.message };
  if (error instanceof StoreError) {
    const map: Record<string, [number, string]> = {
      'not-found': [404, 'not-found'],
      invalid: [422, 'unprocessable'],
      conflict: [409, 'conflict'],
    };
    const [status, code] = map[error.code] ?? [503, 'unavailable'];
    // A bad cursor is a malformed query, not a bad record.
    if (error.code === 'invalid' && /cursor/.test(error.message))
      return { status: 400, code: 'bad-request', message: error.message };
    return { status, code, message: error.message };
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code =
      status === 413
        ? 'payload-too-large'
        : status === 415
          ? 'unsupported-media-type'
          : status === 404
            ? 'not-found'
            : status === 401
              ? 'unauthorized'
              : 'bad-request';
    return { status, code, message: fastifyError.message ?? 'bad request' };
  }
  // Multipart limits surface as errors with a code but, in some paths, no status.
  if (
    fastifyError.code === 'FST_REQ_FILE_TOO_LARGE' ||
    fastifyError.code === 'FST_PARTS_LIMIT' ||
    fastifyError.code === 'FST_FILES_LIMIT'
  ) {
    return { status: 413, code: 'payload-too-large', message: fastifyError.message ?? 'upload too large' };
  }
  return { status: 500, code: 'internal', message: 'internal error; the server log has details' };
}

/** A minimal HTML page (no scripts) for sign-in errors and the no-web-app notice. */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;
}
