/**
 * @module suite
 * The store test suite, written once for every backend (Hono's `runTest` pattern): SQLite runs it
 * now; a PostgreSQL store must pass it unchanged. Import it from a test file:
 *
 * ```ts
 * runStoreSuite({ name: 'sqlite', newStore: () => openSqliteStore(':memory:') });
 * ```
 */
import { type DocumentResult, type Event, parseDocumentResult, SCHEMA_ID, sha256Hex } from '@sitrep/model';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from './prepare';
import { type Store, StoreError } from './types';

/** Options of `runStoreSuite`. */
export interface StoreSuiteOptions {
  /** Label for the describe block. */
  name: string;
  /** A fresh, empty store per test. */
  newStore: () => Store | Promise<Store>;
}

/**
 * Builds a small fictional DocumentResult with one ASSAULT and one PROTEST event, spans checked.
 *
 * @param text
 *   Text containing the words "shelled" and "protested".
 * @param extra
 *   Fields to override on both events (date, location, ...).
 */
export function fictionalResult(
  text: string,
  extra: Partial<Event> = {},
  published = '2024-05-02',
): DocumentResult {
  const span = (word: string): [number, number] => {
    const start = text.indexOf(word);
    if (start < 0) throw new Error(`fixture text must contain ${JSON.stringify(word)}`);
    return [start, start + word.length];
  };
  const event = (id: string, type: Event['type'], word: string, lat: number, lon: number): Event => ({
    id,
    type,
    mode: null,
    context: [],
    cameo: null,
    acled:
      type === 'ASSAULT'
        ? { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' }
        : { event_type: 'Protests', sub_event_type: 'Peaceful protest' },
    modality: 'asserted',
    actor: [
      {
        id: type === 'ASSAULT' ? 'syr.mil' : 'civ',
        name: type === 'ASSAULT' ? 'Syrian Army' : 'Civilians',
        country: type === 'ASSAULT' ? 'SYR' : null,
        sector: type === 'ASSAULT' ? 'MIL' : 'CVL',
      },
    ],
    recipient: [],
    date: { start: '2024-05-01', end: '2024-05-01', precision: 'day', time: null },
    location: {
      place: null,
      name: 'Idlib',
      lat,
      lon,
      country: 'SY',
      admin1: 'Idlib',
      admin2: null,
      precision: 1,
    },
    fatalities: null,
    trigger: { span: span(word), text: word },
    evidence: { span: [0, text.length], text },
    attribution: null,
    confidence: type === 'ASSAULT' ? 0.9 : 0.6,
    why: [`trigger:${word}`],
    ...extra,
  });
  const actorSpan = span('Syrian Army');
  return parseDocumentResult(
    {
      schema: SCHEMA_ID,
      document: {
        id: `doc-${sha256Hex(text).slice(0, 8)}`,
        source: null,
        title: 'Fictional report',
        published,
        sha256: sha256Hex(text),
        chars: text.length,
      },
      mentions: {
        times: [],
        // A resolved place where the text has one to anchor on.
        places: text.includes('market')
          ? [
              {
                id: 'p1',
                span: span('market'),
                text: 'market',
                name: 'Idlib',
                lat: 35.93,
                lon: 36.63,
                country: 'SY',
                admin1: 'Idlib',
                admin2: null,
                feature: 'city',
                gazetteer: 'geonames:169388',
              },
            ]
          : [],
        actors: [
          {
            id: 'a1',
            span: actorSpan,
            text: 'Syrian Army',
            actor: { id: 'syr.mil', name: 'Syrian Army', country: 'SYR', sector: 'MIL' },
          },
        ],
      },
      events: [
        event('e1', 'ASSAULT', 'shelled', 35.93, 36.63),
        event('e2', 'PROTEST', 'protested', 36.2, 37.15),
      ],
      messages: [],
    },
    text,
  );
}

const TEXT = 'Fictional: the Syrian Army shelled a market while residents protested nearby.';

async function put(store: Store, text = TEXT, pipeline = 'v1', extra: Partial<Event> = {}) {
  const result = fictionalResult(text, extra);
  return store.putDocument({ result, text, pipeline, format: 'txt' });
}

/**
 * Registers the store suite with vitest.
 *
 * @param options
 *   The backend's name and a factory for fresh stores.
 */
export function runStoreSuite({ name, newStore }: StoreSuiteOptions): void {
  const withStore = (fn: (store: Store) => Promise<void>) => async () => {
    const store = await newStore();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  };

  describe(`Store suite: ${name}`, () => {
    it(
      'stores a document once per content hash and pipeline version',
      withStore(async (store) => {
        expect(await put(store)).toBe('new');
        expect(await put(store)).toBe('unchanged');
        expect(await store.counts()).toEqual({ documents: 1, events: 2 });
        const sha = sha256Hex(TEXT);
        expect(await store.documentState(sha, 'v1')).toBe('current');
        expect(await store.documentState(sha, 'v2')).toBe('stale');
        expect(await store.documentState('0'.repeat(64), 'v1')).toBe('absent');
      }),
    );

    it(
      'stores several documents in one transaction, all or none',
      withStore(async (store) => {
        const other = `${TEXT} Fictional second report.`;
        const third = `${TEXT} Fictional third report.`;
        await put(store);
        const outcomes = await store.putDocuments([
          { result: fictionalResult(TEXT), text: TEXT, pipeline: 'v1' },
          { result: fictionalResult(other), text: other, pipeline: 'v1' },
        ]);
        expect(outcomes).toEqual(['unchanged', 'new']);
        const broken = fictionalResult(third);
        await expect(
          store.putDocuments([
            { result: broken, text: third, pipeline: 'v1' },
            {
              result: { ...broken, events: [{ ...broken.events[0]!, type: 'RIOT' as 'ASSAULT' }] },
              text: third,
              pipeline: 'v1',
            },
          ]),
        ).rejects.toThrow();
        expect((await store.counts()).documents).toBe(2);
      }),
    );

    it(
      'stores documents prepared elsewhere (and sent between threads) as putDocument would',
      withStore(async (store) => {
        const other = `${TEXT} Fictional second report.`;
        await put(store, other);
        // structuredClone is what postMessage does to the prepared rows on their way from a worker.
        const prepared = structuredClone(
          prepareDocument({
            result: fictionalResult(TEXT),
            text: TEXT,
            pipeline: 'v1',
            format: 'txt',
          }),
        );
        expect(await store.putPrepared([prepared])).toEqual(['new']);
        expect(await store.putPrepared([prepared])).toEqual(['unchanged']);
        const direct = (await store.getDocument(sha256Hex(other)))!;
        const viaPrepared = (await store.getDocument(sha256Hex(TEXT)))!;
        expect(viaPrepared.result.document.text).toBe(TEXT);
        parseDocumentResult(viaPrepared.result);
        expect(viaPrepared.summary).toMatchObject({ events: 2, format: 'txt', pipeline: 'v1' });
        const fields = (e: (typeof direct.events)[number]) => {
          const { id: _id, document: _document, evidence: _evidence, ...rest } = e;
          return rest;
        };
        expect(viaPrepared.events.map(fields)).toEqual(direct.events.map(fields));
        expect(Buffer.from((await store.getOriginal(sha256Hex(TEXT)))!).toString('utf8')).toBe(TEXT);
        // Every index is filled for both: location, map box, full text (events and documents),
        // actors, and the counts the review editor searches.
        expect((await store.queryEvents({ country: 'SY', admin1: 'Idlib' })).total).toBe(4);
        expect((await store.queryEvents({ bbox: [36, 35, 37, 36.5] })).total).toBe(2);
        expect((await store.queryEvents({ q: 'market' })).total).toBe(4);
        expect((await store.listDocuments({ q: 'residents' })).total).toBe(2);
        expect((await store.queryEvents({ actor: 'syr.mil' })).total).toBe(2);
        expect((await store.searchActors('syrian'))[0]).toMatchObject({ id: 'syr.mil', count: 2 });
        expect((await store.searchPlaces('idl'))[0]).toMatchObject({ name: 'Idlib', count: 2 });
        expect(await store.putPrepared([{ ...prepared, pipeline: 'v2' }])).toEqual(['reprocessed']);
        expect(await store.counts()).toEqual({ documents: 2, events: 4 });
      }),
    );

    it('refuses to prepare an unchecked result that breaks the contract, naming the problem', () => {
      const result = fictionalResult(TEXT);
      const broken = { ...result, events: [{ ...result.events[0]!, type: 'RIOT' as 'ASSAULT' }] };
      expect(() => prepareDocument({ result: broken, text: TEXT, pipeline: 'v1' })).toThrow(/type/);
    });

    it(
      'returns the document with its text, original bytes and events',
      withStore(async (store) => {
        await put(store);
        const sha = sha256Hex(TEXT);
        const doc = await store.getDocument(sha);
        expect(doc).not.toBeNull();
        expect(doc!.result.document.text).toBe(TEXT);
        parseDocumentResult(doc!.result);
        expect(doc!.events.map((e) => e.local)).toEqual(['e1', 'e2']);
        expect(doc!.summary).toMatchObject({ sha256: sha, events: 2, format: 'txt', pipeline: 'v1' });
        expect((await store.getDocument(doc!.summary.id))!.summary.sha256).toBe(sha);
        expect(Buffer.from((await store.getOriginal(sha))!).toString('utf8')).toBe(TEXT);
        expect(await store.getDocument('nope')).toBeNull();
      }),
    );

    it(
      'filters, sorts and pages events with {items,total,next}',
      withStore(async (store) => {
        for (let i = 0; i < 7; i++) {
          const day = `2024-05-${String(10 + i).padStart(2, '0')}`;
          await put(store, `${TEXT} (Fictional day ${i}.)`, 'v1', {
            date: { start: day, end: day, precision: 'day', time: null },
          });
        }
        const all = await store.queryEvents({}, { limit: 5 });
        expect(all.total).toBe(14);
        expect(all.items).toHaveLength(5);
        expect(all.items[0]!.date!.start).toBe('2024-05-16');
        const seen = new Set(all.items.map((e) => e.id));
        let next = all.next;
        while (next) {
          const page = await store.queryEvents({}, { limit: 5, cursor: next });
          for (const e of page.items) seen.add(e.id);
          next = page.next;
        }
        expect(seen.size).toBe(14);
        expect((await store.queryEvents({ type: ['PROTEST'] })).total).toBe(7);
        expect((await store.queryEvents({ from: '2024-05-15' })).total).toBe(4);
        expect((await store.queryEvents({ to: '2024-05-10' })).total).toBe(2);
        expect((await store.queryEvents({ actor: 'syr.mil' })).total).toBe(7);
        expect((await store.queryEvents({ country: 'SY', admin1: 'Idlib' })).total).toBe(14);
        expect((await store.queryEvents({ country: 'IQ' })).total).toBe(0);
        // The page is read with the same filter as the count, whether as a set or row by row.
        const boxed = await store.queryEvents({ bbox: [36.5, 35.8, 36.8, 36.0] });
        expect(boxed.total).toBe(7);
        expect(boxed.items).toHaveLength(7);
        for (const e of boxed.items) {
          expect(e.location!.lon).toBeGreaterThanOrEqual(36.5);
          expect(e.location!.lon).toBeLessThanOrEqual(36.8);
        }
        const boxedPaged = await store.queryEvents({ bbox: [36.5, 35.8, 36.8, 36.0] }, { limit: 4 });
        const boxedRest = await store.queryEvents(
          { bbox: [36.5, 35.8, 36.8, 36.0] },
          { limit: 4, cursor: boxedPaged.next },
        );
        expect(new Set([...boxedPaged.items, ...boxedRest.items].map((e) => e.id)).size).toBe(7);
        const searched = await store.queryEvents({ q: 'market residents' });
        expect(searched.total).toBe(14);
        expect(searched.items).toHaveLength(14);
        expect((await store.queryEvents({ q: 'ceasefire' })).total).toBe(0);
        expect((await store.queryEvents({ minConfidence: 0.8 })).total).toBe(7);
        expect((await store.queryEvents({ modality: ['negated'] })).total).toBe(0);
        // A long interval that started long before `from` still overlaps it.
        const long = `${TEXT} (Fictional long report.)`;
        await put(store, long, 'v1', {
          date: { start: '2023-01-01', end: '2024-05-20', precision: 'year', time: null },
        });
        expect((await store.queryEvents({ from: '2024-05-15' })).total).toBe(6);
        expect((await store.queryEvents({ from: '2024-05-17', to: '2024-05-18' })).total).toBe(2);
        const asc = await store.queryEvents({}, { sort: 'confidence', limit: 1 });
        expect(asc.items[0]!.confidence).toBe(0.6);
      }),
    );

    it(
      'reviews events, appends each change to the audit log and keeps the original',
      withStore(async (store) => {
        await put(store);
        const id = `${sha256Hex(TEXT).slice(0, 16)}:e1`;
        const accepted = await store.reviewEvent(id, { status: 'accepted', note: 'checked' }, 'alice');
        expect(accepted.review).toMatchObject({ status: 'accepted', note: 'checked', by: 'alice' });
        const edited = await store.reviewEvent(id, { type: 'COERCE', note: 'not shelling' }, 'bob');
        expect(edited.type).toBe('COERCE');
        expect(edited.review.status).toBe('edited');
        expect(edited.original?.type).toBe('ASSAULT');
        expect((await store.queryEvents({ type: ['COERCE'] })).total).toBe(1);
        const history = await store.history(id);
        expect(history.map((h) => [h.action, h.by])).toEqual([
          ['accept', 'alice'],
          ['edit', 'bob'],
        ]);
        expect(history[1]!.before).toMatchObject({ type: 'ASSAULT' });
        await expect(store.reviewEvent('missing:e9', { status: 'accepted' }, 'x')).rejects.toMatchObject({
          code: 'not-found',
        });
        await expect(store.reviewEvent(id, { type: 'NOT_A_TYPE' as 'ASSAULT' }, 'x')).rejects.toBeInstanceOf(
          StoreError,
        );
        expect((await store.getEvent(id))!.type).toBe('COERCE');
      }),
    );

    it(
      'reprocessing with a new pipeline version keeps reviewed events and replaces the rest',
      withStore(async (store) => {
        await put(store);
        const prefix = sha256Hex(TEXT).slice(0, 16);
        await store.reviewEvent(`${prefix}:e1`, { type: 'COERCE' }, 'alice');
        const stale: string[] = [];
        for await (const sha of store.staleDocuments('v2')) stale.push(sha);
        expect(stale).toEqual([sha256Hex(TEXT)]);
        expect(await put(store, TEXT, 'v2', { confidence: 0.5 })).toBe('reprocessed');
        const events = (await store.getDocument(sha256Hex(TEXT)))!.events;
        expect(events).toHaveLength(2);
        const kept = events.find((e) => e.id === `${prefix}:e1`)!;
        expect(kept.type).toBe('COERCE');
        expect(kept.review.status).toBe('edited');
        expect(events.find((e) => e.local === 'e2')!.confidence).toBe(0.5);
        expect((await store.getDocument(sha256Hex(TEXT)))!.summary.pipeline).toBe('v2');
        expect((await store.history(`${prefix}:e1`)).map((h) => h.action)).toEqual(['edit', 'reprocess']);
        expect(await store.counts()).toEqual({ documents: 1, events: 2 });
      }),
    );

    it(
      'lists and searches documents; stats count by type, day, week, place, actor, status',
      withStore(async (store) => {
        await put(store);
        await put(store, 'Fictional: the Syrian Army shelled a bakery; traders protested in Aleppo.');
        const docs = await store.listDocuments({ limit: 1 });
        expect(docs.total).toBe(2);
        expect(docs.items).toHaveLength(1);
        expect(docs.next).not.toBeNull();
        const second = await store.listDocuments({ limit: 1, cursor: docs.next });
        expect(second.items[0]!.sha256).not.toBe(docs.items[0]!.sha256);
        expect((await store.listDocuments({ q: 'bakery' })).total).toBe(1);
        const stats = await store.stats({});
        expect(stats.total).toBe(4);
        expect(stats.byType).toEqual([
          { key: 'ASSAULT', count: 2 },
          { key: 'PROTEST', count: 2 },
        ]);
        expect(stats.byDay).toEqual([{ key: '2024-05-01', count: 4 }]);
        expect(stats.byDayType).toEqual([
          { day: '2024-05-01', type: 'ASSAULT', count: 2 },
          { day: '2024-05-01', type: 'PROTEST', count: 2 },
        ]);
        expect((await store.stats({ type: ['PROTEST'] })).byDayType).toEqual([
          { day: '2024-05-01', type: 'PROTEST', count: 2 },
        ]);
        expect(stats.byWeek).toEqual([{ key: '2024-W18', count: 4 }]);
        expect(stats.byCountry).toEqual([{ key: 'SY', count: 4 }]);
        expect(stats.byActor[0]).toMatchObject({ key: 'civ', count: 2 });
        expect(stats.byStatus).toEqual([{ key: 'pending', count: 4 }]);
        expect((await store.stats({ type: ['ASSAULT'] })).total).toBe(2);
      }),
    );

    it(
      'searches actors and places seen in stored documents',
      withStore(async (store) => {
        await put(store);
        const actors = await store.searchActors('syrian');
        expect(actors[0]).toMatchObject({ id: 'syr.mil', name: 'Syrian Army', country: 'SYR' });
        expect(await store.searchActors('%')).toEqual([]);
        const places = await store.searchPlaces('idl');
        expect(places).toEqual([
          {
            name: 'Idlib',
            lat: 35.93,
            lon: 36.63,
            country: 'SY',
            admin1: 'Idlib',
            admin2: null,
            feature: 'city',
            gazetteer: 'geonames:169388',
            count: 1,
          },
        ]);
        expect(await store.searchPlaces('zzz')).toEqual([]);
        // Mentions are counted per mention, across documents stored in one group, and only once
        // per document (storing it again counts nothing).
        const twice = `${TEXT} Fictional: the Syrian Army withdrew.`;
        const result = fictionalResult(twice);
        const second = result.mentions.actors[0]!;
        const start = twice.lastIndexOf('Syrian Army');
        result.mentions.actors.push({ ...second, id: 'a2', span: [start, start + 11] });
        const third = `${TEXT} Fictional third report.`;
        expect(
          await store.putDocuments([
            { result, text: twice, pipeline: 'v1' },
            { result: fictionalResult(third), text: third, pipeline: 'v1' },
            { result: fictionalResult(TEXT), text: TEXT, pipeline: 'v1' },
          ]),
        ).toEqual(['new', 'new', 'unchanged']);
        expect((await store.searchActors('syrian'))[0]).toMatchObject({ id: 'syr.mil', count: 4 });
        expect((await store.searchPlaces('idl'))[0]).toMatchObject({ count: 3 });
      }),
    );

    it(
      'creates, verifies and revokes hashed API tokens',
      withStore(async (store) => {
        const { token } = await store.createToken('analyst');
        expect(token).toMatch(/^sitrep_/);
        expect(await store.verifyToken(token)).toBe('analyst');
        expect(await store.verifyToken(`${token}x`)).toBeNull();
        await expect(store.createToken('analyst')).rejects.toMatchObject({ code: 'conflict' });
        await expect(store.createToken('bad name!')).rejects.toMatchObject({ code: 'invalid' });
        expect((await store.listTokens()).map((t) => t.name)).toEqual(['analyst']);
        expect(JSON.stringify(await store.listTokens())).not.toContain(token);
        expect(await store.revokeToken('analyst')).toBe(true);
        expect(await store.verifyToken(token)).toBeNull();
      }),
    );

    it(
      'streams every matching event for exports',
      withStore(async (store) => {
        await put(store);
        const ids: string[] = [];
        for await (const e of store.streamEvents({ type: ['ASSAULT'] })) ids.push(e.id);
        expect(ids).toEqual([`${sha256Hex(TEXT).slice(0, 16)}:e1`]);
      }),
    );

    it(
      'rejects a cursor it did not give out',
      withStore(async (store) => {
        await expect(store.queryEvents({}, { cursor: '!!!' })).rejects.toMatchObject({ code: 'invalid' });
        await expect(store.listDocuments({ cursor: 'WzFd' })).rejects.toMatchObject({ code: 'invalid' });
        const forged = Buffer.from(JSON.stringify(['k', { sql: 1 }, 1])).toString('base64url');
        await expect(store.queryEvents({}, { cursor: forged })).rejects.toMatchObject({ code: 'invalid' });
      }),
    );
  });
}
