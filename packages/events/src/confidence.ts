/**
 * @module confidence
 * An event's confidence: a logistic score over what supports it (a verbal trigger, a strong
 * lexicon entry, an actor, a recipient, a place, a date) whose weights were set on the dev gold
 * set (bench/results/events-calibration.md has the reliability table).
 */

/** What the score looks at. */
export interface ConfidenceFacts {
  nominal: boolean;
  weak: boolean;
  actor: boolean;
  recipient: boolean;
  location: boolean;
  date: boolean;
  /** The trigger is a multiword phrase (less ambiguous). */
  phrase: boolean;
  /** The event was reached only through a casualty word ("six people were killed"). */
  casualtyOnly: boolean;
}

/** Logistic weights; the intercept is for a single-word verbal trigger with no arguments. */
export const CONFIDENCE_WEIGHTS = {
  intercept: -0.2,
  nominal: -0.45,
  weak: -0.6,
  actor: 1.0,
  recipient: 0.45,
  location: 0.35,
  date: 0.2,
  phrase: 0.5,
  casualtyOnly: -0.3,
} as const;

/**
 * Scores an event in (0, 1).
 *
 * @param facts
 *   What supports it.
 */
export function confidence(facts: ConfidenceFacts): number {
  const w = CONFIDENCE_WEIGHTS;
  let z = w.intercept;
  if (facts.nominal) z += w.nominal;
  if (facts.weak) z += w.weak;
  if (facts.actor) z += w.actor;
  if (facts.recipient) z += w.recipient;
  if (facts.location) z += w.location;
  if (facts.date) z += w.date;
  if (facts.phrase) z += w.phrase;
  if (facts.casualtyOnly) z += w.casualtyOnly;
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(p * 100) / 100;
}
