/**
 * @module test-helpers
 * Builds contract events for the eval tests. Every event goes through the contract's own schema,
 * so the tests score only what the events stage could really emit.
 */
import { type ActorRef, type Event, eventSchema } from '@sitrep/model';

/** An actor reference with the fields the contract requires. */
export function actor(
  id: string,
  country: string | null = null,
  sector: string | null = null,
  name = id,
): ActorRef {
  return { id, name, country, sector };
}

/**
 * A predicted event; unspecified fields take neutral values (no date, no location).
 *
 * @param fields
 *   The fields the test cares about.
 */
export function event(fields: Partial<Event> & Pick<Event, 'type'>): Event {
  return eventSchema.parse({
    id: 'e1',
    modality: 'asserted',
    actor: [],
    recipient: [],
    date: null,
    location: null,
    trigger: { span: [0, 1], text: 'x' },
    evidence: { span: [0, 1], text: 'x' },
    confidence: 0.5,
    ...fields,
  });
}
