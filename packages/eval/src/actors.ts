/**
 * @module actors
 * Gold actor specs and how they match predicted actors. A spec is written as text:
 *
 * - `syr.gov` — an actor id, matched exactly (`syr` is the state, `syr.gov` its government);
 * - `Government of Syria` — an actor name, compared without case or diacritics;
 * - `sector:CVL`, `country:SYR` — any actor with that PLOVER sector or ISO alpha-3 country;
 * - `a&b` — both conditions (`country:MLI&sector:MIL`); `a|b` — either alternative (`mli.mil|fama`).
 *
 * Alternatives let a gold file accept two correct codings of one actor (a national army under its
 * role id and under its own name), never two different actors.
 */
import type { ActorRef } from '@sitrep/model';

/** One condition of a spec. */
export type ActorCondition =
  | { kind: 'id-or-name'; value: string }
  | { kind: 'sector'; value: string }
  | { kind: 'country'; value: string };

/** A parsed spec: alternatives, each a conjunction of conditions. */
export interface ActorSpec {
  /** The spec as written. */
  raw: string;
  alternatives: ActorCondition[][];
}

/** Lowercase, diacritics and punctuation folded, for comparing names. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

/**
 * Parses a spec such as `mli.mil|country:MLI&sector:MIL`.
 *
 * @param raw
 *   The spec as written in the gold file.
 * @throws
 *   `Error` naming the bad part when a condition is empty or malformed.
 */
export function parseActorSpec(raw: string): ActorSpec {
  const alternatives = raw.split('|').map((alternative) =>
    alternative.split('&').map((term): ActorCondition => {
      const text = term.trim();
      if (text === '') throw new Error(`empty condition in actor spec ${JSON.stringify(raw)}`);
      const colon = /^(sector|country):(.*)$/i.exec(text);
      if (!colon) return { kind: 'id-or-name', value: text };
      const kind = colon[1]!.toLowerCase() as 'sector' | 'country';
      const value = colon[2]!.trim().toUpperCase();
      if (kind === 'country' && !/^[A-Z]{3}$/.test(value)) {
        throw new Error(
          `"country:" needs an ISO 3166-1 alpha-3 code (SYR), found ${JSON.stringify(colon[2])}`,
        );
      }
      if (kind === 'sector' && !/^[A-Z]{3}$/.test(value)) {
        throw new Error(
          `"sector:" needs a PLOVER sector such as GOV or CVL, found ${JSON.stringify(colon[2])}`,
        );
      }
      return { kind, value };
    }),
  );
  return { raw, alternatives };
}

function conditionHolds(condition: ActorCondition, actor: ActorRef): boolean {
  switch (condition.kind) {
    case 'sector':
      return actor.sector?.toUpperCase() === condition.value;
    case 'country':
      return actor.country?.toUpperCase() === condition.value;
    default: {
      if (actor.id.toLowerCase() === condition.value.toLowerCase()) return true;
      return foldName(actor.name) === foldName(condition.value);
    }
  }
}

/**
 * True when a predicted actor satisfies a spec.
 *
 * @param spec
 *   A parsed gold spec.
 * @param actor
 *   A predicted actor.
 */
export function actorMatches(spec: ActorSpec, actor: ActorRef): boolean {
  return spec.alternatives.some((conditions) =>
    conditions.every((condition) => conditionHolds(condition, actor)),
  );
}

/**
 * True when predicted actors and gold specs agree as sets: every spec is met by some predicted
 * actor and every predicted actor meets some spec. `[]` matches only `[]`.
 *
 * @param specs
 *   The gold specs.
 * @param actors
 *   The predicted actors (duplicates allowed).
 */
export function actorSetMatches(specs: readonly ActorSpec[], actors: readonly ActorRef[]): boolean {
  return (
    specs.every((spec) => actors.some((actor) => actorMatches(spec, actor))) &&
    actors.every((actor) => specs.some((spec) => actorMatches(spec, actor)))
  );
}
