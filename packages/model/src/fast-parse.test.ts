import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { documentResultSchema, fastDocumentResult } from './contract';
import { compileFastParse, FastParseUnsupported, REJECT } from './fast-parse';

// Fictional sample with every optional field present, plus fields outside the contract (which
// both parsers must strip) and an optional key holding undefined (which zod keeps as a key).
const text = 'Fictional: Turkish officials met in Idlib on 14 March 2023.';
const actor = () => ({ id: 'tur.gov', name: 'Government of Turkey', country: 'TUR', sector: 'GOV' });
function sample(): Record<string, unknown> {
  return {
    internal: true,
    schema: 'sitrep.document/1',
    document: {
      id: 'd1',
      source: 'fictional.txt',
      title: null,
      published: '2023-03-16',
      sha256: 'a'.repeat(64),
      chars: text.length,
      text,
    },
    mentions: {
      times: [
        {
          id: 't1',
          span: [45, 58],
          text: '14 March 2023',
          kind: 'date',
          start: '2023-03-14',
          end: '2023-03-14',
          precision: 'day',
          resolvedBy: 'rule',
        },
        { id: 't2', span: [0, 0], text: '', kind: 'duration', start: undefined },
      ],
      places: [
        {
          id: 'p1',
          span: [36, 41],
          text: 'Idlib',
          name: 'Idlib',
          gazetteer: 'geonames:169388',
          lat: 35.93,
          lon: -36.63,
          country: 'SY',
          admin1: 'Idlib',
          admin2: null,
          feature: 'city',
          confidence: 1,
          candidates: 4,
        },
      ],
      actors: [{ id: 'a1', span: [11, 28], text: 'Turkish officials', actor: { ...actor(), extra: 1 } }],
    },
    events: [
      {
        confidence: 0.8, // out of schema order on purpose: the output follows the schema's order
        id: 'e1',
        type: 'CONSULT',
        mode: 'visit',
        context: ['diplomatic'],
        cameo: '040',
        acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement', note: 'x' },
        modality: 'asserted',
        actor: [actor()],
        recipient: [actor(), actor()],
        date: { start: '2023-03-14', end: '2023-03-14', precision: 'day', time: 't1' },
        location: {
          place: 'p1',
          name: 'Idlib',
          lat: 35.93,
          lon: 36.63,
          country: 'SY',
          admin1: 'Idlib',
          admin2: null,
          precision: 2,
        },
        fatalities: 3,
        trigger: { span: [29, 32], text: 'met', token: 5 },
        evidence: { span: [0, text.length], text },
        attribution: actor(),
        why: ['trigger:meet'],
      },
    ],
    messages: [
      { level: 'info', code: 'example', text: 'fictional', span: [0, 9] },
      { level: 'warning', code: 'w', text: 'no span' },
    ],
  };
}

// Every path to a value in `value` (object keys and array indices), parents before children.
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...prefix, k]))];
}
function setAt(root: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

// Values that are right for some field and wrong for most: types, bounds, formats, enum members.
const probes: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1,
  2,
  3,
  4,
  1.5,
  -0,
  91,
  -181,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '',
  'x',
  '\u{1F600}',
  'SY',
  'sy',
  'SYR',
  '2023-03-14',
  '2023-3-14',
  'a'.repeat(64),
  'A'.repeat(64),
  'day',
  'ASSAULT',
  'asserted',
  'error',
  'sitrep.document/1',
  true,
  [],
  [1, 2],
  [1, 2, 3],
  [-1, 2],
  {},
  { start: '2023-03-14', end: '2023-03-14', precision: 'day' },
];

/** zod's verdict and output, or null when zod refuses. */
function viaZod(value: unknown): unknown {
  const parsed = documentResultSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

describe('fast-parse (compiled twin of the contract schema)', () => {
  const fast = fastDocumentResult();

  test('the contract schema compiles', () => {
    expect(fast).not.toBeNull();
  });

  test('a valid result: same output as zod, key order and present-undefined keys included', () => {
    const input = sample();
    const out = fast!(input);
    const expected = viaZod(input);
    expect(expected).not.toBeNull();
    expect(out).toStrictEqual(expected);
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected));
    // Object.keys order too (JSON drops undefined-valued keys, so compare keys as well).
    const times = (out as { mentions: { times: object[] } }).mentions.times;
    expect(Object.keys(times[1]!)).toEqual(['id', 'span', 'text', 'kind', 'start']);
    expect(Object.keys((out as { events: object[] }).events[0]!)[0]).toBe('id');
    // Fresh containers, as zod builds: the input is not handed back.
    expect((out as { mentions: unknown }).mentions).not.toBe(input.mentions);
  });

  test('every one-field change: accepted exactly when zod accepts, with zod output', () => {
    const base = sample();
    let accepted = 0;
    let rejected = 0;
    for (const path of paths(base)) {
      if (path.length === 0) continue;
      const variants: [string, unknown][] = [
        ['(removed)', setAt(base, path, undefined, true)],
        ...probes.map((p): [string, unknown] => [String(JSON.stringify(p)), setAt(base, path, p, false)]),
      ];
      for (const [probe, variant] of variants) {
        const expected = viaZod(variant);
        const out = fast!(variant);
        const where = `${path.join('.')} = ${probe}`;
        if (expected === null) {
          expect(out, where).toBe(REJECT);
          rejected++;
        } else {
          expect(out, where).toStrictEqual(expected);
          expect(JSON.stringify(out), where).toBe(JSON.stringify(expected));
          accepted++;
        }
      }
    }
    // Both outcomes were exercised many times (the sample has ~150 paths, 38 variants each).
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(2000);
  });

  test('non-objects and arrays are refused, as by zod', () => {
    for (const v of [null, undefined, 1, 'x', [], [sample()]]) {
      expect(fast!(v)).toBe(REJECT);
      expect(viaZod(v)).toBeNull();
    }
  });

  test('string length counts code points, as zod does', () => {
    const parse = compileFastParse(z.object({ s: z.string().min(2) }));
    for (const s of ['', 'a', 'ab', '\u{1F600}', '\u{1F600}a', '\uD800', '\uD800\uD800']) {
      const zodOk = z.object({ s: z.string().min(2) }).safeParse({ s }).success;
      expect(parse({ s }) !== REJECT, JSON.stringify(s)).toBe(zodOk);
    }
  });

  test('schema features it does not know are refused at compile time', () => {
    expect(() => compileFastParse(z.object({ a: z.string().default('x') }))).toThrow(FastParseUnsupported);
    expect(() => compileFastParse(z.object({ a: z.string() }).passthrough())).toThrow(FastParseUnsupported);
    expect(() => compileFastParse(z.object({ a: z.string().email() }))).toThrow(FastParseUnsupported);
    expect(() => compileFastParse(z.object({ a: z.string().transform((s) => s.length) }))).toThrow(
      FastParseUnsupported,
    );
    expect(() => compileFastParse(z.union([z.string(), z.number()]))).toThrow(FastParseUnsupported);
  });
});
