/**
 * @module json-schema
 * The contract as JSON Schema 2020-12, generated from the zod schemas. The committed copy,
 * `packages/model/schema/document.schema.json`, is written by `npm run build` (scripts/build.mjs);
 * a test fails when it drifts from this.
 */
import { z } from 'zod';
import { documentResultSchema, SCHEMA_ID } from './contract';

/** The contract's JSON Schema, as a plain object. */
export function contractJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(documentResultSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'sitrep DocumentResult, version 1 (generated from packages/model/src/contract.ts)',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
