/**
 * @module prepare
 * A document flattened into the values a store writes: validation, JSON serialization and
 * compression done beforehand, so that work can run on the extraction threads instead of the one
 * thread that holds the write lock. A batch ingest profile showed the writer thread as the
 * bottleneck (extraction workers idle 60-70 %), with deflate, JSON.stringify and the structured
 * clone of whole `DocumentResult` graphs a large share of it.
 *
 * The prepared form holds only strings, numbers and byte arrays: cheap to send between threads
 * (structured clone of a few flat records instead of thousands of small objects) and independent of
 * the backend (a PostgreSQL store writes the same values).
 */
import { deflateSync } from 'node:zlib';
import { type DocumentResult, type Event, parseDocumentResult } from '@sitrep/model';
import type { ActorHit, PlaceHit, PutDocument } from './types';

// zlib level 1 rather than the default 6: a 13 KB result deflates in ~0.19 instead of ~0.3-0.45 ms
// and comes out ~14 % larger (3.1 vs 2.7 KB; the whole database grows ~1.5 %). Stored results
// are read back only when a document is opened, and the deflate runs once per document ingested.
const DEFLATE = { level: 1 };

/** One event as the store writes it. */
export interface PreparedEvent {
  /** The document-local id (`e1`). */
  local: string;
  type: string;
  acled: string | null;
  modality: string;
  /** `YYYY-MM-DD`, or '' when the event has no date. */
  dateStart: string;
  dateEnd: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  confidence: number;
  /** The event without its local id, as JSON (what `event_data.data` holds). */
  data: string;
  /** The evidence sentence (indexed for full-text search). */
  evidence: string;
  /** Actor ids in the actor and recipient roles. */
  actors: string[];
  recipients: string[];
  /** `start-end` of the trigger span: a reviewed event on the same trigger wins on re-extraction. */
  trigger: string;
  /** Days between the date's start and end (0 for one day), or null without a date. */
  spanDays: number | null;
}

/**
 * An actor mentioned in a document and a resolved place mention, each with its count in the
 * document: the same records the store's editor search answers with (`ActorHit`, `PlaceHit`).
 */
export type PreparedActor = ActorHit;
export type PreparedPlace = PlaceHit;

/** A document ready to write: every value the store inserts, computed off the writer thread. */
export interface PreparedDocument {
  sha256: string;
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
  format: string | null;
  /** Length of `text` in UTF-16 code units. */
  chars: number;
  text: string;
  /** The reader's offset map as JSON, or null. */
  offsets: string | null;
  /** The original bytes, deflated. */
  original: Uint8Array;
  originalSize: number;
  pipeline: string;
  /** The DocumentResult without `document.text`, as deflated JSON. */
  result: Uint8Array;
  events: PreparedEvent[];
  /** Distinct actors mentioned (the first mention's fields), with counts. */
  actors: PreparedActor[];
  /** Distinct resolved places mentioned (by name and coordinates), with counts. */
  places: PreparedPlace[];
}

/**
 * Validates (unless `input.checked`), serializes and compresses a document for `putPrepared`.
 * Pure and synchronous: safe to run in any thread.
 *
 * @param input
 *   What `putDocument` takes.
 * @returns
 *   The values the store writes.
 * @throws
 *   A `ZodError`-based error from `parseDocumentResult` when an unchecked result breaks the contract.
 * @example
 *   const prepared = prepareDocument({ result, text, pipeline: pipeline.version, checked: true });
 *   await store.putPrepared([prepared]); // ['new']
 */
export function prepareDocument(input: PutDocument): PreparedDocument {
  const result: DocumentResult = input.checked
    ? input.result
    : parseDocumentResult({ ...input.result, document: { ...input.result.document } }, input.text);
  const stored = { ...result, document: { ...result.document } };
  delete stored.document.text;
  const bytes = input.bytes ?? Buffer.from(input.text, 'utf8');
  const doc = result.document;
  return {
    sha256: doc.sha256,
    id: doc.id,
    source: doc.source ?? null,
    title: doc.title ?? null,
    published: doc.published ?? null,
    format: input.format ?? null,
    chars: input.text.length,
    text: input.text,
    offsets: input.offsets === undefined ? null : JSON.stringify(input.offsets),
    original: deflateSync(bytes, DEFLATE),
    originalSize: bytes.length,
    pipeline: input.pipeline,
    result: deflateSync(JSON.stringify(stored), DEFLATE),
    events: result.events.map(prepareEvent),
    ...countMentions(result),
  };
}

/**
 * Distinct actors and resolved places of a result with their mention counts: one upsert each
 * instead of one per mention (a report names the same army or town many times).
 */
function countMentions(result: DocumentResult): { actors: PreparedActor[]; places: PreparedPlace[] } {
  const actors = new Map<string, PreparedActor>();
  for (const m of result.mentions.actors) {
    const seen = actors.get(m.actor.id);
    if (seen) seen.count++;
    else
      actors.set(m.actor.id, {
        id: m.actor.id,
        name: m.actor.name,
        country: m.actor.country ?? null,
        sector: m.actor.sector ?? null,
        count: 1,
      });
  }
  const places = new Map<string, PreparedPlace>();
  for (const m of result.mentions.places) {
    if (m.lat === null || m.lon === null) continue;
    const key = placeKey(m.name, m.lat, m.lon);
    const seen = places.get(key);
    if (seen) seen.count++;
    else
      places.set(key, {
        name: m.name,
        lat: m.lat,
        lon: m.lon,
        country: m.country ?? null,
        admin1: m.admin1 ?? null,
        admin2: m.admin2 ?? null,
        feature: m.feature ?? null,
        gazetteer: m.gazetteer ?? null,
        count: 1,
      });
  }
  return { actors: [...actors.values()], places: [...places.values()] };
}

/** The key of `seen_places`: a place name at a point. */
export function placeKey(name: string, lat: number, lon: number): string {
  return `${name}\u0000${lat}\u0000${lon}`;
}

/**
 * The columns and index entries of one event (also used when a reviewer edits an event).
 *
 * @param event
 *   A contract event; its `id` is the document-local id.
 */
export function prepareEvent(event: Event): PreparedEvent {
  const { id: local, ...data } = event;
  return {
    local,
    type: event.type,
    acled: event.acled?.event_type ?? null,
    modality: event.modality,
    dateStart: event.date?.start ?? '',
    dateEnd: event.date?.end ?? '',
    country: event.location?.country ?? null,
    admin1: event.location?.admin1 ?? null,
    lat: typeof event.location?.lat === 'number' ? event.location.lat : null,
    lon: typeof event.location?.lon === 'number' ? event.location.lon : null,
    confidence: event.confidence,
    data: JSON.stringify(data),
    evidence: event.evidence.text,
    actors: event.actor.map((a) => a.id),
    recipients: event.recipient.map((a) => a.id),
    trigger: triggerKey(event),
    spanDays: spanDays(event.date),
  };
}

/** The key of an event's trigger span. */
export function triggerKey(event: Pick<Event, 'trigger'>): string {
  return `${event.trigger.span[0]}-${event.trigger.span[1]}`;
}

/** Days from an event date's start to its end, or null when it has none (or it is unreadable). */
export function spanDays(date: Event['date']): number | null {
  if (!date) return null;
  const days = Math.round(
    (Date.parse(`${date.end}T00:00:00Z`) - Date.parse(`${date.start}T00:00:00Z`)) / 86_400_000,
  );
  return Number.isFinite(days) ? days : null;
}
