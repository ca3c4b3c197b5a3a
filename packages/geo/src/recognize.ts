/**
 * @module recognize
 * Finds toponyms: capitalized name sequences (with Arabic article particles such as "al-", "ash-")
 * checked against the gazetteer, plus unknown names that a strong context marks as a place
 * ("the town of X", "X province"). People, organizations, sentence-initial words and demonyms are
 * kept out by the small passes below.
 */
import type { Span } from '@sitrep/model';
import { type Analysis, tokenAt } from '@sitrep/nlp';
import { foldName, looseName } from './fold';
import type { Candidate, Gazetteer } from './place';
import { scanFrom, startTable } from './scan-from';

/** What the words around a name say about it. */
export type Cue =
  /** "X province", "the X governorate": a first-level division. */
  | 'admin'
  /** "the town of X", "X village": a settlement. */
  | 'settlement'
  /** "the X crossing", "X camp". */
  | 'facility'
  /** "in X", "near X", "west of X": a location, kind unknown. */
  | 'locative'
  | null;

/** A recognized toponym before resolution. */
export interface Toponym {
  span: Span;
  text: string;
  candidates: Candidate[];
  cue: Cue;
  /** `modifier` when the name qualifies an organization or actor ("Aleppo police"). */
  role: 'place' | 'modifier';
  /** The words after the name that made it a place ("province", "crossing"), if any. */
  typeWord: string | null;
}

// Regexes with Unicode property classes, made once: the bundle targets Node 20 and esbuild turns
// each such literal into a `new RegExp(...)` evaluated where it stands, i.e. per word in the loops.
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const PAIR_AFTER = /^,\s*\p{Lu}/u;
const CAPS_POSSESSIVE = /(?<=\p{Lu})['’]S$/u;
const SAINT_POSSESSIVE = /^['’]s((?:\s+\p{Lu}[\p{L}-]*){1,3})/u;
const SHORT_CAPITALS = /^\p{Lu}{2,5}$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
/** "County" or "counties" after a name ("Jackson County"). */
const COUNTY_WORD = /^(?:county|counties)$/i;
/** "Gaza City": a town the gazetteer may name bare. */
const CITY_END = /\s+City$/;
/** "Loudon Co.": the abbreviation of County after a name. */
const COUNTY_ABBREVIATION = /^ Co\.(?!\p{L})/u;
/** A capitalized word and "of" (and "the") before a name: "Ministry of Commerce". */
const NAME_OF_BEFORE = /\p{Lu}[\p{L}.]*\s+of\s+(?:the\s+)?$/u;
/** One to three capitals: a school's initials ("Watertown-ML"). */
const INITIALS = /^\p{Lu}{1,3}$/u;

const ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|er|es|esh|et|en|ul|ud|ad-dh)';
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’‘ʿʾ`]*";
// "St. Louis" ("ST. LOUIS" in a dateline), and dotted abbreviations: "U.S.", "W.Va.", "N.H.".
// After a space only a one- or two-letter piece continues an abbreviation ("W. Va."), so a title
// that follows one stays out of it ("U.S. Sens.", "U.S. Rep.").
// "U.S", "N.Y" (the last dot left out) are the same abbreviations; "Sault Ste. Marie".
const PART = `(?:(?:Ste|STE|St|Ft|Mt|ST|FT|MT)\\.|\\p{Lu}[a-z]{0,3}\\.(?:\\p{Lu}[a-z]{0,3}\\.| \\p{Lu}[a-z]?\\.)+|\\p{Lu}[a-z]{0,3}\\.(?:\\p{Lu}[a-z]{0,3}\\.)*\\p{Lu}[a-z]{0,3}(?![\\p{L}\\p{M}'’.])|${CAP})`;
// French and Romance connectors inside hyphenated names ("Port-au-Prince", "Châlons-en-Champagne"),
// and the Persian, Pashto and Urdu ezafe ("Pul-e-Khumri", "Nad-e-Ali", "Dasht-e-Archi").
const CONNECTOR = '(?:au|aux|du|des|de|la|le|les|sur|sous|lès|e|i|ye)';
/**
 * A name sequence: capitalized parts joined by spaces or hyphens, articles allowed between them.
 * A short number may end a name ("Checkpoint 7", "Camp 4").
 */
export const SEQUENCE = new RegExp(
  `(?:${ARTICLE}-)?${PART}(?:(?:(?: |-)(?:${ARTICLE}[- ])?|-${CONNECTOR}-)${PART})*(?: \\d{1,3}(?![\\d.,:]\\d))?`,
  'gu',
);
/**
 * "Strait of Hormuz", "Gulf of Mexico", "Trinidad and Tobago", "Bosnia and Herzegovina", "Rio de
 * Janeiro", "Mocímboa da Praia", "Nioro du Sahel", "Ciudad del Este": a name joined by "of", "and"
 * or a Romance connector written with spaces, kept when the gazetteer has it whole.
 */
export const OF_NAME = new RegExp(
  `${CAP}(?: ${CAP})? (?:of|and|de(?: la| las| los)?|da|das|do|dos|du|del|della|di|des) (?:the )?${CAP}(?: ${CAP})?`,
  'gu',
);

// Both scans try their regex only where a match can start (scan-from.ts): a capital, or for a
// sequence an article particle "al-", "ash-", "ad-dh-" (a, e or u with a hyphen two or three
// characters on); non-ASCII positions are always tried. Same matches as `text.matchAll`.
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SEQUENCE_AT = new RegExp(SEQUENCE.source, 'uy');
const SEQUENCE_STARTS = startTable(CAPITALS, 'aeu');
const articleHyphen = (text: string, i: number) =>
  text.charCodeAt(i + 2) === 45 || text.charCodeAt(i + 3) === 45;
const OF_NAME_AT = new RegExp(OF_NAME.source, 'uy');
const OF_NAME_STARTS = startTable(CAPITALS);

/** The matches of `SEQUENCE` in `text`, as `text.matchAll(SEQUENCE)` finds them. */
export function sequenceMatches(text: string): RegExpExecArray[] {
  return scanFrom(text, SEQUENCE_AT, SEQUENCE_STARTS, articleHyphen);
}

/** The matches of `OF_NAME` in `text`, as `text.matchAll(OF_NAME)` finds them. */
export function ofNameMatches(text: string): RegExpExecArray[] {
  return scanFrom(text, OF_NAME_AT, OF_NAME_STARTS);
}
const PART_RE = new RegExp(`(?:${ARTICLE}-)?${PART}|\\d{1,3}`, 'gu');

/** Capitalized words that are almost never places in running text. */
const STOP = new Set(
  (
    'the a an this that these those there here he she it we they i you his her its our their my your ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr prof president minister general gen col ' +
    'capt lt sgt sen rep gov governor senator judge king queen prince pope sheikh officer police army ' +
    'but and or if when while after before since during according however meanwhile also yet so then ' +
    'in on at to from by for of with as about into near over under between god allah islamic state ' +
    'news press reuters associated afp ap bbc cnn times post today tonight yesterday tomorrow mt st ft ' +
    'north south east west northern southern eastern western central new old great saint san santa ' +
    'christmas easter ramadan eid photo video update breaking read more click home page sign government ' +
    'ministry council congress parliament court university college school hospital church mosque ' +
    'republic democrats republicans party union national international federal company group inc ltd ' +
    'county city town village province region district street road avenue metropolitan greater downtown ' +
    'upstate downstate suburban northeast northwest southeast southwest northeastern northwestern ' +
    'southeastern southwestern another every each both several many most metro ' +
    // Sentence-leading numbers and modifiers before a place ("Two Richmond officers", "Former
    // Arkansas Gov.", "Senior EU officials"); "Vice" of "Vice-President", "Vice Chancellor".
    'one two three four five six seven eight nine ten eleven twelve dozens hundreds only former senior ' +
    'vice'
  ).split(' '),
);
/** Compass abbreviations before a town ("N.W. Rochester"), folded: they lead a name like "North". */
const COMPASS = new Set(['n', 's', 'e', 'w', 'n w', 'n e', 's w', 's e', 'nw', 'ne', 'sw', 'se']);

/** Titles before a name that make it a person. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof president minister gen general col colonel capt captain lt lieutenant sgt ' +
    'sergeant sen senator rep representative gov governor judge king queen prince princess pope sheikh ' +
    'imam bishop rev father sir lord lady mayor chief commander coach officer detective deputy agent ' +
    'spokesman spokeswoman spokesperson secretary ambassador envoy premier chancellor emir sultan ' +
    // Local office holders ("Litchfield Selectman Marsha Bernstein", "Columbus attorney").
    'selectman selectwoman alderman alderwoman councilman councilwoman councillor councilor ' +
    'commissioner supervisor superintendent trustee attorney sheriff treasurer assemblyman ' +
    'assemblywoman congressman congresswoman'
  ).split(' '),
);

/** Words after a place name that turn the whole into an organization the name qualifies ("PD": "Slidell PD"). */
const ORG_WORDS = new Set(
  (
    'police department university college school hospital council army force forces brigade battalion ' +
    'company corporation bank airport airlines times post herald tribune journal news club fc united ' +
    'city-council government ministry office court church mosque museum library center centre ' +
    'institute association committee party front movement regiment division corps fire sheriff ' +
    'high elementary middle academy stadium hotel mall station society pd'
  ).split(' '),
);

/**
 * Last words of a street, square, site, building or small water body's name ("Royal Street",
 * "Barclays Center", "Kishwaukee River"). Not schools, universities or clubs: those are
 * organizations first.
 */
export const FACILITY_END = new Set(
  (
    'street st. avenue ave. road rd. boulevard blvd. drive lane square plaza center centre stadium ' +
    'arena hospital church cathedral mosque temple market mall bridge estate tower park airport hotel ' +
    'hall house theatre theater library museum station prison jail courthouse river creek lake township'
  ).split(' '),
);

/**
 * Last words of the names of parks, squares, townships, estates and waters, which are named after
 * people or faraway towns ("Hopkins Park" in DeKalb, "Kish River"), not found in the town they name.
 */
const AREA_END = new Set('park square township estate river lake creek'.split(' '));

/** Last words of a street's name. */
export const STREET_END = new Set('street st. avenue ave. road rd. boulevard blvd. drive lane'.split(' '));

/** Words after a name that say what kind of place it is (no prototype: "constructor" is no key). */
const TYPE_AFTER: Record<string, Cue> = Object.assign(Object.create(null) as Record<string, Cue>, {
  province: 'admin',
  provinces: 'admin',
  governorate: 'admin',
  governorates: 'admin',
  oblast: 'admin',
  region: 'admin',
  district: 'admin',
  county: 'admin',
  counties: 'admin',
  parishes: 'admin',
  districts: 'admin',
  parish: 'admin',
  countryside: 'settlement',
  city: 'settlement',
  town: 'settlement',
  village: 'settlement',
  villages: 'settlement',
  neighbourhood: 'settlement',
  neighborhood: 'settlement',
  suburb: 'settlement',
  outskirts: 'settlement',
  crossing: 'facility',
  checkpoint: 'facility',
  camp: 'facility',
  border: 'locative',
  area: 'locative',
});

/** A verb of speech right after a name: "said", "says", "told". */
const SPEECH_AFTER =
  /^['’]?s?\s+(?:said|says|told|explained|wrote|argued|noted|insisted|recalled|tweeted|stated|added|testified|replied|admitted|acknowledged)\b/;

/** Words before a name that make it a location. */
const LOCATIVE_BEFORE =
  /(?:\b(?:in|at|near|from|to|into|outside|around|across|toward|towards|through|via|inside|throughout|between|reach(?:ed)?|entered|captured|shelled|bombed|struck|hit|seized|besieged|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|besieged|embattled|nearby|neighbouring|neighboring|key|strategic|coastal|border|frontline|front-line)\s+)?(?:(?:city|town|village|district|province|governorate|region|area|suburb|camp|port|capital)\s+(?:of\s+)?)?)$/i;
/**
 * The words LOCATIVE_BEFORE can end with (before its trailing spaces), lowercased; "line" of
 * "front-line". A cheap necessary condition: the regex, anchored at the end, is tried from every
 * start in the 60 characters before a name.
 */
const LOCATIVE_WORDS = new Set(
  (
    'in at near from to into outside around across toward towards through via inside throughout between ' +
    'reach reached entered captured shelled bombed struck hit seized besieged of the northern southern ' +
    'eastern western central rural besieged embattled nearby neighbouring neighboring key strategic ' +
    'coastal border frontline line city town village district province governorate region area suburb ' +
    'camp port capital'
  ).split(' '),
);

/**
 * The run of ASCII letters right before the trailing white space of `text`, lowercased ('' when
 * there is no trailing space or no such run). A word of LOCATIVE_BEFORE ends there when it matches:
 * its words are ASCII letters (and a hyphen, inside "front-line"), each after a space or a \b.
 */
function lastAsciiWord(text: string): string {
  let k = trimmedEnd(text);
  if (k === text.length) return '';
  const end = k;
  while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  return text.slice(k, end).toLowerCase();
}

/** Where `text` ends without its trailing white space. */
function trimmedEnd(text: string): number {
  let k = text.length;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** A-Z or a-z. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What `\s` matches in a JavaScript regex (white space and line terminators), by code unit. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const SETTLEMENT_BEFORE =
  /\b(?:city|town|village|villages|towns|cities|hamlet|suburb|settlement|port)\s+of\s+$/i;
const ADMIN_BEFORE = /\b(?:province|governorate|region|district|state|county|oblast)\s+of\s+$/i;

/** Words after a sentence-initial capitalized word that show it is a verb or adverb, not a name. */
const SENTENCE_VERB_NEXT = new Set(
  'the a an his her their its this that these those our my your to with for up out them him it us'.split(' '),
);

/** After a dateline's place: ", Ohio (AP) —", " (AP) --", " –"; then the story (no ":", headlines use it). */
// Also "MAINEVILLE, Ohio (AP)  Some" (an agency without a dash) and "FALLS VILLAGE—The" (a dash
// without a space).
const DATELINE_AFTER =
  /^(?:\s*,\s*[\p{Lu}][\p{L}. ]{1,30})?\s*(?:(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-)\s|\((?:AP|Reuters|AFP|UPI)\)\s+(?=\p{Lu})|[—–](?=\p{Lu}))/u;

/** Words for people after a town's name in a headline ("Lancaster girl", "Clinton couple"). */
const RESIDENT_AFTER = new Set(
  'man woman men women boy girl boys girls teen teens teenager teenagers couple family resident residents student students driver mother father'.split(
    ' ',
  ),
);

/** Demonym endings ("Turkish", "Syrian", "Iraqis"): such words are actors, not places. */
const DEMONYM = /(?:ish|ian|ians|ese|ean|eans|an|ans|i|is|ic|ch)$/;

interface Part {
  start: number;
  end: number;
  text: string;
}

/**
 * Recognizes toponyms in a document.
 *
 * @param text
 *   The document text.
 * @param analysis
 *   Its `nlp` layer (sentence starts and POS keep sentence-initial words out).
 * @param gazetteer
 *   Where names are looked up.
 */
export function recognize(text: string, analysis: Analysis, gazetteer: Gazetteer): Toponym[] {
  const found: Toponym[] = [];
  // Surnames of people seen so far ("Chiquita Raquel Henry" → "Henry" is not a place later on).
  const people = new Set<string>();
  // Per mode (typos and `minimum`: -1 - minimum with typos, minimum without), then name: no key
  // string to build for each of the many sub-spans looked up.
  const cache = new Map<number, Map<string, Candidate[]>>();
  // `minimum`: loose candidates below it are of no use here; the gazetteer can skip them unbuilt.
  const lookup = (name: string, typos: boolean, minimum = 0) => {
    const mode = typos ? -1 - minimum : minimum;
    let byName = cache.get(mode);
    if (!byName) {
      byName = new Map();
      cache.set(mode, byName);
    }
    let hit = byName.get(name);
    if (!hit) {
      hit = gazetteer.lookup(name, { typos, minSimilarity: minimum });
      // "St. Petersburg" is GeoNames' "Saint Petersburg", "Mt. Pleasant" its "Mount Pleasant".
      const other = otherAbbreviation(name);
      if (other) {
        const seen = new Set(hit.map((c) => c.place.id));
        const extra = gazetteer
          .lookup(other, { minSimilarity: 1 })
          .filter((c) => c.how === 'exact' && !seen.has(c.place.id));
        if (extra.length > 0) hit = [...hit, ...extra];
      }
      // "Gaza City", "Hebron City", "Dublin City Council": reporting adds "City" to a town the
      // gazetteer names bare. The bare name's towns compete as exact matches, chosen in context like
      // the bare name ("Alexandria City" in a Virginia story stays in Virginia), beside any real
      // "X City" (Dublin City, Ireland, for the council of Dublin, Ohio) and instead of a loose match
      // to one elsewhere (Gaza City → Gas City, Indiana).
      if (CITY_END.test(name)) {
        const seen = new Set(hit.map((c) => c.place.id));
        const bare = gazetteer
          .lookup(name.replace(CITY_END, ''), { minSimilarity: 1 })
          .filter(
            (c) =>
              c.how === 'exact' &&
              (c.place.feature === 'city' || c.place.feature === 'village') &&
              !seen.has(c.place.id),
          );
        if (bare.length > 0) hit = [...bare, ...hit];
      }
      byName.set(name, hit);
    }
    return hit;
  };

  // False only when `lookup(name, typos, minimum)` surely finds nothing, whatever the cue: the
  // gazetteer has neither key of the name, no "St."/"Mt."/"Ft." or "X City" rewrite applies, and
  // no typo search can run (only for one word of 7+ loose letters, and only with a cue).
  const mayName = (name: string, single: boolean) =>
    (gazetteer.mayMatch?.(name) ?? true) ||
    otherAbbreviation(name) !== null ||
    CITY_END.test(name) ||
    (single && looseName(name).length >= 7);

  // (One closure for every judge call: true when the gazetteer has a town of exactly this name.)
  const isTown = (n: string) =>
    lookup(n, false, 1).some(
      (c) => c.how === 'exact' && (c.place.feature === 'city' || c.place.feature === 'village'),
    );

  // Exact candidates of `name` only: the index's exact-key test first, so that the many names the
  // pre-passes and the county fallback try, most of them in no gazetteer, cost no full lookup.
  const exactOf = (name: string) =>
    gazetteer.hasExact(name) ? lookup(name, false, 1).filter((c) => c.how === 'exact') : [];

  // Names with "of" inside that the gazetteer holds whole; the sequences they cover are skipped.
  const ofNames: Span[] = [];
  for (const m of ofNameMatches(text)) {
    // ("Newfoundland and Labrador's ties": without the possessive.)
    const name = m[0].replace(/['’]s?$/, '');
    const candidates = lookup(name, false, 1).filter((c) => c.how === 'exact');
    if (candidates.length === 0) continue;
    const span: Span = [m.index, m.index + name.length];
    ofNames.push(span);
    found.push({ span, text: name, candidates, cue: null, role: 'place', typeWord: null });
  }
  const insideOfName = (start: number) => ofNames.some(([a, b]) => start >= a && start < b);

  // Surnames from full names with a known given name ("Elizabeth Fairfield", "Andrew Trapani"):
  // alone and without a cue, that word is the person in this document, even when it is also a
  // well-known town (the rule for other unknown full names below leaves such towns alone).
  // The name sequences, split into parts, are found once: the surname pass and the main pass read
  // the same list (the SEQUENCE scan over the whole text and the split were done twice).
  const sequences: Part[][][] = [];
  // "at", "an", "as" between capitalized words are Arabic articles in "Marat an Noman" but English
  // words in "Agriculture Park at Wana", "University of Nebraska at Omaha": the sequence is split
  // there unless the gazetteer has a name across the particle.
  // (0.88: the bar for a loose match without a cue; loose matching drops the particle, so "Park at
  // Wana" is 0.82 from Porcuna, Spain.)
  const acrossParticle = (name: string) =>
    lookup(name, false, 0.88).some((c) => c.how === 'exact' || c.similarity >= 0.88);
  for (const m of sequenceMatches(text))
    sequences.push(
      splitParts(m[0], m.index).flatMap((g) => splitAtEnglishParticles(g, text, acrossParticle)),
    );
  const surnames = new Set<string>();
  const given = gazetteer.lexicon?.people;
  if (given) {
    for (const groups of sequences)
      for (const parts of groups) {
        if (parts.length < 2 || parts.length > 3) continue;
        const first = foldName(parts[0]!.text);
        if (!given.has(first) || STOP.has(first)) continue;
        const last = parts.at(-1)!.text;
        if (!TITLE_CASE.test(last)) continue;
        const whole = text.slice(parts[0]!.start, parts.at(-1)!.end);
        if (lookup(whole, false, 1).some((c) => c.how === 'exact')) continue;
        surnames.add(foldName(last));
      }
  }

  // Context is a pure function of an offset in `text`, and every sub-span (i, j) of a sequence
  // shares its start with the other spans from part i and its end with those to part j: remember
  // it per offset instead of re-slicing and re-running the regexes for each span.
  const befores = new Map<number, Before>();
  const beforeAt = (start: number) => {
    let b = befores.get(start);
    if (!b) {
      b = new Before(text.slice(Math.max(0, start - 60), start));
      befores.set(start, b);
    }
    return b;
  };
  // A name after a title ("President Donald Trump", "Attorney Wang Quanzhang", "said Mayor Ann
  // Wright") or with a middle initial ("Gino D. Bassett"): its last word, alone and without a cue, is
  // that person in this document too ("Trump's agenda", "Bassett is accused").
  for (const groups of sequences)
    for (const parts of groups) {
      const t = parts.findIndex((p) => TITLES.has(foldName(p.text.replace(/\.$/, ''))));
      const titled =
        t >= 0 && t < parts.length - 1
          ? parts.slice(t + 1)
          : TITLES.has(beforeAt(parts[0]!.start).previousWord ?? '')
            ? parts
            : null;
      if (!titled || titled.length > 3) continue;
      // Every word of it: which one is the family name depends on the language ("Wang Quanzhang").
      // "Mr. Arlington" (a nickname), "Bishop Auckland": as for unknown full names below ("Rodeo
      // Gainesville"), a town of 50,000 is left alone.
      for (const { text: word } of titled)
        if (
          TITLE_CASE.test(word) &&
          !STOP.has(foldName(word)) &&
          !exactOf(word).some((c) => c.place.population >= 50_000)
        )
          surnames.add(foldName(word));
    }
  // (Read from the name sequences, which stop at an initial's dot: "Gino D" then "Bassett".)
  const groupAt = new Map<number, Part[]>();
  for (const groups of sequences) for (const parts of groups) groupAt.set(parts[0]!.start, parts);
  for (const groups of sequences)
    for (const parts of groups) {
      // ("Judge Thomas B. Hoover": the word before the initial is the given name.)
      const given = parts.at(-2);
      if (!given || !PLAIN_WORD.test(given.text) || STOP.has(foldName(given.text))) continue;
      let initial = parts.at(-1)!;
      let surname: Part | undefined;
      for (let k = 0; k < 2 && ONE_CAPITAL.test(initial.text) && text.startsWith('. ', initial.end); k++) {
        const after = groupAt.get(initial.end + 2);
        surname = after?.[0];
        if (after?.length !== 1 || !surname || !ONE_CAPITAL.test(surname.text)) break;
        initial = surname;
      }
      if (surname && PLAIN_WORD.test(surname.text)) surnames.add(foldName(surname.text));
    }
  // Any other full name of two or three plain words the gazetteer does not hold ("Bryan Harman",
  // though Bryan is a town): its last word is that person later on, unless it is a town of 50,000,
  // a first-level division or a country ("Rodeo Gainesville"), or a word that names a kind of place
  // or organization ("Falls Village"; "Boston Globe" adds a word no later mention would match).
  for (const groups of sequences)
    for (const parts of groups) {
      if (parts.length < 2 || parts.length > 3) continue;
      if (!parts.every((p, k) => PLAIN_WORD.test(p.text) && (k === 0 || text[p.start - 1] === ' '))) continue;
      const first = foldName(parts[0]!.text);
      const lastWord = parts.at(-1)!.text;
      const last = foldName(lastWord);
      if (STOP.has(first) || TITLES.has(first) || STOP.has(last) || TITLES.has(last)) continue;
      // ("Trailing Watertown's": a sentence's first word that is no name.)
      if (leadsWithOrdinaryWords(analysis, text, parts, 1)) continue;
      if (ORG_WORDS.has(last) || FACILITY_END.has(last) || TYPE_AFTER[last] || RESIDENT_AFTER.has(last))
        continue;
      if (exactOf(text.slice(parts[0]!.start, parts.at(-1)!.end)).length > 0) continue;
      if (
        exactOf(lastWord).some(
          (c) =>
            c.place.population >= 50_000 || c.place.feature === 'admin1' || c.place.feature === 'country',
        )
      )
        continue;
      surnames.add(last);
    }

  const nextWords = new Map<number, string>();
  const next = (offset: number) => {
    let w = nextWords.get(offset);
    if (w === undefined) {
      w = nextWord(text, offset);
      nextWords.set(offset, w);
    }
    return w;
  };
  const afterWords = new Map<number, string>();
  const afterWordAt = (end: number) => {
    let w = afterWords.get(end);
    if (w === undefined) {
      // "Barrow and Jackson counties": the type word after a list applies to each name in it.
      // "Loudon Co." is Loudon County.
      w =
        listTypeWord(text, end) ??
        (COUNTY_ABBREVIATION.test(text.slice(end, end + 5)) ? 'county' : next(end));
      afterWords.set(end, w);
    }
    return w;
  };

  const bareCounties: { toponym: Toponym; next: number }[] = [];
  // Datelines in capitals the gazetteer does not know ("HARWINTON —", "RIDGE FARM, Ill. (AP) —"):
  // the report's own town, a place however unknown; its later mentions ("the Harwinton Senior
  // Center", "Sharon and Falls Village") are that place too. Folded names.
  const unknownDatelines = new Set<string>();
  for (const groups of sequences) {
    const parts = groups[0];
    if (!parts || groups.length > 1) continue;
    const name = text.slice(parts[0]!.start, parts.at(-1)!.end);
    if (!/^[\p{Lu}\s.'’-]+$/u.test(name) || !THREE_CAPITALS.test(name)) continue;
    if (!DATELINE_AFTER.test(text.slice(parts.at(-1)!.end, parts.at(-1)!.end + 40))) continue;
    if (!isSentenceInitialWord(analysis, parts[0]!.start, text)) continue;
    const folded = foldName(name);
    if (STOP.has(folded) || lookup(name, false, 1).some((c) => c.how === 'exact')) continue;
    unknownDatelines.add(folded);
  }
  for (const groups of sequences)
    for (const parts of groups.filter((p) => !insideOfName(p[0]!.start))) {
      const bareCounty = (i: number): { toponym: Toponym; next: number } | null => {
        // The whole capitalized run, or its start before a court's or an office's words ("Kanawha
        // Circuit Court", "DuPage Sheriff"): not the first name of "Glenn Polk AutoPlex".
        // ("While Clarke and Oconee update ...": after ordinary leading words too.)
        if (i !== 0 && !leadsWithOrdinaryWords(analysis, text, parts, i)) return null;
        for (let j = Math.min(parts.length, i + 2); j > i; j--) {
          const words = parts.slice(i, j);
          const after = parts[j]?.text.toLowerCase();
          if (after !== undefined && !COUNTY_OFFICE.has(after) && !ORG_WORDS.has(after) && !TITLES.has(after))
            continue;
          if (!words.every((p, k) => PLAIN_WORD.test(p.text) && (k === 0 || text[p.start - 1] === ' ')))
            continue;
          const name = text.slice(words[0]!.start, words.at(-1)!.end);
          const folded = foldName(name);
          const lexicon = gazetteer.lexicon;
          if (STOP.has(folded) || lexicon?.words.has(folded) || lexicon?.people.has(folded)) continue;
          // ("Christian", "Swedish": adjectives first.)
          if (/(?:ish|ian|ese)$/.test(folded)) continue;
          if (surnames.has(folded) || people.has(folded) || TITLES.has(folded)) continue;
          if (!gazetteer.hasExact(`${name} County`) && !gazetteer.hasExact(`${name} Parish`)) continue;
          if (i === 0 && j === parts.length && isSentenceInitialWord(analysis, words[0]!.start, text)) {
            // A sentence's first word is a county only before an organization word ("Henrico police")
            // or its state ("Vanderburgh, Ind., County prosecutors").
            const pair = PAIR_AFTER.test(text.slice(words.at(-1)!.end, words.at(-1)!.end + 4));
            if (!ORG_WORDS.has(next(words.at(-1)!.end).toLowerCase()) && !pair) continue;
          }
          const candidates = [`${name} County`, `${name} Parish`].flatMap((n) =>
            exactOf(n).filter((c) => c.place.feature === 'admin2'),
          );
          if (candidates.length === 0) continue;
          return {
            toponym: {
              span: [words[0]!.start, words.at(-1)!.end],
              text: name,
              candidates,
              cue: 'admin',
              role: 'place',
              typeWord: null,
            },
            next: j,
          };
        }
        return null;
      };
      let i = 0;
      while (i < parts.length) {
        // "Royal Street", "Barclays Center": a street, square or building the gazetteer does not
        // hold is one facility mention, not its first word's namesake town ("Hampton Avenue" is not
        // Hampton, Virginia). The stage places it, when it can, at the document's main town.
        const last = parts.at(-1)!;
        // "Lake Robinson": a lake named after its first word.
        const lakeFirst = parts[i]!.text === 'Lake' && parts.length - i === 2;
        if (
          (FACILITY_END.has(last.text.toLowerCase()) || lakeFirst) &&
          parts.length - i >= 2 &&
          leadsWithOrdinaryWords(analysis, text, parts, i) &&
          !STOP.has(foldName(parts[i]!.text))
        ) {
          const name = text.slice(parts[i]!.start, last.end);
          const exact = lookup(name, false, 1).filter((c) => c.how === 'exact');
          // A building named after its town is in that town ("Hartford Hospital", "Laurel County
          // Detention Center"): the town stays the mention. A street named after a town is not, nor
          // a park, square, township, estate or water ("Hopkins Park", "Madison Township",
          // "Washington Square"): they carry a person's or a faraway town's name in the town the
          // story is about, where the stage places them.
          const street = STREET_END.has(last.text.toLowerCase()) || AREA_END.has(last.text.toLowerCase());
          const named =
            !street &&
            parts.slice(i, -1).some((_, k) => {
              const head = text.slice(parts[i]!.start, parts[i + k]!.end);
              return lookup(head, false, 1).some(
                (c) =>
                  c.how === 'exact' &&
                  (c.place.population >= 1000 || ['admin1', 'admin2', 'country'].includes(c.place.feature)),
              );
            });
          if (exact.length === 0 && !named) {
            found.push({
              span: [parts[i]!.start, last.end],
              text: name,
              candidates: [],
              cue: 'facility',
              role: 'place',
              typeWord: lakeFirst ? 'lake' : last.text.toLowerCase(),
            });
            break;
          }
        }
        let matched = false;
        for (let j = parts.length; j > i; j--) {
          const start = parts[i]!.start;
          const end = parts[j - 1]!.end;
          const name = text.slice(start, end);
          const folded = foldName(name);
          if (j - i === 1 && STOP.has(folded)) continue;
          // Most spans of a long sequence name nothing: skip those whose lookup below surely comes
          // back empty before working out their context.
          if (!mayName(name, j - i === 1) && !COUNTY_WORD.test(afterWordAt(end))) continue;
          const before = beforeAt(start);
          const afterWord = afterWordAt(end);
          // A name ending in its own type word ("Laurel County", "Idlib Governorate") carries its cue:
          // it is not a sentence-initial ordinary word or a person, even before a title ("Walker
          // County Judge"), and the bare "Laurel" must not win instead with the cue "County" gives it.
          const ownType = j - i >= 2 ? TYPE_AFTER[parts[j - 1]!.text.toLowerCase()] : undefined;
          const cue =
            ownType === 'admin' || ownType === 'facility'
              ? ownType
              : cueFor(
                  before,
                  afterWord,
                  // "In Dayr az Zawr, the SDF ...": a sentence-initial locative word and a comma after
                  // the name make a place phrase; the capitalized "In" is no name of its own.
                  i > 0 && !locativePhrase(text, parts, i, j) ? parts[i - 1]!.text : null,
                );
          // An ordinary word ("Senate", "Christ") is a place only under its own name, never by a
          // loose match (Chanute, Chrast).
          const commonWord = gazetteer.lexicon?.words.has(folded) === true;
          // Variant and typo matches need a long enough name: short words collide by accident.
          const minimum = folded.length < 6 ? (cue ? 0.8 : 0.88) : cue ? 0.75 : 0.88;
          // "Jackson County" is an entry of its own; "Jackson" alone names towns.
          const counties = COUNTY_WORD.test(afterWord)
            ? lookup(`${name} County`, false, 1).filter((c) => c.how === 'exact')
            : [];
          const candidates =
            counties.length > 0
              ? counties
              : lookup(name, cue !== null && j - i === 1, minimum).filter(
                  (c) =>
                    (c.how === 'exact' || (c.similarity >= minimum && !commonWord)) &&
                    // "Mass", "La Niña": a state's dotted abbreviation ("Mass.", "La.") needs its dot,
                    // except after a party label ("D-Calif").
                    !(c.matched.endsWith('.') && !name.includes('.') && text[end] !== '.' && !before.party),
                );
          if (candidates.length === 0) continue;
          // "Illinois Department", "U.S. Census", "Western US": a loose match of a longer name whose
          // first word (after "West", "South"...) is itself a well-known place (a country, a
          // first-level division, a capital or a city of 100,000) is that place among other words,
          // not a far-away namesake of the whole (Olancho Department, Honduras): the shorter span
          // gets its turn.
          if (
            j - i >= 2 &&
            !candidates.some((c) => c.how === 'exact') &&
            lookup(parts.slice(i, j).find((p) => !STOP.has(foldName(p.text)))?.text ?? '', false, 1).some(
              (c) =>
                c.how === 'exact' &&
                (c.place.feature === 'country' ||
                  c.place.feature === 'admin1' ||
                  c.place.capital === true ||
                  c.place.population >= 100_000),
            )
          )
            continue;
          const verdict = judge({
            text,
            analysis,
            parts,
            i,
            j,
            name,
            folded,
            before,
            next,
            cue,
            candidates,
            people,
            surnames,
            lexicon: gazetteer.lexicon,
            previousEnd: found.at(-1)?.span[1] ?? -1,
            isTown,
          });
          if (verdict === 'skip') continue;
          found.push({
            span: [start, end],
            text: name,
            candidates,
            cue: cue ?? typeCue(afterWord),
            role: verdict,
            typeWord: typeWordAfter(afterWord),
          });
          i = j;
          matched = true;
          break;
        }
        if (!matched) {
          // "Kanawha Circuit Court", "Clarke and Oconee", "Pointe Coupee teen": a county or parish
          // named without its type word, when the gazetteer holds the name only with it. Kept aside
          // and decided once the document's other places are known (below).
          const county = bareCounty(i);
          if (county) {
            bareCounties.push(county);
            i = county.next;
            continue;
          }
          if (i === 0 && unknownDatelines.size > 0) {
            let k = parts.length;
            while (k > 0 && !unknownDatelines.has(foldName(text.slice(parts[0]!.start, parts[k - 1]!.end))))
              k--;
            if (k > 0) {
              found.push({
                span: [parts[0]!.start, parts[k - 1]!.end],
                text: text.slice(parts[0]!.start, parts[k - 1]!.end),
                candidates: [],
                cue: 'settlement',
                role: 'place',
                typeWord: null,
              });
              i = k;
              continue;
            }
          }
          // An unknown name with a strong cue is still a place: keep it, unresolved.
          const part = parts[i]!;
          const before = beforeAt(part.start);
          const strong = before.settlement || before.admin;
          const after = next(parts.at(-1)!.end).toLowerCase();
          const typed =
            i === 0 &&
            (TYPE_AFTER[after] === 'admin' || TYPE_AFTER[after] === 'facility' || after === 'village');
          if ((strong && i === 0) || typed) {
            const end = parts.at(-1)!.end;
            const name = text.slice(part.start, end);
            if (!STOP.has(foldName(name)) && !isSentenceInitialWord(analysis, part.start, text)) {
              found.push({
                span: [part.start, end],
                text: name,
                candidates: [],
                cue: strong ? (before.admin ? 'admin' : 'settlement') : typeCue(after),
                role: 'place',
                typeWord: TYPE_AFTER[after] ? after : null,
              });
              break;
            }
          }
          // A multi-part name not in the gazetteer with a plain capitalized shape is likely a person.
          if (
            i === 0 &&
            parts.length >= 2 &&
            parts.length <= 3 &&
            // "University of Alberta" is an institution, not a person named Alberta.
            !/ of /.test(text.slice(parts[0]!.start, parts.at(-1)!.end)) &&
            // "Chabad-Shadyside" joins a movement and a place: hyphenated names are no first and last name.
            parts.every((p, k) => k === 0 || text[p.start - 1] === ' ') &&
            !STOP.has(foldName(parts[0]!.text)) &&
            !ORG_WORDS.has(parts.at(-1)!.text.toLowerCase()) &&
            !/^\d/.test(parts.at(-1)!.text) &&
            // "Rodeo Gainesville": a known town is not taken for a surname.
            !lookup(parts.at(-1)!.text, false, Number.POSITIVE_INFINITY).some(
              (c) =>
                c.how === 'exact' &&
                (c.place.population >= 50_000 ||
                  c.place.feature === 'admin1' ||
                  c.place.feature === 'country'),
            )
          ) {
            people.add(foldName(parts.at(-1)!.text));
          }
          i++;
        }
      }
    }
  // A bare county name is kept where its state is the document's: named outright, or holding a
  // namesake of the document's other places (each place voting 1/n over its n states, as the
  // resolver's home division does) with at least one whole vote.
  if (bareCounties.length > 0) {
    const votes = new Map<string, number>();
    for (const t of found) {
      const states = new Set(
        t.candidates
          .filter((c) => c.how === 'exact' && c.place.admin1)
          .map((c) => `${c.place.country}|${c.place.admin1}`),
      );
      for (const s of states) votes.set(s, (votes.get(s) ?? 0) + 1 / states.size);
    }
    for (const { toponym } of bareCounties) {
      const candidates = toponym.candidates.filter((c) => {
        const admin1 = c.place.admin1 ?? '';
        return (votes.get(`${c.place.country}|${admin1}`) ?? 0) >= 1 || namesState(text, admin1);
      });
      if (candidates.length > 0) found.push({ ...toponym, candidates });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** Words after a bare county name that show it is the county's institution ("Kanawha Circuit Court"). */
const COUNTY_OFFICE = new Set(
  'circuit superior district commissioners commission board schools fiscal'.split(' '),
);

/** True when `text` names the first-level division `admin1` in full ("Georgia", "West Virginia"). */
function namesState(text: string, admin1: string): boolean {
  if (admin1.length < 4 || !text.includes(admin1)) return false;
  return new RegExp(`(?<![\\p{L}])${admin1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(
    text,
  );
}

/** Splits a matched sequence into names made of parts with absolute offsets; strips a possessive 's. */
function splitParts(sequence: string, offset: number): Part[][] {
  // A possessive ends a name: "the FBI's Atlanta office" is "FBI" then "Atlanta".
  const groups: Part[][] = [[]];
  // An exec loop on the one module-level regex (matchAll clones it per call); PART_RE never
  // matches the empty string, so the loop ends.
  PART_RE.lastIndex = 0;
  for (let p = PART_RE.exec(sequence); p !== null; p = PART_RE.exec(sequence)) {
    let t = p[0];
    // ("CAMBRIDGE'S Mr Ice Cream": a possessive in capitals too.)
    const possessive = /['’]s?$/.exec(t) ?? CAPS_POSSESSIVE.exec(t);
    if (possessive) t = t.slice(0, possessive.index);
    // A party label before a hometown ("R-Marshall", "DFL-Minneapolis", "D-W. Va.") is no part of it.
    const party =
      groups.at(-1)!.length === 0 && /^(?:R|D|I|DFL)$/.test(t) && sequence[p.index + t.length] === '-';
    if (t.length > 0 && !party)
      groups.at(-1)!.push({ start: offset + p.index, end: offset + p.index + t.length, text: t });
    if (possessive) groups.push([]);
  }
  return groups.filter((g) => g.length > 0);
}

/** Words of the churches, schools and hospitals named after saints ("St. Mary's High School"). */
const SAINT_INSTITUTION = new Set(
  'school church cathedral basilica chapel cemetery hospital college university academy parish health system center centre home'.split(
    ' ',
  ),
);

/** "Saeed bin Suroor", "Ali ibn Hassan": a patronymic particle after a name makes it a person's. */
const PATRONYMIC_AFTER = /^\s+(?:bin|ibn|bint|ben)\s+\p{Lu}/u;
/** "Mike de Kock", "Ursula von der Leyen": a surname after a given name and a particle. */
const PARTICLE_BEFORE =
  /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(de|van|von|der|den|van der|van den|von der|da|di|du|dos|bin|ibn|bint|ben)\s+$/u;
/** A cheap test that the text ends in one of the particles of PARTICLE_BEFORE and spaces. */
const PARTICLE_END = /(?:de|van|von|der|den|da|di|du|dos|bin|ibn|bint|ben)\s+$/;
/** Person-only particles: with these, any capitalized word before makes the name a surname. */
const PERSON_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'van der',
  'van den',
  'von der',
  'bin',
  'ibn',
  'bint',
]);

/** Article particles that are also English words, written with a space inside a name sequence. */
const ENGLISH_PARTICLE = /^ (?:at|an|as) $/;

/**
 * Splits a name at an English-looking particle ("Agriculture Park at Wana") unless `known` finds a
 * gazetteer name across it (the parts around it, one or two on each side: "Marat an Noman").
 */
function splitAtEnglishParticles(parts: Part[], text: string, known: (name: string) => boolean): Part[][] {
  const groups: Part[][] = [[parts[0]!]];
  for (let k = 1; k < parts.length; k++) {
    // (" at ", " an ", " as ": four characters between the parts.)
    if (
      parts[k]!.start - parts[k - 1]!.end === 4 &&
      ENGLISH_PARTICLE.test(text.slice(parts[k - 1]!.end, parts[k]!.start))
    ) {
      const spans: [number, number][] = [
        [k - 1, k],
        [k - 2, k],
        [k - 1, k + 1],
        [k - 2, k + 1],
      ];
      const across = spans.some(
        ([a, b]) => a >= 0 && b < parts.length && known(text.slice(parts[a]!.start, parts[b]!.end)),
      );
      if (!across) {
        groups.push([parts[k]!]);
        continue;
      }
    }
    groups.at(-1)!.push(parts[k]!);
  }
  return groups;
}

/** Plural type words that can close a list of names ("Barrow and Jackson counties"). */
const LIST_TYPE =
  /^(?:,\s*\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)?)*,?\s+(?:and|or|&)\s+\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*)?\s+(counties|parishes|provinces|governorates|districts|oblasts|regions)\b/u;

/** The singular type word closing a list that the name at `offset` ends the first item of, or null. */
function listTypeWord(text: string, offset: number): string | null {
  const m = LIST_TYPE.exec(text.slice(offset, offset + 160));
  if (!m) return null;
  return m[1]!.replace(/ies$/, 'y').replace(/s$/, '');
}

const ABBREVIATED: [RegExp, string][] = [
  [/^S[Tt]\.? (?=\p{Lu})/u, 'Saint '],
  [/^Ste\.? (?=\p{Lu})/u, 'Sainte '],
  [/^Mt\.? (?=\p{Lu})/u, 'Mount '],
  [/^Ft\.? (?=\p{Lu})/u, 'Fort '],
  [/^Saint (?=\p{Lu})/u, 'St. '],
  [/^Mount (?=\p{Lu})/u, 'Mt. '],
  [/^Fort (?=\p{Lu})/u, 'Ft. '],
];

/** The name with its leading "St."/"Mt."/"Ft." spelled out, or spelled out words abbreviated; null if none. */
function otherAbbreviation(name: string): string | null {
  // Every pattern starts with S, M or F: other names skip the seven regexes.
  const c = name.charCodeAt(0);
  if (c !== 83 && c !== 77 && c !== 70) return null;
  for (const [re, replacement] of ABBREVIATED) if (re.test(name)) return name.replace(re, replacement);
  return null;
}

/** The word right after `offset` (skipping spaces), or ''. */
function nextWord(text: string, offset: number): string {
  const m = /^[ \t]+([\p{L}-]+)/u.exec(text.slice(offset, offset + 40));
  return m ? m[1]! : '';
}

/**
 * Type words that name a division's designation only in lowercase: "Plateau state", "Plateau
 * department" (capitalized they start a name of their own: "Islamic State", "the State Department",
 * "K-State"). They give no cue, since "the Russian state" is no place; they only let resolution
 * prefer the division whose own name carries them (Nigeria's Plateau State).
 */
const LOWERCASE_TYPE_AFTER = new Set(['state', 'department']);

/** The type word after a name, lowercased, if it is one (see TYPE_AFTER, LOWERCASE_TYPE_AFTER). */
function typeWordAfter(afterWord: string): string | null {
  const lower = afterWord.toLowerCase();
  if (TYPE_AFTER[lower]) return lower;
  return LOWERCASE_TYPE_AFTER.has(afterWord) ? afterWord : null;
}

function typeCue(afterWord: string): Cue {
  return TYPE_AFTER[afterWord.toLowerCase()] ?? null;
}

/**
 * The 60 characters before a name and what they say, each test run on first use and remembered
 * (a name's start is shared by every sub-span beginning there).
 */
class Before {
  readonly text: string;
  #party: boolean | undefined;
  #admin: boolean | undefined;
  #settlement: boolean | undefined;
  #locative: boolean | undefined;
  #comma: boolean | undefined;
  #previousWord: string | null | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** "Sen. Ann Smith, R-Marshall": a legislator's party and hometown. */
  get party(): boolean {
    this.#party ??= /(?:^|[\s(,])(?:R|D|I|DFL)-$/.test(this.text);
    return this.#party;
  }

  get admin(): boolean {
    this.#admin ??= endsWithOf(this.text) && ADMIN_BEFORE.test(this.text);
    return this.#admin;
  }

  get settlement(): boolean {
    this.#settlement ??= endsWithOf(this.text) && SETTLEMENT_BEFORE.test(this.text);
    return this.#settlement;
  }

  /** A locative word before, not the "of" of a capitalized name ("Ministry of Commerce"). */
  get locative(): boolean {
    this.#locative ??=
      LOCATIVE_WORDS.has(lastAsciiWord(this.text)) &&
      LOCATIVE_BEFORE.test(this.text) &&
      !NAME_OF_BEFORE.test(this.text) &&
      // "according to Taylor": a source, not a destination.
      !/\baccording\s+to\s+$/i.test(this.text);
    return this.#locative;
  }

  /** Ends in a comma ("Macon, Ga."). */
  get comma(): boolean {
    this.#comma ??= /,\s*$/.test(this.text);
    return this.#comma;
  }

  /** The lowercased word right before (a title: "Gen. Sherman"), or null. */
  get previousWord(): string | null {
    if (this.#previousWord === undefined) {
      // /([\p{L}]+)\.?\s+$/u tries every start in the 60 characters; its match can only begin in
      // the run of letters before the trailing "." and spaces, so it runs on that tail alone (same
      // leftmost match: the pattern has no lookbehind, and the tail starts at or before it).
      const t = this.text;
      let k = trimmedEnd(t);
      if (k === t.length) this.#previousWord = null;
      else {
        if (k > 0 && t[k - 1] === '.') k--;
        // Any non-ASCII character may be a letter: going too far back is harmless, stopping short is not.
        while (k > 0 && (isAsciiLetter(t.charCodeAt(k - 1)) || t.charCodeAt(k - 1) >= 0x80)) k--;
        this.#previousWord = titleBefore(t.slice(k));
      }
    }
    return this.#previousWord;
  }
}

/**
 * The lowercased word that `before` ends with (and spaces), or null. A word with a dot must be an
 * abbreviation of at most four letters ("Gov.", "Sgt."): "Municipal Court Judge. Columbus
 * attorney" ends a sentence with "Judge".
 */
function titleBefore(before: string): string | null {
  const m = /([\p{L}]+)(\.?)\s+$/u.exec(before);
  if (!m || (m[2] && m[1]!.length > 4)) return null;
  return m[1]!.toLowerCase();
}

/**
 * True when `before` ends in "of" and spaces: a cheap necessary condition of ADMIN_BEFORE and
 * SETTLEMENT_BEFORE ("the town of "), whose "$"-anchored scans are the costly part.
 */
function endsWithOf(before: string): boolean {
  const k = trimmedEnd(before);
  return k >= 2 && k < before.length && before.slice(k - 2, k).toLowerCase() === 'of';
}

/** A sentence-initial locative word read as part of a capitalized sequence ("In", "Near"). */
const LOCATIVE_PART = /^(?:In|At|Near|From|Outside|Around|Inside|Across|Toward|Towards)$/;

/**
 * True when parts `i..j` follow a capitalized locative word that leads the sequence and a comma
 * follows them: "In Dayr az Zawr, the SDF ...", a place phrase opening a sentence ("In Trump's
 * West Wing" and "At Makeen the" are not).
 */
function locativePhrase(text: string, parts: Part[], i: number, j: number): boolean {
  return i === 1 && LOCATIVE_PART.test(parts[0]!.text) && text[parts[j - 1]!.end] === ',';
}

function cueFor(before: Before, afterWord: string, previousPart: string | null): Cue {
  // "Sen. Ann Smith, R-Marshall": a legislator's party and hometown.
  if (before.party) return 'settlement';
  const after = typeCue(afterWord);
  if (after === 'admin' || after === 'facility') return after;
  if (before.admin) return 'admin';
  if (before.settlement) return 'settlement';
  if (after) return after;
  // "of" after a capitalized word belongs to a name ("Ministry of Commerce", "Bank of America").
  if (previousPart === null && before.locative) return 'locative';
  return null;
}

interface JudgeInput {
  text: string;
  analysis: Analysis;
  parts: Part[];
  i: number;
  j: number;
  name: string;
  folded: string;
  before: Before;
  /** The word right after an offset (`nextWord`, remembered). */
  next: (offset: number) => string;
  cue: Cue;
  candidates: Candidate[];
  people: Set<string>;
  /** Surnames of full names with a known given name in this document (`recognize`). */
  surnames: Set<string>;
  lexicon: Gazetteer['lexicon'];
  /** True when the gazetteer has a town (city or village) of exactly this name. */
  isTown: (name: string) => boolean;
  /** End offset of the last toponym found, if any. */
  previousEnd: number;
}

/** Decides whether a gazetteer match is a place, a place qualifying an organization, or neither. */
function judge(input: JudgeInput): 'place' | 'modifier' | 'skip' {
  const { text, analysis, parts, i, j, name, folded, before, next, cue, candidates, people } = input;
  const strong = candidates.some(
    // Countries and big cities; not admin-1 names, some of which are ordinary words ("Reading").
    (c) => c.how === 'exact' && (c.place.feature === 'country' || c.place.population >= 1_000_000),
  );
  const single = j - i === 1;
  const exact = candidates.some((c) => c.how === 'exact');
  // "Fire District", "Police": organization words are not places unless the gazetteer has that exact name.
  if (single && ORG_WORDS.has(folded) && !exact) return 'skip';
  // Titles: "President Jackson", "Gen. Sherman".
  const prevWord = before.previousWord;
  // ("to miss Rochester": "Miss" is a title only when capitalized.)
  // "Miss Ohio", "Miss Butler County", "Miss America": a pageant's title names a state, county or
  // country.
  const pageant =
    /\bMiss\s+$/.test(before.text) &&
    candidates.some((c) => c.how === 'exact' && ['admin1', 'admin2', 'country'].includes(c.place.feature));
  if (
    prevWord &&
    TITLES.has(prevWord) &&
    !strong &&
    !pageant &&
    !(prevWord === 'miss' && /\bmiss\s+$/.test(before.text))
  )
    return 'skip';
  if (i > 0 && TITLES.has(parts[i - 1]!.text.toLowerCase().replace(/\.$/, '')) && !pageant) return 'skip';
  // "CLINTON — A town couple ...", "XENIA (AP) -- ...": a dateline in capitals names the place the
  // report comes from, at the start of a sentence or line.
  if (
    i === 0 &&
    exact &&
    /^[\p{Lu}\s.'’-]+$/u.test(name) &&
    THREE_CAPITALS.test(name) &&
    DATELINE_AFTER.test(text.slice(parts[j - 1]!.end, parts[j - 1]!.end + 40)) &&
    isSentenceInitialWord(analysis, parts[0]!.start, text)
  )
    return 'place';
  // Given names, surnames and ordinary words ("David", "Taylor", "Commerce") need a cue.
  const lexicon = input.lexicon;
  if (!cue && lexicon && (lexicon.words.has(folded) || (single && lexicon.people.has(folded)))) {
    // "A Delta police officer", "Clinton police said": a town's police is the town's, whatever
    // else its name means.
    const police = /^\s+(?:police|sheriff|PD)\b/i.test(text.slice(parts[j - 1]!.end, parts[j - 1]!.end + 10));
    const town = candidates.some(
      (c) => c.how === 'exact' && (c.place.feature === 'city' || c.place.feature === 'village'),
    );
    if (!(police && town)) return 'skip';
  }
  // "a supporter of Trump", "the effect of Obama's agenda", "in the Senate", "to the Centre": "of",
  // "to" and "for" are no place cue for a person's name, nor is "the" before an ordinary word.
  if (cue === 'locative' && lexicon && !strong) {
    // ("Bowers, 19, of Martinez", "northwest of Tyler" are places.)
    if (
      single &&
      lexicon.people.has(folded) &&
      /\b(?:of|to|for)\s+(?:the\s+)?$/i.test(before.text) &&
      !/(?:,|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|miles|kilometers|kilometres|km))\s+of\s+$/i.test(
        before.text,
      )
    )
      return 'skip';
    if (lexicon.words.has(folded) && /\bthe\s+$/i.test(before.text)) return 'skip';
  }
  // "Missing Ill. man", "D-Pa.", "Ga. pastor": a state's abbreviation written with its dot, as the
  // gazetteer holds it, is that state wherever it stands (headline word, inside a longer sequence).
  if (
    single &&
    text[parts[j - 1]!.end] === '.' &&
    candidates.some((c) => c.how === 'exact' && c.matched === `${name}.` && c.place.feature === 'admin1')
  )
    return 'place';
  const tail = text.slice(parts[j - 1]!.end, parts[j - 1]!.end + 16);
  // Holidays and the dinners named after them: "St. Patrick's Day", "Lincoln Day Dinner".
  if (!strong && /^(?:['’]s)?\s+Day\b/.test(tail)) return 'skip';
  // Patronymics and particles make a person's name: "Saeed bin Suroor", "Mike de Kock".
  if (single && !strong && cue !== 'settlement' && cue !== 'admin') {
    if (PATRONYMIC_AFTER.test(tail)) return 'skip';
    // (The regex only where the text before ends in a lowercase particle: it is tried from every
    // start in the 60 characters otherwise.)
    const particle = i === 0 && PARTICLE_END.test(before.text) ? PARTICLE_BEFORE.exec(before.text) : null;
    if (particle && (PERSON_PARTICLES.has(particle[2]!) || lexicon?.people.has(foldName(particle[1]!))))
      return 'skip';
  }
  // "St. Michael's Catholic School", "St. Peter's Basilica", "St. John's Health System": a saint's
  // name with a possessive before an institution's words is the institution ("St. Petersburg's
  // Pulkovo airport", "St. John's, N.L." stay places).
  if (/^(?:St|ST|Saint|SAINT|Ste)\.?\s/.test(name)) {
    const m = SAINT_POSSESSIVE.exec(text.slice(parts[j - 1]!.end, parts[j - 1]!.end + 60));
    if (m?.[1]?.split(/\s+/).some((w) => SAINT_INSTITUTION.has(w.toLowerCase()))) return 'skip';
  }
  // Currencies: "US$3.7m", "$US4.5 billion".
  if (text[parts[i]!.start - 1] === '$' || text[parts[j - 1]!.end] === '$') return 'skip';
  // "Vladimir Putin", "Chad Walker", "Jordan Dyer": a name before a known surname, closing a
  // two-word run the gazetteer does not hold, is a given name.
  if (
    i === 0 &&
    single &&
    parts.length === 2 &&
    !cue &&
    PLAIN_WORD.test(parts[1]!.text) &&
    text[parts[1]!.start - 1] === ' ' &&
    lexicon?.people.has(foldName(parts[1]!.text))
  )
    return 'skip';
  // Contractions ("I'll") and acronyms ("NATO", "APC") that are not country or region codes.
  if (/['’](?:ll|ve|re|d|m|t)$/i.test(name)) return 'skip';
  // A mixed-case acronym ("FAMa", Mali's armed forces; "PDFs") is no town of that name in other case
  // ("Fama", Brazil) unless the gazetteer writes it so.
  if (single && /^\p{Lu}{2,}\p{Ll}+$/u.test(name) && !candidates.some((c) => c.matched === name))
    return 'skip';
  if (
    SHORT_CAPITALS.test(name) &&
    !candidates.some(
      (c) =>
        c.how === 'exact' &&
        ['country', 'admin1', 'region'].includes(c.place.feature) &&
        // Two or three capitals must be an abbreviation the gazetteer has ("US", "PA", "EU"), not a
        // short name in capitals ("BA" is British Airways, not Ba, Fiji).
        (name.length > 3 || c.matched === name || c.matched.replace(/\./g, '') === name),
    )
  ) {
    return 'skip';
  }
  // Demonyms: "Turkish", "Syrians".
  // "-ish", "-ian", "-ese" are demonyms even after "in"; "-i", "-an" only without a cue (Banghazi, Tehran).
  if (single && !exact && (/(?:ish|ian|ians|ese|eans)$/.test(folded) || (!cue && DEMONYM.test(folded))))
    return 'skip';
  // A state's demonym before a lowercase word is an adjective naming people of that state ("Somali
  // troops", "Afar militia"), even where a division bears the same name; "Somali region" is the place.
  if (single && !cue && input.lexicon?.demonyms?.has(folded)) {
    const after = /^[a-z]+/.exec(next(input.parts[j - 1]!.end))?.[0];
    if (after && !TYPE_AFTER[after]) return 'skip';
  }
  if (single && !cue && DEMONYM.test(folded) && /^[a-z]/.test(next(input.parts[j - 1]!.end))) {
    // "Turkish troops": an adjective before a lowercase noun; "Hawaii has" is a known place, and so
    // is a place someone added on purpose (data/gazetteer additions, a user import: "left Masisi on").
    const known = candidates.some(
      (c) =>
        c.how === 'exact' &&
        (c.place.population >= 10_000 ||
          ['admin1', 'country'].includes(c.place.feature) ||
          c.place.id.startsWith('user:')),
    );
    if (/(?:ish|ian|ese|i)$/.test(folded) && !known) return 'skip';
  }
  // "Trapani said", "Harman told": a name that speaks is a person, unless it is a country, a capital
  // or a big city speaking for its government ("Washington said", issue 4).
  // ("from Dewsbury said", "in Montpellier said": after a locative word it is the place.)
  if (
    single &&
    cue === null &&
    SPEECH_AFTER.test(text.slice(parts[j - 1]!.end, parts[j - 1]!.end + 14)) &&
    !candidates.some(
      (c) =>
        c.how === 'exact' &&
        (c.place.feature === 'country' ||
          c.place.feature === 'admin1' ||
          c.place.feature === 'region' ||
          c.place.capital === true ||
          c.place.population >= 1_000_000),
    )
  )
    return 'skip';
  // A surname already seen in a person's full name.
  // ("according to Sullivan": "to" is no cue against a name seen as a surname; "the town of" is.)
  if (single && people.has(folded) && !strong && (cue === null || cue === 'locative')) return 'skip';
  // "Elizabeth Fairfield ... Fairfield declined to plead": the surname of a person named in full,
  // unless it names a country, a first-level division or a capital.
  if (
    single &&
    cue === null &&
    !strong &&
    input.surnames.has(folded) &&
    !candidates.some(
      (c) =>
        c.how === 'exact' &&
        (c.place.feature === 'country' || c.place.feature === 'admin1' || c.place.capital === true),
    )
  )
    return 'skip';
  // Short names only as "X, Ga." or in capitals ("US", "UK"); not the article of "La Niña".
  if (name.length < 3 && !strong && !before.comma && !TWO_CAPITALS.test(name)) return 'skip';
  // Part of a longer capitalized sequence that is not itself a place.
  if (parts.length > j - i) {
    // Only an exact name may stand for part of a longer one ("Qaryat Xyz" is not "Qaryat"); a
    // loose match may follow a sentence-initial locative word before a comma ("In Dayr az Zawr, ...").
    if (!exact && !(i === 1 && j === parts.length && locativePhrase(text, parts, i, j))) return 'skip';
    const nextPart = parts[j];
    // "Raquel Henry": a trailing name; but "North Texas", "Over Texas" lead with ordinary words.
    const leadsWithStop = leadsWithOrdinaryWords(analysis, text, parts, i);
    // Headlines in capitals ("CHECK YOUR TICKETS NEW JERSEY") are not person names.
    const capitals = /^[\p{Lu}\d\s.'’-]+$/u.test(name);
    // "Fargo-Moorhead": a second town joined by a hyphen to a place just found.
    const hyphenAfterPlace =
      i > 0 && text[parts[i]!.start - 1] === '-' && input.previousEnd === parts[i]!.start - 1;
    // "Missing Lancaster girl", "Missing Glen Allen woman": a headline's town closing the
    // capitalized words before a word for its residents.
    const residentsAfter =
      j === parts.length &&
      !input.lexicon?.people.has(folded) &&
      RESIDENT_AFTER.has(
        next(parts[j - 1]!.end)
          .toLowerCase()
          .replace(/['’]s$/, ''),
      );
    if (i > 0 && !cue && !strong && !leadsWithStop && !capitals && !hyphenAfterPlace && !residentsAfter)
      return 'skip';
    // "Andrew Jordan": a country after a given name is that person's surname ("Sam Houston State
    // University" still names the city, as institutions named after people often share the name).
    if (
      i > 0 &&
      candidates.some((c) => c.how === 'exact' && c.place.feature === 'country') &&
      cue !== 'admin' &&
      cue !== 'settlement' &&
      !capitals &&
      text[parts[i]!.start - 1] === ' ' &&
      input.lexicon?.people.has(foldName(parts[i - 1]!.text)) &&
      // ("St. Joseph London": a saint's school.)
      !(i >= 2 && /^(?:St|Saint|Ste|San|Santa|Sainte)\.?$/i.test(parts[i - 2]!.text))
    )
      return 'skip';
    if (nextPart && /^\d/.test(nextPart.text)) return 'place';
    if (nextPart) {
      const nextLower = nextPart.text.toLowerCase();
      if (ORG_WORDS.has(nextLower)) return 'modifier';
      if (TYPE_AFTER[nextLower]) return 'place';
      // "Paris Hilton" is a person; "Nashville Film Festival" holds a well-known place; before a
      // title or in an organization's name ("Lewisburg Mayor John Manchester", "Byesville
      // Volunteer Fire Department", "Princeton Community Hospital") a smaller town is the place too.
      const lastLower = parts.at(-1)!.text.toLowerCase();
      // ("The Allendale Woman's Club": the organization's word after a possessive.)
      const afterPossessive = SAINT_POSSESSIVE.exec(
        text.slice(parts.at(-1)!.end, parts.at(-1)!.end + 60),
      )?.[1]
        ?.trim()
        .split(/\s+/)
        .at(-1)
        ?.toLowerCase();
      const institution =
        (TITLES.has(nextLower) ||
          ORG_WORDS.has(lastLower) ||
          FACILITY_END.has(lastLower) ||
          (afterPossessive !== undefined &&
            (ORG_WORDS.has(afterPossessive) || FACILITY_END.has(afterPossessive)))) &&
        !input.lexicon?.people.has(folded);
      const known = candidates.some(
        (c) =>
          c.how === 'exact' &&
          (c.place.population >= (institution ? 1000 : 50_000) ||
            c.place.feature === 'admin1' ||
            // Rivers, seas and regions name boards and accords ("Cauvery Management Board").
            c.place.feature === 'region' ||
            c.place.feature === 'other' ||
            (institution && c.place.feature === 'admin2')),
      );
      // "Watertown-Mayer Lutheran", "Nelson-Creston", "Watertown-ML": a town joined by a hyphen to
      // another town or to a school's initials names a joint team, district or riding; a person's
      // double-barrelled name joins no two towns ("Diaz-Balart"), and short syllables are no towns
      // here ("Shin-Soo Choo").
      const hyphenBeforeTown =
        j - i === 1 &&
        text[parts[j - 1]!.end] === '-' &&
        exact &&
        folded.length >= 5 &&
        !input.lexicon?.people.has(folded) &&
        (INITIALS.test(nextPart.text) || (nextPart.text.length >= 5 && input.isTown(nextPart.text)));
      if (hyphenBeforeTown) return 'place';
      if (!strong && !cue) return known ? 'modifier' : 'skip';
    }
  }
  // Sentence-initial ordinary words ("Mobile phones ...", "Reading is ...").
  // A dateline or "X, Y" right after: "CHARLESTON, W.Va. -".
  const pairNext = PAIR_AFTER.test(text.slice(parts[j - 1]!.end, parts[j - 1]!.end + 4));
  const afterLower = next(parts[j - 1]!.end).toLowerCase();
  const sentenceInitial = i === 0 && isSentenceInitialWord(analysis, parts[0]!.start, text);
  // "Charleston police were called": a town of some size before an organization word is that
  // town even at the start of a sentence (the tagger often reads such a word as a verb).
  if (
    sentenceInitial &&
    exact &&
    ORG_WORDS.has(afterLower) &&
    !TYPE_AFTER[afterLower] &&
    !lexicon?.words.has(folded) &&
    candidates.some((c) => c.how === 'exact' && c.place.population >= 10_000)
  )
    return 'modifier';
  // "Rolling Meadows man stops burglar": a headline's town before a word for its residents.
  const residents = sentenceInitial && exact && RESIDENT_AFTER.has(afterLower);
  if (sentenceInitial && !strong && !cue && !(exact && pairNext) && !residents) {
    if (!exact) return 'skip';
    const token = tokenAt(analysis, parts[0]!.start);
    if (token?.pos !== 'PROPN') return 'skip';
    // "Reading the statement, ...": an inflected word or one followed by a determiner is a verb.
    if (single && (token.lemma.toLowerCase() !== token.norm || /ing$/.test(folded))) return 'skip';
    // "Decatur to discuss school plan", "Ohio to review tax deal": a headline's town or state before
    // "to" and a verb is the place, not a verb taking "to" ("Turn to page 3").
    const nextLower = next(parts[0]!.end).toLowerCase();
    const headlineTo =
      nextLower === 'to' &&
      /^ to [a-z]+ /.test(text.slice(parts[0]!.end, parts[0]!.end + 30)) &&
      !lexicon?.words.has(folded) &&
      candidates.some(
        (c) => c.how === 'exact' && (c.place.population >= 5000 || c.place.feature === 'admin1'),
      );
    if (single && SENTENCE_VERB_NEXT.has(nextLower) && !headlineTo) return 'skip';
  }
  // A place name right before an organization word: "Aleppo police".
  const after = next(parts[j - 1]!.end).toLowerCase();
  if (ORG_WORDS.has(after) && !TYPE_AFTER[after]) return 'modifier';
  return 'place';
}

/**
 * True when the parts before part `i` are ordinary words, not a name that part `i` ends: "North
 * Texas", "Over Texas", "N.W. Rochester", or a sentence's first word the tagger does not read as a
 * proper noun ("Only Cornwall and Kent", "Trailing Watertown's Taylor Neaton").
 */
function leadsWithOrdinaryWords(analysis: Analysis, text: string, parts: Part[], i: number): boolean {
  const lead = parts.slice(0, i);
  if (lead.every((p) => STOP.has(foldName(p.text)) || COMPASS.has(foldName(p.text)))) return true;
  if (i !== 1 || !isSentenceInitialWord(analysis, parts[0]!.start, text)) return false;
  const pos = tokenAt(analysis, parts[0]!.start)?.pos;
  return pos !== undefined && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'X' && pos !== 'SYM';
}

function isSentenceInitialWord(analysis: Analysis, offset: number, text: string): boolean {
  const token = tokenAt(analysis, offset);
  if (!token) return /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, offset - 3), offset));
  const sentence = analysis.sentences[token.sentence];
  if (!sentence) return false;
  if (sentence.first === token.i) return true;
  // After a leading quote or dash.
  const first = analysis.tokens[sentence.first];
  return first !== undefined && first.pos === 'PUNCT' && sentence.first + 1 === token.i;
}
