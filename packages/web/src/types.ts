/**
 * @module types
 * The records the API answers with (packages/server/README.md; the event and document shapes are
 * shared/CONTRACT.md's). Written here rather than imported: the web app talks to sitrep over HTTP
 * only, and these are the fields it reads.
 */
import type { ReviewStatus } from './plover';

/** A normalized actor. */
export interface ActorRef {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
}

/** `[start, end)` in UTF-16 code units of the document text. */
export type Span = [number, number];

/** A date interval with its precision. */
export interface EventDate {
  start: string;
  end: string;
  precision: string;
  time?: string | null;
}

/** Where an event happened. */
export interface EventLocation {
  place?: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  country?: string | null;
  admin1?: string | null;
  admin2?: string | null;
  precision: 1 | 2 | 3 | null;
}

/** The contract's Event. */
export interface ContractEvent {
  id: string;
  type: string;
  mode?: string | null;
  context?: string[];
  cameo?: string | null;
  acled?: { event_type: string; sub_event_type: string } | null;
  modality: string;
  actor: ActorRef[];
  recipient: ActorRef[];
  date: EventDate | null;
  location: EventLocation | null;
  fatalities?: number | null;
  trigger: { span: Span; text: string };
  evidence: { span: Span; text: string };
  attribution?: ActorRef | null;
  confidence: number;
  why?: string[];
}

/** The review of an event. */
export interface Review {
  status: ReviewStatus;
  note: string | null;
  by: string | null;
  at: string | null;
}

/** The short document record an event points back to. */
export interface DocumentRef {
  id: string;
  sha256: string;
  title: string | null;
  source: string | null;
  published: string | null;
}

/** An event as the API lists it: the contract's Event with edits applied, plus review and document. */
export interface EventRecord extends ContractEvent {
  /** Global id (`<sha prefix>:<local id>`). */
  id: string;
  /** The id inside its DocumentResult, which is what `trigger`/`evidence` of other records use. */
  local: string;
  document: DocumentRef;
  review: Review;
  original: ContractEvent | null;
}

/** A time mention. */
export interface TimeMention {
  id: string;
  span: Span;
  text: string;
  kind: string;
  start?: string | null;
  end?: string | null;
  precision?: string;
}

/** A place mention. */
export interface PlaceMention {
  id: string;
  span: Span;
  text: string;
  name: string;
  gazetteer?: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1?: string | null;
  admin2?: string | null;
  feature?: string | null;
  confidence?: number;
}

/** An actor mention. */
export interface ActorMention {
  id: string;
  span: Span;
  text: string;
  actor: ActorRef;
}

/** A diagnostic about the document. */
export interface Message {
  level: 'info' | 'warning' | 'error';
  code: string;
  text: string;
  span?: Span;
}

/** A stored document as the list shows it. */
export interface DocumentSummary {
  id: string;
  sha256: string;
  source: string | null;
  title: string | null;
  published: string | null;
  chars: number;
  format: string | null;
  events: number;
  ingested: string;
  pipeline: string;
}

/** `GET /documents/{id}` and `POST /documents`: a DocumentResult with its text. */
export interface DocumentResult {
  schema: string;
  document: {
    id: string;
    source?: string | null;
    title?: string | null;
    published: string | null;
    sha256: string;
    chars: number;
    text?: string;
  };
  mentions: { times: TimeMention[]; places: PlaceMention[]; actors: ActorMention[] };
  /** Records from `GET /documents/{id}`; plain contract events from `POST /documents`. */
  events: (EventRecord | ContractEvent)[];
  messages: Message[];
  summary?: DocumentSummary;
}

/** A list answer. */
export interface Page<T> {
  items: T[];
  total: number;
  next: string | null;
}

/** A count per key. */
export interface Bucket {
  key: string;
  count: number;
  name?: string;
}

/** `GET /stats`. */
export interface Stats {
  total: number;
  byType: Bucket[];
  byDay: Bucket[];
  /** Dated events per day and type. */
  byDayType: { day: string; type: string; count: number }[];
  byWeek: Bucket[];
  byCountry: Bucket[];
  byAdmin1: Bucket[];
  byActor: Bucket[];
  byStatus: Bucket[];
  byModality: Bucket[];
}

/** One line of an event's audit log. */
export interface AuditEntry {
  seq: number;
  at: string;
  by: string;
  action: string;
  event: string;
  note: string | null;
  before: unknown;
  after: unknown;
}

/** `GET /auth/session`. */
export interface Session {
  authenticated: boolean;
  via: 'cookie' | 'bearer' | null;
  name: string | null;
  loopback: boolean;
}

/** `GET /actors` hit. */
export interface ActorHit extends ActorRef {
  source?: string;
}

/** `GET /places` hit. */
export interface PlaceHit {
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  feature: string | null;
  gazetteer: string | null;
  source?: string;
}

/** A review request body (`PATCH /events/{id}`). */
export interface ReviewPatch {
  status?: 'accepted' | 'rejected' | 'pending';
  type?: string;
  mode?: string | null;
  modality?: string;
  actor?: ActorRef[];
  recipient?: ActorRef[];
  date?: { start: string; end: string; precision: string } | null;
  location?: Omit<EventLocation, 'place'> | null;
  note?: string | null;
}
