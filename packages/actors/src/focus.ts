/**
 * @module focus
 * The document's focus country: the state it is mostly about, by votes from the states, named
 * groups and people it mentions and, when the geo stage ran, the countries of its places. Bare
 * references ("the regime", "security forces") resolve to it only when one country clearly leads.
 */
import type { Doc, PlaceMention } from '@sitrep/model';
import type { ActorDictionary } from './dictionary';
import type { Hit } from './match';

/** The focus decision. */
export interface Focus {
  /** ISO alpha-3, or null when no country clearly leads. */
  iso3: string | null;
  /** Why (for `why` entries and messages). */
  why: string;
  /**
   * The country most of the document's places are in (geo layer), when one leads and an actor of
   * that country is named too: local people ("civilians", "residents") belong where the events
   * happen more than to whoever is named most.
   */
  place?: string | null;
}

/**
 * Finds the focus country and the set of countries the document mentions.
 *
 * @param doc
 *   The document (its `places` layer is read when present).
 * @param hits
 *   Dictionary hits.
 * @param dictionary
 *   The loaded dictionary.
 * @param range
 *   Only the hits and places starting in this character range vote (one story of a digest).
 */
export function findFocus(
  doc: Doc,
  hits: Hit[],
  dictionary: ActorDictionary,
  range?: [number, number],
): { focus: Focus; mentioned: Set<string> } {
  const votes = new Map<string, number>();
  const vote = (iso3: string | null | undefined, weight = 1) => {
    if (iso3) votes.set(iso3, (votes.get(iso3) ?? 0) + weight);
  };
  const tokens = doc.maybe('nlp')?.tokens ?? [];
  const inRange = (start: number) => !range || (start >= range[0] && start < range[1]);
  const places = (doc.maybe('places') ?? []).filter((p) => inRange(p.span[0]));
  for (const hit of hits) {
    if (!inRange(tokens[hit.first]?.start ?? 0)) continue;
    const c = hit.candidates[0];
    if (!c) continue;
    // "Rwanda-backed rebels", "a Saudi-led coalition": a backer named in a compound is not where
    // the report is ("Kurdish-held villages", "Ukrainian-held towns" still are).
    const dash = tokens[hit.last + 1];
    const participle = tokens[hit.last + 2];
    if (
      dash?.norm === '-' &&
      participle &&
      /ed$/.test(participle.norm) &&
      !['held', 'controlled', 'occupied'].includes(participle.norm)
    )
      continue;
    // A state named outright counts double: groups and people vote for their base country, which
    // is often not where the report is.
    // A capital is mostly where talks are held ("in Havana"); the places layer already counts it.
    if (c.type === 'country') vote(c.country.iso3, c.form === 'capital' ? 0 : 2);
    else if (c.type === 'entry') vote(c.entry.country);
    else if (c.type === 'person') vote(c.person.country);
  }
  // Countries the actors themselves point to (before places vote), to corroborate a place focus.
  const actorCountries = new Set(votes.keys());
  const placeVotes = new Map<string, number>();
  for (const place of places) {
    const iso3 = place.country ? dictionary.iso2to3.get(place.country) : undefined;
    if (!iso3 || place.lat === null) continue;
    vote(iso3);
    placeVotes.set(iso3, (placeVotes.get(iso3) ?? 0) + 1);
  }
  const placeRanked = [...placeVotes.entries()].sort((a, b) => b[1] - a[1]);
  const leading =
    placeRanked[0] && !(placeRanked[1] && placeRanked[1][1] >= placeRanked[0][1]) ? placeRanked[0][0] : null;
  // A place country counts only when an actor of that country is named too: a misresolved
  // toponym ("Beni" in Benin) must not pull local people abroad.
  // Without an actor of that country named, the places must be sure ones: a town read as its
  // namesake abroad must not move the document's people ("Russian missiles hit Dnipro, killing
  // five residents": the residents are Ukraine's though no Ukrainian actor is named).
  const sure = places.filter(
    (p) => p.country && p.lat !== null && dictionary.iso2to3.get(p.country) === leading,
  );
  const place =
    leading &&
    (actorCountries.has(leading) || (sure.length > 0 && sure.every((p) => (p.confidence ?? 0) >= 0.8)))
      ? leading
      : null;
  const mentioned = new Set(votes.keys());
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return { focus: { iso3: null, why: 'no country is mentioned', place }, mentioned };
  if (second && second[1] >= top[1]) {
    return {
      focus: { iso3: null, why: `${top[0]} and ${second[0]} are mentioned equally often (${top[1]})`, place },
      mentioned,
    };
  }
  return {
    focus: {
      iso3: top[0],
      why: `${top[0]} leads with ${top[1]} of ${[...votes.values()].reduce((a, b) => a + b, 0)} mentions`,
      place,
    },
    mentioned,
  };
}

/**
 * Where the stories of a digest start: a line that opens with a dateline in capitals ("GOMA, 21
 * January 2025 (Reuters) —", "SANAA (AP) -", "KYIV, Ukraine —"). Returns the character offsets
 * of the datelines after the first story's start; empty for a single story.
 */
export function storyStarts(text: string, places: readonly PlaceMention[] = []): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const at = m.index + m[1]!.length;
    if (text.slice(0, at).trim() !== '') starts.push(at);
  }
  // "In neighbouring Burkina Faso, gunmen ...": a line that opens on a country turns the digest to it.
  for (const m of text.matchAll(COUNTRY_LEAD)) {
    const at = m.index + m[1]!.length;
    const from = m.index + m[0].length;
    const country = places.find((p) => p.span[0] === from && p.feature === 'country');
    if (country && text[country.span[1]] === ',' && text.slice(0, at).trim() !== '') starts.push(at);
  }
  return starts.sort((a, b) => a - b);
}

/** A line opening "In X", "Elsewhere in X", "Meanwhile, in neighbouring X" (X checked as a country). */
const COUNTRY_LEAD =
  /(^|\n)[ \t]*(?:(?:Elsewhere|Meanwhile),? in|In) (?:neighbouring |neighboring )?(?=\p{Lu})/gu;

/** A line-initial dateline: a place in capitals, an optional date and agency, then a dash. */
const DATELINE =
  /(^|\n)[ \t]*(?=\p{Lu})[\p{Lu}'’.\- ]{3,40}(?:, [\p{L} .]{2,30})?(?:, \d{1,2} \p{L}+ \d{4})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--|-)[ \t]/gu;
