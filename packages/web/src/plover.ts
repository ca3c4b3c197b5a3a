/**
 * @module plover
 * The vocabularies the app filters and colors by: PLOVER event types (shared/CONTRACT.md), modalities,
 * review states, ACLED event types (from `@sitrep/model/vocab`), and one color per type.
 */

import { ACLED_EVENT_TYPES, type PloverType } from '@sitrep/model/vocab';

// The lists come from the contract itself (a zod-free module), so a type added there shows up in
// the filters, legend and timeline without a second list to keep in step.
export {
  MODALITIES,
  PLOVER_TYPES,
  type PloverType,
  PRECISIONS,
  REVIEW_STATUSES,
  type ReviewStatus,
} from '@sitrep/model/vocab';

/**
 * `value` as a member of `values`, or `fallback` when it is not one: a <select> built from a
 * vocabulary hands back a plain string, and this narrows it without a cast.
 */
export function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** ACLED event types, for the ACLED filter. */
export const ACLED_TYPES = ACLED_EVENT_TYPES;

/**
 * One color per PLOVER type. Cooperation types take cool hues, conflict types warm ones, so a
 * cluster's donut reads at a glance; neighbours in the list differ in lightness as well as hue
 * because the legend and the type label, not color alone, carry the meaning.
 */
export const TYPE_COLORS: Record<PloverType, string> = {
  AGREE: '#1b7837',
  CONSULT: '#5aae61',
  SUPPORT: '#0b6e8a',
  CONCEDE: '#88c4d8',
  COOPERATE: '#2166ac',
  AID: '#67a9cf',
  RETREAT: '#8073ac',
  REQUEST: '#b2abd2',
  ACCUSE: '#e0a100',
  REJECT: '#a6761d',
  THREATEN: '#f46d43',
  PROTEST: '#e7298a',
  SANCTION: '#8c510a',
  MOBILIZE: '#d95f02',
  COERCE: '#b2182b',
  ASSAULT: '#67001f',
};

/**
 * The color for a type; unknown types (a newer server) get neutral grey rather than failing.
 *
 * @param type
 *   A PLOVER type as the API returned it.
 */
export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? '#777777';
}

/** ACLED geo_precision codes, as the map legend and the detail panel describe them. */
export const GEO_PRECISION: Record<number, string> = {
  1: 'exact town',
  2: 'near a town / part of a region',
  3: 'region only',
};
