// The HTTP API over real HTTP on 127.0.0.1: shapes, filters, review with audit, auth, limits, exports.
import { rmSync } from 'node:fs';
import { CSV_COLUMNS, csvHeader, parseDocumentResult } from '@sitrep/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Running, startServer } from './helpers';

let run: Running;
let token: string;

beforeAll(async () => {
  run = await startServer();
  token = (await run.store.createToken('tester')).token;
});
afterAll(async () => {
  await run.close();
  rmSync(run.dir, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${run.base}${path}`, init);
const auth = () => ({ authorization: `Bearer ${token}` });
const patch = (id: string, body: unknown, headers: Record<string, string> = auth()) =>
  fetch(`${run.base}/events/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('reads', () => {
  it('answers /health with counts and security headers, no CORS', async () => {
    const res = await get('/health', { headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ ok: true, documents: 3, events: 6 });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists events as {items,total,next}, filters and pages them', async () => {
    const first = await json(await get('/events?limit=4'));
    expect(first.total).toBe(6);
    expect(first.items).toHaveLength(4);
    expect(first.items[0].date.start).toBe('2024-05-03');
    expect(first.items[0]).toMatchObject({
      review: { status: 'pending' },
      document: { title: 'Fictional report' },
    });
    const second = await json(await get(`/events?limit=4&cursor=${first.next}`));
    expect(second.items).toHaveLength(2);
    expect(second.next).toBeNull();
    const protests = await json(await get('/events?type=PROTEST&from=2024-05-02&country=SY'));
    expect(protests.total).toBe(2);
    expect((await json(await get('/events?q=bakery'))).total).toBe(2);
    expect((await json(await get('/events?bbox=36.5,35.8,36.8,36.0'))).total).toBe(3);
    expect((await json(await get('/events?actor=syr.mil&sort=confidence'))).total).toBe(3);
  });

  it('refuses bad filters with 400 and says what was expected', async () => {
    for (const query of [
      'type=FOO',
      'from=2024-13-01',
      'bbox=1,2,3',
      'limit=0',
      'limit=9999',
      'sort=up',
      'cursor=zz',
      'country=Syria',
      'minConfidence=2',
    ]) {
      const res = await get(`/events?${query}`);
      expect(res.status, query).toBe(400);
      const body = await json(res);
      expect(body.error).toBe('bad-request');
      expect(body.message).toMatch(/expected|cursor/);
    }
  });

  it('returns one event, a document with text and event records, and 404s', async () => {
    const { items } = await json(await get('/events?limit=1'));
    const event = await json(await get(`/events/${encodeURIComponent(items[0].id)}`));
    expect(event.id).toBe(items[0].id);
    expect((await get('/events/nope:e1')).status).toBe(404);
    const doc = await json(await get(`/documents/${event.document.sha256}`));
    expect(doc.document.text).toContain('Fictional');
    expect(doc.events.map((e: { id: string }) => e.id)).toContain(event.id);
    const { events: _records, summary: _summary, ...result } = doc;
    parseDocumentResult({ ...result, events: [] });
    expect((await get('/documents/nope')).status).toBe(404);
    const docs = await json(await get('/documents?q=bakery'));
    expect(docs.total).toBe(1);
  });

  it('counts by type, day, week, country, actor and status', async () => {
    const stats = await json(await get('/stats?type=ASSAULT'));
    expect(stats.total).toBe(3);
    expect(stats.byType).toEqual([{ key: 'ASSAULT', count: 3 }]);
    expect(stats.byDay.map((b: { key: string }) => b.key)).toEqual([
      '2024-05-01',
      '2024-05-02',
      '2024-05-03',
    ]);
    expect(stats.byWeek).toEqual([{ key: '2024-W18', count: 3 }]);
    expect(stats.byActor[0]).toMatchObject({ key: 'syr.mil', count: 3, name: 'Syrian Army' });
  });

  it('exports CSV, GeoJSON and JSONL with the same filters', async () => {
    const csv = await (await get('/export.csv?type=ASSAULT')).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(`${lines[0]}\r\n`).toBe(csvHeader());
    expect(lines).toHaveLength(4);
    expect(lines[1]!.split(',')[CSV_COLUMNS.indexOf('plover_type')]).toBe('ASSAULT');
    const geo = await json(await get('/export.geojson'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(6);
    expect(geo.features[0].geometry.type).toBe('Point');
    const jsonl = (await (await get('/export.jsonl?type=PROTEST')).text()).trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).type)).toEqual(['PROTEST', 'PROTEST', 'PROTEST']);
    expect((await get('/export.csv?from=junk')).status).toBe(400);
  });

  it('searches actors and places for the editor', async () => {
    const actors = await json(await get('/actors?q=syr'));
    expect(actors.items[0]).toMatchObject({ id: 'syr.mil', source: 'store' });
    expect((await get('/actors?limit=1000')).status).toBe(400);
    const places = await json(await get('/places?q=zz'));
    expect(places).toEqual({ items: [], total: 0, next: null });
  });

  it('describes every route in /openapi.json (OpenAPI 3.1)', async () => {
    const doc = await json(await get('/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/health',
      '/documents',
      '/documents/{id}',
      '/events',
      '/events/{id}',
      '/events/{id}/history',
      '/stats',
      '/export.csv',
      '/export.geojson',
      '/actors',
      '/places',
      '/auth/login',
      '/auth/session',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/events/{id}'].patch).toBeDefined();
  });

  it('serves the web app, with index.html for unknown non-API pages and JSON 404 for the API', async () => {
    const home = await get('/');
    expect(await home.text()).toContain('Fictional app');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/app.js')).status).toBe(200);
    const deep = await get('/app/events/x', { headers: { accept: 'text/html' } });
    expect(await deep.text()).toContain('Fictional app');
    const api = await get('/events/x/y/z', { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect((await json(api)).error).toBe('not-found');
  });
});

describe('review and auth', () => {
  it('refuses writes without credentials and with a bad token', async () => {
    const { items } = await json(await get('/events?limit=1'));
    expect((await patch(items[0].id, { status: 'accepted' }, {})).status).toBe(401);
    const bad = await patch(items[0].id, { status: 'accepted' }, { authorization: 'Bearer sitrep_nope' });
    expect(bad.status).toBe(401);
    expect((await get('/events', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('accepts, edits and rejects with a bearer token; every change is in the history', async () => {
    const { items } = await json(await get('/events?type=ASSAULT&limit=1'));
    const id = items[0].id;
    const accepted = await patch(id, { status: 'accepted', note: 'Fictional: checked against the source' });
    expect(accepted.status).toBe(200);
    expect((await json(accepted)).review).toMatchObject({ status: 'accepted', by: 'tester' });
    const edited = await json(await patch(id, { type: 'COERCE', location: null, note: 'no shelling' }));
    expect(edited).toMatchObject({
      type: 'COERCE',
      location: null,
      review: { status: 'edited' },
      original: { type: 'ASSAULT' },
    });
    const history = await json(await get(`/events/${encodeURIComponent(id)}/history`));
    expect(history.items.map((h: { action: string }) => h.action)).toEqual(['accept', 'edit']);
    expect(history.total).toBe(2);
    expect((await json(await get('/events?status=edited'))).total).toBe(1);
  });

  it('answers 422 for well-formed but invalid edits and 400 for malformed bodies', async () => {
    const { items } = await json(await get('/events?type=PROTEST&limit=1'));
    const id = items[0].id;
    expect((await patch(id, { type: 'RIOT' })).status).toBe(422);
    expect((await patch(id, { status: 'maybe' })).status).toBe(422);
    expect((await patch(id, { date: { start: '2024-02-30', end: 'x', precision: 'day' } })).status).toBe(422);
    expect((await patch(id, { unknown: 1 })).status).toBe(422);
    expect((await patch(id, {})).status).toBe(422);
    expect((await patch(id, [1, 2])).status).toBe(400);
    const raw = await fetch(`${run.base}/events/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth() },
      body: '{"status": "acc',
    });
    expect(raw.status).toBe(400);
    expect((await patch('none:e1', { status: 'accepted' })).status).toBe(404);
    expect((await json(await get(`/events/${encodeURIComponent(id)}`))).review.status).toBe('pending');
  });

  it('signs a browser in with a one-time link, then accepts cookie writes from the same origin only', async () => {
    const login = run.server.issueLoginToken();
    const res = await get(run.server.loginPath(login), { redirect: 'manual' });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/sitrep_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await get(run.server.loginPath(login), { redirect: 'manual' })).status).toBe(401);
    const session = cookie.split(';')[0]!;
    const me = await json(await get('/auth/session', { headers: { cookie: session } }));
    expect(me).toMatchObject({ authenticated: true, via: 'cookie' });
    const { items } = await json(await get('/events?type=PROTEST&limit=1'));
    const ok = await patch(
      items[0].id,
      { status: 'rejected', note: 'Fictional: opinion, not an event' },
      { cookie: session, origin: run.base },
    );
    expect(ok.status).toBe(200);
    expect((await json(ok)).review).toMatchObject({ status: 'rejected', by: 'session' });
    const cross = await patch(
      items[0].id,
      { status: 'accepted' },
      { cookie: session, origin: 'http://evil.example' },
    );
    expect(cross.status).toBe(403);
    const fetchLogin = run.server.issueLoginToken();
    const viaFetch = await fetch(`${run.base}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: fetchLogin }),
    });
    expect(viaFetch.status).toBe(204);
    expect(viaFetch.headers.get('set-cookie')).toMatch(/HttpOnly/i);
  });
});

describe('POST /documents', () => {
  it('extracts and stores JSON text once, answering 201 then 200', async () => {
    const body = JSON.stringify({
      text: 'Fictional: officials met in Cairo on Monday.',
      published: '2024-05-06',
      title: 'Fictional talks',
    });
    const headers = { 'content-type': 'application/json', ...auth() };
    const first = await fetch(`${run.base}/documents`, { method: 'POST', headers, body });
    expect(first.status).toBe(201);
    expect(first.headers.get('x-sitrep-status')).toBe('new');
    const result = parseDocumentResult(await json(first));
    expect(result.document).toMatchObject({ title: 'Fictional talks', published: '2024-05-06' });
    expect(result.document.text).toBe('Fictional: officials met in Cairo on Monday.');
    const again = await fetch(`${run.base}/documents`, { method: 'POST', headers, body });
    expect(again.status).toBe(200);
    expect(again.headers.get('x-sitrep-status')).toBe('unchanged');
    expect((await json(await get(`/documents/${result.document.sha256}`))).summary.title).toBe(
      'Fictional talks',
    );
  });

  it('takes a file upload', async () => {
    const form = new FormData();
    form.append('published', '2024-05-07');
    form.append(
      'file',
      new Blob(
        [
          '<html><head><title>Fictional upload</title></head><body><p>Fictional: a convoy was stopped near Gao.</p></body></html>',
        ],
        { type: 'text/html' },
      ),
      'upload.html',
    );
    const res = await fetch(`${run.base}/documents`, { method: 'POST', headers: auth(), body: form });
    expect(res.status).toBe(201);
    const result = parseDocumentResult(await json(res));
    expect(result.document.text).toContain('convoy was stopped');
    expect(result.document.published).toBe('2024-05-07');
  });

  it('gives an upload the title sent beside it, and names an unreadable upload in the error', async () => {
    const form = new FormData();
    form.append('title', 'Fictional title given by the uploader');
    form.append(
      'file',
      new Blob(
        [
          '<html><head><title>Page title</title></head><body><p>Fictional: talks opened in Lomé.</p></body></html>',
        ],
        {
          type: 'text/html',
        },
      ),
      'retitled.html',
    );
    const res = await fetch(`${run.base}/documents`, { method: 'POST', headers: auth(), body: form });
    expect(res.status).toBe(201);
    expect(parseDocumentResult(await json(res)).document.title).toBe('Fictional title given by the uploader');
    const empty = new FormData();
    empty.append('file', new Blob([]), 'nothing.txt');
    const refused = await fetch(`${run.base}/documents`, { method: 'POST', headers: auth(), body: empty });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await json(refused))).toMatch(/nothing\.txt: file is empty/);
  });

  it('answers 400/413/415/422 for bad documents', async () => {
    const post = (body: NonNullable<RequestInit['body']>, type: string) =>
      fetch(`${run.base}/documents`, { method: 'POST', headers: { 'content-type': type, ...auth() }, body });
    expect((await post(JSON.stringify({ text: '' }), 'application/json')).status).toBe(422);
    expect(
      (await post(JSON.stringify({ text: 'Fictional.', published: 'May' }), 'application/json')).status,
    ).toBe(422);
    expect((await post(JSON.stringify('just a string'), 'application/json')).status).toBe(400);
    expect((await post('{"text":', 'application/json')).status).toBe(400);
    expect(
      (await post(JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }), 'application/json')).status,
    ).toBe(413);
    expect((await post('text=hello', 'application/x-www-form-urlencoded')).status).toBe(415);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254])]), 'binary.txt');
    expect(
      (await fetch(`${run.base}/documents`, { method: 'POST', headers: auth(), body: form })).status,
    ).toBe(422);
    const noFile = new FormData();
    noFile.append('published', '2024-05-01');
    expect(
      (await fetch(`${run.base}/documents`, { method: 'POST', headers: auth(), body: noFile })).status,
    ).toBe(400);
  });
});

describe('bound to a non-loopback address', () => {
  it('requires credentials for reads too, except health and the OpenAPI document', async () => {
    const open = await startServer({ host: '0.0.0.0' });
    try {
      const { token: secret } = await open.store.createToken('reader');
      expect((await fetch(`${open.base}/events`)).status).toBe(401);
      expect((await fetch(`${open.base}/health`)).status).toBe(200);
      expect((await fetch(`${open.base}/openapi.json`)).status).toBe(200);
      const ok = await fetch(`${open.base}/events`, { headers: { authorization: `Bearer ${secret}` } });
      expect(ok.status).toBe(200);
    } finally {
      await open.close();
      rmSync(open.dir, { recursive: true, force: true });
    }
  });
});
