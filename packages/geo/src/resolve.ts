/**
 * @module resolve
 * Picks each toponym's gazetteer entry from the whole document: name similarity, feature type and
 * population as the prior, then the document's country focus, admin-1 names it mentions, "X, Y"
 * pairs, the words around the name ("X province"), closeness to the other places and namesakes of
 * the other names nearby; the confidence is calibrated to the share of such choices that are right.
 */
import { createRequire } from 'node:module';
import { dropArticles, foldName } from './fold';
import { type Candidate, distanceKm, type Gazetteer, type Place } from './place';
import type { Toponym } from './recognize';

/** A resolved toponym: the chosen place (or null), its confidence and why. */
export interface Resolution {
  toponym: Toponym;
  place: Place | null;
  confidence: number;
  /** Number of candidates considered. */
  candidates: number;
  /** The runner-up, when there was one (for the ambiguity message). */
  runnerUp: Place | null;
  why: string[];
  /**
   * Why the best candidate was refused, when it was: `weak-match` (a loose match too weak for the
   * evidence: the mention stays, unresolved) or `not-a-place` (an all-caps word with no major
   * exact entry in focus: the mention is dropped). Null when the place stands.
   */
  rejected: 'weak-match' | 'not-a-place' | null;
}

/**
 * Similarity a loose (variant or typo) match needs when its country is outside the focus the rest of
 * the document gives. Issue 4's wrong far-away matches sit below it ("Abu Shouk" → Ibusuki 0.81,
 * "Catatumbo" → Katumba 0.78, "Galilee" → Galway 0.78). Calibrated on GeoWebNews/LGL: at 0.9 the
 * rule also refused 8 right guesses (accuracy −0.001 on both); at 0.85 it refuses 1 right guess on
 * GeoWebNews and none on LGL while removing 19 and 32 wrong ones (bench/results/geo.md).
 */
export const LOOSE_MATCH_ALONE = 0.85;

/**
 * Weight of the first-level-division focus (share 0..1 of the other names' belief). 1 until the
 * namesake cluster vote (G7, bench/results/geo.md); with it, 1.2 and 1.3 gave LGL 0.7676 -> 0.7692
 * (7 gained, none lost; GeoWebNews unchanged), 1.4 0.7669 and GeoWebNews -2, 1.5-2 worse on both,
 * 0.7 LGL 0.7640.
 */
const DIVISION_FOCUS = 1.2;

/**
 * A name's weight in the document focus grows with the square root of its mentions: a state named
 * five times says more about where a local story is than one named once ("Indiana" five times and
 * "Ohio" once: Marion and Boone County are Indiana's). Measured 0.3-0.7; 0.5 best on both corpora
 * (GeoWebNews 0.673 -> 0.676, LGL 0.730 -> 0.733); 1 (every mention counts) 0.675 / 0.730.
 */
const REPEAT_POWER = 0.5;

/** Other names that must have a namesake in a division for it to be the document's home (`homeFor`). */
const HOME_MIN = 2;
/**
 * Share of the other informative names' votes the home division must hold. Measured on LGL (GWN
 * unchanged at all of them): 0.2 0.736, 0.3 0.738, 0.4 0.735, 0.5 0.735 (from 0.735 without).
 */
const HOME_SHARE = 0.3;
/** Score added to a candidate in the home division (0.5: LGL 0.737, 0.8 and 1.2: 0.738). */
const HOME_WEIGHT = 0.8;

/**
 * Another name's place this close (km) counts twice in the closeness score: "Greene County" beside
 * Springfield is Missouri's, whose seat the town is, not Illinois's, 80 km from Illinois's
 * Springfield. Measured 10-50 km: 20-25 best (GeoWebNews +1 toponym, LGL +8: 9 gained, 1
 * lost where "DeSoto Parish" was read as the Texas town DeSoto); 50 km LGL +4 and GeoWebNews -1+1;
 * counting three times at 20 km GeoWebNews -2.
 */
const NEAR_TIGHT_KM = 25;

/** Features with a point of their own (not a centroid), for the namesake cluster vote. */
const LOCAL_FEATURES: ReadonlySet<string> = new Set(['city', 'village', 'admin2']);
/**
 * Radius (km) of the namesake cluster vote (`clusterVote` in `resolve`). Measured with weight 0.5:
 * 15-25 km LGL 0.7568 -> 0.7669 (+45 toponyms, ~50 gained, 5-6 lost), 30 km 0.7656, 50 km 0.7658
 * (GeoWebNews +1 instead of +2); GeoWebNews 0.6878 -> 0.6886 at 15-30 km.
 */
const CLUSTER_KM = 25;
/**
 * Score per unit of cluster vote (a name with one namesake nearby is 1 unit, one with four 0.5).
 * Measured at 25-30 km: 0.3 LGL 0.7642 (GeoWebNews unchanged), 0.5 0.7669, 0.6 0.7674, 0.8 0.7649, 1
 * 0.7638 (GeoWebNews -2+2); 1/n instead of 1/√n per name 0.7640, a flat 1 per name 0.7627.
 */
const CLUSTER_WEIGHT = 0.5;
/** Most the cluster vote adds (0.6 and 1 within one toponym of each other). */
const CLUSTER_CAP = 1;

/** Share of the document's country focus that counts as "in focus". */
const IN_FOCUS = 0.2;

/** Names this short (in letters) get no fuzzy matching: too many unrelated names sit one vowel away. */
const SHORT_NAME = 5;

/** An all-caps word ("FREE", "IDLIB"): a headline or dateline word, not necessarily a name. */
function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Which of a toponym's candidates may compete at all. An exact (folded) match beats a loose one: when
 * one exists, only transliteration-only variants (similarity ≥ 0.95) stay beside it. Short names and
 * all-caps words get exact matches only, except a short name's close spelling of a country or capital.
 */
function admissible(t: Toponym): Candidate[] {
  const hasExact = t.candidates.some((c) => c.how === 'exact');
  const letters = foldName(t.text).replace(/[^\p{L}]/gu, '').length;
  const strictOnly = letters <= SHORT_NAME || isAllCaps(t.text);
  return t.candidates.filter(
    (c) =>
      (c.how === 'exact' || !looseForeignCountry(c, t.text)) &&
      (c.how === 'exact' ||
        // A division whose name differs only by an article ("Anbar" for "Al Anbar"), however short;
        // not a town ("Al-Nur hospital" is no town called Nur).
        (c.similarity >= ARTICLE_ONLY && !isAllCaps(t.text) && DIVISIONS.has(c.place.feature)) ||
        // A town whose gazetteer name has an article the text leaves out ("Bayda" for Al Bayḑā’,
        // Libya), however short: English reporting drops the article. Not the other way round.
        (!isAllCaps(t.text) && articleDropped(t.text, c.matched)) ||
        (!hasExact && !isAllCaps(t.text) && wellKnown(c.place) && c.similarity >= 0.8) ||
        (!strictOnly && (!hasExact || c.similarity >= 0.95))),
  );
}

/**
 * A loose match to a country through one of its names in another language: with names in 78
 * languages, some country has a name a vowel or two from almost any short word ("Raqqa" and a
 * foreign name of Greece). Only its English names may match loosely ("Ukriane").
 */
function looseForeignCountry(c: Candidate, text: string): boolean {
  const place = c.place;
  if (place.feature !== 'country' || !place.country) return false;
  const matched = foldName(c.matched);
  if (matched === foldName(place.name)) return false;
  const english = englishNames(place.country);
  if (english.has(matched)) return false;
  // The first word(s) of an English name stand for the country too ("Vatican" for Vatican City).
  const written = foldName(text);
  return ![...english, foldName(place.name)].some((n) => n.startsWith(`${written} `));
}

/**
 * True when `matched` (a gazetteer name) is `written` with a leading article that the text leaves
 * out: "Bayda" for "Al Bayḑā’", "Mukalla" for "Al Mukalla"; not "Al-Nur" for a town "Nur".
 */
function articleDropped(written: string, matched: string): boolean {
  const w = foldName(written);
  const m = foldName(matched);
  return w !== m && dropArticles(w) === w && dropArticles(m) === w && m.endsWith(` ${w}`);
}

/** `nameSimilarity` of two names that differ only by an article ("Anbar", "Al Anbar"). */
const ARTICLE_ONLY = 0.98;
/**
 * Added to a name written exactly as the gazetteer has it. Without it a 0.95 transliteration variant
 * of a big city beat the exact name of a town ("Al-Dhale" was Salé, Morocco; "Lashio" was Lazio):
 * GeoWebNews 0.680 and LGL 0.745 unchanged at 0.2 and 0.4 (GWN among recognized 0.863 -> 0.864),
 * the conflict-places probe 194 -> 196 of 200 at 0.4.
 */
const EXACT_BONUS = 0.4;
/** Features that name an area, not a settlement: their article-only variants are admissible. */
const DIVISIONS: ReadonlySet<string> = new Set(['admin1', 'admin2', 'region']);

/** A country or national capital: its short exonyms ("Kiev" for Kyiv) are loose matches worth keeping. */
function wellKnown(place: Place): boolean {
  return place.feature === 'country' || place.capital === true;
}

/** Candidates scored per toponym; more than this and the lowest-prior ones are dropped. */
const MAX_CANDIDATES = 60;

/** Prior belief in a place before context: feature type and population. */
export function prior(place: Place): number {
  switch (place.feature) {
    case 'country':
      // A country's name nearly always means the country, not a namesake village ("China, Maine").
      return 2;
    case 'admin1':
      return 1.1;
    case 'admin2':
      return 0.35;
    case 'region':
      // A named region, sea or range: above a division, below a country (tried 0.9-2.0; 1.3 best on both corpora).
      return 1.3;
    case 'crossing':
    case 'base':
    case 'road':
      return 0.55;
    default: {
      const byPopulation = Math.log10(place.population + 10) / 6.5;
      const user = place.id.startsWith('user:') ? 0.55 : 0;
      // A capital is what a bare "Washington" or "Damascus" means in the news.
      const capital = place.capital ? 1.3 : 0;
      return Math.max(0.12, Math.min(1.1, byPopulation), user, capital);
    }
  }
}

interface Scored {
  candidate: Candidate;
  base: number;
  score: number;
  /** Reasons from name and prior (fixed) ... */
  baseWhy: string[];
  /** ... plus those from the document (recomputed each round). */
  why: string[];
}

/**
 * Resolves the toponyms of one document.
 *
 * @param toponyms
 *   From `recognize`, in text order.
 * @param text
 *   The document text (for "X, Y" patterns).
 * @param gazetteer
 *   For admin-1 and country lookups.
 */
/** Bonus for a division whose own name carries the type word the text puts after the name. */
const DESIGNATION_BONUS = 0.5;

/**
 * The divisions named exactly "<name> <type word>" ("Plateau State", "Idlib Governorate"), by
 * place id, when the text writes a type word after the name; empty otherwise.
 */
function designatedDivisions(t: Toponym, gazetteer: Gazetteer): Set<string> {
  if (!t.typeWord) return new Set();
  return new Set(
    gazetteer
      .lookup(`${t.text} ${t.typeWord}`)
      .filter((c) => c.how === 'exact' && (c.place.feature === 'admin1' || c.place.feature === 'admin2'))
      .map((c) => c.place.id),
  );
}

export function resolve(toponyms: Toponym[], text: string, gazetteer: Gazetteer): Resolution[] {
  // Each name's folded key, once: the scoring below compares every toponym with every other one
  // for each candidate (~1.2 M folds of the same few hundred names per pass over the shared texts).
  // "Athens City Council" resolved through the bare town is the same name as "Athens": one key, so
  // the town is neither its own neighbour nor counted twice in the focus.
  const keys = toponyms.map((t) => {
    const key = foldName(t.text);
    if (!key.endsWith(' city') || t.candidates.some((c) => foldName(c.matched) === key)) return key;
    return key.slice(0, -' city'.length);
  });
  const scored: Scored[][] = toponyms.map((t) => {
    const designated = designatedDivisions(t, gazetteer);
    const list = admissible(t)
      .map((candidate) => {
        const sim = candidate.similarity;
        // A country named in another language that is also an English-language town's name
        // ("Columbia": Colombia in Romanian, a city in South Carolina) is weighed like a region.
        const foreign = foreignCountryName(candidate, t.candidates);
        const p = foreign ? prior({ ...candidate.place, feature: 'region' }) : prior(candidate.place);
        let base = 2 * sim + p;
        const why = [`name:${candidate.how}:${sim.toFixed(2)}`, `prior:${p.toFixed(2)}`];
        if (candidate.how === 'exact') base += EXACT_BONUS;
        if (foreign) why.push('foreign-country-name');
        // Written exactly as the gazetteer has it, case included ("EU" the union, not "Eu" the town).
        if (t.text === candidate.matched) {
          base += 0.15;
          why.push('same-case');
        }
        const f = candidate.place.feature;
        // "Plateau state" is Nigeria's Plateau State, not Benin's Plateau Department: the type word
        // written after the name is part of this division's own name.
        if (designated.has(candidate.place.id)) {
          base += DESIGNATION_BONUS;
          why.push(`designation:${t.typeWord}`);
        }
        if (t.cue === 'admin') {
          if (f === 'admin1' || f === 'admin2') base += 1.5;
          else base -= 0.3;
          why.push('cue:admin');
        } else if (t.cue === 'settlement') {
          if (f === 'city' || f === 'village') base += 0.5;
          else base -= 0.5;
        } else if (t.cue === 'facility') {
          if (f === 'crossing' || f === 'base' || f === 'other') base += 1;
        } else if (f === 'admin1' && cityInDivision(t.candidates, candidate.place)) {
          // "Idlib" alone is the city more often than the governorate.
          base -= 0.4;
        }
        return { candidate, base, score: base, baseWhy: why, why };
      })
      .sort((a, b) => b.base - a.base)
      .slice(0, MAX_CANDIDATES);
    return list;
  });

  // Document focus: countries weighted by each distinct name's belief (a name repeated ten times
  // counts √10 times, see REPEAT_POWER), countries named outright count double. Each toponym is scored against the focus
  // of the *other* names, so an ambiguous name cannot pull the document toward its own top guess.
  const byName = new Map<string, Map<string, number>>();
  // The same at the level of first-level divisions ("US|Georgia"): local news names towns of one
  // state, so a namesake in another state ("Decatur", Illinois or Georgia) loses to the state the
  // document's other names sit in.
  const divisionsByName = new Map<string, Map<string, number>>();
  const mentions = new Map<string, number>();
  for (const key of keys) mentions.set(key, (mentions.get(key) ?? 0) + 1);
  scored.forEach((list, i) => {
    const key = keys[i]!;
    if (byName.has(key)) return;
    const weights = new Map<string, number>();
    const divisions = new Map<string, number>();
    const total = list.reduce((s, x) => s + Math.exp(2 * x.base), 0);
    const repeat = (mentions.get(key) ?? 1) ** REPEAT_POWER;
    for (const x of list) {
      const cc = x.candidate.place.country;
      if (!cc) continue;
      const w = (repeat * Math.exp(2 * x.base)) / total;
      weights.set(cc, (weights.get(cc) ?? 0) + (x.candidate.place.feature === 'country' ? 2 * w : w));
      const a1 = x.candidate.place.admin1;
      if (a1 && x.candidate.place.feature !== 'country') {
        const d = `${cc}|${a1}`;
        divisions.set(d, (divisions.get(d) ?? 0) + w);
      }
    }
    byName.set(key, weights);
    divisionsByName.set(key, divisions);
  });
  const divisionFocus = new Map<string, number>();
  for (const divisions of divisionsByName.values())
    for (const [d, w] of divisions) divisionFocus.set(d, (divisionFocus.get(d) ?? 0) + w);
  const divisionTotalAll = [...divisionFocus.values()].reduce((a, b) => a + b, 0);
  /** Share of the other names' belief that lies in this first-level division. */
  // A name's own share of the belief, summed once per name (the same sum, so the same value).
  const ownSums = (byKey: Map<string, Map<string, number>>) => {
    const sums = new Map<string, number>();
    return (key: string): number => {
      let sum = sums.get(key);
      if (sum === undefined) {
        const own = byKey.get(key);
        sum = own ? [...own.values()].reduce((a, b) => a + b, 0) : 0;
        sums.set(key, sum);
      }
      return sum;
    };
  };
  const ownDivisionTotal = ownSums(divisionsByName);
  const divisionFocusOf = (i: number, place: Place): number => {
    if (!place.country || !place.admin1) return 0;
    const own = divisionsByName.get(keys[i]!);
    const ownTotal = ownDivisionTotal(keys[i]!);
    const total = divisionTotalAll - ownTotal;
    if (total <= 0.5) return 0;
    const d = `${place.country}|${place.admin1}`;
    return ((divisionFocus.get(d) ?? 0) - (own?.get(d) ?? 0)) / total;
  };
  const focus = new Map<string, number>();
  for (const weights of byName.values()) {
    for (const [cc, w] of weights) focus.set(cc, (focus.get(cc) ?? 0) + w);
  }
  const focusTotalAll = [...focus.values()].reduce((a, b) => a + b, 0);
  const admins = new Set<string>();
  for (const t of toponyms) admins.add(foldName(t.text));
  /** True when the other names give the document a country focus at all (see `focusOf`). */
  const ownFocusTotal = ownSums(byName);
  const hasFocus = (i: number): boolean => focusTotalAll - ownFocusTotal(keys[i]!) > 0.5;
  const focusOf = (i: number, cc: string): number => {
    const own = byName.get(keys[i]!);
    const ownTotal = ownFocusTotal(keys[i]!);
    const total = focusTotalAll - ownTotal;
    if (total <= 0.5) return 0; // too little other evidence to speak of a focus
    return ((focus.get(cc) ?? 0) - (own?.get(cc) ?? 0)) / total;
  };

  // Home division: the first-level division where the document's *other* names have namesakes at
  // all, whatever their populations. Local news names the towns around it and rarely its state
  // ("Anderson County" beside Palestine, Elkhart and Grapeland is in Texas, where each has a
  // namesake); the belief-weighted focus above lets each name's biggest namesake speak for it. Each
  // name votes 1/n for each of the n divisions it has a namesake in, so "Springfield" says little
  // and "Cuyahoga Falls" a lot; names of countries, capitals and cities of a million say nothing
  // about a local paper's home ("London", "Toronto"). Leave-one-out, like the focus.
  const divisionsOfName = new Map<string, Set<string>>();
  scored.forEach((list, i) => {
    const key = keys[i]!;
    if (divisionsOfName.has(key)) return;
    const ds = new Set<string>();
    let famous = false;
    for (const x of list) {
      const p = x.candidate.place;
      if (x.candidate.how !== 'exact') continue;
      if (p.feature === 'country' || p.capital || p.population >= 1_000_000) famous = true;
      if (!p.country || !p.admin1 || p.feature === 'region' || p.feature === 'country') continue;
      ds.add(`${p.country}|${p.admin1}`);
    }
    divisionsOfName.set(key, famous ? new Set() : ds);
  });
  const homeCache = new Map<string, string | null>();
  /** The home division ("US|Texas") for the toponym named `key`, from the other names; or null. */
  const homeFor = (key: string): string | null => {
    let h = homeCache.get(key);
    if (h !== undefined) return h;
    const votes = new Map<string, number>();
    const supporters = new Map<string, number>();
    let total = 0;
    for (const [n, ds] of divisionsOfName) {
      if (n === key || ds.size === 0) continue;
      const w = 1 / ds.size;
      total += 1;
      for (const d of ds) {
        votes.set(d, (votes.get(d) ?? 0) + w);
        supporters.set(d, (supporters.get(d) ?? 0) + 1);
      }
    }
    h = null;
    let top = 0;
    for (const [d, v] of votes)
      if (v > top) {
        top = v;
        h = d;
      }
    if (!h || total === 0 || top / total < HOME_SHARE || (supporters.get(h) ?? 0) < HOME_MIN) h = null;
    homeCache.set(key, h);
    return h;
  };

  // Namesakes nearby: each other name's exact towns, villages and counties (not countries, divisions
  // or regions, whose points are centroids), for `clusterVote`.
  const namesakesOf = new Map<string, Place[]>();
  scored.forEach((list, i) => {
    const key = keys[i]!;
    if (namesakesOf.has(key)) return;
    namesakesOf.set(
      key,
      list
        .filter((x) => x.candidate.how === 'exact' && LOCAL_FEATURES.has(x.candidate.place.feature))
        .map((x) => x.candidate.place),
    );
  });
  const clusterCache = new Map<string, number>();
  /**
   * The other names that have a namesake within `CLUSTER_KM` of `place`, each counting
   * 1/√(its number of namesakes): local news names places that lie together, so "Walker County"
   * beside "Huntsville" is Texas's (the two 10 km apart) rather than Alabama's (120 km), whatever
   * each name's own current best. Another name of the same entry ("D.C." for Washington) is no
   * evidence.
   */
  const clusterVote = (i: number, place: Place): number => {
    const cacheKey = `${keys[i]}\u0000${place.id}`;
    let v = clusterCache.get(cacheKey);
    if (v !== undefined) return v;
    v = 0;
    for (const [k, namesakes] of namesakesOf) {
      if (k === keys[i] || namesakes.length === 0) continue;
      if (
        namesakes.some(
          (q) => q.id !== place.id && distanceKm(place.lat, place.lon, q.lat, q.lon) < CLUSTER_KM,
        )
      )
        v += 1 / Math.sqrt(namesakes.length);
    }
    clusterCache.set(cacheKey, v);
    return v;
  };

  // "X, Y": Y names the country or admin-1 of X. So does an apposition that says so ("Léré, a town
  // in the Timbuktu region", "Tripoli, in northern Lebanon", "Bor, the capital of Jonglei state").
  const pairHint = toponyms.map((t, i) => {
    const next = toponyms[i + 1];
    if (!next) return null;
    const between = text.slice(t.span[1], next.span[0]);
    return PAIR_BETWEEN.test(between) || containerBetween(text, t, between) ? next : null;
  });
  // The containers named by an apposition ("Palma, in Cabo Delgado province"), for the check below.
  // So is "X in Y" and "X and Z in the province of Y", where Y is a country or first-level division.
  const inNext = toponyms.map((t, i) => {
    const after = toponyms[i + 1];
    return after !== undefined && IN_CONTAINER.test(text.slice(t.span[1], after.span[0]));
  });
  const containerOf = toponyms.map((t, i) => {
    const next = pairHint[i];
    if (next && containerBetween(text, t, text.slice(t.span[1], next.span[0]))) return next;
    return inNext[i] ? toponyms[i + 1]! : null;
  });

  for (let round = 0; round < 2; round++) {
    const best = scored.map((list) => list[0]?.candidate.place ?? null);
    scored.forEach((list, i) => {
      const t = toponyms[i]!;
      // A country's exact name means the country: its namesake towns ("China, Texas") get no boost
      // from the document's focus or neighbours, only from an explicit "X, Y".
      const country = list.find(
        (x) =>
          x.candidate.how === 'exact' &&
          x.candidate.place.feature === 'country' &&
          !foreignCountryName(x.candidate, t.candidates),
      );
      // ... unless one of its namesake towns, in a country the document is about, has another
      // name's namesake beside it ("Jordan" with "Scott County": Jordan, Minnesota, is in it), or
      // the document is plainly local news from one state that has a town of that name ("a
      // Palestine man" among Texas towns) and names nothing near the country.
      const townBeside =
        country !== undefined &&
        list.some((x) => {
          const p = x.candidate.place;
          return (
            x.candidate.how === 'exact' &&
            LOCAL_FEATURES.has(p.feature) &&
            p.country !== null &&
            p.country !== country.candidate.place.country &&
            focusOf(i, p.country) >= IN_FOCUS &&
            clusterVote(i, p) > 0
          );
        });
      const namesCountry =
        country !== undefined && !townBeside && !localNamesake(i, keys, list, country.candidate.place, best);
      // Likewise a state's exact name means the state when the document is about its country:
      // "California" beside Virginia and Maryland towns is not California, Maryland.
      const state = namedState(t, list, i, hasFocus, focusOf);
      for (const x of list) {
        const place = x.candidate.place;
        const why = [...x.baseWhy];
        let score = x.base;
        const contextual =
          !(state && townElsewhere(place, state)) &&
          (!namesCountry ||
            place.feature === 'country' ||
            place.feature === 'admin1' ||
            place.feature === 'region');
        if (place.country && contextual) {
          const share = focusOf(i, place.country);
          score += 1.2 * share;
          if (share > 0.2) why.push(`focus:${place.country}`);
          const divisionShare = divisionFocusOf(i, place);
          score += DIVISION_FOCUS * divisionShare;
          if (divisionShare > 0.2) why.push(`focus:${place.admin1}`);
        }
        if (
          contextual &&
          !country &&
          place.country &&
          place.admin1 &&
          homeFor(keys[i]!) === `${place.country}|${place.admin1}`
        ) {
          score += HOME_WEIGHT;
          why.push(`home:${place.admin1}`);
        }
        if (contextual && place.admin1 && place.feature !== 'admin1' && admins.has(foldName(place.admin1))) {
          score += 0.6;
          why.push(`admin-mentioned:${place.admin1}`);
        }
        if (contextual && LOCAL_FEATURES.has(place.feature)) {
          const cluster = Math.min(CLUSTER_CAP, CLUSTER_WEIGHT * clusterVote(i, place));
          if (cluster > 0) {
            score += cluster;
            why.push(`namesakes-near:${cluster.toFixed(2)}`);
          }
        }
        const pair = pairHint[i];
        if (pair && pairMatches(place, pair, gazetteer)) {
          score += 2;
          why.push(`pair:${pair.text}`);
        }
        // "X, Y" where this is Y: the container; prefer divisions and countries.
        const prev = i > 0 ? pairHint[i - 1] : null;
        if (prev === t && (place.feature === 'admin1' || place.feature === 'country')) score += 0.5;
        // Closeness to the other places' current best.
        if (round > 0 && contextual) {
          let near = 0;
          const own = keys[i]!;
          const counted = new Set<string>();
          best.forEach((b, k) => {
            if (k === i || !b) return;
            // Other mentions of the same name are no evidence for it (they would only echo its own
            // current choice), and a name repeated ten times counts once.
            const key = keys[k]!;
            if (key === own || counted.has(key)) return;
            // A country's point is its centroid: near it only says something for a small country
            // ("Gaza" beside "Israel" is the Gaza Strip's city, not Mozambique's province).
            const radius = b.feature === 'country' ? 120 : 250;
            const km = distanceKm(place.lat, place.lon, b.lat, b.lon);
            if (km < radius) {
              // A name within a county's reach (a county seat beside its county) says more than
              // one in the same 250 km.
              near += km < NEAR_TIGHT_KM ? 2 : 1;
              counted.add(key);
            }
          });
          if (near > 0) {
            score += Math.min(0.6, 0.25 * near);
            why.push(`near-others:${near}`);
          }
        }
        x.score = score;
        x.why = why;
      }
      list.sort((a, b) => b.score - a.score);
    });
  }

  const resolutions: Resolution[] = scored.map((list, i) => {
    const t = toponyms[i]!;
    const top = list[0];
    if (!top) {
      // An all-caps word with no exact entry is a headline word ("FRONT"), not a place.
      const rejected = isAllCaps(t.text) ? 'not-a-place' : null;
      return {
        toponym: t,
        place: null,
        confidence: 0,
        candidates: 0,
        runnerUp: null,
        why: ['no-candidate'],
        rejected,
      };
    }
    // Softmax over the scores: the share of belief, damped by name similarity, then calibrated.
    const total = list.reduce((s, x) => s + Math.exp(3 * (x.score - top.score)), 0);
    const sim = top.candidate.similarity;
    const confidence = calibrated((1 / total) * (0.5 + 0.5 * sim));
    const runner = list.find(
      (x) =>
        x.candidate.place.id !== top.candidate.place.id && !samePlace(x.candidate.place, top.candidate.place),
    );
    const place = top.candidate.place;
    const inFocus = place.country !== null && focusOf(i, place.country) >= IN_FOCUS;
    let rejected: Resolution['rejected'] = null;
    // A loose match outside the countries the document is about needs a near-exact name: a fuzzy
    // guess there is worse than no coordinates ("Catatumbo" in a text on Colombia is not Katumba,
    // Tanzania). With no focus at all (a one-place text) there is no such evidence against it, and
    // transliterations score as low as 0.76 ("Dayr az Zawr"), so the loose match stands.
    if (top.candidate.how !== 'exact' && sim < LOOSE_MATCH_ALONE && hasFocus(i) && !inFocus)
      rejected = 'weak-match';
    // An all-caps word is a place only when it exactly names some settlement (datelines: "PATASKALA"), a
    // country or region ("EU"), or anything in the document's countries; an all-caps word matching
    // only a foreign division or feature is a headline word ("FREE" is not Free State, South Africa).
    if (
      isAllCaps(t.text) &&
      !inFocus &&
      place.feature !== 'country' &&
      place.feature !== 'region' &&
      !list.some((x) => x.candidate.place.feature === 'city' || x.candidate.place.feature === 'village')
    )
      rejected = 'not-a-place';
    if (rejected) {
      return {
        toponym: t,
        place: null,
        confidence: 0,
        candidates: list.length,
        runnerUp: place,
        why: [...top.why, `rejected:${rejected}`],
        rejected,
      };
    }
    // "Palma, in Cabo Delgado province" when the gazetteer has no Palma there: the choice (Palma,
    // Spain) contradicts what the text says, so it is no better than a guess and says so (the stage
    // raises an `ambiguous-place` message below UNCERTAIN_CONFIDENCE).
    const container = containerOf[i] ?? null;
    const outside = container !== null && outsideContainer(place, container);
    return {
      toponym: t,
      place,
      confidence: outside ? Math.min(confidence, OUTSIDE_CONTAINER) : confidence,
      candidates: list.length,
      runnerUp: runner?.candidate.place ?? null,
      why: outside ? [...top.why, `outside:${container.text}`] : top.why,
      rejected: null,
    };
  });
  // "attacked Kamenge in Bujumbura": a spelling-variant or typo match ("Kamwenge", Uganda) in
  // another country than the place the text puts it in is a guess, and says so.
  resolutions.forEach((r, i) => {
    const there = inNext[i] ? resolutions[i + 1]?.place : null;
    const how = scored[i]?.[0]?.candidate.how;
    if (!r.place || !there?.country || how === 'exact' || r.place.country === there.country) return;
    if (r.confidence <= OUTSIDE_CONTAINER) return;
    r.confidence = OUTSIDE_CONTAINER;
    r.why = [...r.why, `outside:${there.name}`];
  });
  return resolutions;
}

/**
 * Countries whose first-level divisions are states or provinces named as regions, not after a town
 * ("California", "Nevada", "Queensland", "Punjab"): a town elsewhere that borrowed such a name is
 * rarely what a text means by it. England's, Ireland's, Greece's or France's first-level divisions
 * are named after their towns ("Manchester", "Dublin", "Laconia", "Paris"), so a namesake town of
 * theirs is often meant: with them the rule lost 60 LGL toponyms (Dublin, Ohio; Paris, Illinois).
 */
const REGION_NAMED_STATES: ReadonlySet<string> = new Set(['US', 'CA', 'AU', 'IN', 'MX', 'BR']);

/**
 * The first-level division a toponym names exactly ("California" as written, the division's own
 * name), when the division holds no city of that name, lies in a country of `REGION_NAMED_STATES`
 * and the document's other names are about that country (or give no focus at all); else undefined.
 * Its namesake towns in other divisions then get no help from the document's focus, home division
 * or neighbours: "California" beside Maryland towns stays the state, not California, Maryland,
 * while "Virginia" in an Irish story (no US focus) may still be the town in County Cavan.
 */
function namedState(
  t: Toponym,
  list: readonly Scored[],
  i: number,
  hasFocus: (i: number) => boolean,
  focusOf: (i: number, cc: string) => number,
): Place | undefined {
  const x = list.find(
    (x) =>
      x.candidate.how === 'exact' &&
      x.candidate.place.feature === 'admin1' &&
      t.text === x.candidate.matched &&
      foldName(x.candidate.matched) === foldName(x.candidate.place.name) &&
      REGION_NAMED_STATES.has(x.candidate.place.country ?? '') &&
      !cityInDivision(t.candidates, x.candidate.place),
  );
  if (!x) return undefined;
  const cc = x.candidate.place.country!;
  return !hasFocus(i) || focusOf(i, cc) >= IN_FOCUS ? x.candidate.place : undefined;
}

/** A town, village or county outside `state` that is neither a capital nor a city of a million. */
function townElsewhere(place: Place, state: Place): boolean {
  return (
    (place.feature === 'city' || place.feature === 'village' || place.feature === 'admin2') &&
    !place.capital &&
    place.population < 1_000_000 &&
    !(place.country === state.country && place.admin1 === state.admin1)
  );
}

/**
 * Platt scaling of the softmax share into a probability that the chosen place is right (within 161
 * km): `1 / (1 + exp(-(INTERCEPT + SLOPE * logit(share))))`, the share clamped to 0.02..0.98. The
 * raw share was badly calibrated (bench/results/geo.md, G7): a share of 0.99 was right 91 % of the
 * time on GeoWebNews and 94 % on LGL, one of 0.1-0.3 right 30-73 % of the time (most low shares are
 * a near tie between namesakes the document's context still tends to break right). Fitted by
 * logistic regression on both corpora's recognized toponyms; fitted on one corpus alone the other's
 * expected calibration error falls from 0.084 to 0.048 (GeoWebNews) and 0.066 to 0.045 (LGL).
 */
const CALIBRATION_INTERCEPT = 0.7;
/** See `CALIBRATION_INTERCEPT`. */
const CALIBRATION_SLOPE = 0.52;

/** The calibrated confidence (two decimals) of a softmax share (see `CALIBRATION_INTERCEPT`). */
function calibrated(share: number): number {
  const p = Math.min(0.98, Math.max(0.02, share));
  const z = CALIBRATION_INTERCEPT + CALIBRATION_SLOPE * Math.log(p / (1 - p));
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

/**
 * Below this confidence a choice is uncertain: it had less than half of the belief among the
 * candidates (the calibrated value of a 0.5 share, 0.67). The stage neither anchors facilities at
 * such a town nor leaves it without an `ambiguous-place` message.
 */
export const UNCERTAIN_CONFIDENCE = calibrated(0.5);

/** Share of the other names' belief a state must hold for its namesake town to beat a country. */
const LOCAL_FOCUS = 0.5;

/**
 * True when an exact country name ("Palestine", "Jordan") has a namesake town or division in the
 * first-level division where most of the document's other names currently resolve, and no other
 * name lies within 1,500 km of the country: then the country's name gets no special weight and the
 * document's context decides ("a Palestine man" among Texas towns is from Palestine, Texas).
 */
function localNamesake(
  i: number,
  keys: readonly string[],
  list: readonly Scored[],
  country: Place,
  best: readonly (Place | null)[],
): boolean {
  const own = keys[i]!;
  const divisions = new Map<string, string>();
  best.forEach((b, k) => {
    const key = keys[k]!;
    if (k === i || key === own || !b || !b.country || !b.admin1 || b.feature === 'country') return;
    divisions.set(key, `${b.country}|${b.admin1}`);
  });
  if (divisions.size === 0) return false;
  const local = list.some((x) => {
    const p = x.candidate.place;
    if (x.candidate.how !== 'exact' || p.feature === 'country' || !p.admin1) return false;
    const d = `${p.country}|${p.admin1}`;
    const inside = [...divisions.values()].filter((v) => v === d).length;
    return inside / divisions.size >= LOCAL_FOCUS;
  });
  if (!local) return false;
  return !best.some(
    (b, k) =>
      k !== i && b !== null && keys[k]! !== own && distanceKm(b.lat, b.lon, country.lat, country.lon) < 1500,
  );
}

let englishCountryNames: Map<string, Set<string>> | null = null;

/** Folded English names of each country (i18n-iso-countries' English list), loaded once. */
function englishNames(code: string): Set<string> {
  if (!englishCountryNames) {
    const require = createRequire(import.meta.url);
    const en = require('i18n-iso-countries/langs/en.json') as {
      countries: Record<string, string | string[]>;
    };
    englishCountryNames = new Map();
    for (const [cc, names] of Object.entries(en.countries))
      englishCountryNames.set(cc, new Set((Array.isArray(names) ? names : [names]).map((n) => foldName(n))));
  }
  return englishCountryNames.get(code) ?? new Set();
}

/**
 * True when a country matched through a name that is neither its English name nor an English
 * alias and the same name, exactly, is also a town or division ("Columbia" → Colombia beside
 * Columbia, SC; "Norfolk" → Norfolk Island beside Norfolk, VA). Such a name means the country far
 * less often than the country's own name does.
 */
function foreignCountryName(candidate: Candidate, all: readonly Candidate[]): boolean {
  const place = candidate.place;
  if (place.feature !== 'country' || candidate.how !== 'exact' || !place.country) return false;
  const matched = foldName(candidate.matched);
  if (matched === foldName(place.name) || englishNames(place.country).has(matched)) return false;
  return all.some(
    (c) =>
      c.how === 'exact' &&
      c.place.feature !== 'country' &&
      c.place.feature !== 'region' &&
      foldName(c.matched) === matched,
  );
}

/** Two entries for one place (a city and its duplicate from another list). */
function samePlace(a: Place, b: Place): boolean {
  return a.country === b.country && distanceKm(a.lat, a.lon, b.lat, b.lon) < 15;
}

function pairMatches(place: Place, container: Toponym, gazetteer: Gazetteer): boolean {
  for (const c of container.candidates) {
    const p = c.place;
    if (p.feature === 'country' && p.country === place.country) return true;
    if (p.feature === 'admin1' && p.country === place.country && p.admin1 && p.admin1 === place.admin1)
      return true;
  }
  // US-style "Springfield, Ill." abbreviations are not in the gazetteer; the admin-1 lookup covers full names.
  return (
    place.country !== null &&
    gazetteer.admin1Place(place.country, container.text) !== undefined &&
    foldName(place.admin1 ?? '') === foldName(container.text)
  );
}

/** "X, Y", also with X's type word before the comma ("in Beni territory, North Kivu"). */
const PAIR_BETWEEN =
  /^(?:\s+(?:territory|district|county|province|region|state|governorate|town|city|village|camp))?,\s*$/;

/**
 * Words between a name and the next one that make the next its container: "X, a town in (the) Y",
 * "X, in northern Y", "X, the capital of Y", "X, a port city in southern Y". Reporting introduces
 * a small place this way to say where it is, so Y settles X's namesakes as "X, Y" does.
 */
const CONTAINER_BETWEEN =
  /^,\s+(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:town|city|village|district|suburb|port|camp|area|locality|settlement|hamlet|commune|capital|region|province|county)\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\s+)?$/u;

/**
 * True when `between` (the text from toponym `t` to the next one) introduces the next as the
 * container of `t` (see `CONTAINER_BETWEEN`). A bare ", in Y" after "in X" is a list of places
 * ("in Aleppo, in Idlib and in Hama"), not a container.
 */
function containerBetween(text: string, t: Toponym, between: string): boolean {
  if (between.length > 60 || !CONTAINER_BETWEEN.test(between)) return false;
  const bare = /^,\s+in\s+(?:the\s+)?$/.test(between);
  return !(bare && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.span[0] - 8), t.span[0])));
}

/**
 * "X in Y", "X and Z in the province of Y", "X in northern Y": Y after "in" as where X is (checked
 * by outsideContainer: only a country or first-level division named exactly counts).
 */
const IN_CONTAINER =
  /^(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+in\s+(?:the\s+)?(?:(?:province|region|state|governorate|district|department|county)\s+of\s+(?:the\s+)?)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$/u;

/** Most confidence a place gets when it lies in another country than its named container. */
const OUTSIDE_CONTAINER = 0.3;

/**
 * True when the container an apposition names is a country or first-level division (exactly) and
 * `place` lies in none of the countries it may be: only a country-level contradiction counts, since
 * many places carry no admin-1.
 */
function outsideContainer(place: Place, container: Toponym): boolean {
  const areas = container.candidates.filter(
    (c) => c.how === 'exact' && (c.place.feature === 'country' || c.place.feature === 'admin1'),
  );
  return areas.length > 0 && !areas.some((c) => c.place.country === place.country);
}

/** A candidate with its context-free score, as `sitrep gazetteer lookup` shows it. */
export interface RankedCandidate {
  place: Place;
  matched: string;
  how: Candidate['how'];
  similarity: number;
  prior: number;
  /** 2 × similarity + prior: the score before any document context. */
  score: number;
  /** Share of belief among the candidates (softmax of the scores). */
  share: number;
}

/**
 * Ranks a name's candidates without document context (what `sitrep gazetteer lookup` prints).
 *
 * @param name
 *   A name as written.
 * @param gazetteer
 *   Where to look it up (typo search on).
 */
export function rankCandidates(name: string, gazetteer: Gazetteer): RankedCandidate[] {
  const candidates = gazetteer.lookup(name, { typos: true });
  const ranked = candidates.map((c) => {
    const similarity = c.similarity;
    const p = prior(c.place);
    // As in `resolve`: a bare name is the city more often than the province named after it.
    const division = c.place.feature === 'admin1' && cityInDivision(candidates, c.place) ? -0.4 : 0;
    return {
      place: c.place,
      matched: c.matched,
      how: c.how,
      similarity,
      prior: p,
      score: 2 * similarity + p + division,
      share: 0,
    };
  });
  ranked.sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  const total = ranked.reduce((s, r) => s + Math.exp(3 * (r.score - top)), 0);
  for (const r of ranked) r.share = Math.exp(3 * (r.score - top)) / total;
  return ranked;
}

/** True when a city among the candidates lies in this first-level division. */
function cityInDivision(candidates: readonly Candidate[], division: Place): boolean {
  return candidates.some(
    (c) =>
      c.place.feature === 'city' &&
      c.place.admin1 === division.admin1 &&
      c.place.country === division.country,
  );
}
