/**
 * @module fast-parse
 * A compiled twin of a zod schema for the common case of valid input: one closure per schema node
 * that checks a value and builds the same output zod builds (unknown keys stripped, keys in the
 * schema's order, fresh arrays and objects), or says it cannot.
 *
 * Why: validating every DocumentResult with zod cost a fifth to a third of the pipeline's CPU on
 * event-dense text (zod allocates a payload and an issue list per node and runs its checks
 * through generic dispatch). The twin is read off the zod schema itself, so a field added to the
 * contract is validated here too; any schema feature it does not know makes `compileFastParse`
 * throw, and the caller keeps zod.
 *
 * Soundness rule: the twin may reject what zod accepts (the caller then asks zod, which decides
 * and produces the error messages), but whatever it accepts zod accepts with an equal output.
 * Every check below is the check zod runs (zod/v4/core schemas.js and checks.js, 4.6), written
 * out; `fast-parse.test.ts` compares both on real and on broken results.
 */
import type { z } from 'zod';

/** Returned by a compiled parser for a value it does not accept. */
export const REJECT: unique symbol = Symbol('fast-parse reject');

/** A compiled parser: the parsed value, or `REJECT`. */
export type FastParse = (value: unknown) => unknown;

/** Thrown by `compileFastParse` for a schema feature the twin does not cover. */
export class FastParseUnsupported extends Error {
  constructor(what: string) {
    super(
      `fast-parse: cannot compile ${what}; keep validating with zod (or teach fast-parse.ts this feature)`,
    );
    this.name = 'FastParseUnsupported';
  }
}

// The parts of zod's internal definitions read here (zod/v4/core). Typed loosely on purpose:
// these are zod's internals, and anything unexpected in them is refused, not guessed.
interface Internals {
  def: {
    type: string;
    checks?: { _zod: { def: CheckDef } }[];
    shape?: Record<string, ZodLike>;
    catchall?: unknown;
    element?: ZodLike;
    items?: ZodLike[];
    rest?: unknown;
    innerType?: ZodLike;
    options?: ZodLike[];
    coerce?: boolean;
  };
  values?: Set<unknown>;
  optin?: string;
  optout?: string;
}
interface ZodLike {
  _zod: Internals;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  when?: unknown;
}

/**
 * Compiles `schema` into a parser that returns what `schema.safeParse(value).data` would be, or
 * `REJECT` when it cannot vouch for the value.
 *
 * @param schema
 *   A zod 4 schema built from object, array, tuple, string, number, enum, literal, null, union,
 *   optional and nullable, with string min-length / regex and number int / min / max checks.
 * @throws
 *   `FastParseUnsupported` for anything else.
 * @example
 *   const parse = compileFastParse(z.object({ a: z.string() }));
 *   parse({ a: 'x', b: 1 }); // { a: 'x' }
 */
export function compileFastParse(schema: z.ZodType): FastParse {
  return compile(schema as unknown as ZodLike, 'the schema');
}

function compile(node: ZodLike, where: string): FastParse {
  const zod = node?._zod;
  if (!zod?.def) throw new FastParseUnsupported(`${where}: not a zod 4 schema`);
  const def = zod.def;
  if (def.coerce) throw new FastParseUnsupported(`${where}: coercion`);
  const checks = def.checks ?? [];
  if (checks.length > 0 && def.type !== 'string' && def.type !== 'number') {
    throw new FastParseUnsupported(`${where}: checks on a ${def.type}`);
  }
  switch (def.type) {
    case 'string':
      return compileString(
        checks.map((c) => c._zod.def),
        where,
      );
    case 'number':
      return compileNumber(
        checks.map((c) => c._zod.def),
        where,
      );
    case 'enum':
    case 'literal':
    case 'null': {
      // zod tests membership in exactly this set (`_zod.values`).
      const values = zod.values;
      if (!(values instanceof Set)) throw new FastParseUnsupported(`${where}: ${def.type} without values`);
      return (value) => (values.has(value) ? value : REJECT);
    }
    case 'nullable': {
      const inner = compile(def.innerType!, where);
      return (value) => (value === null ? null : inner(value));
    }
    case 'optional': {
      // A defaulted inner schema would substitute a value for undefined; not covered.
      if (def.innerType?._zod.optin === 'defaulted') throw new FastParseUnsupported(`${where}: default`);
      const inner = compile(def.innerType!, where);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'array': {
      const element = compile(def.element!, `${where}[]`);
      return (value) => {
        if (!Array.isArray(value)) return REJECT;
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const v = element(value[i]);
          if (v === REJECT) return REJECT;
          out[i] = v;
        }
        return out;
      };
    }
    case 'tuple': {
      if (def.rest) throw new FastParseUnsupported(`${where}: tuple with a rest element`);
      const items = def.items!.map((item, i) => {
        // An omittable slot changes zod's length rules; not covered.
        if (item._zod.optin !== undefined || item._zod.optout !== undefined) {
          throw new FastParseUnsupported(`${where}[${i}]: optional tuple element`);
        }
        return compile(item, `${where}[${i}]`);
      });
      return (value) => {
        if (!Array.isArray(value) || value.length !== items.length) return REJECT;
        const out: unknown[] = [];
        for (let i = 0; i < items.length; i++) {
          const v = items[i]!(value[i]);
          if (v === REJECT) return REJECT;
          out.push(v);
        }
        return out;
      };
    }
    case 'union': {
      // zod takes the first option that passes. Only options the twin checks exactly (a value
      // set) are covered, so "the twin rejects option 1 but zod accepts it" cannot happen.
      const sets = def.options!.map((option, i) => {
        const values = option._zod.values;
        const t = option._zod.def.type;
        if (!(values instanceof Set) || (t !== 'literal' && t !== 'null' && t !== 'enum')) {
          throw new FastParseUnsupported(`${where}: union option ${i} (${t})`);
        }
        return values;
      });
      return (value) => (sets.some((s) => s.has(value)) ? value : REJECT);
    }
    case 'object':
      return compileObject(def, where);
    default:
      throw new FastParseUnsupported(`${where}: a ${def.type}`);
  }
}

function compileString(checks: CheckDef[], where: string): FastParse {
  const tests = checks.map((c): ((s: string) => boolean) => {
    if (c.when !== undefined && c.check !== 'min_length')
      throw new FastParseUnsupported(`${where}: conditional check`);
    if (c.check === 'min_length' && typeof c.minimum === 'number') {
      const min = c.minimum;
      // zod counts code points; at least `min` code units are needed and `2 * min` always suffice.
      return (s) => s.length >= 2 * min || (s.length >= min && [...s].length >= min);
    }
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
      const pattern = c.pattern;
      return (s) => {
        pattern.lastIndex = 0;
        return pattern.test(s);
      };
    }
    throw new FastParseUnsupported(`${where}: string check ${c.check}${c.format ? ` (${c.format})` : ''}`);
  });
  return (value) => {
    if (typeof value !== 'string') return REJECT;
    for (const test of tests) if (!test(value)) return REJECT;
    return value;
  };
}

function compileNumber(checks: CheckDef[], where: string): FastParse {
  const tests = checks.map((c): ((n: number) => boolean) => {
    if (c.when !== undefined) throw new FastParseUnsupported(`${where}: conditional check`);
    if (c.check === 'number_format' && c.format === 'safeint') return Number.isSafeInteger;
    if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number') {
      const bound = c.value;
      if (c.check === 'greater_than') return c.inclusive ? (n) => n >= bound : (n) => n > bound;
      return c.inclusive ? (n) => n <= bound : (n) => n < bound;
    }
    throw new FastParseUnsupported(`${where}: number check ${c.check}${c.format ? ` (${c.format})` : ''}`);
  });
  return (value) => {
    // zod's number type: a finite number (NaN and ±Infinity are refused before any check).
    if (typeof value !== 'number' || !Number.isFinite(value)) return REJECT;
    for (const test of tests) if (!test(value)) return REJECT;
    return value;
  };
}

function compileObject(def: Internals['def'], where: string): FastParse {
  // A catchall keeps or checks unknown keys; the default (strip) drops them, as below.
  if (def.catchall !== undefined) throw new FastParseUnsupported(`${where}: object with a catchall`);
  const shape = def.shape!;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) throw new FastParseUnsupported(`${where}: a __proto__ key`);
  const fields = keys.map((key) => {
    const field = shape[key]!;
    const optin = field._zod.optin;
    const optout = field._zod.optout;
    // Required (neither) or `.optional()` (both "optional"); defaults and the like are not covered.
    const optional = optin === 'optional' && optout === 'optional';
    if (!optional && (optin !== undefined || optout !== undefined)) {
      throw new FastParseUnsupported(`${where}.${key}: optin ${optin}, optout ${optout}`);
    }
    return { key, optional, parse: compile(field, `${where}.${key}`) };
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECT;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, optional, parse } of fields) {
      // zod asks `key in input` (so an inherited key counts as present) and copies a present
      // optional key even when its value is undefined.
      if (!(key in input)) {
        if (optional) continue;
        return REJECT;
      }
      const v = parse(input[key]);
      if (v === REJECT) return REJECT;
      out[key] = v;
    }
    return out;
  };
}
