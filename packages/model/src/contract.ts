/**
 * @module contract
 * The output contract (shared/CONTRACT.md, `sitrep.document/1`) written as zod schemas. The JSON
 * Schema in `../schema/document.schema.json` is generated from these by `scripts/generate-schema.ts`.
 */
import { z } from 'zod';
import { compileFastParse, type FastParse, FastParseUnsupported, REJECT } from './fast-parse';
import { MODALITIES, PLOVER_TYPES, PRECISIONS, TIME_KINDS } from './vocab';

/** Schema id every DocumentResult carries. */
export const SCHEMA_ID = 'sitrep.document/1' as const;

export const dateSchema = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'expected a date as YYYY-MM-DD');
export const spanSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export const precisionSchema = z.enum(PRECISIONS);
export const ploverTypeSchema = z.enum(PLOVER_TYPES);
export const modalitySchema = z.enum(MODALITIES);

export const actorRefSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')
    .nullable(),
  sector: z.string().nullable(),
});

export const timeMentionSchema = z.object({
  id: z.string(),
  span: spanSchema,
  text: z.string(),
  kind: z.enum(TIME_KINDS),
  start: dateSchema.nullable().optional(),
  end: dateSchema.nullable().optional(),
  precision: precisionSchema.optional(),
});

export const placeMentionSchema = z.object({
  id: z.string(),
  span: spanSchema,
  text: z.string(),
  name: z.string(),
  gazetteer: z.string().nullable().optional(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .nullable(),
  admin1: z.string().nullable().optional(),
  admin2: z.string().nullable().optional(),
  feature: z.string().nullable().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export const actorMentionSchema = z.object({
  id: z.string(),
  span: spanSchema,
  text: z.string(),
  actor: actorRefSchema,
});

export const eventDateSchema = z.object({
  start: dateSchema,
  end: dateSchema,
  precision: precisionSchema,
  time: z.string().nullable().optional(),
});

export const eventLocationSchema = z.object({
  place: z.string().nullable().optional(),
  name: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().nullable().optional(),
  admin1: z.string().nullable().optional(),
  admin2: z.string().nullable().optional(),
  precision: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()]),
});

export const spanTextSchema = z.object({ span: spanSchema, text: z.string() });

export const eventSchema = z.object({
  id: z.string(),
  type: ploverTypeSchema,
  mode: z.string().nullable().optional(),
  context: z.array(z.string()).optional(),
  cameo: z.string().nullable().optional(),
  acled: z.object({ event_type: z.string(), sub_event_type: z.string() }).nullable().optional(),
  modality: modalitySchema,
  actor: z.array(actorRefSchema),
  recipient: z.array(actorRefSchema),
  date: eventDateSchema.nullable(),
  location: eventLocationSchema.nullable(),
  fatalities: z.number().int().min(0).nullable().optional(),
  trigger: spanTextSchema,
  evidence: spanTextSchema,
  attribution: actorRefSchema.nullable().optional(),
  confidence: z.number().min(0).max(1),
  why: z.array(z.string()).optional(),
});

export const messageSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  text: z.string(),
  span: spanSchema.optional(),
});

export const documentMetaSchema = z.object({
  id: z.string().min(1),
  source: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  published: dateSchema.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex sha256'),
  chars: z.number().int().min(0),
  text: z.string().optional(),
});

export const documentResultSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  document: documentMetaSchema,
  mentions: z.object({
    times: z.array(timeMentionSchema),
    places: z.array(placeMentionSchema),
    actors: z.array(actorMentionSchema),
  }),
  events: z.array(eventSchema),
  messages: z.array(messageSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type ActorRef = z.infer<typeof actorRefSchema>;
export type TimeMention = z.infer<typeof timeMentionSchema>;
export type PlaceMention = z.infer<typeof placeMentionSchema>;
export type ActorMention = z.infer<typeof actorMentionSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type EventLocation = z.infer<typeof eventLocationSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Message = z.infer<typeof messageSchema>;
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentResult = z.infer<typeof documentResultSchema>;

/**
 * Validates a DocumentResult and checks every span against the text it indexes.
 *
 * @param value
 *   Anything claimed to be a DocumentResult.
 * @param text
 *   The document text, when the caller has it (spans are then checked against it too).
 * @returns
 *   The parsed result, with fields outside the contract stripped.
 * @throws
 *   `ContractError` listing every problem found.
 */
export function parseDocumentResult(value: unknown, text?: string): DocumentResult {
  // The compiled twin vouches for valid results at a fraction of zod's cost, with the same
  // output; anything it does not accept goes to zod, which decides and words the errors.
  const fast = fastDocumentResult()?.(value);
  let data: DocumentResult;
  if (fast !== undefined && fast !== REJECT) {
    data = fast as DocumentResult;
  } else {
    const parsed = documentResultSchema.safeParse(value);
    if (!parsed.success) {
      throw new ContractError(
        parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
      );
    }
    data = parsed.data;
  }
  const full = text ?? data.document.text;
  if (full !== undefined) {
    const problems = spanProblems(data, full);
    if (problems.length > 0) throw new ContractError(problems);
  }
  return data;
}

// Compiled on first use (not at import, which a one-file CLI run pays for); null when the
// schema uses a feature the twin does not cover (contract.test.ts checks that it does not).
let fastParse: FastParse | null | undefined;
/** The compiled twin of `documentResultSchema`, or null when it cannot be compiled. */
export function fastDocumentResult(): FastParse | null {
  if (fastParse === undefined) {
    try {
      fastParse = compileFastParse(documentResultSchema);
    } catch (error) {
      if (!(error instanceof FastParseUnsupported)) throw error;
      fastParse = null;
    }
  }
  return fastParse;
}

/** Thrown when output does not satisfy the contract; `problems` lists each violation. */
export class ContractError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `DocumentResult does not satisfy ${SCHEMA_ID}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
    );
    this.name = 'ContractError';
    this.problems = problems;
  }
}

/**
 * Lists span problems in a result: out of range, reversed, or not matching the text they claim.
 *
 * @param result
 *   A schema-valid result.
 * @param text
 *   The text the spans index.
 */
export function spanProblems(result: DocumentResult, text: string): string[] {
  const problems: string[] = [];
  // `where` is a path prefix, an index and a suffix, joined only for a problem: building the path
  // string for every mention of every document was as costly as the rest of the check.
  const check = (prefix: string, i: number, suffix: string, span: Span, claimed?: string) => {
    const [start, end] = span;
    if (!(start <= end && end <= text.length)) {
      problems.push(
        `${prefix}[${i}]${suffix}: span [${start}, ${end}] is outside the text (length ${text.length})`,
      );
    } else if (claimed !== undefined && text.slice(start, end) !== claimed) {
      problems.push(
        `${prefix}[${i}]${suffix}: span [${start}, ${end}] reads ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(claimed)}`,
      );
    }
  };
  for (const layer of ['times', 'places', 'actors'] as const) {
    const prefix = `mentions.${layer}`;
    result.mentions[layer].forEach((m, i) => {
      check(prefix, i, '', m.span, m.text);
    });
  }
  result.events.forEach((e, i) => {
    check('events', i, '.trigger', e.trigger.span, e.trigger.text);
    check('events', i, '.evidence', e.evidence.span, e.evidence.text);
  });
  result.messages.forEach((m, i) => {
    if (m.span) check('messages', i, '', m.span);
  });
  return problems;
}
