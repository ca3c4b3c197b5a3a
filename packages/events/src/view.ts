/**
 * @module view
 * A per-document index the passes share: which actor group, place or time covers each token, and
 * small token tests. Built once per document so every pass is a walk over token indices.
 */

import { readFileSync } from 'node:fs';
import type { ActorMention, Doc, PlaceMention, TimeMention } from '@sitrep/model';
import { type Analysis, type Token, tokenRange } from '@sitrep/nlp';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_LEXICON_DIR, type Lexicon, LexiconError } from './lexicon';

/** Coordinated actor mentions ("Egyptian, Qatari and US mediators"): one argument. */
export interface ActorGroup {
  id: number;
  mentions: ActorMention[];
  /** First token index. */
  first: number;
  /** One past the last token index. */
  end: number;
}

/** A place mention with its token range. */
export interface PlaceSpan {
  place: PlaceMention;
  first: number;
  end: number;
}

/** The shared index. */
export interface View {
  doc: Doc;
  nlp: Analysis;
  tokens: Token[];
  lexicon: Lexicon;
  groups: ActorGroup[];
  /** Token index → group id, or -1. */
  groupAt: Int32Array;
  places: PlaceSpan[];
  /** Token index → index in `places`, or -1. */
  placeAt: Int32Array;
  /** Place mention id → its entry. */
  placeById: Map<string, PlaceSpan>;
  times: TimeMention[];
  /** Token index → 1 when the token lies inside a time mention ("on Monday", "March"). */
  timeAt: Uint8Array;
}

/** The lists of data/events/arguments.yaml, each required (the file's header says what each is for). */
export const ARGUMENT_WORD_KEYS = [
  'clause_openers',
  'support_verbs',
  'place_nouns',
  'division_nouns',
  'event_predicates',
  'charge_nouns',
  'holder',
  'reporting',
  'modifier_links',
  'repel_verbs',
  'proposals',
  'seats',
  'bare_seats',
  'seat_owners',
  'message_nouns',
  'travel_verbs',
  'delegates',
  'carry_verbs',
  'permit_verbs',
  'help_verbs',
  'aid_destination',
  'gap_stops',
  'object_pronouns',
  'speaker_pronouns',
  'pressure_nouns',
  'pressure_verbs',
  'reason_preps',
  'blame_verbs',
  'civilian_sites',
  'vow_verbs',
  'joint_words',
  'held_people',
  'document_nouns',
  'topic_preps',
  'gerund_carriers',
  'duration_nouns',
  'report_nouns',
  'number_starters',
  'death_verbs',
  'death_nouns',
  'cancelling_verbs',
] as const;

/** One key of arguments.yaml. */
export type ArgumentWordKey = (typeof ARGUMENT_WORD_KEYS)[number];

/** The English words argument linking looks for, one set per list of arguments.yaml. */
export type ArgumentWords = Record<ArgumentWordKey, ReadonlySet<string>>;

/**
 * Parses arguments.yaml text: every key of ARGUMENT_WORD_KEYS must be a non-empty list of strings,
 * and no other key may appear (a misspelt key would otherwise leave its list silently unused).
 *
 * @param text
 *   The file content.
 * @param name
 *   File name, for errors.
 * @example
 *   parseArgumentWords(readFileSync('data/events/arguments.yaml', 'utf8')).holder.has('held'); // true
 */
export function parseArgumentWords(text: string, name = 'arguments.yaml'): ArgumentWords {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (cause) {
    throw new LexiconError(`${name}: expected YAML lists of words, but it does not parse; fix the syntax`, {
      cause,
    });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new LexiconError(
      `${name}: expected a YAML mapping of word lists, found ${Array.isArray(data) ? 'a list' : typeof data}`,
    );
  const record = data as Record<string, unknown>;
  const known = new Set<string>(ARGUMENT_WORD_KEYS);
  for (const key of Object.keys(record))
    if (!known.has(key))
      throw new LexiconError(
        `${name}: unknown key "${key}"; expected only ${ARGUMENT_WORD_KEYS.join(', ')} (a misspelling, or a list no rule reads)`,
      );
  const words = {} as Record<ArgumentWordKey, ReadonlySet<string>>;
  for (const key of ARGUMENT_WORD_KEYS) {
    const list = record[key];
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      list.some((v) => typeof v !== 'string' || v.trim() === '')
    )
      throw new LexiconError(
        `${name}: expected "${key}" to be a non-empty list of words, found ${list === undefined ? 'no such key' : JSON.stringify(list)}; add it as the file header describes`,
      );
    words[key] = new Set((list as string[]).map((w) => w.trim().toLowerCase()));
  }
  return words;
}

/**
 * Loads arguments.yaml from a directory (default: the repository's data/events, found the same
 * way as the trigger lexicon, from src/ and from a bundle in dist/).
 *
 * @param dir
 *   The directory holding arguments.yaml.
 */
export function loadArgumentWords(dir: string = DEFAULT_LEXICON_DIR): ArgumentWords {
  const path = `${dir.replace(/\/$/, '')}/arguments.yaml`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new LexiconError(
      `could not read the argument word lists ${path}; expected data/events/arguments.yaml in the sitrep checkout`,
      { cause },
    );
  }
  return parseArgumentWords(text, path);
}

let defaultWords: ArgumentWords | null = null;

/** The repository's argument word lists, read on first use and then kept (hot: every trigger asks). */
export function argumentWords(): ArgumentWords {
  if (defaultWords === null) defaultWords = loadArgumentWords();
  return defaultWords;
}

/** Where the lowercased lemma is cached on a token: a symbol key, invisible to JSON and to other stages. */
const LEMMA = Symbol('sitrep.events.lemma');

/**
 * Lowercased lemma of a token (wink keeps capitals on some proper nouns). Hot: called for every
 * token by several passes, so it is computed once and kept under a symbol key on the token.
 */
export function lem(token: Token): string {
  const t = token as Token & { [LEMMA]?: string };
  let l = t[LEMMA];
  if (l === undefined) {
    l = token.lemma.toLowerCase();
    t[LEMMA] = l;
  }
  return l;
}

/** True when a token's norm or lemma is `word`. */
export function is(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.norm === word || lem(token) === word);
}

/**
 * Matches a phrase (words, `...` a gap of up to six tokens) at token `i`, not past `limit`;
 * `from` > 0 skips words the caller already matched (token i is then the next one).
 *
 * @returns
 *   One past the last matched token, or -1.
 */
export function matchPhrase(
  tokens: Token[],
  i: number,
  words: string[],
  limit: number,
  from = 0,
  timeAt?: Uint8Array,
): number {
  let t = i;
  for (let w = from; w < words.length; w++) {
    const word = words[w]!;
    // With the time index: a date inside a verb phrase ("appealed on Monday to the Taliban",
    // "called on Tuesday for") is skipped, and a word of a date never matches a lexicon word
    // ("held by the ELN since March" is not "hold ... march").
    if (timeAt && w > 0 && word !== '...') t = skipTime(tokens, t, limit, timeAt);
    if (word === '...') {
      const next = words[w + 1]!;
      let found = -1;
      for (let k = t; k < Math.min(limit, t + 7); k++) {
        if (is(tokens[k], next) && !timeAt?.[k]) {
          found = k;
          break;
        }
        // Punctuation ends the gap, except a hyphen inside a compound ("air-defence systems").
        if (tokens[k]!.pos === 'PUNCT' && !intraWordHyphen(tokens, k)) break;
        // "opened fire at the crossing" is not "open ... crossing": a locative preposition in the
        // gap ends it ("asked X on Monday to", "a convoy of aid" still match).
        if (argumentWords().gap_stops.has(tokens[k]!.norm)) break;
      }
      if (found < 0) return -1;
      t = found + 1;
      w++;
      continue;
    }
    if (t >= limit || !is(tokens[t], word) || timeAt?.[t]) return -1;
    t++;
  }
  return t;
}

/** Past a time mention at token t, with the preposition before it ("on Monday"); t itself when none. */
function skipTime(tokens: Token[], t: number, limit: number, timeAt: Uint8Array): number {
  let k = t;
  if (k + 1 < limit && !timeAt[k] && tokens[k]!.pos === 'ADP' && timeAt[k + 1]) k++;
  if (!timeAt[k]) return t;
  while (k < limit && timeAt[k]) k++;
  return k;
}

/** True when token k is a hyphen joined to the words on both sides ("air-defence"). */
function intraWordHyphen(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    t.norm === '-' && prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start
  );
}

/** Cue lists indexed by first word, built on first use (one hash probe per token, not a scan per phrase). */
const cueIndexes = new WeakMap<string[][], Map<string, string[][]>>();

function cueIndex(cue: string[][]): Map<string, string[][]> {
  let index = cueIndexes.get(cue);
  if (!index) {
    index = new Map();
    for (const words of cue) {
      const list = index.get(words[0]!);
      if (list) list.push(words);
      else index.set(words[0]!, [words]);
    }
    cueIndexes.set(cue, index);
  }
  return index;
}

/** True when any phrase of a cue list matches at `i`; returns its end or -1. */
export function matchCue(tokens: Token[], i: number, cue: string[][], limit: number): number {
  const token = tokens[i];
  if (!token || i >= limit) return -1;
  const index = cueIndex(cue);
  const byNorm = index.get(token.norm);
  if (byNorm) {
    for (const words of byNorm) {
      const end = matchPhrase(tokens, i + 1, words, limit, 1);
      if (end > 0) return end;
    }
  }
  const lemma = lem(token);
  const byLemma = lemma === token.norm ? undefined : index.get(lemma);
  if (byLemma) {
    for (const words of byLemma) {
      const end = matchPhrase(tokens, i + 1, words, limit, 1);
      if (end > 0) return end;
    }
  }
  return -1;
}

/**
 * Index of the first token in `[from, to)` where a phrase of a cue list starts, or -1. Tokens
 * marked 1 in `skip` start no phrase (`view.timeAt`: "May" in "On 12 May 2024" is no modal verb).
 */
export function cueIn(tokens: Token[], from: number, to: number, cue: string[][], skip?: Uint8Array): number {
  for (let i = Math.max(0, from); i < to; i++)
    if (skip?.[i] !== 1 && matchCue(tokens, i, cue, to) > 0) return i;
  return -1;
}

const COORD = /^\s*(?:,|,?\s*(?:and|or|&|as well as|along with))\s*(?:(?:the|a|an)\s+)?$/i;

/**
 * "militiamen and federal troops": "and" plus adjectives the actor mention left out still joins
 * two mentions (tokens only: a verb or noun in between never does).
 */
function adjectiveCoord(tokens: Analysis['tokens'], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 5) return false;
  let conj = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.norm === 'and' || t.norm === 'or') conj = true;
    // "and Kurdish-led fighters", "and Druze fighters": a hyphenated or proper-name modifier
    // the actor mention left out is still a modifier.
    else if (t.pos === 'ADJ' || t.pos === 'DET' || (t.pos === 'PROPN' && conj) || hyphenPart(tokens, k))
      continue;
    else return false;
  }
  return conj;
}

/** True when token k is a hyphen inside a compound or a word joined to one ("Kurdish-led"). */
function hyphenPart(tokens: Analysis['tokens'], k: number): boolean {
  const joined = (a: number, b: number) =>
    tokens[a] !== undefined && tokens[b] !== undefined && tokens[a]!.end === tokens[b]!.start;
  const isHyphen = (j: number) => tokens[j]?.norm === '-' && joined(j - 1, j) && joined(j, j + 1);
  return isHyphen(k) || isHyphen(k - 1) || isHyphen(k + 1);
}

/**
 * Builds the index for a document with nlp, actors, places and times layers.
 *
 * @param doc
 *   The document.
 * @param lexicon
 *   The loaded lexicon.
 */
export function buildView(doc: Doc, lexicon: Lexicon): View {
  const nlp = doc.layer('nlp');
  const tokens = nlp.tokens;
  const actors = [...(doc.maybe('actors') ?? [])].sort((a, b) => a.span[0] - b.span[0]);
  const groupAt = new Int32Array(tokens.length).fill(-1);
  const groups: ActorGroup[] = [];
  // Whether each group was joined by "and"/"or" somewhere: a chain joined only by commas is an
  // apposition or a new clause ("six civilians, the military said"), not a list, and is split again.
  const conjoined: boolean[] = [];
  const commaOnly: boolean[] = [];
  for (const mention of actors) {
    const [first, end] = tokenRange(nlp, mention.span);
    if (first >= end) continue;
    const last = groups.at(-1);
    const lastMention = last?.mentions.at(-1);
    const between = lastMention ? doc.text.slice(lastMention.span[1], mention.span[0]) : '';
    const sameSentence = last && tokens[last.first]!.sentence === tokens[first]!.sentence;
    // "Hamas freed two hostages, and Israel released prisoners": an object followed by the
    // subject of the next clause is no coordination.
    let before = last ? last.first - 1 : -1;
    while (before >= 0 && ['DET', 'NUM', 'ADJ'].includes(tokens[before]!.pos)) before--;
    const newClause = last !== undefined && tokens[before]?.pos === 'VERB' && tokens[end]?.pos === 'VERB';
    if (
      last &&
      lastMention &&
      sameSentence &&
      !newClause &&
      mention.span[0] >= lastMention.span[1] &&
      (COORD.test(between) || adjectiveCoord(tokens, last.end, first))
    ) {
      last.mentions.push(mention);
      last.end = Math.max(last.end, end);
      if (/\b(?:and|or|as well as|along with)\b|&/i.test(between)) conjoined[last.id] = true;
      else commaOnly[last.id] = true;
    } else if (
      last &&
      lastMention &&
      lastMention.span[0] === mention.span[0] &&
      lastMention.span[1] === mention.span[1]
    ) {
      // "both sides", "each side": the actors stage gives one mention per side on the same
      // words; together they are one argument naming both.
      last.mentions.push(mention);
      conjoined[last.id] = true;
    } else if (last && last.end > first) {
    } else {
      groups.push({ id: groups.length, mentions: [mention], first, end });
      conjoined.push(false);
      commaOnly.push(false);
    }
  }
  const split: ActorGroup[] = [];
  for (const g of groups) {
    if (commaOnly[g.id] && !conjoined[g.id]) {
      for (const m of g.mentions) {
        const [first, end] = tokenRange(nlp, m.span);
        split.push({ id: split.length, mentions: [m], first, end });
      }
    } else split.push({ ...g, id: split.length });
  }
  groups.length = 0;
  groups.push(...split);
  for (const g of groups) for (let k = g.first; k < g.end; k++) groupAt[k] = g.id;
  const placeAt = new Int32Array(tokens.length).fill(-1);
  const places: PlaceSpan[] = [];
  for (const place of doc.maybe('places') ?? []) {
    const [first, end] = tokenRange(nlp, place.span);
    if (first >= end) continue;
    places.push({ place, first, end });
    for (let k = first; k < end; k++) placeAt[k] = places.length - 1;
  }
  const placeById = new Map(places.map((p) => [p.place.id, p]));
  const times = doc.maybe('times') ?? [];
  const timeAt = new Uint8Array(tokens.length);
  for (const time of times) {
    const [first, end] = tokenRange(nlp, time.span);
    for (let k = first; k < end; k++) timeAt[k] = 1;
  }
  return {
    doc,
    nlp,
    tokens,
    lexicon,
    groups,
    groupAt,
    places,
    placeAt,
    placeById,
    times,
    timeAt,
  };
}
