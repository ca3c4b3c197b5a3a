/**
 * @module linking
 * How the events stage asks other stages for an event's date and location without importing them:
 * the pipeline injects `time`'s `dateOf` and `geo`'s `locate`, both written to these signatures.
 */
import type { EventDate, EventLocation, Span } from './contract';
import type { Doc } from './document';

/** Where an event sits in the text, as the events stage found it. */
export interface EventAnchor {
  /** The trigger word or phrase. */
  trigger: Span;
  /** The clause the trigger governs (the smallest span holding its arguments). */
  clause: Span;
  /** The sentence holding the trigger. */
  sentence: Span;
  /** Argument spans (actor, recipient, and prepositional phrases such as "in X", "near X"). */
  arguments: Span[];
}

/** An event's date, with the rules that chose it. */
export interface DateLink {
  date: EventDate | null;
  why: string[];
}

/**
 * An event's locations, with the rules that chose them. More than one location means the text
 * reports the act at several places ("shelled the towns of A and B"): ACLED codes one event each.
 */
export interface LocationLink {
  locations: EventLocation[];
  why: string[];
}

/** Given by the `time` package: the date an event happened. */
export type DateOf = (doc: Doc, anchor: EventAnchor) => DateLink;

/** Given by the `geo` package: where an event happened. */
export type Locate = (doc: Doc, anchor: EventAnchor) => LocationLink;
