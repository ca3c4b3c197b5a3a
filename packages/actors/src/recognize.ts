/**
 * @module recognize
 * From dictionary hits to actor mentions: composes adjacent hits ("Turkish" + "officials",
 * "Defence Minister" + "Yaşar Güler"), applies time-aware offices, capital metonymy, epithets and
 * the document's focus country, and resolves anaphors to earlier mentions with a `why` link.
 */
import type { Doc, PlaceMention, Span } from '@sitrep/model';
import { type Analysis, type Token, tokenRange } from '@sitrep/nlp';
import type { ActorDictionary } from './dictionary';
import { pickDated } from './dictionary';
import { type Focus, findFocus, storyStarts } from './focus';
import { findHits, type Hit } from './match';
import { resolvePerson } from './persons';
import type {
  ActorMentionInternal,
  ActorRef,
  AnaphorRecord,
  Candidate,
  CountryRecord,
  EntryRecord,
  EpithetRecord,
  MentionKind,
  PersonRecord,
  RoleRecord,
} from './types';

/** Prepositions after which a state's name is a place, not an actor ("fighting in Syria"). */
const LOCATIVE = new Set([
  'in',
  'into',
  'inside',
  'across',
  'through',
  'throughout',
  'within',
  'near',
  'outside',
  'around',
  'over',
]);
/** Nouns of a state's political act: a state adjective before one is the government's ("a Qatari proposal"). */
const STATE_ACTS = new Set([
  'proposal',
  'proposals',
  'plan',
  'offer',
  'initiative',
  'ultimatum',
  'demand',
  'demands',
  'request',
  // "rebuffed a French call for talks".
  'call',
  'calls',
  'appeal',
  'appeals',
  'accusation',
  'accusations',
  'draft',
  'bid',
  'counterpart',
  'counterparts',
  // "blamed Egyptian interference for the unrest": a state's meddling is its government's.
  'interference',
  'meddling',
]);

/**
 * Nouns of armed acts and military assets after a state adjective: "an Israeli airstrike", "a
 * Russian missile attack", "British ships", "Malian army posts" name the state's armed forces as
 * the side that acts or is hit, so the adjective alone becomes a `.mil` mention (the noun stays
 * free for the events stage, which reads it as the act or the object).
 */
const MILITARY_ACTS = new Set([
  'airstrike',
  'airstrikes',
  'air',
  'strike',
  'strikes',
  'attack',
  'attacks',
  'offensive',
  'bombardment',
  'shelling',
  'raid',
  'raids',
  'incursion',
  'assault',
  'assaults',
  'missile',
  'missiles',
  'drone',
  'drones',
  'rocket',
  'rockets',
  'artillery',
  'tank',
  'tanks',
  'warship',
  'warships',
  'ship',
  'ships',
  'vessel',
  'vessels',
  'base',
  'bases',
  'position',
  'positions',
  'outpost',
  'outposts',
  'convoy',
  'ammunition',
  'checkpoint',
  'patrol',
  'patrols',
  'post',
  'posts',
  'barracks',
  'garrison',
  'garrisons',
  'unit',
  'units',
  'helicopter',
  'helicopters',
  'plane',
  'planes',
  'jet',
  'jets',
  'aircraft',
  'warplanes',
  // "killed by Israeli fire", "Russian shells": the fire is the forces'.
  'fire',
  'gunfire',
  'bombing',
  'bombs',
  'shells',
]);

/** Property of civilians after a state adjective ("Palestinian homes"): the adjective names its civilians. */
const CIVILIAN_PROPERTY = new Set([
  'home',
  'homes',
  'house',
  'houses',
  'car',
  'cars',
  'shop',
  'shops',
  'farm',
  'farms',
  'mosque',
  'mosques',
  'church',
  'churches',
  'school',
  'schools',
  'olive',
  // "struck Ukrainian energy infrastructure", "shelled Ukrainian villages".
  'village',
  'villages',
  'hospital',
  'hospitals',
  'infrastructure',
  'energy',
]);

/** Companies after a state adjective ("blacklisted three Iranian firms"): the state's business. */
const FIRMS = new Set([
  'firm',
  'firms',
  'company',
  'companies',
  'bank',
  'banks',
  'entities',
  'businesses',
  'businessmen',
  'shipping',
  'exporters',
  // "banned imports of Lithuanian beef": a state's goods are its economy's.
  'goods',
  'products',
  'imports',
  'exports',
  'beef',
  'wine',
  'steel',
]);

/**
 * What a state word before a noun stands for, tried in order:
 * - "a Qatari proposal", "the US offer": a state's proposal is its government's, and the one who
 *   rejects or accepts it acts towards that government;
 * - "an Israeli airstrike", "British ships": a state's military acts and assets are its forces';
 * - "torched Palestinian homes", "shelled Ukrainian villages": a people's homes, shops and places of
 *   worship stand for its civilians, who are the ones hit;
 * - "sanctioned three Iranian firms": a state's companies are its business sector.
 */
const STATE_MODIFIER_RULES: {
  forms: readonly string[];
  nouns: ReadonlySet<string>;
  nounOnly: boolean;
  sector: string;
  why: string;
}[] = [
  { forms: ['name', 'adjective', 'people'], nouns: STATE_ACTS, nounOnly: false, sector: 'gov', why: 'act' },
  {
    forms: ['name', 'adjective', 'people'],
    nouns: MILITARY_ACTS,
    nounOnly: true,
    sector: 'mil',
    why: 'military-act',
  },
  {
    forms: ['adjective'],
    nouns: CIVILIAN_PROPERTY,
    nounOnly: true,
    sector: 'civilians',
    why: 'civilian-property',
  },
  {
    forms: ['adjective'],
    nouns: FIRMS,
    nounOnly: true,
    sector: 'business',
    why: 'firms',
  },
];

/** Nouns a bare role word merely classifies ("a military agreement", "police reform"). */
const CLASSIFIED_NOUNS = new Set([
  'agreement',
  'agreements',
  'pact',
  'accord',
  'deal',
  'cooperation',
  'ties',
  'relations',
  'reform',
  'reforms',
  'budget',
  'spending',
  'doctrine',
]);

/** Military assets held on the ground: a government's are its army's ("a junta base"). */
const GROUND_POSTS = new Set([
  'base',
  'bases',
  'position',
  'positions',
  'outpost',
  'outposts',
  'checkpoint',
  'checkpoints',
  'post',
  'posts',
  'barracks',
  'garrison',
  'garrisons',
  'convoy',
  'patrol',
  'patrols',
]);

/** Weapons only a state's forces fire: a government's are its military's ("junta aircraft bombed"). */
const FORCE_WEAPONS = new Set([
  'aircraft',
  'warplanes',
  'jets',
  'drone',
  'drones',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'artillery',
  'tank',
  'tanks',
]);

/** Verbs of gathering: the people who do it are where they do it ("protesters rallied in X"). */
const GATHER_VERBS = new Set([
  'rallied',
  'marched',
  'gathered',
  'protested',
  'demonstrated',
  'assembled',
  'rioted',
]);

/** Words before a capital that make it a government ("talks with Moscow", "urged Kyiv"). */
const METONYM_BEFORE = new Set([
  'with',
  'against',
  'by',
  'between',
  'urged',
  'told',
  'pressed',
  'accused',
  'warned',
  'asked',
  // The object of a verb of blame or judgement is a government, not a city ("Moscow blamed Kyiv").
  'blamed',
  'blames',
  'accuses',
  'urges',
  'condemned',
  'condemns',
  'criticized',
  'criticised',
  'praised',
  'thanked',
  'threatened',
  'sanctioned',
  // A capital visited is its government met ("visited Damascus for talks").
  'visited',
  'visits',
  'and',
  // The same verbs in their other forms ("urging Kabul to", "to press Moscow", "accusing Kyiv").
  'urge',
  'urging',
  'press',
  'presses',
  'pressing',
  'accuse',
  'accusing',
  'ask',
  'asks',
  'asking',
  'tell',
  'tells',
  'telling',
  'blame',
  'blaming',
  'condemning',
  'criticizing',
  'criticising',
  'warning',
  'warns',
  'threatening',
  'sanctioning',
]);

/** Verbs whose "on" takes a capital as the government appealed to ("called on Damascus to"). */
const CALL_ON = new Set(['called', 'calls', 'call', 'calling']);
/**
 * Words whose "to" takes a capital as the government addressed ("appealed to Moscow", "a message
 * to Washington", "a letter to Kinshasa"); a capital after a plain "to" stays a place ("flew to").
 */
const ADDRESS_TO = new Set([
  'appealed',
  'appeals',
  'appeal',
  'appealing',
  'message',
  'letter',
  'note',
  'ultimatum',
  'demands',
  'demand',
  'request',
  'plea',
  'offer',
  'proposal',
]);
/** Compass words between a preposition and a state ("in northern Syria"). */
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'rural',
  'neighbouring',
  'neighboring',
]);
/** Geographic heads that make a following state name part of a place name ("Lake Chad"). */
const PLACE_HEADS = new Set([
  'lake',
  'river',
  'gulf',
  'sea',
  'mount',
  'basin',
  'strait',
  'bay',
  'port',
  'cape',
  'upper',
  'lower',
  'new',
]);
/** Determiners that let a bare role or one-word epithet stand for an actor ("the regime"). */
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
/** Lowercase particles inside personal names ("Abu Mohammed al-Jolani", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'abd',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'ould',
  'wa',
  '-',
]);
/** Titles that, alone after "the", name the head of the state in focus ("the president said"). */
/** Diplomats whose posting names a government: "its ambassador to Paris". */
const DIPLOMATS = new Set([
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'diplomats',
  'diplomat',
  // "military assistance to Kyiv", "a loan to Islamabad": aid goes to the government.
  'aid',
  'assistance',
  'weapons',
  'arms',
  'loan',
  'funding',
]);

/** Titles of local office that stand for the state's local administration. */
const LOCAL_TITLES = new Set([
  'mayor',
  'governor',
  'deputy governor',
  'district commissioner',
  'councillor',
  'councilor',
  'local councillor',
  'city councillor',
]);

const HEAD_TITLES = new Set([
  'president',
  'prime minister',
  'premier',
  'king',
  'emir',
  'chancellor',
  'supreme leader',
]);
/** Sectors of state institutions (an anaphor "the group" does not refer to these). */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
/** How many sentences back "the rebels" / "the terrorists" may look for the group they mean. */
const ARMED_WINDOW = 12;
/** Sectors an armed back-reference ("the rebels", "the terrorists") may point to. */
const ARMED_SECTORS = new Set(['REB', 'UAF', 'CRM', 'PRM']);

/** Mutable state of one recognition run. */
interface Run {
  doc: Doc;
  text: string;
  analysis: Analysis;
  dictionary: ActorDictionary;
  date: string | null;
  hits: Hit[];
  focus: Focus;
  mentioned: Set<string>;
  out: ActorMentionInternal[];
  undatedNoted: boolean;
  /** Hit index by its first token (constant-time lookups instead of scans of `hits`). */
  hitAt: Map<number, number>;
  /** Sentence of the hit being composed (anaphor windows count back from it). */
  current: number;
  /** First sentence of the story being composed (of a digest); nothing refers back before it. */
  storyStart: number;
}

/**
 * Recognizes the actor mentions of a document (the `nlp` layer must be present).
 *
 * @param doc
 *   The document.
 * @param dictionary
 *   The loaded actor dictionary.
 * @returns
 *   Mentions in text order, ids `a1`, `a2`, ...
 */
export function recognizeActors(doc: Doc, dictionary: ActorDictionary): ActorMentionInternal[] {
  const analysis = doc.layer('nlp');
  const hits = findHits(doc.text, analysis, dictionary).filter((h) => !adjectiveTitle(analysis.tokens, h));
  const { focus, mentioned } = findFocus(doc, hits, dictionary);
  const run: Run = {
    doc,
    text: doc.text,
    analysis,
    dictionary,
    date: doc.published,
    hits,
    focus,
    mentioned,
    out: [],
    undatedNoted: false,
    hitAt: new Map(hits.map((hit, k) => [hit.first, k])),
    current: 0,
    storyStart: 0,
  };
  // A digest of datelined stories: each story has its own focus, and nothing refers back across
  // a dateline ("federal forces" in an Ethiopia story are not the US forces of the story before).
  const bounds = [0, ...storyStarts(doc.text, doc.maybe('places') ?? [])];
  const storyFocus = (k: number) =>
    findFocus(doc, hits, dictionary, [bounds[k]!, bounds[k + 1] ?? doc.text.length]).focus;
  if (bounds.length > 1) run.focus = storyFocus(0);
  let story = 0;
  let i = 0;
  while (i < hits.length) {
    const at = analysis.tokens[hits[i]!.first]!.start;
    if (story + 1 < bounds.length && at >= bounds[story + 1]!) {
      while (story + 1 < bounds.length && at >= bounds[story + 1]!) story++;
      run.focus = storyFocus(story);
      run.storyStart = sentenceOf(run, hits[i]!.first);
    }
    i += composeAt(run, i);
  }
  return run.out;
}

/** Titles that are also common adjectives ("major oil installations", "general elections"). */
const ADJECTIVE_TITLES = new Set(['major', 'general']);

/**
 * True for a lowercase "major" or "general" that only modifies the lowercase noun after it
 * ("Venezuela's major oil installations"); "Major Kone", "the general said" stay titles.
 */
function adjectiveTitle(tokens: Token[], h: Hit): boolean {
  if (h.first !== h.last) return false;
  const t = tokens[h.first]!;
  if (!ADJECTIVE_TITLES.has(t.text)) return false;
  const next = tokens[h.first + 1];
  return (
    next !== undefined &&
    next.sentence === t.sentence &&
    /^\p{Ll}/u.test(next.text) &&
    (next.pos === 'NOUN' || next.pos === 'ADJ')
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers over tokens and candidates.

function token(run: Run, i: number): Token | undefined {
  return run.analysis.tokens[i];
}

function candidate<T extends Candidate['type']>(
  hit: Hit | undefined,
  type: T,
): Extract<Candidate, { type: T }>[] {
  if (!hit) return [];
  return hit.candidates.filter((c) => c.type === type) as Extract<Candidate, { type: T }>[];
}

function entryOf(run: Run, hit: Hit | undefined): EntryRecord | undefined {
  const entries = candidate(hit, 'entry');
  const user = entries.filter((c) => c.user);
  const pool = (user.length > 0 ? user : entries).map((c) => c.entry);
  return pickDated(pool, run.date) ?? undefined;
}

function personOf(run: Run, hit: Hit | undefined): PersonRecord | undefined {
  const persons = candidate(hit, 'person');
  if (persons.length === 0) return undefined;
  const user = persons.filter((c) => c.user);
  const pool = user.length > 0 ? user : persons;
  if (pool.length === 1) return pool[0]!.person;
  // Several people share the alias: prefer one in office on the date.
  const date = run.date;
  const inOffice = pool.find((c) =>
    c.person.terms.some((t) => date !== null && t.from <= date && (t.to === null || date < t.to)),
  );
  return (inOffice ?? pool[0]!).person;
}

function countryOf(
  hit: Hit | undefined,
  forms?: string[],
): { country: CountryRecord; form: string } | undefined {
  const c = candidate(hit, 'country').find((x) => !forms || forms.includes(x.form));
  return c ? { country: c.country, form: c.form } : undefined;
}

function roleOf(hit: Hit | undefined, kinds?: RoleRecord['kind'][]): RoleRecord | undefined {
  return candidate(hit, 'role').find((c) => !kinds || kinds.includes(c.role.kind))?.role;
}

/** The hit right after `hit` (directly adjacent, or after a possessive 's when `possessive`). */
function follows(run: Run, hit: Hit, next: Hit | undefined, possessive: boolean): boolean {
  if (!next) return false;
  if (token(run, hit.last)?.sentence !== token(run, next.first)?.sentence) return false;
  if (next.first === hit.last + 1) return true;
  // Invisible format characters (RTL marks, zero-width joiners) between words do not separate them.
  let k = hit.last + 1;
  while (k < next.first && /^\p{Cf}+$/u.test(token(run, k)?.text ?? '')) k++;
  if (k === next.first) return true;
  if (possessive && next.first === hit.last + 2) {
    const between = token(run, hit.last + 1)?.text;
    return between === "'s" || between === '’s' || between === "'" || between === '’';
  }
  return false;
}

/**
 * The role shared by a list of states starting at hit `i` ("Egyptian, Qatari and US mediators"):
 * states joined by ",", "and", "or" or ", and", the last one directly followed by a role.
 */
function coordinatedRole(run: Run, hits: Hit[], i: number): RoleRecord | undefined {
  let j = i;
  let linked = 0;
  for (;;) {
    const here = hits[j]!;
    const next = hits[j + 1];
    if (!next || token(run, here.last)?.sentence !== token(run, next.first)?.sentence) return undefined;
    const between: string[] = [];
    for (let k = here.last + 1; k < next.first; k++) between.push(token(run, k)?.norm ?? '');
    const joined = between.join(' ');
    // ", and" closes a list only after a comma ("Egyptian, Qatari, and US mediators"); first in
    // line it joins clauses ("fired at Israel, and Israeli warplanes struck").
    const serial = (joined === ', and' || joined === ', or') && (linked > 0 || inList(run, hits, i));
    if (joined !== 'and' && joined !== 'or' && joined !== ',' && !serial) return undefined;
    const partner = countryOf(next, ['adjective', 'name']);
    // "Israeli and Hamas negotiators": a named group may close the list; the role after it is
    // shared by the states before it (the group itself is composed with the role below).
    const closingEntry = !partner && joined !== ',' && entryOf(run, next) !== undefined;
    if ((!partner && !closingEntry) || personOf(run, next) || (partner && entryOf(run, next)))
      return undefined;
    linked++;
    j++;
    // A list ends at its "and"/"or"; a bare comma must be followed by more of the list.
    if (joined !== ',') break;
  }
  if (linked === 0) return undefined;
  const shared = roleOf(hits[j + 1]);
  return shared && follows(run, hits[j]!, hits[j + 1], true) ? shared : undefined;
}

/** True when hit `i` follows a state and a comma: it is inside a list of states already. */
function inList(run: Run, hits: Hit[], i: number): boolean {
  const before = hits[i - 1];
  const here = hits[i]!;
  return (
    before !== undefined &&
    before.last === here.first - 2 &&
    token(run, here.first - 1)?.norm === ',' &&
    countryOf(before, ['adjective', 'name']) !== undefined
  );
}

function prevNorm(run: Run, first: number): string {
  const t = token(run, first - 1);
  const here = token(run, first);
  if (!t || !here || t.sentence !== here.sentence) return '';
  return t.norm;
}

/**
 * The first part of a hyphenated verb ("test-fired", "air-dropped", "re-took"): the tokenizer splits
 * it at the hyphen and the tagger reads its first part as a noun, so "North Korea test-fired" looked
 * like a state before a noun. True when token `i` is followed, with no space, by "-" and a verb or
 * an -ed word.
 */
function hyphenVerbAt(run: Run, i: number): boolean {
  const [a, dash, b] = [token(run, i), token(run, i + 1), token(run, i + 2)];
  if (!a || !dash || !b || dash.text !== '-') return false;
  if (a.end !== dash.start || dash.end !== b.start) return false;
  return b.pos === 'VERB' || /ed$/.test(b.norm);
}

/** The hit's text, lowercased (for `why` entries). */
function surf(run: Run, h: Hit): string {
  return run.text.slice(token(run, h.first)!.start, token(run, h.last)!.end).toLowerCase();
}

/** A determiner before the hit, over up to two adjectives ("the criminal regime", "the ministry"). */
function hasDeterminer(run: Run, first: number): boolean {
  const here = token(run, first);
  for (let k = first - 1, adjectives = 0; k >= 0 && adjectives <= 2; k--, adjectives++) {
    const t = token(run, k);
    if (!t || !here || t.sentence !== here.sentence) return false;
    if (DETERMINERS.has(t.norm)) return true;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** True when the hit is a place: after a locative preposition (over compass words and "the"), or inside a place name. */
/** Sectors of a state's civil institutions, which a place before them assigns to its state. */
const CIVIL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG']);

/**
 * ISO alpha-3 of the place mention (geo layer) covering token k, if it has a country and the
 * geoparser is sure of it: a small town read as its namesake abroad ("Moura" in Portugal, 0.57)
 * must not move an actor out of the country the report is about.
 */
function placeCountry(run: Run, k: number): string | undefined {
  const place = placeAt(run, k);
  if (!place?.country || (place.confidence ?? 0) < PLACE_SURE) return undefined;
  return run.dictionary.iso2to3.get(place.country);
}

/** Place mentions by token, built once per run (a lookup per role hit, not a scan of all places). */
const placeIndex = new WeakMap<Run, Map<number, PlaceMention>>();

/** The geo layer's place mention starting at or covering token k, if any. */
function placeAt(run: Run, k: number): PlaceMention | undefined {
  let index = placeIndex.get(run);
  if (!index) {
    index = new Map();
    const tokens = run.analysis.tokens;
    const places = run.doc.maybe('places') ?? [];
    for (const p of places) {
      const [first, end] = tokenRange(run.analysis, p.span);
      for (let i = first; i < end && i < tokens.length; i++) index.set(i, p);
    }
    placeIndex.set(run, index);
  }
  return index.get(k);
}

/**
 * Geoparser confidence from which a place may decide an actor's country. 0.75, not 0.8: "Gaza" is
 * split between Gaza City and the Strip (both Palestinian, 0.77 since towns carry GeoNames'
 * admin-1), and the calibrated confidence is about the point, not the country.
 */
const PLACE_SURE = 0.75;

/** A resolved place right after token `last` behind "of", "in" or "from" ("residents of Gaza"). */
function placeAfter(run: Run, last: number): { iso3: string; text: string } | undefined {
  const here = token(run, last);
  let k = last + 1;
  // "protesters rallied in Tel Aviv": people who gather somewhere are that place's.
  if (token(run, k)?.pos === 'VERB' && GATHER_VERBS.has(token(run, k)!.norm)) k++;
  const prep = token(run, k);
  if (!here || !prep || prep.sentence !== here.sentence || !['of', 'in', 'from'].includes(prep.norm))
    return undefined;
  k++;
  while (token(run, k) && (token(run, k)!.norm === 'the' || COMPASS.has(token(run, k)!.norm))) k++;
  const iso3 = placeCountry(run, k);
  return iso3 ? { iso3, text: token(run, k)!.text } : undefined;
}

/** True when a multiword, capitalized entry name follows a capitalized word no hit covers. */
function unknownNamePrefix(run: Run, h: Hit): boolean {
  if (h.last === h.first) return false;
  const first = token(run, h.first);
  const prev = token(run, h.first - 1);
  if (!first || !prev || prev.sentence !== first.sentence) return false;
  if (!/^\p{Lu}/u.test(first.text) || !/^\p{Lu}\p{Ll}/u.test(prev.text) || prev.pos !== 'PROPN') return false;
  // Covered by another hit ("Yemen's", a country before the name) is a known modifier.
  const at = run.hitAt.get(h.first);
  const before = at !== undefined && at > 0 ? run.hits[at - 1] : undefined;
  return !(before && before.last >= h.first - 1);
}

/** True when the geo layer (if present) has a place mention over the hit's first token. */
function isPlaceMention(run: Run, h: Hit): boolean {
  return placeAt(run, h.first) !== undefined;
}

function isPlaceUse(run: Run, first: number): boolean {
  let k = first - 1;
  const here = token(run, first);
  const at = (i: number) => {
    const t = token(run, i);
    return t && here && t.sentence === here.sentence ? t : undefined;
  };
  const before = at(k);
  if (before && PLACE_HEADS.has(before.norm) && /^\p{Lu}/u.test(before.text)) return true;
  while (at(k) && (COMPASS.has(at(k)!.norm) || at(k)!.norm === 'the' || at(k)!.text === '-')) k--;
  const t = at(k);
  // "off the coast of Somalia", "the outskirts of Kyiv": a part of the place, not its state.
  if (t?.norm === 'of' && PARTS_OF_PLACE.has(at(k - 1)?.norm ?? '')) return true;
  return t !== undefined && LOCATIVE.has(t.norm);
}

/** Anaphors of a non-state group that never refer back to an intergovernmental body. */
const NOT_IGO_ANAPHOR = /\b(?:group|militia|faction|cartel|gang|movement|paramilitaries|force)$/i;

/**
 * Anaphors that name an armed group, which never refer back to a non-governmental body either:
 * "the Sudan Doctors Network said ... The paramilitary group denied it" is the RSF, not the doctors
 * (plain "the group" may be an NGO: "Human Rights Watch said the group had documented ...").
 */
const ARMED_ANAPHOR =
  /\b(?:militia|faction|cartel|gang|paramilitaries|force|(?:rebel|armed|jihadist|insurgent|paramilitary) group)$/i;

/** Nouns naming a part of a place, whose "of X" is that place ("the coast of Somalia"). */
const PARTS_OF_PLACE = new Set([
  'coast',
  'coasts',
  'shores',
  'waters',
  'outskirts',
  'suburbs',
  'centre',
  'center',
  'north',
  'south',
  'east',
  'west',
  'interior',
]);

/**
 * Emits a mention that stands for an earlier one (coreference): it records its antecedent, and is
 * coded as `coref` unless another kind is given (a loaded epithet for an actor already named).
 */
function emitCoref(
  run: Run,
  first: number,
  last: number,
  actor: ActorRef,
  why: string[],
  antecedent: ActorMentionInternal,
  extra: Partial<ActorMentionInternal> = {},
  kind: MentionKind = 'coref',
): ActorMentionInternal {
  return emit(run, first, last, actor, kind, why, { coref: true, antecedent: antecedent.id, ...extra });
}

/** Emits a role word with no state it can be given ("gunmen", "mediators"): the role's generic actor. */
function emitGenericRole(run: Run, h: Hit, role: RoleRecord, ...why: string[]): ActorMentionInternal {
  return emit(
    run,
    h.first,
    h.last,
    run.dictionary.ref(role.suffix, run.date),
    'generic',
    [`role:${role.suffix}`, ...why],
    {
      plural: true,
    },
  );
}

/** The `why` entry of a coreference link: the surface that refers back, and the mention it names. */
function corefWhy(surface: string, antecedent: ActorMentionInternal): string {
  return `coref:${surface}->${antecedent.id}`;
}

function sentenceOf(run: Run, tokenIndex: number): number {
  return token(run, tokenIndex)?.sentence ?? 0;
}

function emit(
  run: Run,
  first: number,
  last: number,
  actor: ActorRef,
  kind: MentionKind,
  why: string[],
  extra: Partial<ActorMentionInternal> = {},
): ActorMentionInternal {
  const start = token(run, first)!.start;
  const end = token(run, last)!.end;
  const span: Span = [start, end];
  const mention: ActorMentionInternal = {
    id: `a${run.out.length + 1}`,
    span,
    text: run.text.slice(start, end),
    actor,
    kind,
    head: last,
    sentence: sentenceOf(run, last),
    why,
    ...extra,
  };
  run.out.push(mention);
  return mention;
}

function institution(run: Run, iso3: string, suffix: string): ActorRef {
  return run.dictionary.ref(`${iso3.toLowerCase()}.${suffix}`, run.date);
}

function personMention(
  run: Run,
  person: PersonRecord,
  first: number,
  last: number,
  why: string[],
  title?: string,
): number {
  const former = ['former', 'ex', 'ousted', 'deposed', 'late'].includes(prevNorm(run, first));
  const resolved = resolvePerson(run.dictionary, person, run.date, former);
  if (resolved.state === 'undated' && !run.undatedNoted) {
    run.undatedNoted = true;
    run.doc.messages.info(
      'actor-office-undated',
      `"${run.text.slice(token(run, first)!.start, token(run, last)!.end)}": the document has no publication date, so office holders are coded by their most recent term; pass --published YYYY-MM-DD to code them as of the document's date`,
      [token(run, first)!.start, token(run, last)!.end],
      'actors',
    );
  }
  emit(
    run,
    first,
    last,
    resolved.ref,
    'person',
    [...why, ...resolved.why, ...(former ? ['text:former'] : [])],
    {
      person: person.id,
      role: title ?? resolved.term?.title,
    },
  );
  return 0;
}

/** A capitalized name right after token `after` that no dictionary hit covers: [first, last] or null. */
function unknownName(run: Run, after: number, nextHit: Hit | undefined): [number, number] | null {
  const tokens = run.analysis.tokens;
  const sentence = sentenceOf(run, after);
  let i = after + 1;
  let last = -1;
  while (i < tokens.length && i - after <= 6) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (nextHit && i >= nextHit.first) break;
    const capital =
      /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ');
    const glued = NAME_PARTICLES.has(t.norm) && last >= 0 - 1;
    if (capital) last = i;
    else if (!glued) break;
    i++;
  }
  return last > after ? [after + 1, last] : null;
}

// ---------------------------------------------------------------------------------------------
// Composition: returns how many hits were consumed.

function composeAt(run: Run, i: number): number {
  const hits = run.hits;
  const h = hits[i]!;
  run.current = sentenceOf(run, h.first);
  const n1 = hits[i + 1];

  // Anaphors first ("the group", "both sides", "he"): they are never part of a name.
  const anaphor = candidate(h, 'anaphor')[0];
  if (anaphor && h.candidates.every((c) => c.type === 'anaphor')) {
    // "its fighters", "their forces": the possessor is the actor; the span covers both words.
    const word = surf(run, h);
    const owned = ['its', 'their', 'his', 'her'].includes(word) && roleOf(n1) && follows(run, h, n1, false);
    if (owned) {
      resolveOwned(run, h, n1!, roleOf(n1)!, anaphor.anaphor);
      return 2;
    }
    // "their" alone is too often the author's own side or a crowd; only "their forces" is coded.
    if (word !== 'their' && word !== 'his' && word !== 'her') {
      const before = run.out.length;
      resolveAnaphor(run, h, anaphor.anaphor, h.last);
      // "The militia kidnapped a local chief": with nothing to refer back to, a definite armed
      // group is still an armed group, read as its role word alone.
      const head = token(run, h.last)!;
      const roleHit = run.dictionary.index.get(head.norm)?.filter((c) => c.type === 'role');
      if (run.out.length === before && h.last > h.first && roleHit?.length) {
        const role = roleOf({ first: h.last, last: h.last, key: head.norm, candidates: roleHit });
        if (role?.kind === 'armed')
          resolveBareRole(
            run,
            { first: h.last, last: h.last, key: head.norm, candidates: roleHit },
            role,
            undefined,
          );
      }
    }
    return 1;
  }

  // Modifier: a state, a named entry or a person before a title, role or name.
  const country = countryOf(h, ['name', 'adjective', 'capital']);
  const entry = entryOf(run, h);
  const person = personOf(run, h);

  // [modifier] title+ person  |  [modifier] title+ UnknownName
  {
    let k = i;
    let modifier: 'country' | 'entry' | null = null;
    if ((country || entry) && !person && roleOf(n1, ['person']) && follows(run, h, n1, true)) {
      modifier = entry ? 'entry' : 'country';
      k = i + 1;
    }
    const titleHit = hits[k];
    const title = roleOf(titleHit, ['person']);
    if (title && (k === i || modifier) && !personOf(run, titleHit) && !entryOf(run, titleHit)) {
      // Titles can stack: "Deputy Foreign Minister", "army chief General X".
      let end = k;
      while (roleOf(hits[end + 1], ['person']) && follows(run, hits[end]!, hits[end + 1], false)) end++;
      const after = hits[end + 1];
      const afterPerson = personOf(run, after);
      const lastTitle = roleOf(hits[end], ['person'])!;
      const titleText = run.text.slice(token(run, hits[k]!.first)!.start, token(run, hits[end]!.last)!.end);
      if (afterPerson && follows(run, hits[end]!, after, false)) {
        personMention(run, afterPerson, h.first, after!.last, [`title:${titleText}`], titleText);
        return end + 2 - i;
      }
      const name = unknownName(run, hits[end]!.last, after);
      if (name) {
        let ref: ActorRef | null = null;
        let consumed = end + 1 - i;
        const why = [`title:${titleText}`, 'new-actor:name-after-title'];
        if (modifier === 'entry' && entry) {
          ref = { id: entry.id, name: entry.name, country: entry.country, sector: entry.sector };
          why.push(`entry:${entry.id}`);
        } else if (modifier === 'country' && country) {
          ref = institution(run, country.country.iso3, lastTitle.suffix);
          why.push(`state:${country.country.iso3}`);
        } else {
          // "Defence Minister Ahmed Karimov of Tajikistan"
          const ofIndex = run.hitAt.get(name[1] + 2);
          const ofHit = ofIndex === undefined ? undefined : hits[ofIndex];
          const of = token(run, name[1] + 1)?.norm === 'of' ? countryOf(ofHit, ['name'])?.country : undefined;
          if (of) {
            consumed = ofIndex! + 1 - i;
            ref = institution(run, of.iso3, lastTitle.suffix);
            why.push(`state:${of.iso3}:of`);
          } else if (run.focus.iso3) {
            ref = institution(run, run.focus.iso3, lastTitle.suffix);
            why.push(`focus:${run.focus.iso3}`);
          }
        }
        if (ref) {
          const personName = run.text.slice(token(run, name[0])!.start, token(run, name[1])!.end);
          const full: ActorRef = {
            ...ref,
            name: `${personName}, ${titleText}${modifier ? ` (${ref.name})` : ''}`,
          };
          emit(run, h.first, name[1], full, 'new-person', why, { person: personName, role: titleText });
          return consumed;
        }
      }
    }
  }

  // Coordinated states sharing a role: "Indian and Pakistani troops", "Egyptian, Qatari and US
  // mediators" -> every state before the last gets the role too (the last one gets it below).
  if (country && !person && !entry && country.form !== 'capital') {
    const shared = coordinatedRole(run, hits, i);
    if (shared) {
      emit(
        run,
        h.first,
        h.last,
        institution(run, country.country.iso3, shared.suffix),
        'institution',
        [`state:${country.country.iso3}:${country.form}`, `role:${shared.suffix}`, 'coordination'],
        { role: shared.suffix, plural: true },
      );
      return 1;
    }
  }

  // State + role: "Turkish officials", "Russia's army", "Syrian government forces".
  if (country && !person && !entry) {
    let end = i;
    while (roleLike(run, hits[end + 1]) && follows(run, hits[end]!, hits[end + 1], end === i)) end++;
    if (end > i) {
      const role = roleLike(run, hits[end])!;
      const ref = institution(run, country.country.iso3, role.suffix);
      emit(
        run,
        h.first,
        hits[end]!.last,
        ref,
        'institution',
        [`state:${country.country.iso3}:${country.form}`, `role:${role.suffix}`],
        {
          role: role.suffix,
          plural: role.kind !== 'person',
        },
      );
      return end + 1 - i;
    }
  }

  // Named entry + role: "Hamas fighters", "Houthi forces".
  const armedEpithet = candidate(n1, 'epithet').some((c) => c.epithet.target === 'armed');
  if (
    entry &&
    (roleOf(n1, ['institution', 'group', 'armed', 'equipment', 'person']) || armedEpithet) &&
    follows(run, h, n1, true) &&
    // "FAMa soldiers" is the army itself; "Hamas officials" are Hamas, not a state's officials.
    (!STATE_SECTORS.has(entry.sector ?? '') ||
      roleOf(n1)?.sector === entry.sector ||
      // "Taliban fighters": the fighters of a movement that is also a government are its own.
      roleOf(n1)?.kind === 'armed')
  ) {
    emit(
      run,
      h.first,
      n1!.last,
      refOfEntry(entry),
      'entry',
      [`entry:${entry.id}`, `role:${roleOf(n1)?.suffix ?? 'armed'}`],
      { plural: true },
    );
    return 2;
  }

  // Person + role: "the Assad regime", "Haftar's forces".
  if (person && roleOf(n1, ['institution', 'armed']) && follows(run, h, n1, true)) {
    const role = roleOf(n1)!;
    const resolved = resolvePerson(run.dictionary, person, run.date);
    const officeActor = resolved.term?.actor ?? '';
    const officeEntry = run.dictionary.entry(officeActor, run.date);
    let ref: ActorRef;
    if (officeEntry && !STATE_SECTORS.has(officeEntry.sector ?? '')) ref = refOfEntry(officeEntry);
    else {
      const iso3 = person.country ?? resolved.ref.country;
      ref = iso3 ? institution(run, iso3, role.suffix) : resolved.ref;
    }
    emit(run, h.first, n1!.last, ref, 'institution', [`person:${person.id}`, `role:${role.suffix}`], {
      plural: true,
    });
    return 2;
  }

  if (entry) {
    // "talks in Brussels", "outside the Brussels headquarters": an alias that is also a city the
    // geoparser found ("Brussels" for the EU) names the place after a locative preposition.
    if (isPlaceUse(run, h.first) && isPlaceMention(run, h)) return 1;
    // "the Popular Resistance Front" is not "the Resistance Front": a capitalized word the
    // dictionary does not know, right before a multiword name, makes it another, unknown name.
    if (unknownNamePrefix(run, h)) return 1;
    emit(run, h.first, h.last, refOfEntry(entry), 'entry', [`entry:${entry.id}`], {});
    return 1;
  }
  if (person) {
    personMention(run, person, h.first, h.last, []);
    return 1;
  }

  const epithet = candidate(h, 'epithet')[0];
  const role = roleOf(h);
  const before = prevNorm(run, h.first);

  // Epithet or role followed by "in/of" + a state: "the regime in Damascus", "the government of Mali".
  const ofState = stateAfter(run, h, n1);

  const pluralEpithet = /s$/i.test(surf(run, h));
  if (epithet && (epithet.words > 1 || pluralEpithet || hasDeterminer(run, h.first) || ofState)) {
    // "the junta's air force", "the regime soldiers": the role of the state the epithet stands for.
    // "The Kiev regime's militants": in a government's hands, an armed group's name is its forces.
    const target = epithet.epithet.target;
    const fixedState =
      !target.startsWith('focus:') && target !== 'armed' ? run.dictionary.ref(target, run.date) : undefined;
    const governs = target.startsWith('focus:') || fixedState?.sector === 'GOV';
    const armed = governs ? roleOf(n1, ['armed']) : undefined;
    const owned = roleOf(n1, ['institution', 'person']) ?? (armed ? { ...armed, suffix: 'mil' } : undefined);
    const iso3 = target.startsWith('focus:') ? run.focus.iso3 : (fixedState?.country ?? undefined);
    if (!ofState && owned && iso3 && governs && follows(run, h, n1, true)) {
      emit(
        run,
        h.first,
        n1!.last,
        institution(run, iso3, owned.suffix),
        'epithet',
        [`epithet:${surf(run, h)}`, `role:${owned.suffix}`, `focus:${iso3}`],
        { epithet: true, role: owned.suffix, plural: owned.kind !== 'person' },
      );
      return 2;
    }
    resolveEpithet(run, h, epithet.epithet, ofState);
    return ofState ? 2 : 1;
  }

  if (country) {
    const next = token(run, h.last + 1);
    const sameSentence = next && next.sentence === token(run, h.last)!.sentence;
    // A state word right before one of these nouns stands for one of its institutions.
    if (next && sameSentence && !run.hitAt.has(next.i)) {
      for (const rule of STATE_MODIFIER_RULES) {
        if (!rule.forms.includes(country.form) || !rule.nouns.has(next.norm)) continue;
        // "by Russian shelling": the tagger reads a gerund as a verb; the list word decides.
        if (rule.nounOnly && next.pos !== 'NOUN' && !/ing$/.test(next.norm)) continue;
        emit(
          run,
          h.first,
          h.last,
          institution(run, country.country.iso3, rule.sector),
          'institution',
          [`state:${country.country.iso3}:${country.form}`, `${rule.why}:${next.norm}`],
          {},
        );
        return 1;
      }
    }
    if (country.form === 'name') {
      const modifierUse =
        sameSentence &&
        (next.pos === 'NOUN' || next.pos === 'PROPN') &&
        !run.hitAt.has(next.i) &&
        !hyphenVerbAt(run, next.i);
      if (isPlaceUse(run, h.first) || modifierUse) return 1;
      emit(run, h.first, h.last, run.dictionary.ref(country.country.iso3.toLowerCase(), run.date), 'state', [
        `state:${country.country.iso3}:name`,
      ]);
      return 1;
    }
    if (country.form === 'capital') {
      if (isPlaceUse(run, h.first)) return 1;
      const qualifies = (x: Hit) => {
        let t = token(run, x.last + 1);
        const b = prevNorm(run, x.first);
        // "Tehran on Tuesday rejected": a time phrase between the capital and its verb.
        if (t?.norm === 'on' && token(run, x.last + 2)?.pos === 'PROPN') t = token(run, x.last + 3);
        // "recalled its ambassador to Paris", "its envoy from Kinshasa": the capital is the
        // government the envoy is accredited to.
        const envoyTo =
          (b === 'to' || b === 'from') &&
          [2, 3, 4, 5].some((d) => DIPLOMATS.has(token(run, x.first - d)?.norm ?? ''));
        return (
          (t !== undefined &&
            t.sentence === token(run, x.last)!.sentence &&
            (t.pos === 'VERB' ||
              t.pos === 'AUX' ||
              t.text === "'s" ||
              t.text === '’s' ||
              hyphenVerbAt(run, t.i))) ||
          (METONYM_BEFORE.has(b) && b !== 'and') ||
          (b === 'on' && CALL_ON.has(token(run, x.first - 2)?.norm ?? '')) ||
          (b === 'to' && ADDRESS_TO.has(token(run, x.first - 2)?.norm ?? '')) ||
          envoyTo
        );
      };
      const partner =
        n1 && n1.first === h.last + 2 && token(run, h.last + 1)?.norm === 'and' && countryOf(n1, ['capital'])
          ? n1
          : undefined;
      const previousCapital =
        before === 'and' && run.out.at(-1)?.kind === 'metonym' && run.out.at(-1)!.head === h.first - 2;
      // "the Kremlin", "the White House": seats of government are named with "the"; cities are not.
      // "the Kabul-Jalalabad highway": a capital joined by a hyphen to another place is the city
      // ("the Kremlin spokesman" stays the government).
      const seat = before === 'the' && token(run, h.last + 1)?.text !== '-';
      if (seat || qualifies(h) || (partner && qualifies(partner)) || previousCapital) {
        emit(run, h.first, h.last, institution(run, country.country.iso3, 'gov'), 'metonym', [
          `metonym:capital:${country.country.iso3}`,
        ]);
      }
      return 1;
    }
  }
  const people = countryOf(h, ['people']);
  if (people) {
    emit(
      run,
      h.first,
      h.last,
      run.dictionary.ref(people.country.iso3.toLowerCase(), run.date),
      'state',
      [`state:${people.country.iso3}:people`],
      {
        plural: true,
      },
    );
    return 1;
  }

  if (role) {
    // "fighters from HTS", "soldiers of the RDF": the named group is the actor.
    const linker = token(run, h.last + 1)?.norm;
    const owner = n1;
    const ownerEntry = entryOf(run, owner);
    const gap = owner ? owner.first - h.last : 0;
    if (
      (linker === 'from' || linker === 'of') &&
      ownerEntry &&
      (gap === 2 || (gap === 3 && token(run, owner!.first - 1)?.norm === 'the'))
    ) {
      // "fighters from the M23 rebel group": a role word right after the group's name says what
      // the group is; it is part of the same mention, not a second (generic) actor.
      const n2 = run.hits[run.hitAt.get(owner!.first)! + 1];
      const kindWord = n2 && n2.first === owner!.last + 1 && roleOf(n2, ['armed', 'group']) ? n2 : undefined;
      emit(
        run,
        h.first,
        kindWord ? kindWord.last : owner!.last,
        refOfEntry(ownerEntry),
        'entry',
        [`role:${role.suffix}`, `entry:${ownerEntry.id}`, `${linker}:entry`],
        {
          plural: true,
        },
      );
      return kindWord ? 3 : 2;
    }
    // Bare aircraft are a state's air force ("The army said its troops ... Aircraft struck
    // militant positions"); other weapons alone may be anyone's.
    if (
      role.kind === 'equipment' &&
      surf(run, h) === 'aircraft' &&
      (before === '' || before === 'the' || !/^[\p{L}-]/u.test(before))
    )
      resolveBareRole(run, h, { ...role, kind: 'institution' }, ofState);
    if (role.kind === 'equipment') return 1;
    // "our fighters", "our forces": the author's own side, which the text does not name.
    if (before === 'our' || before === 'my') return 1;
    // "outside the parliament": a building, not the institution.
    if (isPlaceUse(run, h.first)) return 1;
    resolveBareRole(run, h, role, ofState);
    return ofState ? 2 : 1;
  }
  return 1;
}

/**
 * A role, or an epithet that names a state's institution ("military junta" after "Myanmar's"),
 * as the role it stands for.
 */
function roleLike(run: Run, hit: Hit | undefined): Pick<RoleRecord, 'suffix' | 'kind'> | undefined {
  const role = roleOf(hit);
  if (role) return role;
  const focus = candidate(hit, 'epithet').find((c) => c.epithet.target.startsWith('focus:'));
  if (focus && run.dictionary.roleBySuffix.has(focus.epithet.target.slice(6))) {
    return { suffix: focus.epithet.target.slice(6), kind: 'institution' };
  }
  return undefined;
}

function refOfEntry(entry: EntryRecord): ActorRef {
  return { id: entry.id, name: entry.name, country: entry.country, sector: entry.sector };
}

/** "X in Damascus" / "X of Syria": the state named right after `in` or `of`, consuming the hit. */
function stateAfter(run: Run, h: Hit, next: Hit | undefined): CountryRecord | undefined {
  if (!next || next.first !== h.last + 2) return undefined;
  const between = token(run, h.last + 1)?.norm;
  if (between !== 'in' && between !== 'of') return undefined;
  return countryOf(next, ['name', 'capital'])?.country;
}

// ---------------------------------------------------------------------------------------------
// Bare roles, epithets and anaphors.

/**
 * Emits a role hit ("police", "residents", "the ministry") as that role's institution of the state
 * `iso3`, citing the role and the one reason that chose the state.
 */
function emitStateRole(
  run: Run,
  h: Hit,
  iso3: string,
  role: RoleRecord,
  kind: MentionKind,
  why: string,
  plural: boolean,
  last = h.last,
): void {
  emit(run, h.first, last, institution(run, iso3, role.suffix), kind, [`role:${role.suffix}`, why], {
    plural,
  });
}

function resolveBareRole(run: Run, h: Hit, role: RoleRecord, ofState: CountryRecord | undefined): void {
  const last = ofState ? run.hits[run.hitAt.get(h.first)! + 1]!.last : h.last;
  if (ofState) {
    emitStateRole(
      run,
      h,
      ofState.iso3,
      role,
      'institution',
      `state:${ofState.iso3}:of`,
      role.kind !== 'person',
      last,
    );
    return;
  }
  const prev = token(run, h.first - 1);
  const word = surf(run, h).toLowerCase();
  // "in Borno state": "state" right after a place's name closes that name; it is no government.
  if (word === 'state' && placeAt(run, h.first - 1) !== undefined) return;
  // "the national penitentiary": "national" before a noun is an adjective, not a foreign national.
  const after = token(run, h.last + 1);
  if (
    word === 'national' &&
    after &&
    after.sentence === token(run, h.last)!.sentence &&
    /^(?:NOUN|ADJ|PROPN)$/.test(after.pos)
  )
    return;
  // "talks with a Hamas delegation ... met the delegation": a definite role word repeating the
  // head of an earlier, named mention is that actor again, not a new one of the focus state.
  if (prev && DETERMINERS.has(prev.norm) && h.first === h.last) {
    const word = token(run, h.last)!.norm;
    const antecedent = findBack(
      run,
      (m) => m.kind !== 'generic' && token(run, m.head)?.norm === word && m.span[1] - m.span[0] > word.length,
      3,
    );
    if (antecedent) {
      emitCoref(
        run,
        h.first,
        h.last,
        antecedent.actor,
        [`role:${role.suffix}`, corefWhy(surf(run, h), antecedent), 'coref:same-head'],
        antecedent,
        { plural: role.kind !== 'person' },
      );
      return;
    }
  }
  // "Manipur authorities", "Kaduna police", "Gaza officials": a place the geoparser resolved,
  // right before a civil institution, gives that institution's state. (Not armies: "Tigray
  // forces" are a region's own fighters, not the state's.)
  const placeState = prev && CIVIL_SECTORS.has(role.sector) ? placeCountry(run, h.first - 1) : undefined;
  if (placeState) {
    emitStateRole(
      run,
      h,
      placeState,
      role,
      'institution',
      `place-modifier:${prev!.text}->${placeState}`,
      role.kind !== 'person',
    );
    return;
  }
  // "Police in Karachi", "authorities in Kano": a resolved place right after a civil institution
  // gives its state too (not armies: "troops in Mali" may be anyone's).
  const placeIn =
    CIVIL_SECTORS.has(role.sector) && role.local && token(run, h.last + 1)?.norm === 'in'
      ? placeAfter(run, h.last)
      : undefined;
  if (placeIn) {
    emitStateRole(
      run,
      h,
      placeIn.iso3,
      role,
      'institution',
      `place-in:${placeIn.text}->${placeIn.iso3}`,
      role.kind !== 'person',
    );
    return;
  }
  // "Army troops", "Police officers" at a sentence's start: a capitalized role word before the
  // role is the same force, not an unknown name or modifier.
  const prevHit = prev ? run.hits[run.hitAt.get(prev.i) ?? -1] : undefined;
  const prevRole = prevHit !== undefined && prevHit.last === prev!.i && candidate(prevHit, 'role').length > 0;
  const inName =
    prev &&
    !prevRole &&
    prev.sentence === token(run, h.first)!.sentence &&
    /^\p{Lu}/u.test(prev.text) &&
    /^\p{Lu}/u.test(token(run, h.first)!.text);
  // "Borno State", "Supreme Court of X" under its own name: part of a proper name we do not know.
  if (inName && prev.pos === 'PROPN') return;
  // "Kurdish forces": an unknown modifier makes the role someone we cannot name.
  if (
    prev &&
    !prevRole &&
    prev.sentence === token(run, h.first)!.sentence &&
    (prev.pos === 'ADJ' || prev.pos === 'PROPN') &&
    /^\p{Lu}/u.test(prev.text)
  ) {
    emit(
      run,
      h.first,
      h.last,
      run.dictionary.ref(role.suffix, run.date),
      'generic',
      [`role:${role.suffix}`, `unknown-modifier:${prev.text}`],
      {
        plural: true,
      },
    );
    return;
  }
  if (role.kind === 'armed') {
    // A state's own paramilitaries ("Thai rangers") are no antecedent of "insurgents".
    const antecedent = findBack(
      run,
      (m) => ARMED_SECTORS.has(m.actor.sector ?? '') && m.kind !== 'generic' && m.kind !== 'institution',
      ARMED_WINDOW,
    );
    if (antecedent) {
      emitCoref(
        run,
        h.first,
        h.last,
        antecedent.actor,
        [`role:${role.suffix}`, corefWhy(surf(run, h), antecedent)],
        antecedent,
        { plural: true },
      );
      return;
    }
    emitGenericRole(run, h, role);
    return;
  }
  if (role.kind === 'group') {
    // "the people of Gaza", "residents of Khan Younis", "civilians in northern Gaza": a place
    // the geoparser resolved right after the group gives its state, whatever the focus.
    const here = role.local ? placeAfter(run, h.last) : undefined;
    if (here) {
      emitStateRole(run, h, here.iso3, role, 'generic', `place:${here.text}->${here.iso3}`, true);
      return;
    }
    const local = run.focus.place ?? run.focus.iso3;
    if (role.local && local) {
      emitStateRole(run, h, local, role, 'generic', `focus:${local}`, true);
      return;
    }
    emitGenericRole(run, h, role);
    return;
  }
  if (role.kind === 'person') {
    // A bare title: only the heads ("the president") resolve, to the last such person or the focus.
    const title = surf(run, h);
    // "shot dead a mayor": one local office holder, the local arm of the state in focus.
    const oneLocal =
      (LOCAL_TITLES.has(title) || role.sector === 'LEG') && ['a', 'an'].includes(prevNorm(run, h.first));
    if (!hasDeterminer(run, h.first) && !oneLocal) return;
    if (!HEAD_TITLES.has(title)) {
      // "the army spokesman": a title of a state force resolves like the force; a civilian
      // title ("the envoy", "the minister") may be anyone's and is left alone.
      // So does a local office ("the mayor of Téra", "the governor"): killed or detained, it is
      // the local arm of the state in focus.
      if (['MIL', 'COP', 'SPY'].includes(role.sector) || LOCAL_TITLES.has(title) || oneLocal)
        resolveInstitution(run, h, role);
      return;
    }
    const holder = findBack(run, (m) => m.person !== undefined && (m.role ?? '').toLowerCase() === title, 3);
    if (holder) {
      emitCoref(run, h.first, h.last, holder.actor, [`title:${title}`, corefWhy(title, holder)], holder, {
        ...(holder.person ? { person: holder.person } : {}),
      });
    } else if (run.focus.iso3) {
      emit(run, h.first, h.last, institution(run, run.focus.iso3, role.suffix), 'institution', [
        `title:${title}`,
        `focus:${run.focus.iso3}`,
      ]);
    }
    return;
  }
  // Institutions: a bare singular needs a determiner ("the ministry"); plurals stand alone.
  const lastWord = run.text.slice(token(run, h.last)!.start, token(run, h.last)!.end);
  // "two policemen", "security personnel", "aircraft" are plural without an -s.
  const plural =
    /(?:s|men|personnel|aircraft)$/i.test(lastWord) ||
    // The head word decides: "riot police", "border police" are as plural as "police".
    ['police', 'military', 'intelligence', 'judiciary'].includes(lastWord.toLowerCase());
  // "killed a policeman", "an army officer": one member of the force, not the institution.
  const member =
    /(?:man|officer|soldier|gendarme|guard|court|tribunal)$/.test(lastWord) &&
    ['a', 'an', 'one'].includes(prevNorm(run, h.first) ?? '');
  // "an army patrol", "an army base": the force as the owner of the asset that was hit.
  const next = token(run, h.last + 1);
  const asset =
    next !== undefined && next.sentence === token(run, h.last)!.sentence && MILITARY_ACTS.has(next.norm);
  // "a military agreement with Pyongyang", "police reform": the role word only classifies a pact
  // or a policy; no force acts or is acted on.
  if (next !== undefined && next.sentence === token(run, h.last)!.sentence && CLASSIFIED_NOUNS.has(next.norm))
    return;
  if (!hasDeterminer(run, h.first) && !plural && !asset && !member) return;
  // "a junta base", "government positions": a government's ground posts are held by its military,
  // and its weapons fired by it ("junta aircraft bombed"); a helicopter stays the government's
  // ("downed a government helicopter").
  const owner =
    asset && role.sector === 'GOV' && (GROUND_POSTS.has(next!.norm) || FORCE_WEAPONS.has(next!.norm))
      ? { ...role, sector: 'MIL', suffix: 'mil' }
      : role;
  resolveInstitution(run, h, owner);
}

/**
 * The state a bare institution belongs to when the focus is unclear but its sentence names one
 * domestic armed group ("Government negotiators and ELN representatives", "ELN guerrillas
 * ambushed an army patrol"): a state's forces and negotiators face its own insurgents far more
 * often than a foreign one's. Several groups of different states decide nothing.
 */
function insurgencyCountry(run: Run, h: Hit): { id: string; country: string } | undefined {
  const sentence = token(run, h.first)?.sentence;
  const at = run.hitAt.get(h.first) ?? 0;
  // Walk out from the hit to both ends of its sentence (hits are in text order).
  let lo = at;
  while (lo > 0 && token(run, run.hits[lo - 1]!.first)?.sentence === sentence) lo--;
  let hi = at;
  while (hi + 1 < run.hits.length && token(run, run.hits[hi + 1]!.first)?.sentence === sentence) hi++;
  let found: { id: string; country: string } | undefined;
  for (let k = lo; k <= hi; k++) {
    const other = run.hits[k]!;
    if (other === h) continue;
    const entry = entryOf(run, other);
    if (!entry?.country || !ARMED_SECTORS.has(entry.sector ?? '')) continue;
    if (found && found.country !== entry.country) return undefined;
    found = { id: entry.id, country: entry.country };
  }
  return found;
}

/** A bare institution or force: the last one of that sector named, else the focus country's. */
function resolveInstitution(run: Run, h: Hit, role: RoleRecord): void {
  const antecedent = findBack(
    run,
    (m) =>
      m.actor.country !== null &&
      m.actor.sector === role.sector &&
      m.kind !== 'generic' &&
      m.kind !== 'epithet',
    2,
  );
  if (antecedent?.actor.country) {
    const ref = institution(run, antecedent.actor.country, role.suffix);
    emitCoref(
      run,
      h.first,
      h.last,
      ref,
      [`role:${role.suffix}`, corefWhy(surf(run, h), antecedent)],
      antecedent,
      {
        plural: true,
      },
    );
    return;
  }
  // A role that is not local ("mediators": third parties by definition) takes no focus country.
  if (!role.local) {
    emitGenericRole(run, h, role);
    return;
  }
  if (run.focus.iso3) {
    emitStateRole(run, h, run.focus.iso3, role, 'institution', `focus:${run.focus.iso3}`, true);
    return;
  }
  const insurgency = insurgencyCountry(run, h);
  if (insurgency) {
    emitStateRole(
      run,
      h,
      insurgency.country,
      role,
      'institution',
      `opponent:${insurgency.id}->${insurgency.country}`,
      true,
    );
    return;
  }
  emitGenericRole(run, h, role, 'focus:unclear');
}

function resolveEpithet(run: Run, h: Hit, epithet: EpithetRecord, ofState: CountryRecord | undefined): void {
  const last = ofState ? run.hits[run.hitAt.get(h.first)! + 1]!.last : h.last;
  const why = [`epithet:${surf(run, h)}`];
  const surface = run.text.slice(token(run, h.first)!.start, token(run, last)!.end);
  const unclear = (reason: string) => {
    const ref = run.dictionary.ref(epithet.fallback, run.date);
    const m = emit(run, h.first, last, ref, 'epithet', [...why, `unclear:${reason}`], { epithet: true });
    run.doc.messages.warn(
      'actor-referent-unclear',
      `"${surface}" is a loaded reference whose referent the document does not make clear (${reason}); coded as the generic actor "${ref.id}". Add context, or a user dictionary entry if the source always means one actor.`,
      m.span,
      'actors',
    );
  };
  const target = epithet.target;
  if (target.startsWith('focus:')) {
    const suffix = target.slice(6);
    const iso3 = ofState?.iso3 ?? run.focus.iso3;
    if (!iso3) {
      unclear(`no single country in focus: ${run.focus.why}`);
      return;
    }
    emit(
      run,
      h.first,
      last,
      institution(run, iso3, suffix),
      'epithet',
      [...why, ofState ? `state:${iso3}:${'in/of'}` : `focus:${iso3}`],
      {
        epithet: true,
      },
    );
    return;
  }
  if (target === 'armed') {
    const antecedent = findBack(
      run,
      (m) => ARMED_SECTORS.has(m.actor.sector ?? '') && m.kind !== 'generic',
      ARMED_WINDOW,
    );
    if (!antecedent) {
      unclear('no armed group named before it');
      return;
    }
    emitCoref(
      run,
      h.first,
      last,
      antecedent.actor,
      [...why, corefWhy(surf(run, h), antecedent)],
      antecedent,
      { epithet: true },
      'epithet',
    );
    return;
  }
  if (target.startsWith('if:')) {
    for (const rule of target.slice(3).split(';')) {
      const [countries, id] = rule.split('=>').map((s) => s.trim()) as [string, string];
      const hit = countries.split(',').find((c) => run.mentioned.has(c.trim().toUpperCase()));
      if (hit && id) {
        emit(
          run,
          h.first,
          last,
          run.dictionary.ref(id, run.date),
          'epithet',
          [...why, `context:${hit.trim()}`],
          { epithet: true },
        );
        return;
      }
    }
    unclear(`none of the conflicts it names (${target.slice(3)}) is mentioned`);
    return;
  }
  emit(run, h.first, last, run.dictionary.ref(target, run.date), 'epithet', why, { epithet: true });
}

/** The most recent earlier mention satisfying `test`, within `window` sentences. */
function findBack(
  run: Run,
  test: (m: ActorMentionInternal) => boolean,
  window: number,
): ActorMentionInternal | undefined {
  const here = run.current;
  for (let k = run.out.length - 1; k >= 0; k--) {
    const m = run.out[k]!;
    if (here - m.sentence > window || m.sentence < run.storyStart) break;
    if (test(m)) return m;
  }
  return undefined;
}

/**
 * "his forces", "its fighters": the owner's actor; a state official's forces are the state's
 * institution of that role (Putin's "his troops" -> rus.mil).
 */
/**
 * The token index `first`, moved back over a date right before it ("said on Tuesday it", "said
 * that on Monday it"), read from the time layer when the pipeline ran it; `first` otherwise.
 */
function skipDateBack(run: Run, first: number): number {
  const times = run.doc.maybe('times');
  if (!times || times.length === 0) return first;
  const inTime = (k: number) => {
    const t = token(run, k);
    return t !== undefined && times.some((m) => m.span[0] <= t.start && t.end <= m.span[1]);
  };
  let k = first;
  if (!inTime(k - 1)) return first;
  while (k > 0 && inTime(k - 1)) k--;
  // The preposition of the date and an adverb before it ("on", "late on").
  if (token(run, k - 1)?.pos === 'ADP') k--;
  if (token(run, k - 1)?.pos === 'ADV' || token(run, k - 1)?.pos === 'ADJ') k--;
  return k;
}

/**
 * The mention that is the subject of the verb at `verb`: the one ending right before it, or right
 * before a comma-enclosed phrase that ends just before it; undefined when none of `candidates`.
 */
function reportingSubject(
  run: Run,
  verb: number,
  candidates: ActorMentionInternal[],
): ActorMentionInternal | undefined {
  let j = verb - 1;
  while (j > 0 && (token(run, j)?.pos === 'AUX' || token(run, j)?.pos === 'ADV')) j--;
  const sentence = token(run, verb)?.sentence;
  if (token(run, j)?.norm === ',') {
    j--;
    while (j > 0 && token(run, j)?.norm !== ',' && token(run, j)?.sentence === sentence) j--;
    if (token(run, j)?.norm !== ',') return undefined;
    j--;
  }
  return candidates.find((m) => m.head === j);
}

/** True for a state, its government or one of its institutions (an owner of state roles). */
function isStateBody(m: ActorMentionInternal): boolean {
  return STATE_SECTORS.has(m.actor.sector ?? '') || m.actor.sector === 'ELI' || m.kind === 'state';
}

function resolveOwned(run: Run, h: Hit, n: Hit, role: RoleRecord, anaphor: AnaphorRecord): void {
  const word = surf(run, h);
  const wantsPerson = word === 'his' || word === 'her';
  const fits = (m: ActorMentionInternal) =>
    wantsPerson ? m.person !== undefined : m.person === undefined && m.kind !== 'generic';
  let owner = findBack(run, fits, anaphor.window + 1);
  if (!owner) return;
  // "Iran vowed revenge against Israel for the killing of its commander": like a bare "its",
  // an owned role points at the clause's subject, the sentence's first fitting mention, unless
  // a later one is the subject of an infinitive ("urged Israel to open its crossings").
  if (!wantsPerson) {
    const sentence = sentenceOf(run, h.first);
    const same = run.out.filter(
      (m) => m.sentence === sentence && m.span[1] <= token(run, h.first)!.start && fits(m),
    );
    const controlled = [...same].reverse().find((m) => token(run, m.head + 1)?.norm === 'to');
    const subject = controlled ?? same[0];
    // "Police raided a newspaper and detained its editor": a role no state body has (an editor,
    // workers) belongs to the nearest owner that is not one, not to the subject.
    const civil =
      subject && isStateBody(subject) && !STATE_SECTORS.has(role.sector)
        ? findBack(run, (m) => m.person === undefined && !isStateBody(m), anaphor.window + 1)
        : undefined;
    if (civil) owner = civil;
    else if (subject) owner = subject;
  }
  const stateBody = isStateBody(owner);
  // "gangs ... storming its police station": a state's police or army is never a gang's or a
  // town's own; it is the state's, resolved like a bare institution.
  if (!stateBody && role.kind === 'institution' && STATE_SECTORS.has(role.sector)) {
    resolveInstitution(run, n, role);
    return;
  }
  const actor =
    stateBody && owner.actor.country ? institution(run, owner.actor.country, role.suffix) : owner.actor;
  emitCoref(
    run,
    h.first,
    n.last,
    actor,
    [`anaphor:${word}`, corefWhy(word, owner), `role:${role.suffix}`],
    owner,
    { plural: true },
  );
}

/**
 * True when mention `m` is the possessor opening an apposition to an earlier mention: "JNIM,
 * al-Qaeda's Sahel branch," (m = al-Qaeda, right after the comma that follows JNIM).
 */
function appositionOwner(run: Run, m: ActorMentionInternal, earlier: ActorMentionInternal[]): boolean {
  const next = token(run, m.head + 1)?.norm;
  if (next !== "'s" && next !== '’s') return false;
  let first = m.head;
  while (first > 0 && token(run, first - 1)!.start >= m.span[0]) first--;
  if (token(run, first - 1)?.norm !== ',') return false;
  return earlier.some((e) => e !== m && e.head === first - 2 && e.actor.id !== m.actor.id);
}

function resolveAnaphor(run: Run, h: Hit, anaphor: AnaphorRecord, last: number): void {
  // "the state of emergency", "the state of siege": a legal condition, not a country.
  if (surf(run, h).toLowerCase() === 'the state' && token(run, h.last + 1)?.norm === 'of') return;
  if (anaphor.after.length > 0) {
    // "the army said on Tuesday it had ...": a date between the verb and "it" is skipped.
    const at = skipDateBack(run, h.first);
    const before = prevNorm(run, at);
    const ok =
      anaphor.after.includes(before) ||
      (before === 'that' && anaphor.after.includes(prevNorm(run, skipDateBack(run, at - 1))));
    // ... and the anaphor is a subject: a verb follows ("said it would"), not "said it and".
    const next = token(run, h.last + 1);
    if (
      !ok ||
      !next ||
      next.sentence !== token(run, h.last)!.sentence ||
      (next.pos !== 'VERB' && next.pos !== 'AUX')
    )
      return;
  }
  const sentence = sentenceOf(run, h.first);
  const within = (m: ActorMentionInternal) =>
    sentence - m.sentence <= anaphor.window && m.sentence >= run.storyStart;
  // Earlier mentions within the window, oldest first (scanned backwards: cost stays local).
  const earlier: ActorMentionInternal[] = [];
  for (let k = run.out.length - 1; k >= 0; k--) {
    const m = run.out[k]!;
    if (!within(m)) break;
    if (m.head < h.first) earlier.unshift(m);
  }
  const isPerson = (m: ActorMentionInternal) => m.person !== undefined;
  let test: (m: ActorMentionInternal) => boolean;
  switch (anaphor.wants) {
    case 'person':
      test = isPerson;
      break;
    case 'group': {
      // A named group, or a person speaking for one ("Houthi spokesman X said the movement ...").
      // Not the owner inside an apposition: in "JNIM, al-Qaeda's Sahel branch, ... the group"
      // the group is JNIM, which the apposition describes. "The group", "the militia" never name
      // an intergovernmental body ("ambushed an AU convoy, the group said" is the attackers);
      // "the organization", "the alliance", "the bloc" may.
      const igo = !NOT_IGO_ANAPHOR.test(surf(run, h));
      const ngo = !ARMED_ANAPHOR.test(surf(run, h));
      test = (m) =>
        (m.kind === 'entry' || m.kind === 'coref' || (m.kind === 'person' && m.actor.sector !== 'ELI')) &&
        !STATE_SECTORS.has(m.actor.sector ?? '') &&
        (ngo || m.actor.sector !== 'NGO') &&
        (igo || m.actor.sector !== 'IGO') &&
        !appositionOwner(run, m, earlier);
      break;
    }
    case 'org':
      test = (m) => !isPerson(m) && m.kind !== 'generic';
      break;
    case 'plural':
      test = (m) => !isPerson(m) && m.kind !== 'epithet';
      break;
    case 'state':
      test = (m) =>
        m.actor.country !== null && (m.kind === 'state' || m.kind === 'metonym' || m.actor.sector === 'GOV');
      break;
    case 'pair': {
      // "The United Nations called on both sides": the subject of the verb that takes the pair as
      // its object is the one speaking to the two sides, never one of them.
      let verb = h.first - 1;
      if (['on', 'to', 'with', 'between'].includes(token(run, verb)?.norm ?? '')) verb--;
      const verbToken = token(run, verb);
      // Not when the pair opens a clause of its own ("Cairo and Doha said the two delegations
      // would meet"): there the speakers are the two sides.
      const after = token(run, last + 1);
      const opensClause = after?.pos === 'VERB' || after?.pos === 'AUX';
      const subject =
        verbToken?.pos === 'VERB' && verbToken.sentence === sentence && !opensClause
          ? earlier.findLast((m) => m.sentence === sentence && m.head < verb)
          : undefined;
      const picked: ActorMentionInternal[] = [];
      for (let k = earlier.length - 1; k >= 0 && picked.length < 2; k--) {
        const m = earlier[k]!;
        if (m.kind === 'generic' || m.actor.id === subject?.actor.id) continue;
        if (!picked.some((p) => p.actor.id === m.actor.id)) picked.push(m);
      }
      if (picked.length === 2) {
        for (const m of picked.reverse()) {
          emitCoref(
            run,
            h.first,
            h.last,
            m.actor,
            [`anaphor:${surf(run, h)}`, corefWhy(surf(run, h), m)],
            m,
            {
              plural: true,
            },
          );
        }
      }
      return;
    }
  }
  // A possessive ("its base", "their spokesman") points at the clause's subject far more often
  // than at the nearest name: "Kenya accused Somalia of violating its airspace", "the army said
  // it repelled an attack by JNIM on its base". The sentence's first fitting mention wins.
  const possessive = ['its', 'their', 'the country'].includes(surf(run, h).toLowerCase());
  if (possessive) {
    const first = earlier.find((m) => m.sentence === sentence && test(m));
    if (first) earlier.splice(0, earlier.length, first);
  }
  // "JNIM, which is linked to al-Qaeda, said it attacked": "it" after a reporting verb is the
  // verb's subject, found over a comma-enclosed relative clause or apposition before the verb.
  if (anaphor.after.length > 0) {
    const speaker = reportingSubject(run, skipDateBack(run, h.first) - 1, earlier.filter(test));
    if (speaker) earlier.splice(0, earlier.length, speaker);
  }
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k]!;
    if (!test(m)) continue;
    // "the group" names what the antecedent is; a state is coded as the state, not its people.
    const actor =
      anaphor.wants === 'state' && m.actor.country
        ? run.dictionary.ref(m.actor.country.toLowerCase(), run.date)
        : m.actor;
    emitCoref(run, h.first, last, actor, [`anaphor:${surf(run, h)}`, corefWhy(surf(run, h), m)], m, {
      ...(m.person && anaphor.wants === 'person' ? { person: m.person } : {}),
    });
    return;
  }
  // "The state arrested three journalists": with no state before it, "the state" acting as a
  // subject is the government of the country in focus, as "the government" would be. Not after a
  // first-level division ("In Kaduna, the state said"): there it may be that federated state.
  const next = token(run, last + 1);
  const start = token(run, h.first)!.start;
  const divisionBefore = () =>
    (run.doc.maybe('places') ?? []).some((p) => p.feature === 'admin1' && p.span[0] < start);
  if (
    surf(run, h).toLowerCase() === 'the state' &&
    run.focus.iso3 &&
    next?.sentence === token(run, last)!.sentence &&
    (next.pos === 'VERB' || next.pos === 'AUX') &&
    !divisionBefore()
  )
    emit(run, h.first, last, institution(run, run.focus.iso3, 'gov'), 'institution', [
      'anaphor:the state',
      'no-antecedent',
      `focus:${run.focus.iso3}`,
    ]);
}
