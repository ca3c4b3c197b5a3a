/**
 * @module triggers
 * Finds trigger words and phrases: one hash probe per token on its lemma and its lowercased form,
 * then the entries starting with that word, longest first. Matched tokens are consumed.
 */
import type { PloverType } from '@sitrep/model';
import type { Sentence, Token } from '@sitrep/nlp';
import type { TriggerEntry } from './lexicon';
import { lem, matchPhrase, type View } from './view';

/** A matched trigger. */
export interface TriggerMatch {
  entry: TriggerEntry;
  /** First token. */
  first: number;
  /** One past the last matched token. */
  end: number;
  /** The head token: the first word, whose POS decides verbal or nominal. */
  head: Token;
  /** True when the head is used as a noun. */
  nominal: boolean;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);

/** Whether a token's POS fits an entry's first-word POS. */
function posFits(entry: TriggerEntry, tokens: Token[], i: number, sentenceFirst: number): boolean {
  const token = tokens[i]!;
  // A stop phrase may open with any word ("in protest at"): it only blocks what it covers.
  if (entry.type === null) return true;
  if (progressive(tokens, i) || commaParticiple(tokens, i) || passiveSlip(tokens, i))
    return entry.pos !== 'N';
  // After a preposition a gerund with an object is still a verb phrase: "accused X of sending troops".
  if (gerundNoun(tokens, i, sentenceFirst))
    return entry.pos !== 'V' || tokens[i - 1]?.pos === 'ADP' || frontedParticiple(tokens, i, sentenceFirst);
  if (verbSlot(tokens, i) && entry.pos !== 'N') return true;
  if (attributiveIntent(entry, tokens, i)) return false;
  if (entry.pos === '*') return token.pos === 'VERB' || NOUNISH.has(token.pos) || token.pos === 'ADJ';
  if (entry.pos === 'V') return token.pos === 'VERB';
  if (NOUNISH.has(token.pos)) return true;
  // Gerunds after a determiner or possessive ("the shelling", "Russia's bombing") act as nouns.
  const prev = tokens[i - 1];
  return (
    token.pos === 'VERB' &&
    token.norm.endsWith('ing') &&
    prev !== undefined &&
    (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'ADJ')
  );
}

/** Verbal acts whose past participle before a noun names a plan or a label, not an act. */
const INTENT_TYPES = new Set<string>(['AGREE', 'REQUEST', 'ACCUSE', 'THREATEN'] satisfies PloverType[]);

/**
 * "a proposed exchange", "the agreed truce", "the accused men", "a threatened strike": a past
 * participle between a determiner and a noun describes the noun; nobody proposes or accuses there.
 */
function attributiveIntent(entry: TriggerEntry, tokens: Token[], i: number): boolean {
  if (entry.pos === 'N' || !INTENT_TYPES.has(entry.type ?? '')) return false;
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    /(?:ed|en)$/.test(token.norm) &&
    prev?.pos === 'DET' &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'PROPN')
  );
}

/**
 * "Rejecting Washington's demand for a ceasefire, the Houthi leader vowed ...": a sentence-opening
 * -ing word with an object, whose phrase reaches a comma before any verb, is a fronted participle
 * (a verb). "Fighting in the town left nine dead, officials said" is a subject: a verb comes first.
 */
function frontedParticiple(tokens: Token[], i: number, sentenceFirst: number): boolean {
  if (i !== sentenceFirst) return false;
  const next = tokens[i + 1];
  if (!next || !['DET', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(next.pos)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 16); k++) {
    const t = tokens[k]!;
    if (t.norm === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** A gerund used as a noun: "Fighting broke out", "the shelling", "killed in fighting", "rocket shelling on X". */
function gerundNoun(tokens: Token[], i: number, sentenceFirst: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' || !token.norm.endsWith('ing')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const objectFollows =
    next !== undefined &&
    (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM');
  return (
    i === sentenceFirst ||
    (prev !== undefined &&
      (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'ADJ' || prev.pos === 'ADP')) ||
    (prev !== undefined && prev.pos === 'NOUN' && !objectFollows) ||
    (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX'))
  );
}

/**
 * A past-tense verb the tagger took for an adjective or noun ("forces liberated/ADJ the cities",
 * "gunmen shot/NOUN dead"): a noun or name before it, an object or adverb after it; or a perfect
 * "have" before it.
 */
function verbSlot(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "soldiers had tortured/NOUN detainees": an -ed word right after a perfect "have".
  if (token.norm.endsWith('ed') && prev?.pos === 'AUX' && perfect(tokens, i)) return true;
  return (
    prev !== undefined &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') &&
    next !== undefined &&
    (['DET', 'PROPN', 'NUM', 'PRON', 'ADJ', 'ADV'].includes(next.pos) ||
      // "gunmen shot and killed", "troops shot at the car"
      (next.pos === 'CCONJ' && tokens[i + 2]?.pos === 'VERB') ||
      next.norm === 'at' ||
      // "Armed men looted shops": an -ed word between a plural subject and a noun object.
      (next.pos === 'NOUN' && token.norm.endsWith('ed') && PLURAL_SUBJECT.test(prev.norm)))
  );
}

/** Plural nouns that stand as subjects before a mis-tagged past tense ("men looted shops"). */
const PLURAL_SUBJECT = /(?:[^s]s|men|people|police)$/;

/** ", wounding six people": a participle clause after a comma is a verb whatever the tagger says. */
function commaParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return (
    token.pos !== 'VERB' &&
    token.norm.endsWith('ing') &&
    tokens[i - 1]?.norm === ',' &&
    next !== undefined &&
    (next.pos === 'NUM' || next.pos === 'DET')
  );
}

/** "they had shot down a helicopter": a participle after a perfect auxiliary is a verb. */
function perfect(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.pos === 'AUX' || prev.pos === 'VERB') && lem(prev) === 'have';
}

/**
 * "A convoy was looted/ADJ near Bunia": an -ed word the tagger took for an adjective or noun right
 * after a form of "be" is a passive verb.
 */
function passiveSlip(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    (t.pos === 'ADJ' || t.pos === 'NOUN') && t.norm.endsWith('ed') && BE_FORMS.has(tokens[i - 1]?.norm ?? '')
  );
}

/** A gerund right after an auxiliary is a verb whatever the tagger says ("has been bombing"). */
function progressive(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  return token.pos !== 'VERB' && token.norm.endsWith('ing') && tokens[i - 1]?.pos === 'AUX';
}

/** Index keys for a token: its form and lemma; a progressive gerund also by its stem ("bombing" → "bomb"). */
function keysOf(tokens: Token[], i: number, sentenceFirst: number): string[] {
  const token = tokens[i]!;
  const lemma = lem(token);
  if (gerundNoun(tokens, i, sentenceFirst)) return [token.norm, lemma];
  // A mis-tagged past tense: try the form without "-ed"/"-d" too ("liberated" → "liberate").
  if (verbSlot(tokens, i) && token.norm.endsWith('ed'))
    return [token.norm, lemma, token.norm.slice(0, -1), token.norm.slice(0, -2)];
  if (progressive(tokens, i) || commaParticiple(tokens, i))
    return [lemma, token.norm.replace(/ing$/, ''), token.norm.replace(/ing$/, 'e')];
  // A gerund the tagger took for a noun and left unlemmatized ("began sharing intelligence").
  if (
    (token.pos === 'NOUN' || token.pos === 'ADJ') &&
    token.norm === lemma &&
    token.norm.endsWith('ing') &&
    token.norm.length > 5
  )
    return [token.norm, token.norm.slice(0, -3), `${token.norm.slice(0, -3)}e`];
  // A capitalized plural the tagger left unlemmatized ("Clashes between ..." opening a sentence).
  if (token.pos === 'PROPN' && token.norm === lemma && /[^s]s$/.test(token.norm))
    return [token.norm, token.norm.slice(0, -1), token.norm.replace(/es$/, '')];
  // "a convoy was looted/ADJ": the passive participle without its "-ed"/"-d" ("loot", "raze").
  if (passiveSlip(tokens, i)) return [token.norm, token.norm.slice(0, -1), token.norm.slice(0, -2)];
  if (token.norm === lemma) return [token.norm];
  // The lemmatizer gives "stag" for "staged": try the form without "-d" too ("stage a protest").
  if (token.pos === 'VERB' && token.norm.endsWith('ed')) return [lemma, token.norm, token.norm.slice(0, -1)];
  return token.pos === 'VERB' ? [lemma, token.norm] : [token.norm, lemma];
}

/** Whether any key keysOf could give for the token (form, lemma, form less "d"/"ed"/"ing") starts an entry. */
function mayStart(byFirst: Map<string, unknown>, token: Token): boolean {
  const { norm } = token;
  if (byFirst.has(norm) || byFirst.has(lem(token))) return true;
  if (norm.endsWith('ed')) return byFirst.has(norm.slice(0, -1)) || byFirst.has(norm.slice(0, -2));
  if (norm.endsWith('ing')) return byFirst.has(norm.slice(0, -3)) || byFirst.has(`${norm.slice(0, -3)}e`);
  if (norm.endsWith('s')) return byFirst.has(norm.slice(0, -1)) || byFirst.has(norm.replace(/es$/, ''));
  return false;
}

/**
 * "earthquake-hit areas", "war-struck towns": a word closing a hyphenated compound that modifies
 * the noun after it describes that noun, it is no act.
 */
function compoundModifier(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const before = tokens[i - 2];
  const next = tokens[i + 1];
  return (
    hyphen?.norm === '-' &&
    before !== undefined &&
    before.end === hyphen.start &&
    hyphen.end === tokens[i]!.start &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
  );
}

/**
 * Finds the triggers of one sentence, left to right, without overlaps.
 *
 * @param view
 *   The document index.
 * @param sentence
 *   The sentence to scan.
 */
export function findTriggers(view: View, sentence: Sentence): TriggerMatch[] {
  const { tokens, lexicon } = view;
  const found: TriggerMatch[] = [];
  for (let i = sentence.first; i < sentence.end; ) {
    const token = tokens[i]!;
    // Words inside an actor or place name ("Peace Council", "Al-Nasr") are names, not acts, and a
    // word inside a date is time ("on 3 March", "in March" is no protest march); a verb closing a
    // hyphenated modifier ("Iran-backed", "Saudi-led") describes an actor.
    if (
      view.groupAt[i]! >= 0 ||
      view.placeAt[i]! >= 0 ||
      view.timeAt[i] === 1 ||
      token.pos === 'PUNCT' ||
      (tokens[i - 1]?.norm === '-' && i - 1 > sentence.first && /(?:ed|en)$/.test(token.norm)) ||
      compoundModifier(tokens, i)
    ) {
      i++;
      continue;
    }
    // Most tokens start no lexicon entry: a cheap check on every key keysOf could give skips the
    // POS tests and the key array for them (a third of the events stage's trigger time on news).
    if (!mayStart(lexicon.byFirst, token)) {
      i++;
      continue;
    }
    let best: TriggerMatch | undefined;
    for (const key of keysOf(tokens, i, sentence.first)) {
      for (const entry of lexicon.byFirst.get(key) ?? []) {
        if (best && entry.words.length <= best.end - best.first) continue;
        if (!posFits(entry, tokens, i, sentence.first)) continue;
        // The first word matched through the index key; match the rest from the next token.
        const end = matchPhrase(tokens, i + 1, entry.words, sentence.end, 1, view.timeAt);
        if (end < 0) continue;
        if (!best || end - i > best.end - best.first) {
          best = {
            entry,
            first: i,
            end,
            head: token,
            // "test-fired": a compound split at its hyphen whose last part is a verb acts as one.
            nominal:
              (!(entry.words[1] === '-' && tokens[i + 2]?.pos === 'VERB') &&
                !(
                  token.pos === 'VERB' ||
                  adjectiveParticiple(tokens, i, entry.words.length) ||
                  progressive(tokens, i) ||
                  commaParticiple(tokens, i) ||
                  perfect(tokens, i)
                ) &&
                !(verbSlot(tokens, i) && entry.pos !== 'N')) ||
              entry.pos === 'N' ||
              gerundNoun(tokens, i, sentence.first) ||
              // "A sit-in by relatives": a hyphenated compound after a determiner is a noun.
              (entry.words.includes('-') && tokens[i - 1]?.pos === 'DET'),
          };
        }
      }
    }
    if (best) {
      // A stop phrase ("riot police") consumes its words and codes nothing.
      if (best.entry.type !== null) found.push(best);
      i = best.end;
    } else i++;
  }
  return found;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * An -ed word the tagger calls an adjective (or a noun) that is a verb's participle: after a form
 * of "be" ("were rounded up", "was looted": passiveSlip) or, in a phrase, before its particle
 * ("rounded up 200 migrants").
 */
function adjectiveParticiple(tokens: Token[], i: number, phraseLength: number): boolean {
  if (passiveSlip(tokens, i)) return true;
  const t = tokens[i]!;
  return t.pos === 'ADJ' && t.norm.endsWith('ed') && phraseLength > 1 && tokens[i + 1]?.pos === 'ADP';
}
