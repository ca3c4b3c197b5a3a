/**
 * @module types
 * The `Store` interface: what sitrep keeps about documents, extraction results, events, reviews,
 * the audit log and API tokens. SQLite implements it now; a PostgreSQL implementation must pass the
 * same suite (`runStoreSuite`). Methods are async so a networked backend fits the same shape.
 */

import type {
  ActorRef,
  DocumentResult,
  Event,
  EventDate,
  EventLocation,
  Modality,
  PloverType,
  ReviewStatus,
} from '@sitrep/model';
import type { PreparedDocument } from './prepare';

/** Review states of an event (defined with the contract's vocabularies, which the web app shares). */
export { REVIEW_STATUSES, type ReviewStatus } from '@sitrep/model';

/** The reviewer's verdict on an event. */
export interface Review {
  status: ReviewStatus;
  note: string | null;
  by: string | null;
  /** ISO timestamp of the last review action. */
  at: string | null;
}

/** The short document record events point back to. */
export interface DocumentRef {
  id: string;
  sha256: string;
  title: string | null;
  source: string | null;
  published: string | null;
}

/** An event as stored: the contract's Event with edits applied, a global id and its review. */
export interface EventRecord extends Omit<Event, 'id'> {
  /** Global id: first 16 hex of the document sha256, `:`, the event id inside its document. */
  id: string;
  /** The event id inside its DocumentResult (`e1`). */
  local: string;
  document: DocumentRef;
  review: Review;
  /** The extraction as produced, once a reviewer edited the event; else null. */
  original: Event | null;
}

/** What the store keeps about a document besides its extraction result. */
export interface DocumentSummary {
  id: string;
  sha256: string;
  source: string | null;
  title: string | null;
  published: string | null;
  chars: number;
  format: string | null;
  events: number;
  /** ISO timestamp of the first time it was stored. */
  ingested: string;
  /** Pipeline version of the current result. */
  pipeline: string;
}

/** A stored document with its current result (text included) and its events as records. */
export interface StoredDocument {
  summary: DocumentSummary;
  /** The current DocumentResult, with `document.text`. */
  result: DocumentResult;
  events: EventRecord[];
  /** Offset map from the extracted text to the original bytes, when the reader produced one. */
  offsets: unknown;
}

/** A document to store: its extraction result plus what only the store keeps. */
export interface PutDocument {
  /** The extraction result; its `document.text` may be absent when `text` is given. */
  result: DocumentResult;
  /** The extracted text the spans index. */
  text: string;
  /** The original bytes (kept compressed); defaults to the UTF-8 text. */
  bytes?: Uint8Array;
  /** The reader's format (`txt`, `html`, ...). */
  format?: string | null;
  /** The reader's offset map, if any (any JSON value). */
  offsets?: unknown;
  /** Pipeline version that produced `result`. */
  pipeline: string;
  /**
   * The result comes straight from `pipeline.extract`, which validated it against the contract;
   * the store then skips validating it again (it costs about as much as storing it).
   */
  checked?: boolean;
}

/** What `putDocument` did. */
export type PutOutcome = 'new' | 'unchanged' | 'reprocessed';

/** Where a document stands, by content hash. */
export type DocumentState = 'absent' | 'current' | 'stale';

/** Event filters shared by `GET /events`, `GET /stats`, exports and `sitrep export`. */
export interface EventFilter {
  /** Events whose date interval ends on or after this day. */
  from?: string;
  /** Events whose date interval starts on or before this day. */
  to?: string;
  type?: PloverType[];
  /** ACLED event_type. */
  acled?: string;
  /** Actor id, as actor or recipient. */
  actor?: string;
  /** ISO alpha-2 of the event location. */
  country?: string;
  admin1?: string;
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox?: [number, number, number, number];
  status?: ReviewStatus[];
  modality?: Modality[];
  minConfidence?: number;
  /** Full-text query over the evidence. */
  q?: string;
  /** Document id or sha256. */
  document?: string;
}

/** Sort orders for event lists. */
export const EVENT_SORTS = ['-date', 'date', '-confidence', 'confidence'] as const;

/** An event sort order. */
export type EventSort = (typeof EVENT_SORTS)[number];

/** Paging: `cursor` is the `next` of the previous page. */
export interface PageRequest {
  limit?: number;
  cursor?: string | null;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** A review action on an event. */
export interface ReviewPatch {
  status?: 'accepted' | 'rejected' | 'pending';
  type?: PloverType;
  mode?: string | null;
  modality?: Modality;
  actor?: ActorRef[];
  recipient?: ActorRef[];
  date?: EventDate | null;
  location?: EventLocation | null;
  note?: string | null;
}

/** One line of the append-only audit log. */
export interface AuditEntry {
  seq: number;
  at: string;
  by: string;
  action: 'accept' | 'reject' | 'edit' | 'reset' | 'reprocess';
  event: string;
  note: string | null;
  before: unknown;
  after: unknown;
}

/** A count per key. */
export interface Bucket {
  key: string;
  count: number;
  name?: string;
}

/** A count per day and PLOVER type: what a stacked timeline draws. */
export interface DayTypeBucket {
  /** The event's first day, YYYY-MM-DD. */
  day: string;
  type: string;
  count: number;
}

/** Aggregates over the events a filter selects. */
export interface Stats {
  total: number;
  byType: Bucket[];
  byDay: Bucket[];
  /** Dated events per day and type, by day then type (one request for a stacked timeline). */
  byDayType: DayTypeBucket[];
  byWeek: Bucket[];
  byCountry: Bucket[];
  byAdmin1: Bucket[];
  byActor: Bucket[];
  byStatus: Bucket[];
  byModality: Bucket[];
}

/** An API token as listed (the secret itself is never stored). */
export interface TokenRecord {
  name: string;
  created: string;
  lastUsed: string | null;
}

/** An actor seen in stored documents. */
export interface ActorHit extends ActorRef {
  count: number;
}

/** A resolved place seen in stored documents. */
export interface PlaceHit {
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  feature: string | null;
  gazetteer: string | null;
  count: number;
}

/**
 * Where sitrep keeps its data. Writes are idempotent: documents are keyed by sha256, results by
 * (sha256, pipeline version), so a re-run after a crash stores nothing twice.
 */
export interface Store {
  /** Backend name (`sqlite`, `postgres`). */
  readonly kind: string;
  /** Whether a document is stored, and with the given pipeline version. */
  documentState(sha256: string, pipeline: string): Promise<DocumentState>;
  /**
   * Stores a document and its result in one transaction. Same bytes and version: `unchanged`.
   * Same bytes, other version: the result is replaced (`reprocessed`); reviewed events are kept.
   */
  putDocument(input: PutDocument): Promise<PutOutcome>;
  /**
   * Stores several documents in one transaction (group commit): all of them or, on error, none.
   * Each document is whole either way, so a crash never leaves half of one.
   */
  putDocuments(inputs: PutDocument[]): Promise<PutOutcome[]>;
  /**
   * Stores documents prepared by `prepareDocument` (possibly on another thread), in one transaction
   * like `putDocuments`: the batch ingest prepares on its extraction workers so the single writer
   * only inserts.
   */
  putPrepared(documents: PreparedDocument[]): Promise<PutOutcome[]>;
  /** The sha256 of every document whose current result comes from another pipeline version. */
  staleDocuments(pipeline: string): AsyncIterable<string>;
  /** A document by id or sha256, or null. */
  getDocument(idOrSha: string): Promise<StoredDocument | null>;
  /** The original bytes of a document, or null. */
  getOriginal(sha256: string): Promise<Uint8Array | null>;
  /** Documents, newest first; `q` searches title and text. */
  listDocuments(query: { q?: string } & PageRequest): Promise<Page<DocumentSummary>>;
  /** Events matching a filter, sorted and paged. */
  queryEvents(filter: EventFilter, page?: PageRequest & { sort?: EventSort }): Promise<Page<EventRecord>>;
  /** Every event matching a filter, streamed in date order (for exports). */
  streamEvents(filter: EventFilter): AsyncIterable<EventRecord>;
  /** One event by global id, or null. */
  getEvent(id: string): Promise<EventRecord | null>;
  /** Applies a review; appends to the audit log. Throws `StoreError` (code `not-found`) when absent. */
  reviewEvent(id: string, patch: ReviewPatch, by: string): Promise<EventRecord>;
  /** The audit log of one event, oldest first. */
  history(id: string): Promise<AuditEntry[]>;
  /** Aggregates over the events a filter selects. */
  stats(filter: EventFilter): Promise<Stats>;
  /** Actors seen in stored documents whose id or name contains `q`. */
  searchActors(q: string, limit?: number): Promise<ActorHit[]>;
  /** Resolved places seen in stored documents whose name starts with `q`. */
  searchPlaces(q: string, limit?: number): Promise<PlaceHit[]>;
  /** Creates an API token; returns the secret once. Throws when the name exists. */
  createToken(name: string): Promise<{ name: string; token: string }>;
  /** The token's name when the secret is valid, else null. */
  verifyToken(token: string): Promise<string | null>;
  listTokens(): Promise<TokenRecord[]>;
  /** Revokes a token by name; false when there was none. */
  revokeToken(name: string): Promise<boolean>;
  /** Counts for `/health`. */
  counts(): Promise<{ documents: number; events: number }>;
  close(): Promise<void>;
}

/** What went wrong in the store, for callers that map it (the server to HTTP statuses). */
export type StoreErrorCode = 'not-found' | 'conflict' | 'invalid' | 'corrupt' | 'missing' | 'write-failed';

/** An error from the store, with a code callers can act on and the cause kept. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
