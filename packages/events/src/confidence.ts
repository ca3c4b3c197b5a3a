/**
 * @module confidence
 * An event's confidence: a logistic score over what supports it (a verbal trigger, a lexicon
 * phrase, an actor, a recipient, a place, a date) whose weights were fitted on the dev gold set
 * (bench/results/events-calibration.md has the reliability tables).
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

/**
 * Logistic weights, fitted on data/gold/events-dev.jsonl by `node packages/events/scripts/eval-gold.mjs
 * --calibrate` (L2 0.5; an event is correct when type, actor and recipient match the gold). The fit's
 * small negative weight for a location (-0.35, 76 events) is noise and is set to 0; casualtyOnly is
 * not in the dev data and keeps its prior. bench/results/events-calibration.md has the tables.
 */
export const CONFIDENCE_WEIGHTS = {
  intercept: 0.09,
  nominal: -0.67,
  weak: 0.14,
  actor: 0.85,
  recipient: 1.02,
  location: 0,
  date: 0,
  phrase: 0.08,
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
