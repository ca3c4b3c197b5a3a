// A few thousand random and malformed requests over real HTTP: no 500, the server stays up, and the
// data is unchanged. Seeded, so a failure can be replayed.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, type Running, startServer } from './helpers';

let run: Running;
let token: string;

beforeAll(async () => {
  run = await startServer();
  token = (await run.store.createToken('fuzzer')).token;
});
afterAll(async () => {
  await run.close();
  rmSync(run.dir, { recursive: true, force: true });
});

// Mulberry32: a small seeded PRNG so every run sends the same requests.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = [
  '/events',
  '/events/{id}',
  '/events/{id}/history',
  '/documents',
  '/documents/{id}',
  '/stats',
  '/export.csv',
  '/export.geojson',
  '/export.jsonl',
  '/actors',
  '/places',
  '/health',
  '/auth/login',
  '/auth/session',
  '/openapi.json',
  '/',
  '/nope',
];
const KEYS = [
  'type',
  'from',
  'to',
  'bbox',
  'limit',
  'cursor',
  'sort',
  'q',
  'status',
  'modality',
  'country',
  'admin1',
  'actor',
  'minConfidence',
  'document',
  'token',
  'acled',
  '__proto__',
  'constructor',
];
const NASTY = [
  '',
  '%',
  '%zz',
  '%00',
  '\u0000',
  '"',
  "'",
  '\\',
  '*',
  'NEAR(',
  'a OR b',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '2024-02-30',
  '9999-99-99',
  '1,2,3,4',
  '-200,-100,200,100',
  'ASSAULT,,',
  '\u202e\u200b',
  '😀',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  'x'.repeat(5000),
  '[object Object]',
  '{}',
  'null',
];

it('survives thousands of random and malformed requests with no 500 and no change to the data', async () => {
  const rand = prng(20240502);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const before = await (await fetch(`${run.base}/export.jsonl`)).text();
  const ids = (await json(await fetch(`${run.base}/events?limit=10`))).items.map((e: { id: string }) => e.id);
  const randomString = () => {
    const r = rand();
    if (r < 0.5) return pick(NASTY);
    if (r < 0.7) return pick(ids) as string;
    return Array.from({ length: Math.floor(rand() * 40) }, () =>
      String.fromCharCode(Math.floor(rand() * 0x3000)),
    ).join('');
  };
  const randomJson = (depth = 0): unknown => {
    const r = rand();
    if (depth > 3 || r < 0.3) return pick([null, true, 1, -1.5, 1e308, randomString(), []]);
    if (r < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(depth + 1));
    const keys = [
      'status',
      'type',
      'note',
      'actor',
      'date',
      'location',
      'text',
      'published',
      'token',
      'modality',
      '__proto__',
    ];
    return Object.fromEntries(
      Array.from({ length: Math.floor(rand() * 4) }, () => [pick(keys), randomJson(depth + 1)]),
    );
  };
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const one = async () => {
    let path = pick(PATHS).replace('{id}', encodeURIComponent(randomString()).slice(0, 300));
    if (rand() < 0.1) path += `/${pick(NASTY).slice(0, 50)}`;
    const query = Array.from({ length: Math.floor(rand() * 4) }, () => {
      const value = randomString();
      // Raw, sometimes deliberately not percent-encoded, to hit the query parser.
      return `${pick(KEYS)}=${rand() < 0.7 ? encodeURIComponent(value) : value.replace(/[#\s]/g, '')}`;
    }).join('&');
    const method = pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS']);
    const headers: Record<string, string> = {};
    const authorized = rand() < 0.5;
    if (authorized) headers.authorization = `Bearer ${token}`;
    else if (rand() < 0.2)
      headers.authorization = pick([
        'Bearer',
        'Basic abc',
        `Bearer ${randomString()}`.replace(/[^\x20-\x7e]/g, '').slice(0, 100),
        'bearer  x',
      ]);
    let body: string | Uint8Array | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      headers['content-type'] = pick([
        'application/json',
        'application/json',
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/octet-stream',
      ]);
      const r = rand();
      if (r < 0.4) {
        // Authorized JSON bodies always carry a key the API does not know, so none can be a valid
        // write: the data must stay unchanged.
        const value = randomJson();
        body = JSON.stringify(
          authorized && value && typeof value === 'object' && !Array.isArray(value)
            ? { ...value, fuzz: true }
            : authorized
              ? [value]
              : value,
        );
      } else if (r < 0.7) {
        body = Buffer.from(Array.from({ length: Math.floor(rand() * 200) }, () => Math.floor(rand() * 256)));
      } else if (r < 0.72) {
        body = `{"text": "${'y'.repeat(2 * 1024 * 1024 + 10)}"}`;
      } else {
        body = `--x\r\nContent-Disposition: form-data; name="${pick(['file', 'other', 'published'])}"; filename="${randomString()}"\r\n\r\n${randomString()}\r\n${rand() < 0.5 ? '--x--\r\n' : ''}`;
      }
      if (
        authorized &&
        method === 'POST' &&
        path === '/documents' &&
        headers['content-type'] === 'multipart/form-data; boundary=x'
      ) {
        // An upload with a readable file would be a valid write; keep the fuzzer's writes invalid.
        headers['content-type'] = 'application/x-fuzz';
      }
    }
    try {
      const res = await fetch(`${run.base}${path}${query ? `?${query}` : ''}`, {
        method,
        headers,
        body: body as NonNullable<RequestInit['body']> | undefined,
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures.push(`${method} ${path}?${query.slice(0, 200)} -> ${res.status}`);
    } catch (error) {
      failures.push(`${method} ${path}?${query.slice(0, 200)} -> ${(error as Error).message}`);
    }
  };
  const total = 2000;
  let sent = 0;
  const lane = async () => {
    while (sent < total) {
      sent++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  expect(failures.slice(0, 10)).toEqual([]);
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(total);
  // The fuzzer reached the validators, the auth checks and the size limits, not just one of them.
  for (const status of [200, 400, 401, 404, 413, 415, 422])
    expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
  expect((await fetch(`${run.base}/health`)).status).toBe(200);
  expect(await (await fetch(`${run.base}/export.jsonl`)).text()).toBe(before);
  expect((await run.store.counts()).documents).toBe(3);
}, 120_000);
