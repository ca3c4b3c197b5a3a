/**
 * @module stage
 * The `geo` stage: recognize toponyms, resolve them against the injected gazetteer(s), and produce
 * the contract's `places` layer. One unresolvable name never breaks the document: it stays a
 * mention with lat/lon null and a message saying what was tried.
 */
import type { Doc, PlaceMention, Stage } from '@sitrep/model';
import type { Candidate, Gazetteer, Place } from './place';
import { FACILITY_END, recognize, STREET_END, type Toponym } from './recognize';
import { type Resolution, resolve, UNCERTAIN_CONFIDENCE } from './resolve';

/** Confidence of a facility placed at the document's main town: the town is a guess about where it is. */
const INFERRED_CONFIDENCE = 0.3;

/** Roads keep the contract's `road` feature; squares and buildings are `other`. */
function facilityFeature(typeWord: string | null): PlaceMention['feature'] {
  return typeWord && STREET_END.has(typeWord) ? 'road' : 'other';
}

/**
 * The town a document is about: the settlement (city or village) it resolves most often with
 * confidence `UNCERTAIN_CONFIDENCE` or more (a mention that only qualifies an organization counts
 * half), the first named on a tie; null when it names none.
 */
function mainTown(resolutions: readonly Resolution[]): Place | null {
  const counts = new Map<string, { place: Place; n: number; first: number }>();
  resolutions.forEach((r, k) => {
    const p = r.place;
    if (!p || (p.feature !== 'city' && p.feature !== 'village')) return;
    // An uncertain choice does not anchor other places; a town that only names an organization
    // ("Percy French Hotel") counts for less.
    if (r.confidence < UNCERTAIN_CONFIDENCE) return;
    const w = r.toponym.role === 'modifier' ? 0.5 : 1;
    const c = counts.get(p.id);
    if (c) c.n += w;
    else counts.set(p.id, { place: p, n: w, first: k });
  });
  let best: { place: Place; n: number; first: number } | null = null;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.place ?? null;
}

/** A place mention with what the geoparser knows beyond the contract (stripped from the output). */
export interface GeoPlaceMention extends PlaceMention {
  /** Number of gazetteer candidates considered. */
  candidates: number;
  /** The context cue: `admin`, `settlement`, `facility`, `locative` or null. */
  cue: Toponym['cue'];
  /** `modifier` when the name qualifies an organization ("Aleppo police"). */
  role: Toponym['role'];
  /** The rules that chose the entry. */
  why: string[];
}

/** True when a place mention carries the geoparser's extra fields. */
export function isGeoPlaceMention(m: PlaceMention): m is GeoPlaceMention {
  return 'role' in m && 'candidates' in m;
}

/**
 * Combines gazetteers: lookups return every backend's candidates (a user index first).
 *
 * @param gazetteers
 *   Backends, most specific first.
 */
export function combineGazetteers(...gazetteers: Gazetteer[]): Gazetteer {
  if (gazetteers.length === 1) return gazetteers[0]!;
  return {
    description: gazetteers.map((g) => g.description).join(' + '),
    get size() {
      return gazetteers.reduce((s, g) => s + g.size, 0);
    },
    lookup(name, options) {
      const seen = new Set<string>();
      const out: Candidate[] = [];
      for (const g of gazetteers) {
        for (const c of g.lookup(name, options)) {
          if (seen.has(c.place.id)) continue;
          seen.add(c.place.id);
          out.push(c);
        }
      }
      return out;
    },
    lexicon: gazetteers.find((g) => g.lexicon)?.lexicon,
    hasExact: (name) => gazetteers.some((g) => g.hasExact(name)),
    mayMatch: (name) => gazetteers.some((g) => g.mayMatch?.(name) ?? true),
    admin1Place: (country, admin1) => {
      for (const g of gazetteers) {
        const p = g.admin1Place(country, admin1);
        if (p) return p;
      }
      return undefined;
    },
    countryPlace: (code) => {
      for (const g of gazetteers) {
        const p = g.countryPlace(code);
        if (p) return p;
      }
      return undefined;
    },
  };
}

/**
 * Creates the `geo` stage.
 *
 * @param gazetteer
 *   Loaded once by the caller (`loadGazetteer()`, optionally combined with a user index).
 * @example
 *   const stage = geoStage(loadGazetteer());
 *   // pipeline: nlpStage() → … → stage
 */
export function geoStage(gazetteer: Gazetteer): Stage<'places'> {
  return {
    name: 'geo',
    needs: ['nlp'],
    provides: 'places',
    run(doc: Doc): PlaceMention[] {
      return geoparse(doc, gazetteer);
    },
  };
}

/**
 * Recognizes and resolves the places of a document (what the stage runs).
 *
 * @param doc
 *   A document with its `nlp` layer.
 * @param gazetteer
 *   Where names are looked up.
 */
export function geoparse(doc: Doc, gazetteer: Gazetteer): GeoPlaceMention[] {
  const toponyms = recognize(doc.text, doc.layer('nlp'), gazetteer);
  // An all-caps headline word that resolves to no well-known place is not a place mention at all.
  const resolutions = resolve(toponyms, doc.text, gazetteer).filter((r) => r.rejected !== 'not-a-place');
  const home = mainTown(resolutions);
  return resolutions.map((r, i) => {
    const t = r.toponym;
    let place: Place | null = r.place;
    const why = [...r.why];
    let inferred: Place | null = null;
    // A street or building the gazetteer lacks ("Royal Street") lies, most likely, in the town the
    // document is about: give it that town's point, say so, and keep the confidence low.
    if (!place && home && t.cue === 'facility' && t.typeWord && FACILITY_END.has(t.typeWord)) {
      inferred = home;
      why.push(`in-document-town:${home.name}`);
    }
    // "Kharkiv region": the division that holds the city, when the division has no entry of that name.
    // Only first-level words: "X County" or "X District" is smaller than the province holding X.
    const firstLevel =
      t.typeWord === null ||
      /^(?:province|provinces|governorate|governorates|oblast|region)$/.test(t.typeWord);
    if (
      place &&
      t.cue === 'admin' &&
      firstLevel &&
      place.feature !== 'admin1' &&
      place.feature !== 'admin2' &&
      // A named region ("the Catatumbo region") is already the area meant, not a town inside one.
      place.feature !== 'region' &&
      place.country &&
      place.admin1
    ) {
      const division = gazetteer.admin1Place(place.country, place.admin1);
      if (division) {
        why.push(`admin-of:${place.name}`);
        place = division;
      }
    }
    const located = place ?? inferred;
    const mention: GeoPlaceMention = {
      id: `p${i + 1}`,
      span: t.span,
      text: t.text,
      name: place?.name ?? t.text,
      gazetteer: place?.id ?? null,
      lat: located?.lat ?? null,
      lon: located?.lon ?? null,
      country: located?.country ?? null,
      admin1: located?.admin1 ?? null,
      admin2: located?.admin2 ?? null,
      feature:
        place?.feature ??
        (t.cue === 'admin' ? 'admin1' : t.cue === 'facility' ? facilityFeature(t.typeWord) : null),
      confidence: inferred ? INFERRED_CONFIDENCE : r.confidence,
      candidates: r.candidates,
      cue: t.cue,
      role: t.role,
      why,
    };
    if (inferred) {
      doc.messages.info(
        'inferred-place',
        `"${t.text}" is not in the gazetteer (${gazetteer.description}); it is placed at ${inferred.name} (${inferred.country ?? '?'}${inferred.admin1 ? `, ${inferred.admin1}` : ''}), the town this document names most, with confidence ${INFERRED_CONFIDENCE}. Add it with \`sitrep gazetteer import\` for its own point.`,
        t.span,
        'geo',
      );
    } else if (!place && r.rejected === 'weak-match' && r.runnerUp) {
      const guess = r.runnerUp;
      doc.messages.warn(
        'unresolved-place',
        `"${t.text}" reads as a place; its closest gazetteer entry, ${guess.name} (${guess.country ?? '?'}), is only a loose spelling match outside the countries this document is about, so it is kept with lat/lon null rather than guessed [${why.join(', ')}]. If it is right, give the country in the text; otherwise add the place with \`sitrep gazetteer import\`.`,
        t.span,
        'geo',
      );
    } else if (!place) {
      doc.messages.warn(
        'unresolved-place',
        `"${t.text}" reads as a place but no gazetteer entry matches it (tried the exact name, transliteration variants and one-letter typos in ${gazetteer.description}); it is kept with lat/lon null. Add it with \`sitrep gazetteer import\` to resolve it.`,
        t.span,
        'geo',
      );
    } else if (r.confidence < UNCERTAIN_CONFIDENCE && r.runnerUp) {
      const other = r.runnerUp;
      doc.messages.info(
        'ambiguous-place',
        `"${t.text}": ${r.candidates} candidates; chose ${place.name} (${place.country ?? '?'}${place.admin1 ? `, ${place.admin1}` : ''}) over ${other.name} (${other.country ?? '?'}${other.admin1 ? `, ${other.admin1}` : ''}) with confidence ${r.confidence} [${why.join(', ')}]. Check it, or add context such as the country.`,
        t.span,
        'geo',
      );
    }
    return mention;
  });
}
