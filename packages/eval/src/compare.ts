/**
 * @module compare
 * Compares one gold event with one predicted event, field by field. Only the fields the gold gives
 * are checked; each check says what was expected and what was found, for a diff users can read.
 */
import type { ActorRef, Event, Modality } from '@sitrep/model';
import { actorSetMatches } from './actors';
import { haversineKm } from './geo';
import type { GoldEvent } from './gold';
import { intervalsOverlap } from './times';

/** Which events are scored: `factual` (asserted and reported only) or `all` (every modality). */
export type Scope = 'factual' | 'all';

/** Fields a comparison may check, in the order diffs show them. */
export const FIELDS = [
  'type',
  'modality',
  'actor',
  'recipient',
  'date',
  'location',
  'mode',
  'fatalities',
] as const;

/** A field name. */
export type FieldName = (typeof FIELDS)[number];

/** One field's check. */
export interface FieldCheck {
  field: FieldName;
  ok: boolean;
  expected: string;
  found: string;
}

/** How far a pair agrees: same type (`type`), plus the same sides (`dyad`), plus everything (`full`). */
export interface PairLevels {
  type: boolean;
  dyad: boolean;
  full: boolean;
}

/** True for the modalities that describe something that happened. */
export function isFactual(modality: Modality): boolean {
  return modality === 'asserted' || modality === 'reported';
}

/** `factual` for asserted/reported, else the modality itself: what must agree in the `all` scope. */
export function modalityClass(modality: Modality): string {
  return isFactual(modality) ? 'factual' : modality;
}

const ids = (actors: readonly ActorRef[]) => (actors.length ? actors.map((a) => a.id).join(', ') : '(none)');
const specs = (list: GoldEvent['actor']) => (list?.length ? list.map((s) => s.raw).join(', ') : '(none)');
const interval = (d: { start: string; end: string }) =>
  d.start === d.end ? d.start : `${d.start}..${d.end}`;

function checkLocation(gold: NonNullable<GoldEvent['location']>, predicted: Event['location']): FieldCheck {
  const expected = `${gold.name ?? '?'}${gold.lat !== null ? ` (${gold.lat}, ${gold.lon}) ±${gold.toleranceKm} km` : ''}`;
  if (!predicted) return { field: 'location', ok: false, expected, found: '(none)' };
  if (gold.lat !== null && gold.lon !== null && predicted.lat !== null && predicted.lon !== null) {
    const km = haversineKm({ lat: gold.lat, lon: gold.lon }, { lat: predicted.lat, lon: predicted.lon });
    return {
      field: 'location',
      ok: km <= gold.toleranceKm,
      expected,
      found: `${predicted.name} (${predicted.lat}, ${predicted.lon}), ${Math.round(km)} km away`,
    };
  }
  // Without coordinates on one side, fall back to the names.
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const ok = gold.name !== null && fold(gold.name) !== '' && fold(gold.name) === fold(predicted.name);
  return { field: 'location', ok, expected, found: `${predicted.name} (no coordinates to compare)` };
}

/**
 * Checks a predicted event against a gold event.
 *
 * @param gold
 *   The gold event.
 * @param predicted
 *   The predicted event (contract `Event`).
 * @returns
 *   One check per field the gold gives (type and modality always).
 */
export function compareEvent(gold: GoldEvent, predicted: Event): FieldCheck[] {
  const checks: FieldCheck[] = [
    { field: 'type', ok: gold.type === predicted.type, expected: gold.type, found: predicted.type },
    {
      field: 'modality',
      ok: gold.modality === predicted.modality,
      expected: gold.modality,
      found: predicted.modality,
    },
  ];
  if (gold.mutual) {
    // Two-sided events: every side is listed under actor; the system may split them either way.
    const sides = [...predicted.actor, ...predicted.recipient];
    if (gold.actor) {
      checks.push({
        field: 'actor',
        ok: actorSetMatches(gold.actor, sides),
        expected: `${specs(gold.actor)} (either side)`,
        found: ids(sides),
      });
    }
  } else {
    if (gold.actor) {
      checks.push({
        field: 'actor',
        ok: actorSetMatches(gold.actor, predicted.actor),
        expected: specs(gold.actor),
        found: ids(predicted.actor),
      });
    }
    if (gold.recipient) {
      checks.push({
        field: 'recipient',
        ok: actorSetMatches(gold.recipient, predicted.recipient),
        expected: specs(gold.recipient),
        found: ids(predicted.recipient),
      });
    }
  }
  if (gold.date) {
    checks.push({
      field: 'date',
      ok: predicted.date !== null && intervalsOverlap(gold.date, predicted.date),
      expected: interval(gold.date),
      found: predicted.date ? interval(predicted.date) : '(none)',
    });
  }
  if (gold.location) checks.push(checkLocation(gold.location, predicted.location));
  if (gold.mode !== null) {
    checks.push({
      field: 'mode',
      ok: (predicted.mode ?? null) === gold.mode,
      expected: gold.mode,
      found: predicted.mode ?? '(none)',
    });
  }
  if (gold.fatalities !== null) {
    checks.push({
      field: 'fatalities',
      ok: predicted.fatalities === gold.fatalities,
      expected: String(gold.fatalities),
      found:
        predicted.fatalities === null || predicted.fatalities === undefined
          ? '(none)'
          : String(predicted.fatalities),
    });
  }
  return checks;
}

/**
 * Which levels a pair reaches, given its checks.
 *
 * @param gold
 *   The gold event.
 * @param predicted
 *   The predicted event.
 * @param checks
 *   `compareEvent(gold, predicted)`.
 * @param scope
 *   In the `all` scope the type level also needs the same modality class (a negated event coded as
 *   asserted is not a match); `full` always needs the exact modality.
 */
export function pairLevels(
  gold: GoldEvent,
  predicted: Event,
  checks: readonly FieldCheck[],
  scope: Scope,
): PairLevels {
  const ok = (field: FieldName) => checks.find((c) => c.field === field)?.ok ?? true;
  const type =
    ok('type') && (scope === 'factual' || modalityClass(gold.modality) === modalityClass(predicted.modality));
  const dyad = type && ok('actor') && ok('recipient');
  const full = dyad && checks.every((c) => c.ok);
  return { type, dyad, full };
}
