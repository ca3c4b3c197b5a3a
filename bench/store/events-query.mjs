#!/usr/bin/env node
// GET /events latency on a database of N generated events (default 1,000,000), over real HTTP.
//
//   node scripts/build.mjs && node bench/store/events-query.mjs [N]
//
// Generates fictional events straight into the store's schema (one bulk transaction, the same
// columns and indexes `putDocument` fills), starts the real server (packages/server/dist) on
// 127.0.0.1, and times a fixed, seeded mix of list requests: no filter, type, country, date range,
// bbox, actor, review status, full text, and deeper pages through `next` cursors. Prints p50/p95
// per kind and overall. The database is built once in the OS temp dir and reused when its size
// matches (delete it when done: at 1M events it is large).
import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const { openSqliteStore } = await import(join(root, 'packages/store/dist/index.js'));
const { createServer } = await import(join(root, 'packages/server/dist/index.js'));

const TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];
const COUNTRIES = [
  ['SY', 'Idlib', 35.93, 36.63],
  ['SY', 'Aleppo', 36.2, 37.15],
  ['UA', 'Kharkiv', 49.99, 36.23],
  ['SD', 'North Darfur', 13.63, 25.35],
  ['ML', 'Gao', 16.27, -0.04],
  ['CO', 'Bogota', 4.71, -74.07],
  ['MM', 'Sagaing', 21.88, 95.98],
  ['EG', 'Cairo', 30.04, 31.24],
  ['YE', 'Aden', 12.79, 45.03],
  ['LY', 'Benghazi', 32.12, 20.07],
];
const ACTORS = Array.from({ length: 200 }, (_, i) => ({
  id: `actor.${i}`,
  name: `Fictional Actor ${i}`,
  country: null,
  sector: 'UNK',
}));
const STATUSES = ['pending', 'pending', 'pending', 'accepted', 'rejected', 'edited'];
const WORDS = [
  'shelled',
  'protested',
  'met',
  'ambushed',
  'signed',
  'detained',
  'evacuated',
  'threatened',
  'blockaded',
  'demonstrated',
];

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const path = join(tmpdir(), `sitrep-bench-events-${N}.db`);
function build() {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const started = Date.now();
  const store = openSqliteStore(path);
  const db = store.db;
  const rand = prng(7);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const perDoc = 100;
  const insertDoc = db.prepare(
    `INSERT INTO documents (sha256, id, title, published, chars, text, original, original_size, ingested, pipeline) VALUES (?, ?, ?, ?, ?, ?, x'00', 1, ?, 'bench')`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, sha256, local, type, acled, modality, date_start, date_end, country, admin1, lat, lon, confidence, status, data, pipeline)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')`,
  );
  const insertFts = db.prepare('INSERT INTO evidence_fts (rowid, evidence) VALUES (?, ?)');
  const insertTree = db.prepare(
    'INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)',
  );
  const insertActor = db.prepare('INSERT OR IGNORE INTO event_actors (event, actor, role) VALUES (?, ?, ?)');
  const day0 = Date.UTC(2020, 0, 1);
  // One transaction: a million single-row commits would take hours; one takes a minute.
  db.transaction(() => {
    for (let d = 0; d < N / perDoc; d++) {
      const sha = createHash('sha256').update(`bench-${d}`).digest('hex');
      insertDoc.run(
        sha,
        `bench-${d}`,
        `Fictional bench document ${d}`,
        '2024-01-01',
        100,
        `Fictional bench document ${d}.`,
        new Date().toISOString(),
      );
      for (let e = 0; e < perDoc; e++) {
        const [country, admin1, lat, lon] = pick(COUNTRIES);
        const type = pick(TYPES);
        const day = new Date(day0 + Math.floor(rand() * 1800) * 86_400_000).toISOString().slice(0, 10);
        const actor = pick(ACTORS);
        const recipient = pick(ACTORS);
        const word = pick(WORDS);
        const evidence = `Fictional: ${actor.name} ${word} near ${admin1} (${d}.${e}).`;
        const data = {
          type,
          mode: null,
          context: [],
          cameo: null,
          acled: null,
          modality: 'asserted',
          actor: [actor],
          recipient: [recipient],
          date: { start: day, end: day, precision: 'day', time: null },
          location: {
            place: null,
            name: admin1,
            lat: lat + rand() * 0.5,
            lon: lon + rand() * 0.5,
            country,
            admin1,
            admin2: null,
            precision: 1,
          },
          fatalities: null,
          trigger: { span: [0, word.length], text: word },
          evidence: { span: [0, evidence.length], text: evidence },
          attribution: null,
          confidence: Math.round(rand() * 100) / 100,
          why: [`trigger:${word}`],
        };
        const info = insertEvent.run(
          `${sha.slice(0, 16)}:e${e + 1}`,
          sha,
          `e${e + 1}`,
          type,
          'asserted',
          day,
          day,
          country,
          admin1,
          data.location.lat,
          data.location.lon,
          data.confidence,
          pick(STATUSES),
          JSON.stringify(data),
        );
        const rowid = info.lastInsertRowid;
        insertFts.run(rowid, evidence);
        insertTree.run(rowid, data.location.lon, data.location.lon, data.location.lat, data.location.lat);
        insertActor.run(rowid, actor.id, 'actor');
        insertActor.run(rowid, recipient.id, 'recipient');
      }
    }
  })();
  db.pragma('optimize');
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  return (Date.now() - started) / 1000;
}

let buildSeconds = null;
const expectedDocs = Math.ceil(N / 100);
let reuse = false;
if (existsSync(path)) {
  const probe = openSqliteStore(path);
  reuse = (await probe.counts()).events === N;
  await probe.close();
}
if (!reuse) {
  process.stdout.write(`generating ${N} events in ${expectedDocs} documents into ${path} ...\n`);
  buildSeconds = build();
  process.stdout.write(`generated in ${buildSeconds.toFixed(1)} s\n`);
}
const size = statSync(path).size;

const store = openSqliteStore(path);
const { app } = await createServer({ store, webRoot: null });
const base = await app.listen({ host: '127.0.0.1', port: 0 });

const rand = prng(42);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const kinds = {
  'no filter': () => '/events',
  type: () => `/events?type=${pick(TYPES)}`,
  'type, 2 values': () => `/events?type=${pick(TYPES)},${pick(TYPES)}`,
  country: () => `/events?country=${pick(COUNTRIES)[0]}`,
  'country+admin1': () => {
    const [c, a] = pick(COUNTRIES);
    return `/events?country=${c}&admin1=${encodeURIComponent(a)}`;
  },
  'date range (1 month)': () => {
    const m = 1 + Math.floor(rand() * 12);
    return `/events?from=2022-${String(m).padStart(2, '0')}-01&to=2022-${String(m).padStart(2, '0')}-28`;
  },
  bbox: () => {
    const [, , lat, lon] = pick(COUNTRIES);
    return `/events?bbox=${lon},${lat},${lon + 0.25},${lat + 0.25}`;
  },
  actor: () => `/events?actor=${pick(ACTORS).id}`,
  status: () => `/events?status=${pick(['accepted', 'rejected', 'edited'])}`,
  'full text': () => `/events?q=${pick(WORDS)}`,
  'type+country+date, by confidence': () =>
    `/events?type=${pick(TYPES)}&country=${pick(COUNTRIES)[0]}&from=2021-01-01&to=2022-12-31&sort=-confidence`,
};

async function time(url) {
  const t = process.hrtime.bigint();
  const res = await fetch(base + url);
  const body = await res.json();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return { ms, body };
}
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const rows = [];
const all = [];
const firsts = [];
for (const [kind, make] of Object.entries(kinds)) {
  const times = [];
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    const url = `${make()}&limit=50`.replace('/events&', '/events?');
    const { ms, body } = await time(url);
    times.push(ms);
    if (!seen.has(url)) {
      seen.add(url);
      firsts.push(ms);
    }
    // Follow the cursor two pages deeper on some requests, as a user scrolling would.
    if (i % 4 === 0 && body.next) {
      const page2 = await time(`${url}&cursor=${body.next}`);
      times.push(page2.ms);
    }
  }
  all.push(...times);
  rows.push({ kind, n: times.length, p50: pct(times, 50), p95: pct(times, 95) });
}

await app.close();
await store.close();
const out = [
  `GET /events on ${N.toLocaleString('en')} events (${expectedDocs.toLocaleString('en')} documents), database ${(size / 1024 / 1024).toFixed(0)} MiB${buildSeconds !== null ? `, generated in ${buildSeconds.toFixed(1)} s` : ''}`,
  '',
  '| request | n | p50 ms | p95 ms |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.kind} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`),
  `| **all** | ${all.length} | ${pct(all, 50).toFixed(1)} | ${pct(all, 95).toFixed(1)} |`,
  `| first request per distinct filter (total counted, not cached) | ${firsts.length} | ${pct(firsts, 50).toFixed(1)} | ${pct(firsts, 95).toFixed(1)} |`,
];
process.stdout.write(`${out.join('\n')}\n`);
process.stdout.write(`(database kept at ${path} for re-runs; delete it when done)\n`);
