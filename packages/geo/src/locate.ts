/**
 * @module locate
 * Where an event happened: from the event's own clause and arguments, the place introduced by a
 * locative ("in", "at", "near", "outskirts of", "10 km north of"), not places merely mentioned or
 * qualifying an actor. Gives ACLED geo_precision: 1 a town, 2 near a town or part of a region,
 * 3 a region or country.
 */
import type {
  Doc,
  EventAnchor,
  EventLocation,
  Locate,
  LocationLink,
  PlaceMention,
  Span,
} from '@sitrep/model';
import { contains, overlaps } from '@sitrep/model';
import { type Analysis, type Token, tokenRange } from '@sitrep/nlp';
import { offsetPoint } from './place';
import { isGeoPlaceMention } from './stage';

/** Compass words → bearings in degrees. */
const BEARINGS: Record<string, number> = {
  north: 0,
  northeast: 45,
  'north-east': 45,
  east: 90,
  southeast: 135,
  'south-east': 135,
  south: 180,
  southwest: 225,
  'south-west': 225,
  west: 270,
  northwest: 315,
  'north-west': 315,
};

/** "10 km north of (the city of) " right before a name. */
const OFFSET_BEFORE =
  /(\d+(?:\.\d+)?)\s*(?:-\s*)?(km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\s+(?:to\s+the\s+)?(north|northeast|north-east|east|southeast|south-east|south|southwest|south-west|west|northwest|north-west)\s+of\s+(?:the\s+)?(?:(?:city|town|village|capital)\s+of\s+)?$/i;
/** "west of", "on the outskirts of", "near", "in the vicinity of", "around": near a place. */
const NEAR_BEFORE =
  /(?:\b(?:north|northeast|north-east|east|southeast|south-east|south|southwest|south-west|west|northwest|north-west|northern|southern|eastern|western)\s+of|\boutskirts\s+of|\bvicinity\s+of|\bnear|\bnearby|\baround|\boutside(?:\s+of)?|\bclose\s+to|\boff|\bcountryside\s+of|\bsuburbs?\s+of|\bperiphery\s+of|\bedge\s+of|\bapproaches\s+to|\bcorridor\s+to)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:of|in|at|on|to|from|by|with|for|and|or|but|which|who|that|where)\b)[a-z][a-z'’-]*\s+){0,2}(?:(?:city|town|village|border|crossing|capital)\s*(?:of\s+|,\s+)?)?$/i;
/** Locative prepositions that put an event at a place. */
const IN_BEFORE =
  /(?:\b(?:in|at|on|inside|into|across|throughout|within|through|over|along)|\b(?:struck|hit|shelled|bombed|stormed|raided|captured|seized|besieged|attacked|entered|targeted))\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|besieged|embattled|nearby|border|frontline|front-line|key|strategic|restive|coastal)\s+)?(?:(?:city|town|towns|village|villages|cities|district|province|governorate|region|area|neighbourhood|neighborhood|camp|port|capital|suburb)\s+(?:of\s+)?)?$/i;
/**
 * A locative preposition further from the name: a determiner or possessive and up to three
 * lowercase modifiers, and a "<noun> of" ("in their north Belfast home", "in a West Bank
 * settlement", "at the popular Bardo Museum", "in the center of Florencia"). No preposition,
 * conjunction or relative word may stand among the modifiers, so "in the bombardment of" is
 * still the nominal's object, handled by the clause.
 */
const IN_PHRASE_BEFORE =
  /\b(?:[Ii]n|[Aa]t|[Oo]n|[Ii]nside|[Ww]ithin|[Tt]hroughout|[Tt]hrough|[Oo]ver|[Aa]long|[Aa]cross)\s+(?:(?:a|an|the|their|his|her|its|our|this|that)\s+)?(?:(?!(?:of|in|at|on|to|from|by|with|for|and|or|but|which|who|that|where|when|after|since|as)\b)[a-z][a-z'’-]*\s+){0,3}(?:[a-z]+\s+of\s+(?:the\s+)?|(?:capital|city|town|village)\s*,\s+)?$/;
/** "from X": where the act started or someone came from; weaker than a locative. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/**
 * Words that open another clause between the event and a place: a place beyond one belongs to that
 * clause ("troops which have their bases in Turkey", "where refugees sought shelter").
 * Left out on purpose, because in reporting they usually tell where the same act happened: "who"
 * ("fighters who tried to break the siege of Homs"), "when" ("killed when a bomber struck Kabul"),
 * "since" ("killed since the start of the war in Syria"), "while" ("shot while waiting ... in
 * Abidjan"), infinitives ("in attempts to break the siege on Manbij") and ":" (a list of places).
 */
const CLAUSE_OPENERS = new Set([
  'which',
  // "killed by stray bullets in what was the worst spillover into Turkey": a free relative
  // describing the act, whose places are its own.
  'what',
  'where',
  'whose',
  'whereas',
  'although',
  'though',
  'because',
  'unless',
  'whether',
  ';',
  '--',
  '—',
]);
/** Adjective endings of demonyms ("Israeli", "Philippine", "Chechen", "Swiss" names no place here). */
const DEMONYM = /(?:i|ian|ean|ese|ish|ine|en|an|ic|iss|ch)$/i;

/**
 * Buildings, sites, landforms and ways: a name before one ("the Nicosia airport", "a Hong Kong hotel") places
 * what happens there, unlike a name before an organization ("Aleppo police"), which the
 * recognizer marks as a modifier for both.
 */
const FACILITIES = new Set([
  'airport',
  'hotel',
  'school',
  'hospital',
  'university',
  'college',
  'stadium',
  'mall',
  'station',
  'museum',
  'church',
  'mosque',
  'library',
  'bank',
  'court',
  'office',
  'center',
  'centre',
  'academy',
  'plant',
  'base',
  'prison',
  'compound',
  'refinery',
  'factory',
  'market',
  'bridge',
  'terminal',
  'checkpoint',
  'crossing',
  'junction',
  'wharf',
  'harbour',
  'harbor',
  // Landforms and ways: "the Jaffna Peninsula", "the Baliem Valley", "Atlantic Avenue".
  'peninsula',
  'valley',
  'island',
  'islands',
  'river',
  'coast',
  'strip',
  'desert',
  'mountains',
  'plain',
  'lake',
  'bay',
  'road',
  'street',
  'avenue',
  'square',
  'district',
  'quarter',
]);

/** True when the word after the mention names a building or site. */
function beforeFacility(text: string, m: PlaceMention): boolean {
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(m.span[1], m.span[1] + 20))?.[1]?.toLowerCase();
  return next !== undefined && FACILITIES.has(next);
}

/** Nouns naming an administrative division after its name: "Kilinochchi district". */
const DIVISION_NOUNS = new Set(['district', 'province', 'governorate', 'region', 'state', 'county', 'area']);

/** Words right after a name that make it "near X" or "part of X". */
const AFTER_NEAR =
  /^\s+(?:countryside|outskirts|area|border|environs|suburbs|vicinity|crossing|checkpoint|front|frontline|outskirt)\b/i;

interface Option {
  mention: PlaceMention;
  precision: 1 | 2 | 3;
  lat: number | null;
  lon: number | null;
  rank: number;
  why: string;
}

/**
 * Creates the `locate` function the events stage calls.
 *
 * @example
 *   const locate = createLocate();
 *   locate(doc, anchor).locations[0]?.name; // 'Mosul'
 */
export function createLocate(): Locate {
  return locate;
}

/** After a dateline's place: ", Ukraine —", " (Reuters) -", ":"; then the story. */
const DATELINE_AFTER = /^(?:\s*,\s*[\p{Lu}][\p{L}. ]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-|:)\s/u;

const datelineCache = new WeakMap<Doc, PlaceMention[]>();

/**
 * The dateline place of a document: a resolved place opening the text or a line within the first
 * 300 characters, written in capitals or followed by a dateline's dash ("KHARKIV, Ukraine — ",
 * "Goma (AFP) - "). In a digest of datelined stories, the dateline of the story holding `at` (a
 * later line opening "SANAA (AFP) —"). Computed once per document.
 */
export function datelineOf(doc: Doc, at = 0): PlaceMention | null {
  let found = datelineCache.get(doc);
  if (found === undefined) {
    found = [];
    const text = doc.text;
    for (const m of doc.maybe('places') ?? []) {
      const lineStart = m.span[0] === 0 || /\n\s*$/.test(text.slice(Math.max(0, m.span[0] - 4), m.span[0]));
      if (!lineStart || m.lat === null) continue;
      // The first dateline opens the text (within 300 characters); later ones open a story.
      if (found.length === 0 && m.span[0] >= 300) break;
      if (DATELINE_AFTER.test(text.slice(m.span[1], m.span[1] + 40))) found.push(m);
    }
    datelineCache.set(doc, found);
  }
  let story = found[0] ?? null;
  for (const m of found) if (m.span[0] <= at) story = m;
  return story;
}

// Per places layer: its mentions in text order. Built once per document, so each event finds the
// places of its sentence by binary search instead of scanning the whole layer (that scan was half
// the events stage on long documents).
const byStartCache = new WeakMap<readonly PlaceMention[], PlaceMention[]>();

/** The place mentions lying wholly inside `span`, in text order. */
function placesWithin(places: readonly PlaceMention[], span: Span): PlaceMention[] {
  let sorted = byStartCache.get(places);
  if (!sorted) {
    sorted = [...places].sort((a, b) => a.span[0] - b.span[0]);
    byStartCache.set(places, sorted);
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span[0] < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const found: PlaceMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.span[0] < span[1]; i++) {
    if (contains(span, sorted[i]!.span)) found.push(sorted[i]!);
  }
  return found;
}

/**
 * Finds where an event happened.
 *
 * @param doc
 *   A document with its `places` layer.
 * @param anchor
 *   The event's trigger, clause, sentence and argument spans.
 */
export const locate: Locate = (doc: Doc, anchor: EventAnchor): LocationLink => {
  const text = doc.text;
  const nlp = doc.maybe('nlp');
  const inSentence = placesWithin(doc.maybe('places') ?? [], anchor.sentence);
  const options: Option[] = [];
  const dropped: string[] = [];
  const kept: PlaceMention[] = [];
  for (const m of inSentence) {
    if (isGeoPlaceMention(m) && m.role === 'modifier' && !beforeFacility(text, m)) continue;
    const inArgument = anchor.arguments.some((a) => overlaps(a, m.span));
    const reason = nlp
      ? (demonym(nlp, m) ?? inOrganizationName(nlp, m) ?? (inArgument ? null : outsideClause(nlp, m, anchor)))
      : null;
    if (reason) {
      dropped.push(`place:dropped-${reason}:${m.text}`);
      continue;
    }
    kept.push(m);
    const option = judge(text, m, anchor, nlp);
    if (option) options.push(option);
    else if (nlp && antecedent(nlp, m, anchor)) {
      const region = coarseness(m) >= 1;
      options.push({
        mention: m,
        precision: region ? 3 : 1,
        lat: m.lat,
        lon: m.lon,
        rank: 2,
        why: 'antecedent',
      });
    }
  }
  if (options.length === 0) {
    // Nothing in the sentence: the dateline ("KHARKIV, Ukraine — ...") says where the report is
    // from, the usual document-level fallback (ACLED codes such events at the dateline town).
    const dateline = datelineOf(doc, anchor.trigger[0]);
    if (dateline) {
      const region = coarseness(dateline) >= 1;
      const option: Option = {
        mention: dateline,
        precision: region ? 3 : 1,
        lat: dateline.lat,
        lon: dateline.lon,
        rank: 0,
        why: 'dateline',
      };
      return {
        locations: [toLocation(option)],
        why: [...dropped, 'place:none-in-clause', `place:dateline:${dateline.text}`],
      };
    }
    return { locations: [], why: [...dropped, 'place:none-in-clause'] };
  }
  options.sort(
    (a, b) =>
      b.rank - a.rank || distance(a.mention.span, anchor.trigger) - distance(b.mention.span, anchor.trigger),
  );
  let best = options[0]!;
  // "in Syria's northern Aleppo province", "in the Belarus capital Minsk": the finer place named
  // right after a country or region, in the same phrase, is where it happened.
  const finer = finerAfter(text, best, kept);
  if (finer) {
    const own = options.find((o) => o.mention === finer);
    best = {
      mention: finer,
      precision: best.precision === 2 ? 2 : coarseness(finer) >= 2 ? 3 : 1,
      lat: own?.lat ?? finer.lat,
      lon: own?.lon ?? finer.lon,
      rank: best.rank,
      why: `${best.why}+finer`,
    };
    if (!own) options.push(best);
  }
  // "at Aathmail of Nuwakot district, some 50 km northwest of Kathmandu": the offset tells where
  // the place named before it lies; that place is where it happened.
  if (best.why.startsWith('offset') && nlp) {
    const described = appositiveBefore(text, best.mention, kept);
    if (described) {
      const own = options.find((o) => o.mention === described);
      best = {
        mention: described,
        precision: coarseness(described) >= 2 ? 3 : 1,
        lat: described.lat,
        lon: described.lon,
        rank: best.rank,
        why: 'offset-described',
      };
      if (!own) options.push(best);
    }
  }
  // Coordinated places ("the towns of A and B", "A, B and C") share the best one's role.
  const chosen = [best];
  const byStart = [...options].sort((a, b) => a.mention.span[0] - b.mention.span[0]);
  const index = byStart.findIndex((o) => o.mention === best.mention);
  if (index < 0)
    return { locations: [toLocation(best)], why: [`place:${best.why}:${best.mention.text}`, ...dropped] };
  for (const direction of [-1, 1]) {
    let k = index;
    while (true) {
      const here = byStart[k]!;
      const next = byStart[k + direction];
      if (!next) break;
      const [left, right] = direction > 0 ? [here, next] : [next, here];
      const between = text.slice(left.mention.span[1], right.mention.span[0]);
      if (!/^\s*(?:,|,?\s*and|,?\s*or|&)\s*$/.test(between)) break;
      if (left.mention.feature === 'country' || right.mention.feature === 'country') break;
      chosen.push({ ...next, precision: next.precision, why: `${best.why}+coordinated` });
      k += direction;
    }
  }
  chosen.sort((a, b) => a.mention.span[0] - b.mention.span[0]);
  return {
    locations: chosen.map(toLocation),
    why: [...chosen.map((o) => `place:${o.why}:${o.mention.text}`), ...dropped],
  };
};

/** Coarseness of a place: a country 3, an admin-1 or region 2, an admin-2 1, a settlement 0. */
function coarseness(m: PlaceMention): number {
  if (m.feature === 'country') return 3;
  if (m.feature === 'admin1' || m.feature === 'region') return 2;
  if (m.feature === 'admin2') return 1;
  return 0;
}

/**
 * A finer place right after the chosen country or region, joined by a possessive, "capital" or a
 * few lowercase words ("Syria's northern Aleppo province", "Iraq's key oil terminal in the
 * southern city of Basra", "the Belarus capital Minsk"), in the same country when both are known.
 */
function finerAfter(text: string, best: Option, mentions: PlaceMention[]): PlaceMention | undefined {
  const b = best.mention;
  for (const m of mentions) {
    if (m.span[0] < b.span[1] || m.span[0] - b.span[1] > 48) continue;
    // After a possessive the next place is a part of the first ("Jerusalem's walled Old City",
    // "Mecca's Al-Nur hospital"); otherwise only a finer division follows a region.
    // So is the place a kind-of-place noun names: "the Philippine port of Zamboanga".
    const gap = text.slice(b.span[1], m.span[0]);
    const possessive =
      /^(?:\s*['’]\s*s|\s+s)\s+(?:[a-z][a-z-]*\s+){0,2}$/.test(gap) ||
      /^\s+(?:port|city|town|village|capital|island)\s+of\s+(?:the\s+)?$/.test(gap);
    if (!possessive && (coarseness(b) < 2 || coarseness(m) >= coarseness(b))) continue;
    if (possessive && coarseness(m) > coarseness(b)) continue;
    if (b.country && m.country && b.country !== m.country) continue;
    const between = text.slice(b.span[1], m.span[0]);
    if (
      /^(?:\s*['’]\s*s|\s+s)?(?:\s+(?:(?!(?:and|or|but|which|who|where|from|to|by|with)\b)[a-z][a-z-]*|,))*\s+$/.test(
        between,
      )
    )
      return m;
  }
  return undefined;
}

/** The place right before an offset phrase, in apposition to it ("X district, some 50 km north of Y"). */
function appositiveBefore(
  text: string,
  offsetPlace: PlaceMention,
  mentions: PlaceMention[],
): PlaceMention | undefined {
  const at = text.lastIndexOf(',', offsetPlace.span[0]);
  if (at < 0) return undefined;
  for (const m of mentions) {
    if (m === offsetPlace || m.span[1] > at) continue;
    const between = text.slice(m.span[1], at);
    if (
      /^\s*(?:(?:district|province|governorate|area|town|village|city|region|county)\b\s*)?$/i.test(between)
    )
      return m;
  }
  return undefined;
}

/**
 * Why a place outside the event's argument phrases belongs to another clause, or null when it may
 * be where the event happened: a clause opener ("which", "where", "since"...), a coordinated clause
 * with its own verb ("... and died in Nashville", "... and Australia took the bronze"), or an
 * infinitive of purpose ("to help the women reach Potocari") between the trigger and the place; a
 * demonym ("an Israeli helicopter") names a nationality, not a place.
 */
function outsideClause(nlp: Analysis, m: PlaceMention, anchor: EventAnchor): string | null {
  const { tokens } = nlp;
  const [mf, me] = tokenRange(nlp, m.span);
  const [tf, te] = tokenRange(nlp, anchor.trigger);
  if (mf >= me || tf >= te) return null;
  if (mf >= te) return boundaryBetween(tokens, te, mf, isPassive(tokens, tf)) ? 'other-clause' : null;
  if (fronted(nlp, mf, tf)) return null;
  if (antecedent(nlp, m, anchor)) return null;
  // Before the trigger: a clause opener or a verb that is not the trigger's own auxiliary puts
  // the place in another clause ("The Taliban, which control Kabul, captured ...").
  let k = tf - 1;
  while (k >= me && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  // A noun trigger takes the clause of the verb it hangs on: "Police in Abuja arrested 40 people
  // during a protest", "Residents of Pétion-Ville held a demonstration".
  let governor = -1;
  if (tokens[tf]!.pos === 'NOUN') {
    for (let j = k; j >= me; j--) {
      const t = tokens[j]!;
      if (t.norm === ',' || CLAUSE_OPENERS.has(t.norm)) break;
      if (isFiniteVerb(tokens, j)) {
        governor = j;
        break;
      }
    }
  }
  for (let j = me; j <= k; j++) {
    const t = tokens[j]!;
    if (CLAUSE_OPENERS.has(t.norm) || t.norm === 'who') return 'other-clause';
    if (j !== governor && isFiniteVerb(tokens, j)) return 'other-clause';
  }
  return null;
}

/**
 * 'demonym' when a one-word mention spelled unlike its place's name is an adjective of nationality
 * before a noun ("an Israeli helicopter", "the Yemeni capital", "Chechen towns"), which names no place
 * the event happened at.
 */
function demonym(nlp: Analysis, m: PlaceMention): string | null {
  const [mf, me] = tokenRange(nlp, m.span);
  // Any feature: a loose match can turn "Philippine" into a village ("Filipeni").
  if (me - mf !== 1) return null;
  const head = nlp.tokens[mf]!;
  const next = nlp.tokens[me];
  // "Kilinochchi district" names the district ("the Yemeni capital" still names a nationality).
  if (next && DIVISION_NOUNS.has(next.norm)) return null;
  // A division named by a people's word is that place: "Beni Department", "Kachin State".
  if (m.name.toLowerCase().startsWith(`${head.norm} `)) return null;
  const beforeNoun = isLower(next) && (next!.pos === 'NOUN' || next!.pos === 'ADJ');
  // For a town the endings must be a demonym's own ("Philippine" read as a village), not those of
  // many town names ("Dangkalan wharf").
  const ending = coarseness(m) >= 2 ? DEMONYM : /(?:i|ian|ese|ish|ine)$/i;
  return head.text !== m.name && ending.test(head.text) && beforeNoun ? 'demonym' : null;
}

/** Last words of the names of armed groups, parties and agencies. */
const ORGANIZATION_HEADS = new Set([
  'army',
  'front',
  'forces',
  'movement',
  'party',
  'brigade',
  'brigades',
  'council',
  'alliance',
  'union',
  'militia',
  'guard',
  'police',
  'organization',
  'organisation',
]);

/**
 * 'organization' when the place opens the name of an organization ("the Kachin Independence
 * Army", "the Arakan Army"): it names the group, not where the act happened.
 */
function inOrganizationName(nlp: Analysis, m: PlaceMention): string | null {
  const { tokens } = nlp;
  const [, me] = tokenRange(nlp, m.span);
  for (let k = me; k < Math.min(tokens.length, me + 3); k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) return null;
    if (ORGANIZATION_HEADS.has(t.norm)) return 'organization';
  }
  return null;
}

/**
 * True when the trigger sits in a "where"/"whose" clause on the place: "Iraq, whose military
 * targets were bombed", "Goma, where rebels shelled the airport" happened at the place.
 */
function antecedent(nlp: Analysis, m: PlaceMention, anchor: EventAnchor): boolean {
  const { tokens } = nlp;
  const [, me] = tokenRange(nlp, m.span);
  const [tf] = tokenRange(nlp, anchor.trigger);
  return (
    me < tf &&
    tokens[me]?.norm === ',' &&
    (tokens[me + 1]?.norm === 'where' || tokens[me + 1]?.norm === 'whose') &&
    !tokens.slice(me + 2, tf).some((t) => t.norm === ',' || t.norm === ';')
  );
}

/**
 * True when the place at token `mf` sits in a phrase fronted before the clause of the trigger at
 * `tf`: only prepositions, determiners, modifiers and time words lie between the sentence start
 * and the place ("In Vienna, ...", "Also in Yala province, ...", "In Gaza Sunday, ...").
 */
function fronted(nlp: Analysis, mf: number, tf: number): boolean {
  const { tokens } = nlp;
  // A semicolon starts a new clause in the sentence: "...; on the island of St. Croix, a looter shot".
  let first = nlp.sentences[tokens[mf]!.sentence]?.first ?? 0;
  for (let j = mf - 1; j > first; j--) {
    if (tokens[j]!.norm === ';') {
      first = j + 1;
      break;
    }
  }
  let sawPrep = false;
  for (let j = first; j < mf; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return false;
    if (t.pos === 'ADP') sawPrep = true;
  }
  if (!sawPrep) return false;
  // The fronted phrase ends at a comma before the trigger.
  for (let j = mf; j < tf; j++) if (tokens[j]!.norm === ',') return true;
  return false;
}

/** A verb with its own tense: not a gerund or an adjectival compound ("Saudi-led"). */
function isFiniteVerb(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  return (t.pos === 'VERB' || t.pos === 'AUX') && !t.norm.endsWith('ing') && tokens[j - 1]?.norm !== '-';
}

/**
 * Words that open another clause when a subject and a verb of its own follow ("after Serb forces
 * overran the city", "before the rest were forced to withdraw from Sawana"); before a bare noun
 * ("after clashes", "since the start of the war in Syria") they are prepositions of the same act.
 */
const SUBORDINATORS = new Set(['after', 'before', 'until', 'since', 'while']);

/** Past participles: regular ones and the irregular ones reporting uses most. */
const PARTICIPLE =
  /(?:ed|en|^(?:set|hit|shot|hurt|held|left|cut|put|burnt|struck|caught|fought|built|sent|lost|kept|found|brought|bought))$/;

/** True when the verb at `tf` has a passive auxiliary ("were killed", "was badly hit"). */
function isPassive(tokens: Token[], tf: number): boolean {
  for (let k = tf - 1; k >= Math.max(0, tf - 4); k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'get')) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Tokens that can open the subject of a new clause ("and Australia took", "and the army said"). */
const SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/** True when the tokens in [from, to) hold a clause boundary (see outsideClause). */
function boundaryBetween(tokens: Token[], from: number, to: number, passive: boolean): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (CLAUSE_OPENERS.has(t.norm)) return true;
    // "and"/"but"/"," then a subject of its own and a finite verb: a new clause ("and Australia
    // took the bronze"). A verb right after "and" shares the subject and usually the place
    // ("shot dead a soldier and wounded five in Fallujah"); ", killing ..." continues the act.
    // "and have vowed to march into Kinshasa", "but were driven back": a predicate with its own
    // auxiliary is a new statement about the subject.
    if ((t.norm === 'and' || t.norm === 'but') && tokens[j + 1]?.pos === 'AUX' && j + 1 < to) return true;
    // The new subject may be the place itself ("captured the silver and Australia took the
    // bronze"), so the look-ahead runs past it, within the sentence.
    // "while planting a bomb": a gerund after the subordinator (the tagger may call it a noun).
    if (SUBORDINATORS.has(t.norm) && tokens[j + 1]?.norm.endsWith('ing')) continue;
    if (t.norm === 'and' || t.norm === 'but' || t.norm === ',' || SUBORDINATORS.has(t.norm)) {
      let subject = false;
      for (let v = j + 1; v < Math.min(tokens.length, j + 7) && tokens[v]!.sentence === t.sentence; v++) {
        const u = tokens[v]!;
        // A subordinator opens a clause of its own, judged by itself ("... and three children as
        // they sat down to a meal in their Belfast home").
        if (u.pos === 'ADP' || u.pos === 'SCONJ' || u.norm === ',' || u.norm === 'who' || u.norm === 'that')
          break;
        // "while planting a bomb to kill ...": a participle first is no clause with a subject.
        if ((u.pos === 'VERB' || u.pos === 'AUX') && !subject && !isFiniteVerb(tokens, v)) break;
        if (isFiniteVerb(tokens, v)) {
          // "were killed ... and their vehicles set ablaze in Fallujah": after a passive, a bare
          // participle shares its auxiliary and continues the same report.
          if (subject && !(passive && t.norm === 'and' && u.pos === 'VERB' && PARTICIPLE.test(u.norm)))
            return true;
          break;
        }
        if (SUBJECT_POS.has(u.pos)) subject = true;
      }
    }
  }
  return false;
}

function isLower(t: Token | undefined): boolean {
  return t !== undefined && /^[a-z]/.test(t.text);
}

function judge(text: string, m: PlaceMention, anchor: EventAnchor, nlp?: Analysis): Option | null {
  const before = text.slice(Math.max(0, m.span[0] - 80), m.span[0]);
  const after = text.slice(m.span[1], m.span[1] + 30);
  const inArgument = anchor.arguments.some((a) => overlaps(a, m.span));
  const inClause = contains(anchor.clause, m.span);
  const region =
    m.feature === 'admin1' || m.feature === 'admin2' || m.feature === 'country' || m.feature === 'region';
  const base = region ? 3 : 1;
  const scope = (inArgument ? 2 : 0) + (inClause ? 1 : 0);
  const offset = OFFSET_BEFORE.exec(before);
  if (offset && m.lat !== null && m.lon !== null) {
    const km = Number(offset[1]) * (/^mi/i.test(offset[2]!) ? 1.609 : 1);
    const [lat, lon] = offsetPoint(m.lat, m.lon, BEARINGS[offset[3]!.toLowerCase()]!, km);
    return { mention: m, precision: 2, lat, lon, rank: 10 + scope, why: `offset:${offset[0].trim()}` };
  }
  if (NEAR_BEFORE.test(before) || AFTER_NEAR.test(after)) {
    return { mention: m, precision: region ? 3 : 2, lat: m.lat, lon: m.lon, rank: 8 + scope, why: 'near' };
  }
  if (IN_BEFORE.test(before) || IN_PHRASE_BEFORE.test(before)) {
    // A finer place beats a region: "in the town of A in Idlib province" → A.
    return {
      mention: m,
      precision: base as 1 | 3,
      lat: m.lat,
      lon: m.lon,
      rank: (region ? 6 : 9) + scope,
      why: 'in',
    };
  }
  if (FROM_BEFORE.test(before)) {
    // "the road from X", "rockets fired from X at Y": where the act started; a locative wins over
    // it. For a departure ("evacuated 60 wounded from Bukavu to hospitals in Uvira", "fled from
    // X to Y") the act happens where it starts, so the origin wins over the destination.
    if (nlp && departure(nlp, anchor))
      return {
        mention: m,
        precision: base as 1 | 3,
        lat: m.lat,
        lon: m.lon,
        rank: 11 + scope,
        why: 'from-origin',
      };
    return { mention: m, precision: base as 1 | 3, lat: m.lat, lon: m.lon, rank: 4 + scope, why: 'from' };
  }
  if (!inArgument && !inClause && nlp && ofObject(nlp, m, anchor)) {
    // "patrolled the terminals of Heathrow airport", "tried to escape the city of Manbij": the
    // place completing the object, with no other preposition or clause between (checked before).
    return { mention: m, precision: base as 1 | 3, lat: m.lat, lon: m.lon, rank: 1, why: 'of-object' };
  }
  if (!inArgument && !inClause && nlp && m.span[1] <= anchor.trigger[0] && peopleOf(nlp, m)) {
    // The subject's "residents of X", left of where the argument linker starts the clause.
    return { mention: m, precision: base as 1 | 3, lat: m.lat, lon: m.lon, rank: 1, why: 'people-of' };
  }
  if (inArgument || inClause) {
    const role = nlp ? bareRole(nlp, m, anchor) : 'object';
    if (role === null) return null;
    // The place acted on ("captured Huddur", "Gibraltar was captured from Spain") beats a "from".
    const rank = (inArgument ? 5 : 0) + scope;
    return { mention: m, precision: base as 1 | 3, lat: m.lat, lon: m.lon, rank, why: 'in-clause' };
  }
  return null;
}

/**
 * True when the place follows the trigger as "<noun> of X" and the only preposition between them
 * is that "of".
 */
function ofObject(nlp: Analysis, m: PlaceMention, anchor: EventAnchor): boolean {
  const { tokens } = nlp;
  const [mf] = tokenRange(nlp, m.span);
  const [, te] = tokenRange(nlp, anchor.trigger);
  if (mf <= te) return false;
  let k = mf - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'of' || tokens[k - 1]?.pos !== 'NOUN') return false;
  // Other "of"s and an infinitive may come between ("killed dozens of people who tried to escape
  // the city of Manbij"); any other preposition or a comma starts a phrase of its own.
  for (let j = te; j < k; j++) {
    const t = tokens[j]!;
    if ((t.pos === 'ADP' && t.norm !== 'of' && t.norm !== 'to') || t.norm === ',' || t.pos === 'CCONJ')
      return false;
  }
  return true;
}

/** True when two capitalized words (a person's name), maybe and a comma, end right before token `k`. */
function personBefore(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.norm === ',') j--;
  return tokens[j]?.pos === 'PROPN' && tokens[j - 1]?.pos === 'PROPN';
}

/**
 * True when the place completes "<noun> of (the) X" ("Residents of Pétion-Ville held a
 * demonstration", "neighbours of the Tuwaitha plant demonstrated"): people of a place act there,
 * where "Seville fans" only says whose fans they are.
 */
function peopleOf(nlp: Analysis, m: PlaceMention): boolean {
  const { tokens } = nlp;
  const [mf] = tokenRange(nlp, m.span);
  const of = tokens[mf - 1]?.norm === 'the' ? mf - 2 : mf - 1;
  const noun = tokens[of - 1];
  if (tokens[of]?.norm !== 'of' || !noun) return false;
  // The tagger calls a capitalized sentence-initial noun ("Residents") a proper noun.
  const initial = noun.i === nlp.sentences[noun.sentence]?.first;
  return noun.pos === 'NOUN' || (noun.pos === 'PROPN' && initial);
}

/** Verbs of leaving: their place is where they start ("fled from X to Y"). */
const DEPARTURES = new Set([
  'evacuate',
  'flee',
  'withdraw',
  'retreat',
  'leave',
  'pull',
  'depart',
  'deport',
  'expel',
  'escape',
  'relocate',
  'displace',
]);

/** True when the trigger is a verb or noun of leaving. */
function departure(nlp: Analysis, anchor: EventAnchor): boolean {
  const [tf, te] = tokenRange(nlp, anchor.trigger);
  for (let k = tf; k < te; k++) {
    const t = nlp.tokens[k]!;
    if (DEPARTURES.has(t.lemma.toLowerCase()) || DEPARTURES.has(t.norm.replace(/(?:ed|ing|s)$/, '')))
      return true;
  }
  return false;
}

/** Prepositions whose object is a party or a topic, not a place: "protested against Libya", "by US jets". */
const PARTY_PREPS = new Set(['against', 'by', 'with', 'for', 'about', 'behalf', 'toward', 'towards']);

/**
 * How a place without a locative word relates to the event: 'object' (after the trigger, as its
 * object or inside it: "captured Huddur", "patrolled the streets of Reynosa"), 'subject' (the
 * subject of a passive: "the Baghdad headquarters were destroyed"), or null when it only qualifies
 * a party: the subject of an active verb ("Seville fans demonstrated", "U.S. planes are
 * patrolling") or the object of "against", "by", "with", "for".
 */
function bareRole(nlp: Analysis, m: PlaceMention, anchor: EventAnchor): 'object' | 'subject' | null {
  const { tokens } = nlp;
  const [mf] = tokenRange(nlp, m.span);
  const [tf, te] = tokenRange(nlp, anchor.trigger);
  if (mf < tf) {
    // "Three US sailors were killed": a country before a noun is their nationality.
    const [, me] = tokenRange(nlp, m.span);
    if (coarseness(m) >= 2 && tokens[me]?.pos === 'NOUN' && isLower(tokens[me])) return null;
    if (peopleOf(nlp, m)) return 'subject';
    return isPassive(tokens, tf) ? 'subject' : null;
  }
  for (let k = mf - 1; k >= te; k--) {
    const t = tokens[k]!;
    // "with Steve Omischl of Canada", "Dmitri Dashinski, of Belarus": where a person is from.
    if (t.norm === 'of' && k === mf - 1 && personBefore(tokens, k)) return null;
    if (t.pos === 'ADP' || PARTY_PREPS.has(t.norm)) return PARTY_PREPS.has(t.norm) ? null : 'object';
  }
  return 'object';
}

function toLocation(o: Option): EventLocation {
  const m = o.mention;
  return {
    place: m.id,
    name: m.name,
    lat: o.lat,
    lon: o.lon,
    country: m.country,
    admin1: m.admin1 ?? null,
    admin2: m.admin2 ?? null,
    precision: m.lat === null ? null : o.precision,
  };
}

function distance(a: Span, b: Span): number {
  if (a[1] <= b[0]) return b[0] - a[1];
  if (b[1] <= a[0]) return a[0] - b[1];
  return 0;
}
