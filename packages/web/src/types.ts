/**
 * @module types
 * The records the API answers with (packages/server/README.md). They are the contract's and the
 * store's own types, imported as types only: the browser bundle still talks to sitrep over HTTP and
 * pulls no server code (type imports vanish at build), but a change to the contract or the store's
 * records now shows up here as a type error instead of a silent drift between two copies.
 */
import type { ActorRef, DocumentResult as ContractDocumentResult, Event } from '@sitrep/model';
import type { DocumentSummary, EventRecord, PlaceHit as StorePlaceHit } from '@sitrep/store';

export type {
  ActorMention,
  ActorRef,
  EventDate,
  EventLocation,
  Message,
  PlaceMention,
  Span,
  TimeMention,
} from '@sitrep/model';
export type {
  AuditEntry,
  Bucket,
  DocumentRef,
  DocumentSummary,
  EventRecord,
  Page,
  Review,
  ReviewPatch,
  Stats,
} from '@sitrep/store';

/** The contract's Event, as `POST /documents` returns it (no review, no document record). */
export type ContractEvent = Event;

/**
 * `GET /documents/{id}` and `POST /documents`: a DocumentResult with its text. The first answers
 * with stored event records and the document's summary, the second with plain contract events.
 */
export interface DocumentResult extends Omit<ContractDocumentResult, 'events'> {
  events: (EventRecord | ContractEvent)[];
  summary?: DocumentSummary;
}

/** `GET /auth/session`. */
export interface Session {
  authenticated: boolean;
  via: 'cookie' | 'bearer' | null;
  name: string | null;
  loopback: boolean;
}

/** Where an editor suggestion came from: the built-in dictionary or gazetteer, or stored data. */
type HitSource = 'dictionary' | 'gazetteer' | 'store';

/** `GET /actors` hit. */
export interface ActorHit extends ActorRef {
  source?: HitSource;
}

/** `GET /places` hit. */
export interface PlaceHit extends Omit<StorePlaceHit, 'count'> {
  source?: HitSource;
}
