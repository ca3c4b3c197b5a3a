import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { ContractError, type DocumentResult, parseDocumentResult } from './contract';
import { contractJsonSchema } from './json-schema';

const here = dirname(fileURLToPath(import.meta.url));
const committedSchema = join(here, '..', 'schema', 'document.schema.json');
const sharedSchema = join(here, '..', '..', '..', '..', 'shared', 'schema', 'document.schema.json');

const text = 'Fictional: Turkish officials met in Idlib on 14 March 2023.';
function valid(): DocumentResult {
  return {
    schema: 'sitrep.document/1',
    document: {
      id: 'd1',
      source: null,
      title: null,
      published: '2023-03-16',
      sha256: 'a'.repeat(64),
      chars: text.length,
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
        },
      ],
      places: [
        {
          id: 'p1',
          span: [36, 41],
          text: 'Idlib',
          name: 'Idlib',
          gazetteer: 'geonames:169388',
          lat: 35.93,
          lon: 36.63,
          country: 'SY',
          admin1: 'Idlib',
          admin2: null,
          feature: 'city',
          confidence: 0.9,
        },
      ],
      actors: [
        {
          id: 'a1',
          span: [11, 28],
          text: 'Turkish officials',
          actor: { id: 'tur.gov', name: 'Government of Turkey', country: 'TUR', sector: 'GOV' },
        },
      ],
    },
    events: [
      {
        id: 'e1',
        type: 'CONSULT',
        mode: null,
        context: [],
        cameo: '040',
        acled: null,
        modality: 'asserted',
        actor: [{ id: 'tur.gov', name: 'Government of Turkey', country: 'TUR', sector: 'GOV' }],
        recipient: [],
        date: { start: '2023-03-14', end: '2023-03-14', precision: 'day', time: 't1' },
        location: {
          place: 'p1',
          name: 'Idlib',
          lat: 35.93,
          lon: 36.63,
          country: 'SY',
          admin1: 'Idlib',
          admin2: null,
          precision: 1,
        },
        fatalities: null,
        trigger: { span: [29, 32], text: 'met' },
        evidence: { span: [0, text.length], text },
        attribution: null,
        confidence: 0.8,
        why: ['trigger:meet'],
      },
    ],
    messages: [{ level: 'info', code: 'example', text: 'fictional', span: [0, 9] }],
  };
}

// Invalid samples: each breaks one rule of the contract.
const invalid: Array<[string, (r: DocumentResult) => unknown]> = [
  ['wrong schema id', (r) => ({ ...r, schema: 'sitrep.document/2' })],
  ['missing events', (r) => ({ ...r, events: undefined })],
  ['bad sha256', (r) => ({ ...r, document: { ...r.document, sha256: 'XYZ' } })],
  ['bad published', (r) => ({ ...r, document: { ...r.document, published: '14/03/2023' } })],
  ['unknown PLOVER type', (r) => ({ ...r, events: [{ ...r.events[0], type: 'ATTACK' }] })],
  ['unknown modality', (r) => ({ ...r, events: [{ ...r.events[0], modality: 'rumoured' }] })],
  [
    'alpha-2 on an actor',
    (r) => ({
      ...r,
      mentions: {
        ...r.mentions,
        actors: [{ ...r.mentions.actors[0], actor: { ...r.mentions.actors[0]!.actor, country: 'TR' } }],
      },
    }),
  ],
  [
    'latitude out of range',
    (r) => ({ ...r, mentions: { ...r.mentions, places: [{ ...r.mentions.places[0], lat: 123 }] } }),
  ],
  [
    'unknown time kind',
    (r) => ({ ...r, mentions: { ...r.mentions, times: [{ ...r.mentions.times[0], kind: 'instant' }] } }),
  ],
  [
    'geo precision 4',
    (r) => ({ ...r, events: [{ ...r.events[0], location: { ...r.events[0]!.location, precision: 4 } }] }),
  ],
  ['negative fatalities', (r) => ({ ...r, events: [{ ...r.events[0], fatalities: -1 }] })],
  ['bad message level', (r) => ({ ...r, messages: [{ level: 'debug', code: 'x', text: 'y' }] })],
  [
    'span of three numbers',
    (r) => ({ ...r, mentions: { ...r.mentions, times: [{ ...r.mentions.times[0], span: [1, 2, 3] }] } }),
  ],
];

describe('contract', () => {
  test('a valid result parses and its spans check out', () => {
    expect(parseDocumentResult(valid(), text).events[0]!.type).toBe('CONSULT');
  });

  test.each(invalid)('rejects: %s', (_name, breakIt) => {
    expect(() => parseDocumentResult(breakIt(valid()))).toThrow(ContractError);
  });

  test('a span that does not read its text is an error naming the field', () => {
    const result = valid();
    result.mentions.places[0]!.span = [35, 40];
    expect(() => parseDocumentResult(result, text)).toThrow(
      /mentions\.places\[0\]: span \[35, 40\] reads " Idli"/,
    );
  });

  test('fields outside the contract are stripped', () => {
    const result = valid() as DocumentResult & { internal?: number };
    (result.mentions.places[0] as Record<string, unknown>).candidates = 4;
    const parsed = parseDocumentResult(result, text);
    expect(parsed.mentions.places[0]).not.toHaveProperty('candidates');
  });

  test('the committed JSON Schema is the one generated from the zod contract', () => {
    // Regenerate with `npm run build` (scripts/build.mjs) when contract.ts changes.
    const committed = JSON.parse(readFileSync(committedSchema, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(contractJsonSchema())));
  });

  test('the generated JSON Schema accepts the valid sample and rejects every invalid one', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(contractJsonSchema());
    expect(validate(valid())).toBe(true);
    for (const [name, breakIt] of invalid) {
      expect(validate(JSON.parse(JSON.stringify(breakIt(valid())))), name).toBe(false);
    }
  });

  test.skipIf(!existsSync(sharedSchema))(
    'agrees with ../shared/schema/document.schema.json on valid and invalid samples',
    () => {
      const ajv = new Ajv2020({ strict: false });
      const validate = ajv.compile(JSON.parse(readFileSync(sharedSchema, 'utf8')));
      expect(validate(valid()), JSON.stringify(validate.errors)).toBe(true);
      for (const [name, breakIt] of invalid) {
        expect(validate(JSON.parse(JSON.stringify(breakIt(valid())))), name).toBe(false);
      }
    },
  );
});

if (!existsSync(sharedSchema)) {
  console.warn(
    `notice: ${sharedSchema} not found; skipping the agreement test with the shared contract schema`,
  );
}
