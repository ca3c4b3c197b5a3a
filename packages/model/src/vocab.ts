/**
 * @module vocab
 * The contract's closed vocabularies as plain constants, with no schema library behind them, so a
 * browser bundle (the web app) can import exactly the lists the server validates against
 * (`@sitrep/model/vocab`) without pulling zod in. `contract.ts` builds its schemas from these.
 */

/** PLOVER event types, in the manual's order (cooperation first, then conflict). */
export const PLOVER_TYPES = [
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
] as const;

/** PLOVER actor sectors, plus IGO/NGO. */
export const SECTORS = [
  'COP',
  'GOV',
  'JUD',
  'LEG',
  'MIL',
  'PRM',
  'PTY',
  'REB',
  'SPY',
  'UAF',
  'UNK',
  'AGR',
  'BUS',
  'CRM',
  'CVL',
  'EDU',
  'ELI',
  'JRN',
  'LAB',
  'MED',
  'REF',
  'OPP',
  'PRE',
  'REL',
  'SOC',
  'IGO',
  'NGO',
] as const;

/** Modalities; only `asserted` and `reported` describe something that happened. */
export const MODALITIES = ['asserted', 'reported', 'negated', 'hypothetical', 'future', 'habitual'] as const;

/** Date precisions, finest first. */
export const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'vague'] as const;

/** Kinds of time mention. */
export const TIME_KINDS = ['date', 'range', 'duration', 'set'] as const;

/** ACLED's six event types (shared/ontology/ACLED_TYPES.md), the values of `event.acled.event_type`. */
export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

/**
 * Review states a stored event can be in: `pending` is unreviewed, `edited` means accepted with
 * corrections. Not part of an extraction result; the store and everything showing it share them.
 */
export const REVIEW_STATUSES = ['pending', 'accepted', 'rejected', 'edited'] as const;

/** A PLOVER event type. */
export type PloverType = (typeof PLOVER_TYPES)[number];
/** A PLOVER actor sector. */
export type Sector = (typeof SECTORS)[number];
/** An event's modality. */
export type Modality = (typeof MODALITIES)[number];
/** A date precision. */
export type Precision = (typeof PRECISIONS)[number];
/** A kind of time mention. */
export type TimeKind = (typeof TIME_KINDS)[number];
/** An ACLED event type. */
export type AcledEventType = (typeof ACLED_EVENT_TYPES)[number];
/** A review state. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
