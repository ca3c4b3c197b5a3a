/**
 * @module persons
 * Time-aware offices: a person is coded as the office's actor only while in office on the
 * document's publication date; out of office, as a former official (`<iso3>.eli`, sector ELI).
 */
import type { ActorDictionary } from './dictionary';
import type { ActorRef, PersonRecord, Term } from './types';

/** A person resolved on a date. */
export interface PersonResolution {
  ref: ActorRef;
  why: string[];
  /** The office held (or last held), when any. */
  term: Term | null;
  state: 'in-office' | 'former' | 'not-yet' | 'undated';
}

/**
 * Resolves a person to an ActorRef on a date.
 *
 * @param dictionary
 *   The loaded dictionary (for the office's actor).
 * @param person
 *   The person record.
 * @param date
 *   The publication date, or null (then the most recent term counts, as if today).
 * @param forceFormer
 *   The text says "former" (a former holder even if a term is open on the date).
 * @example
 *   resolvePerson(dictionary, biden, '2023-05-01').ref.id // => 'usa.gov'
 *   resolvePerson(dictionary, biden, '2026-05-01').ref.id // => 'usa.eli'
 */
export function resolvePerson(
  dictionary: ActorDictionary,
  person: PersonRecord,
  date: string | null,
  forceFormer = false,
): PersonResolution {
  const terms = [...person.terms].sort((a, b) => a.from.localeCompare(b.from));
  const latest = terms.at(-1) ?? null;
  const countryOf = (term: Term | null) =>
    person.country ?? (term ? dictionary.ref(term.actor, date).country : null);
  const former = (term: Term | null, why: string[], state: PersonResolution['state']): PersonResolution => {
    const country = countryOf(term);
    const ref: ActorRef = {
      id: country ? `${country.toLowerCase()}.eli` : 'eli',
      name: term ? `${person.name}, former ${term.title}` : person.name,
      country,
      sector: 'ELI',
    };
    return { ref, why, term, state };
  };
  const inOffice = (term: Term, why: string[], state: PersonResolution['state']): PersonResolution => {
    const base = dictionary.ref(term.actor, date);
    return {
      ref: { id: base.id, name: `${person.name}, ${term.title}`, country: base.country, sector: base.sector },
      why,
      term,
      state,
    };
  };
  const termWhy = (t: Term) => `office:${t.title}@${t.actor}:${t.from}..${t.to ?? ''}`;
  if (date === null) {
    if (!latest) return former(null, [`person:${person.id}`], 'undated');
    if (latest.to === null && !forceFormer) {
      return inOffice(
        latest,
        [`person:${person.id}`, termWhy(latest), 'undated:most-recent-term'],
        'undated',
      );
    }
    return former(
      latest,
      [`person:${person.id}`, `former:${termWhy(latest)}`, 'undated:most-recent-term'],
      'undated',
    );
  }
  const active = terms.filter((t) => t.from <= date && (t.to === null || date < t.to));
  const current = active.at(-1);
  if (current && !forceFormer)
    return inOffice(current, [`person:${person.id}`, termWhy(current)], 'in-office');
  const past =
    terms.filter((t) => t.to !== null && t.to <= date).at(-1) ?? (forceFormer ? current : undefined);
  if (past) return former(past, [`person:${person.id}`, `former:${termWhy(past)}`], 'former');
  return former(null, [`person:${person.id}`, `not-yet-in-office:${terms[0]?.from ?? ''}`], 'not-yet');
}
