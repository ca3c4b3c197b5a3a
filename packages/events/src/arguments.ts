/**
 * @module arguments
 * Argument linking without a parser: walks left from a trigger for its subject and right for its
 * object and prepositional phrases, over POS tags and the actor/place layers. Handles passive
 * voice ("X was shelled by Y"), coordination (one actor group), nominal events ("X's bombardment
 * of Y", "a meeting between X and Y"), support verbs ("X launched an attack on Y") and relative
 * clauses ("the town, which is held by Z").
 */
import type { PloverType } from '@sitrep/model';
import type { Sentence, Token } from '@sitrep/nlp';
import type { TriggerMatch } from './triggers';
import { type ActorGroup, argumentWords, cueIn, is, lem, matchCue, type PlaceSpan, type View } from './view';

/** A location argument: a place and how the clause points at it. */
export interface PlaceArg {
  place: PlaceSpan;
  /** ACLED geo precision implied by the wording: 1 in/at the place, 2 near it. */
  near: boolean;
  rule: string;
}

/** What argument linking found for one trigger. */
export interface Args {
  actor: ActorGroup[];
  recipient: ActorGroup[];
  places: PlaceArg[];
  /** Token range of the clause the arguments were taken from. */
  clause: [number, number];
  passive: boolean;
  /** The subject is inherited from the previous verb ("X shelled A and killed B"). */
  coordinatedWith: number | null;
  /** Object words (nouns) after the trigger, lowercased lemmas: "six civilians" → civilian. */
  objectWords: string[];
  /**
   * Aid sent to a place with no actor named ("sent food aid to Gaza", "shipped systems to Kyiv"):
   * the place whose people or government receive it.
   */
  placeRecipient: PlaceSpan | null;
  /**
   * The recipient stands for its whole state ("warned that any US strike ...": the threat is to
   * the United States, not only to its military).
   */
  recipientAsState?: boolean;
  /**
   * Where the infinitive asked for starts ("urged Israel | to withdraw from Rafah"): the token
   * index of its "to". Places from there on belong to the act asked for, not to the asking.
   */
  complementAt?: number;
  why: string[];
}

/** Types whose acts happen at a place (a place as their object is the location). */
const PHYSICAL = new Set<string>(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE', 'RETREAT', 'AID', 'CONSULT']);

/** "over" as a place preposition, for attacks only ("drones downed over Belgorod"). */
const OVER: ReadonlySet<string> = new Set(['over']);

/** Acts that answer a proposal: its author, named as a modifier ("a Qatari plan"), is the recipient. */
const PROPOSAL_ANSWERS = new Set<string>(['AGREE', 'REJECT', 'SUPPORT', 'CONCEDE']);

/** Acts whose "on" names a topic, not a side: "talks on the border", "information on the PKK". */
const TOPIC_ON = new Set<string>(['CONSULT', 'COOPERATE', 'AGREE', 'REJECT', 'SUPPORT']);

/** True for a finite or participle verb that is not an auxiliary. */
function isVerb(token: Token): boolean {
  return token.pos === 'VERB';
}

/** A verb inside a hyphenated compound ("Saudi-led", "rebel-held") works as an adjective. */
function inCompound(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.norm === '-' || tokens[k]!.norm.includes('-');
}

/** True when token i opens a subordinate clause (which/that/after ...). */
function opensClause(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'SCONJ') return true;
  return (
    argumentWords().clause_openers.has(t.norm) && (t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'DET')
  );
}

/** The passive auxiliary before a verb ("was", "were", "has been", "got"), if any. */
function passiveAux(tokens: Token[], trigger: TriggerMatch, first: number): boolean {
  // "has been bombing" is progressive, not passive.
  if (trigger.nominal || trigger.head.norm.endsWith('ing')) return false;
  for (let k = trigger.first - 1; k >= Math.max(first, trigger.first - 4); k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && (lem(t) === 'be' || lem(t) === 'get')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'AUX') return false;
  }
  return false;
}

/** Sectors of institutions a protest outside or at is aimed at: governments, parliaments, courts, IGOs. */
const PROTESTED_AT = new Set(['GOV', 'LEG', 'JUD', 'IGO']);

/**
 * "pardoned 50 soldiers jailed over a coup plot": a participle right after a verb's object, with
 * no object of its own, describes that object (a reduced relative clause): read it as a passive.
 */
function reducedRelative(view: View, trigger: TriggerMatch, first: number): boolean {
  const { tokens } = view;
  if (trigger.nominal || trigger.end - trigger.first !== 1 || !trigger.head.norm.endsWith('ed')) return false;
  // The object may be a group named only by its modifier ("three [Iranian] firms accused of").
  const nounAfterGroup =
    tokens[trigger.first - 1]?.pos === 'NOUN' && (view.groupAt[trigger.first - 2] ?? -1) >= 0;
  const g = view.groupAt[trigger.first - (nounAfterGroup ? 2 : 1)] ?? -1;
  if (g < 0) return false;
  const next = tokens[trigger.end];
  if (next === undefined || !(next.pos === 'ADP' || next.pos === 'PUNCT')) return false;
  let j = view.groups[g]!.first - 1;
  for (;;) {
    while (j >= first && ['DET', 'NUM', 'ADJ'].includes(tokens[j]!.pos)) j--;
    // "reported dozens of civilians killed": a count before the group.
    if (j - 1 >= first && tokens[j]!.norm === 'of' && QUANTITY_NOUNS.has(tokens[j - 1]!.norm)) j -= 2;
    else break;
  }
  const verb = tokens[j];
  if (j < first || verb === undefined || verb.pos !== 'VERB') return false;
  // After a reporting verb the group usually opens a clause ("said the gunmen fled"); a casualty
  // verb that ends the clause there ("reported dozens of civilians killed.") still describes it.
  if (!argumentWords().reporting.has(lem(verb))) return true;
  return trigger.entry.flags.includes('casualty') && next.pos === 'PUNCT';
}

/** Counts before "of" and a group ("dozens of civilians"). */
const QUANTITY_NOUNS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'tens', 'several', 'some']);

/**
 * Walks left from `from` to the subject: the nearest actor group with only auxiliaries, adverbs
 * and a skipped parenthetical (", backed by Russian jets,") between it and the verb.
 */
function subjectLeft(
  view: View,
  from: number,
  first: number,
  why: string[],
  passiveHere = false,
): { group: ActorGroup | null; stop: number; place: PlaceSpan | null } {
  const { tokens } = view;
  let place: PlaceSpan | null = null;
  for (let k = from - 1; k >= first; k--) {
    const t = tokens[k]!;
    const g = view.groupAt[k]!;
    if (g >= 0) {
      // "Protesters demanding the resignation of the prime minister clashed": a group inside the
      // object of an -ing participle that follows the subject is not the subject.
      const head = relativeHead(view, view.groups[g]!.first, first);
      if (head) {
        why.push('arg:skip-ing-relative-object');
        return { group: head, stop: head.first, place };
      }
      // "Troops loyal to the junta clashed", "militias backed by Iran attacked": the group after
      // such a modifier only describes the subject before it.
      const owner = modifiedSubject(view, view.groups[g]!.first, first);
      if (owner) {
        why.push('arg:skip-modifier-phrase');
        return { group: owner, stop: owner.first, place };
      }
      return { group: view.groups[g]!, stop: k, place };
    }
    const p = view.placeAt[k]!;
    if (p >= 0 && place === null) place = view.places[p]!;
    // A date between subject and verb ("hostages held since March were freed") is skipped whole.
    if (view.timeAt[k] || (view.timeAt[k + 1] && k + 1 < from && (t.pos === 'ADP' || t.pos === 'SCONJ')))
      continue;
    if (t.norm === ',') {
      // A parenthetical opened by a participle or preposition is skipped whole.
      let c = k - 1;
      while (c >= first && tokens[c]!.norm !== ',') c--;
      const opener = tokens[c + 1];
      // "Peru's Congress, bowing to the unions, repealed": the tagger may call the -ing word a noun.
      const ingPhrase = opener?.norm.endsWith('ing') && tokens[c + 2]?.pos === 'ADP';
      if (c >= first && opener && (opener.pos === 'VERB' || opener.pos === 'ADP' || ingPhrase)) {
        why.push('arg:skip-parenthetical');
        k = c;
        continue;
      }
      if (c >= first && opener && (opener.norm === 'which' || opener.norm === 'who')) {
        k = c;
        continue;
      }
      // "Bolivia's president, Luis Arce, accused": a name in apposition to an actor is skipped.
      let names = c + 1 < k && c >= first && view.groupAt[c - 1]! >= 0;
      for (let j = c + 1; names && j < k; j++) names = tokens[j]!.pos === 'PROPN' || view.groupAt[j]! >= 0;
      if (names) {
        why.push('arg:skip-name-apposition');
        k = c;
        continue;
      }
      // "ISWAP, a Boko Haram offshoot, claimed": an apposition after a named actor is skipped.
      if (c >= first && opener && opener.pos === 'DET' && view.groupAt[c - 1]! >= 0) {
        why.push('arg:skip-apposition');
        k = c;
        continue;
      }
      return { group: null, stop: k, place };
    }
    // "supporters who had gathered outside parliament": the relative pronoun right before the
    // verb stands for the group it follows.
    if ((t.norm === 'who' || t.norm === 'which') && onlyAuxBetween(tokens, k + 1, from)) {
      let j = k - 1;
      if (tokens[j]?.norm === ',') j--;
      // "opposition supporters who": the group may name only the noun's modifier.
      if (j > first && view.groupAt[j]! < 0 && tokens[j]!.pos === 'NOUN') j--;
      const g = j >= first ? view.groupAt[j]! : -1;
      if (g >= 0) {
        why.push('arg:relative-pronoun->antecedent');
        return { group: view.groups[g]!, stop: k, place };
      }
    }
    if (t.norm === ';' || t.norm === ':' || opensClause(tokens, k)) return { group: null, stop: k, place };
    // "X shelled A and killed B": the subject of the second verb is X, found by coordination.
    if ((t.norm === 'and' || t.norm === 'but' || t.norm === 'then') && k === from - 1)
      return { group: null, stop: k, place };
    if (isVerb(t) && inCompound(tokens, k)) continue;
    // "The officers deployed in Haiti were attacked": a participle right after a noun phrase
    // (a reduced relative) describes the subject of the passive verb after it.
    if (passiveHere && isVerb(t) && t.norm.endsWith('ed') && view.groupAt[k - 1]! >= 0) {
      why.push('arg:skip-reduced-relative');
      continue;
    }
    // "bandits riding motorcycles raided": an -ing participle right after the subject's noun
    // phrase describes it (a reduced relative); its object is no subject.
    if (isVerb(t) && t.norm.endsWith('ing') && k > first && reducedIngRelative(view, k, first)) {
      why.push('arg:skip-reduced-relative-ing');
      continue;
    }
    // "claimed to have hit": a perfect or passive auxiliary the tagger calls a verb.
    if (isVerb(t) && k === from - 1 && (lem(t) === 'have' || lem(t) === 'be')) continue;
    if (isVerb(t)) {
      // Control verbs share their subject: "X is expected to meet", "X denied attacking", "X began shelling".
      const next = tokens[k + 1];
      // An infinitive of purpose shares the subject of the verb it follows: "the army crossed
      // into Congo to fight the FDLR".
      const purpose = tokens[from - 1]?.norm === 'to' && tokens[from - 1]!.pos === 'PART';
      const controls =
        (next?.norm === 'to' && next.pos === 'PART') ||
        (k + 1 === from && tokens[from]?.norm.endsWith('ing')) ||
        purpose;
      if (controls) {
        why.push(`arg:control-verb:${lem(t)}`);
        continue;
      }
      return { group: null, stop: k, place };
    }
  }
  return { group: null, stop: first - 1, place };
}

/** The subject before "loyal to", "backed by", ... and the group starting at `at`, or null. */
function modifiedSubject(view: View, at: number, first: number): ActorGroup | null {
  const { tokens } = view;
  let j = at - 1;
  while (j > first && tokens[j]!.pos === 'DET') j--;
  const prep = tokens[j];
  if (!prep || !['to', 'with', 'by'].includes(prep.norm)) return null;
  if (!argumentWords().modifier_links.has(tokens[j - 1]?.norm ?? '')) return null;
  const g = j - 2 >= first ? view.groupAt[j - 2]! : -1;
  return g >= 0 ? view.groups[g]! : null;
}

/** The verb from `verbs` right before a nominal trigger (determiners and modifiers between), or -1. */
function governingVerb(
  tokens: Token[],
  trigger: TriggerMatch,
  first: number,
  verbs: ReadonlySet<string>,
): number {
  for (let k = trigger.first - 1; k >= Math.max(first, trigger.first - 4); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return verbs.has(lem(t)) ? k : -1;
    // "fended off a raid".
    if (t.pos === 'ADP' && (t.norm === 'off' || t.norm === 'back')) continue;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'ADV', 'PART'].includes(t.pos)) return -1;
  }
  return -1;
}

/** The support verb governing a nominal trigger ("launched a drone attack"), if any. */
function supportVerb(tokens: Token[], trigger: TriggerMatch, first: number): number {
  for (let k = trigger.first - 1; k >= Math.max(first, trigger.first - 4); k--) {
    const t = tokens[k]!;
    // "Unions called a general strike": calling a protest is staging it (calling an attack a
    // crime is not carrying it out, so only for protests).
    if (t.pos === 'VERB' && lem(t) === 'call' && trigger.entry.type === 'PROTEST') return k;
    if (t.pos === 'VERB') return isSupportVerb(t) ? k : -1;
    // Phrasal particles: "carried out an airstrike", "stepped up attacks".
    if (t.pos === 'ADP' && (t.norm === 'out' || t.norm === 'up')) continue;
    // "responded with strikes on X", "retaliated with drone attacks": the verb carries the noun.
    if (t.norm === 'with' && ['respond', 'retaliate', 'react'].includes(lem(tokens[k - 1] ?? t)))
      return k - 1;
    // "claimed responsibility for an ambush": who claims it carried it out.
    if (
      t.norm === 'for' &&
      tokens[k - 1]?.norm === 'responsibility' &&
      tokens[k - 2] !== undefined &&
      ['claim', 'accept', 'take'].includes(lem(tokens[k - 2]!))
    )
      return k - 2;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'ADV', 'PART', 'AUX'].includes(t.pos)) return -1;
  }
  return -1;
}

/**
 * Links the arguments of one trigger.
 *
 * @param view
 *   The document index.
 * @param sentence
 *   The trigger's sentence.
 * @param trigger
 *   The trigger.
 * @param previous
 *   Arguments of the previous trigger in the sentence (for coordinated verbs).
 * @param previousVerb
 *   Arguments of the previous verbal trigger in the sentence, when it differs from `previous`.
 */
export function linkArguments(
  view: View,
  sentence: Sentence,
  trigger: TriggerMatch,
  previous: { args: Args; trigger: TriggerMatch } | null,
  previousVerb: { args: Args; trigger: TriggerMatch } | null = null,
): Args {
  const { tokens, lexicon } = view;
  const why: string[] = [];
  const args: Args = {
    actor: [],
    recipient: [],
    places: [],
    clause: [trigger.first, trigger.end],
    passive: false,
    coordinatedWith: null,
    objectWords: [],
    placeRecipient: null,
    why,
  };
  const first = sentence.first;
  const end = sentence.end;
  const reduced = reducedRelative(view, trigger, first);
  const passive = passiveAux(tokens, trigger, first) || reduced;
  args.passive = passive;
  if (passive) why.push(reduced ? 'arg:passive:reduced-relative' : 'arg:passive');

  // --- left side: subject, possessive, modifier actor
  let left = subjectLeft(view, trigger.first, first, why, passive);
  // An infinitive of purpose ("rallied in front of parliament to denounce the bill") takes the
  // subject of the verb it follows, not that verb's object; a noun's complement ("the
  // government's decision to suspend") keeps its own.
  if (
    tokens[trigger.first - 1]?.norm === 'to' &&
    tokens[trigger.first - 1]!.pos === 'PART' &&
    tokens[trigger.first - 2]?.pos !== 'NOUN'
  ) {
    for (let k = trigger.first - 2; k >= first; k--) {
      const t = tokens[k]!;
      if (t.norm === ',' || t.norm === ';' || opensClause(tokens, k)) break;
      if (isVerb(t) && !inCompound(tokens, k) && view.groupAt[k]! < 0) {
        // "urged Rwanda to withdraw its troops": a request's object is who is to act (object
        // control), not the one asking.
        const askedToAct =
          previous?.trigger.entry.type === 'REQUEST' &&
          previous.trigger.first <= k &&
          k < previous.trigger.end;
        if (left.group && left.group.first > k && !askedToAct) left = subjectLeft(view, k, first, why);
        else if (askedToAct) why.push('arg:asked-to-act->subject');
        break;
      }
    }
  }
  let clauseStart = left.stop + 1;
  let repelledBy: ActorGroup | null = null;
  if (trigger.nominal) {
    const before = tokens[trigger.first - 1];
    const g = left.group;
    const sv = supportVerb(tokens, trigger, first);
    if (
      g &&
      (g.end === trigger.first ||
        (before &&
          (before.norm === "'s" ||
            before.norm === '’s' ||
            // "Rebels' attack": the plural possessive.
            ((before.norm === "'" || before.norm === '’') && g.end === trigger.first - 1) ||
            before.pos === 'ADJ') &&
          g.end >= trigger.first - 2))
    ) {
      why.push(
        before?.norm === "'s" || before?.norm === '’s' ? 'arg:possessive-actor' : 'arg:modifier-actor',
      );
    } else if (sv >= 0) {
      left = subjectLeft(view, sv, first, why);
      clauseStart = left.stop + 1;
      why.push(`arg:support-verb:${lem(tokens[sv]!)}`);
    } else {
      // "troops repelled an attack by X": who repels the attack is the one attacked.
      const rv =
        trigger.entry.type === 'ASSAULT'
          ? governingVerb(tokens, trigger, first, argumentWords().repel_verbs)
          : -1;
      if (rv >= 0) repelledBy = subjectLeft(view, rv, first, why).group;
      // "X came under attack", "X came under heavy fire": X is the one attacked.
      const under = trigger.entry.type === 'ASSAULT' ? cameUnder(tokens, trigger, first) : -1;
      if (under >= 0) repelledBy = subjectLeft(view, under, first, why).group;
      // "Blinken travelled to Cairo on Monday for talks with Egyptian officials": who travels
      // for talks holds them.
      const travel = trigger.entry.type === 'CONSULT' ? travelFor(view, trigger, first) : -1;
      const traveller = travel >= 0 ? subjectLeft(view, travel, first, why) : null;
      left = { group: null, stop: left.stop, place: null };
      if (traveller?.group) {
        left = traveller;
        clauseStart = left.stop + 1;
        why.push(`arg:travelled-for->actor:${lem(tokens[travel]!)}`);
      }
    }
  }
  // "Attacking from three directions, RSF fighters overran ...", "Visiting Kinshasa, the
  // president met ...": a participle opening the sentence has the main clause's subject.
  if (!left.group && trigger.first === leadStart(tokens, first, end) && trigger.head.norm.endsWith('ing')) {
    const main = frontedSubject(view, trigger, end);
    if (main) {
      args.actor = [main];
      why.push('arg:fronted-participle->main-subject');
    }
  }
  // "Students occupied the campus, calling for X": a participle after a comma, with no subject of
  // its own, has the main clause's subject.
  if (
    !left.group &&
    !trigger.nominal &&
    trigger.head.norm.endsWith('ing') &&
    // ", calling for", and after a date: "released a report on Tuesday blaming".
    (tokens[trigger.first - 1]?.norm === ',' || view.timeAt[trigger.first - 1] === 1) &&
    !previous
  ) {
    const main = mainSubject(view, first, trigger.first - 1);
    if (main) {
      args.actor = [main];
      why.push('arg:comma-participle->main-subject');
    }
  }
  // "Hostages held by the ELN were handed over", "Food provided by the WFP was distributed": the
  // agent of a participle inside a passive subject is who hands over or gives; the noun it
  // describes is who receives (or is released).
  let agentOfSubject: ActorGroup | null = null;
  if (passive && left.group && TRANSFER_TYPES.has(trigger.entry.type ?? '')) {
    const participle = participleBefore(view, left.group.first, first);
    if (participle >= 0) {
      agentOfSubject = left.group;
      why.push('arg:subject-participle-agent->actor');
      left = subjectLeft(view, participle, first, why);
      clauseStart = left.stop + 1;
    }
  }
  // Coordinated verbs share the subject: "X shelled A and killed B". When the previous trigger is
  // a noun in the first verb's object ("condemned the attack and called on Y"), the subject is
  // that verb's.
  const prevTok = tokens[trigger.first - 1];
  const conjunct =
    previous?.trigger.nominal && previousVerb && previousVerb.trigger.first < previous.trigger.first
      ? previousVerb
      : previous;
  if (
    !left.group &&
    conjunct &&
    prevTok &&
    (prevTok.norm === 'and' || prevTok.norm === ',') &&
    !trigger.nominal
  ) {
    args.coordinatedWith = conjunct.trigger.first;
    args.actor = conjunct.args.actor;
    why.push('arg:coordinated-verb-subject');
  }
  // "The rebels withdrew their demand and agreed to resume talks": a verb after "and" with no
  // subject of its own shares the sentence's, even when the first verb coded no act.
  if (!left.group && !trigger.nominal && prevTok?.norm === 'and' && args.actor.length === 0) {
    const main = mainSubject(view, first, trigger.first - 1);
    if (main) {
      args.actor = [main];
      why.push('arg:coordinated-verb->main-subject');
    }
  }
  // "X began deporting refugees, the UN agency said, urging Islamabad to stop": a participle right
  // after a reporting clause has that clause's speaker as subject, not the first verb's.
  if (!left.group && !trigger.nominal && trigger.head.norm.endsWith('ing') && is(prevTok, ',')) {
    const speaker = reporterBefore(view, trigger.first - 1, first) ?? reportingSubject(view, first, previous);
    if (speaker) {
      args.actor = [speaker];
      args.coordinatedWith = null;
      why.push('arg:participle-after-reporting-clause->speaker');
    }
  }
  // "\"We call on X to ...,\" the minister said": a speaker's "we" or "I" inside a quote is the
  // speaker named after it.
  if (!left.group && args.actor.length === 0 && !trigger.nominal) {
    let j = trigger.first - 1;
    while (j >= first && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
    if (j >= first && argumentWords().speaker_pronouns.has(tokens[j]!.norm)) {
      const speaker = quoteSpeaker(view, trigger.end, end);
      if (speaker) {
        args.actor = [speaker];
        why.push('arg:quoted-we->speaker');
      }
    }
  }
  // "An airstrike on X killed two", "A drone strike by Y hit a depot": the subject of the verb is
  // the nominal event before it, not the actor named inside or before that noun phrase.
  if (left.group && !trigger.nominal && !passive && nominalSubject(view, previous, left.group, trigger)) {
    left = { group: null, stop: left.stop, place: null };
    why.push('arg:nominal-event-subject');
  }
  if (left.group) {
    if (passive) {
      args.recipient = [left.group];
      why.push('arg:passive-subject->recipient');
    } else {
      args.actor = [left.group];
      why.push('arg:subject->actor');
    }
  }
  if (agentOfSubject) args.actor = [agentOfSubject];
  if (left.place && passive)
    args.places.push({ place: left.place, near: false, rule: 'place:passive-subject' });

  // --- left side: a fronted place phrase in the clause ("In Aleppo, rebels attacked ...")
  for (let k = Math.max(first, clauseStart); k < trigger.first; k++) {
    const p = view.placeAt[k]!;
    if (p < 0 || view.groupAt[k]! >= 0) continue;
    const place = view.places[p]!;
    if (place.first !== k) continue;
    const prep = prepBefore(view, k, first);
    if (prep && !args.places.some((a) => a.place === place))
      args.places.push({ place, near: prep.near, rule: `place:${prep.rule}` });
  }

  // --- right side: object, prepositional phrases, by-agent, relative clause
  let lastPrep: string | null = null;
  let lastPrepNear = false;
  let sawObjectGroup = false;
  let betweenMode = false;
  // A gapped phrase ("expelled the French ambassador") holds its object inside the gap.
  const gapAt = trigger.entry.words.indexOf('...');
  let k = gapAt > 0 ? trigger.first + gapAt : trigger.end;
  let afterPlaceNoun = false;
  let nounSincePrep = false;
  let lastPlaceArg: PlaceArg | null = null;
  let prepIndex = -1;
  // "Ukraine received jets from Denmark": who the aid comes from gives it.
  let giver: ActorGroup | null = null;
  for (; k < end; k++) {
    const t = tokens[k]!;
    const g = view.groupAt[k]!;
    const p = view.placeAt[k]!;
    if (g >= 0) {
      const group = view.groups[g]!;
      if (
        lastPrep === 'on' &&
        trigger.nominal &&
        args.actor.length === 0 &&
        governingVerb(tokens, trigger, first, argumentWords().blame_verbs) >= 0
      ) {
        // "blamed the attack on the BLA": who it is blamed on did it, and is not who was hit.
        args.actor = [group];
        why.push('arg:blamed-on->actor');
        k = group.end - 1;
        continue;
      }
      if (lastPrep === 'by') {
        if (passive || trigger.nominal) {
          args.actor = [group];
          why.push('arg:by-agent->actor');
        }
        k = group.end - 1;
        continue;
      } else if (lastPrep === 'between' || betweenMode) {
        if (args.actor.length === 0) {
          args.actor = [group];
          args.recipient = [];
          why.push('arg:between->actor+recipient');
          // "between X and Y" arrives as one coordinated group: first mention acts, the rest receive.
          if (group.mentions.length > 1) {
            args.actor = [{ ...group, mentions: group.mentions.slice(0, 1) }];
            args.recipient = [{ ...group, mentions: group.mentions.slice(1) }];
          }
        } else if (args.recipient.length === 0) {
          args.recipient = [group];
          why.push('arg:between->recipient');
        }
      } else if (
        trigger.entry.type === 'PROTEST' &&
        (lastPrep === 'outside' || lastPrep === 'at') &&
        args.recipient.length === 0 &&
        group.mentions.some((m) => PROTESTED_AT.has(m.actor.sector ?? ''))
      ) {
        // "protested outside the Russian embassy", "outside the European Parliament", "outside the
        // Supreme Court": the institution protested at is the target.
        args.recipient = [group];
        why.push(`arg:protest-${lastPrep}->recipient`);
      } else if (
        lastPrep === 'from' &&
        (trigger.entry.acled === 'territory' ||
          trigger.entry.type === 'SANCTION' ||
          // "seized a border outpost from the junta".
          trigger.entry.mode === 'seize') &&
        args.recipient.length === 0
      ) {
        // "recaptured the town from M23": who loses the territory is the one acted on; "recalled
        // its envoy from Paris": the government the envoy leaves.
        args.recipient = [group];
        why.push(
          trigger.entry.type === 'SANCTION' ? 'arg:envoy-from->recipient' : 'arg:territory-from->recipient',
        );
      } else if (
        lastPrep === 'from' &&
        trigger.nominal &&
        trigger.entry.type === 'ASSAULT' &&
        args.actor.length === 0 &&
        !sawObjectGroup
      ) {
        // "came under attack from gangs", "rocket fire from Hezbollah": who it came from attacked.
        args.actor = [group];
        why.push('arg:attack-from->actor');
      } else if (
        lastPrep === 'from' &&
        args.recipient.length === 0 &&
        argumentWords().delegates.has(lem(tokens[prepIndex - 1] ?? t))
      ) {
        // "hosted a delegation from the Somali government": the delegation's sender is met.
        args.recipient = [group];
        why.push('arg:delegation-from->recipient');
      } else if (lastPrep === 'from' && trigger.entry.type === 'REQUEST' && args.recipient.length === 0) {
        // "requested food aid from the WFP", "demanding higher wages from factory owners": who is
        // asked is who the request is aimed at, not where the request comes from.
        args.recipient = [group];
        why.push('arg:asked-from->recipient');
      } else if (lastPrep === 'to' && handsOver(trigger)) {
        // "extradited a FARC commander to the United States", "handed the town over to the army":
        // who it is handed to is the recipient.
        args.recipient = [group];
        why.push('arg:handed-to->recipient');
      } else if (
        lastPrep === 'from' &&
        trigger.entry.type === 'AID' &&
        lem(trigger.head) === 'receive' &&
        giver === null
      ) {
        giver = group;
      } else if (
        lastPrep === 'from' ||
        (lastPrep === 'on' && TOPIC_ON.has(trigger.entry.type!)) ||
        // "deported 40 Uyghurs to China": where they are sent, not who is deported.
        (lastPrep === 'to' && trigger.entry.mode === 'deport') ||
        (lastPrep !== null &&
          !isRecipientPrep(lexicon.cues.recipient_prep, lastPrep) &&
          // "expressed support for the army": who is supported; "aid for Sudan", "pledged $40
          // million for Sudan": who receives it.
          !(lastPrep === 'for' && forRecipient(trigger.entry)))
      ) {
        // "forces from X", "in X": not the recipient.
      } else if (
        trigger.entry.type === 'AID' &&
        gapAt > 0 &&
        group.first < trigger.end &&
        (tokens[group.end]?.norm === "'s" || tokens[group.end]?.norm === '’s') &&
        args.recipient.length === 0 &&
        !ownSide(group, args.actor)
      ) {
        // "wrote off 50 million dollars of Malawi's debt": the owner of what is given or forgiven
        // receives it.
        args.recipient = [group];
        why.push('arg:aid-owner->recipient');
      } else if (
        trigger.entry.type === 'AID' &&
        gapAt > 0 &&
        group.first === trigger.first + 1 &&
        group.end < trigger.end &&
        args.recipient.length === 0 &&
        !ownSide(group, args.actor) &&
        group.mentions.every(
          (m) =>
            m.actor.country !== null &&
            m.actor.id.split('.')[0] === m.actor.country.toLowerCase() &&
            (m.actor.id.indexOf('.') < 0 || m.actor.id.endsWith('.gov')),
        )
      ) {
        // "gave Moldova 20 million euros": a state right after the verb, before the aid itself,
        // is its first object, who receives it (not an item of the aid, like "gave tanks").
        args.recipient = [group];
        why.push('arg:aid-first-object->recipient');
      } else if (
        gapAt > 0 &&
        k < trigger.end &&
        // "accepted an Egyptian proposal": who proposed is who the acceptance answers.
        ((tokens[group.end]?.pos === 'NOUN' &&
          trigger.entry.words.includes(lem(tokens[group.end]!)) &&
          !PROPOSAL_ANSWERS.has(trigger.entry.type!) &&
          // "declared two Belarusian diplomats persona non grata": a group with its own head noun
          // is the object, not a modifier of the phrase's noun.
          tokens[group.end - 1]?.pos !== 'NOUN') ||
          // A deployment's own noun read as an actor: "sending troops" (troops -> the army); in
          // "expelled the French ambassador" the phrase's noun is who is acted on, and stays.
          // So is the item of military aid ("delivered two fighter jets to X").
          ((trigger.entry.type === 'MOBILIZE' || trigger.entry.type === 'AID') && group.first < trigger.end))
      ) {
        // A modifier of the trigger's own noun inside a gapped phrase ("suspended military aid").
        k = group.end - 1;
        continue;
      } else if (lastPrep !== null && lastPrep !== 'of' && prepAfterPlaceNoun(tokens, k, lastPrep)) {
        // "near the border with Sudan", "the road to Goma": a place's neighbour, not who is hit.
      } else if (ownSide(group, args.actor)) {
        // "recalled its ambassador to Paris", "sent its troops": the actor's own people are not
        // who the act is aimed at; keep looking for that.
        k = group.end - 1;
        continue;
      } else if (args.recipient.length === 0 && (!sawObjectGroup || laterRecipientPrep(lastPrep))) {
        args.recipient = [group];
        why.push(lastPrep ? `arg:prep-${lastPrep}->recipient` : 'arg:object->recipient');
      }
      sawObjectGroup = true;
      k = group.end - 1;
      continue;
    }
    if (p >= 0 && view.places[p]!.first === k) {
      const place = view.places[p]!;
      // "shot down 14 drones over the Belgorod region": an attack's "over" is where it happened
      // (elsewhere "over" names a topic: "talks over Crimea", "protests over Gaza").
      const prep = prepBefore(view, k, trigger.end, trigger.entry.type === 'ASSAULT' ? OVER : undefined);
      if (prep) {
        lastPlaceArg = { place, near: prep.near, rule: `place:${prep.rule}` };
        args.places.push(lastPlaceArg);
      } else if (lastPlaceArg && isCoordinatedAfter(tokens, lastPlaceArg.place.end, k)) {
        lastPlaceArg = { place, near: lastPlaceArg.near, rule: `${lastPlaceArg.rule}+coordinated` };
        args.places.push(lastPlaceArg);
      } else if (
        (lastPrep === null && !sawObjectGroup && PHYSICAL.has(trigger.entry.type!)) ||
        afterPlaceNoun
      ) {
        // A place as the object of a physical act is where it happened ("shelled Izium"); as the
        // object of a verbal act it stands for its government ("blamed Kyiv"), not a location.
        lastPlaceArg = {
          place,
          near: lastPrepNear,
          rule: afterPlaceNoun ? 'place:object-of-place-noun' : 'place:direct-object',
        };
        args.places.push(lastPlaceArg);
      }
      // Aid sent "to Gaza", "for Sudan", "into Tigray": the place stands for who receives it.
      if (
        args.placeRecipient === null &&
        lastPrep !== null &&
        argumentWords().aid_destination.has(lastPrep) &&
        forRecipient(trigger.entry) &&
        trigger.entry.type !== 'SUPPORT'
      )
        args.placeRecipient = place;
      // "returned four villages to Azerbaijan", "handed the town over to Armenia": a state given
      // territory or people receives them.
      if (
        args.placeRecipient === null &&
        args.recipient.length === 0 &&
        lastPrep === 'to' &&
        handsOver(trigger) &&
        place.place.feature === 'country'
      )
        args.placeRecipient = place;
      // "fired rockets into (northern) Israel": fire across a border hits that state.
      if (
        args.placeRecipient === null &&
        lastPrep === 'into' &&
        trigger.entry.type === 'ASSAULT' &&
        place.place.feature === 'country'
      )
        args.placeRecipient = place;
      // A place after a preposition ("rallied in Dhaka") is not the object: a recipient may follow
      // ("... on Friday against the government"); nor is a place naming the object's site ("the
      // Gressier police station").
      // "three Dubai-based shipping firms": a place in a hyphenated compound modifies the group too.
      const after = tokens[place.end]?.norm === '-' && tokens[place.end + 1] ? place.end + 2 : place.end;
      const modifiesGroup = view.groupAt[after] !== undefined && view.groupAt[after]! >= 0;
      if ((lastPrep === null || afterPlaceNoun) && !modifiesGroup) sawObjectGroup = true;
      k = place.end - 1;
      continue;
    }
    // "expelled the envoy, accusing him of spying": an object pronoun right after the verb points
    // back at the party acted on before it.
    if (
      k === trigger.end &&
      t.pos === 'PRON' &&
      argumentWords().object_pronouns.has(t.norm) &&
      args.recipient.length === 0 &&
      !trigger.nominal
    ) {
      const antecedent = pronounAntecedent(view, first, trigger.first, args.actor, previous);
      if (antecedent) {
        args.recipient = [antecedent];
        sawObjectGroup = true;
        why.push('arg:object-pronoun->antecedent');
        continue;
      }
    }
    // A demand's that-clause names who is to act: "demanded that Israel withdraw" -> Israel; an
    // accusation's names who is accused: "charged that Algeria was harbouring terrorists".
    if (
      t.norm === 'that' &&
      (trigger.entry.type === 'REQUEST' || trigger.entry.type === 'ACCUSE') &&
      args.recipient.length === 0 &&
      !sawObjectGroup
    ) {
      let j = k + 1;
      while (j < end && tokens[j]!.pos === 'DET') j++;
      const g2 = view.groupAt[j] ?? -1;
      if (g2 >= 0) {
        args.recipient = [view.groups[g2]!];
        why.push('arg:that-clause-subject->recipient');
      }
      break;
    }
    // Relative clause naming who holds the object: ", which is held by Z" / "held by Z".
    if (
      t.norm === 'which' ||
      t.norm === 'that' ||
      (argumentWords().holder.has(t.norm) && tokens[k + 1]?.norm === 'by')
    ) {
      const holder = holderAfter(view, k, end);
      if (holder) {
        // "demanded the release of hostages held by Hamas": the demand is made of the holder.
        const release = trigger.entry.type === 'REQUEST' && trigger.entry.words.includes('release');
        if (args.recipient.length === 0 || release) {
          args.recipient = [holder.group];
          why.push('arg:relative-clause-holder->recipient');
        }
        k = holder.group.end - 1;
        break;
      }
      if (t.norm === 'which' || t.norm === 'that') break;
    }
    if (t.norm === ';' || t.norm === ':' || opensClause(tokens, k)) break;
    // "called on both sides to allow convoys through the Adre crossing": after a verbal act's
    // infinitive complement starts, its places and people belong to the act asked for (coded on
    // its own, as not having happened), not to the call.
    if (
      t.norm === 'to' &&
      !PHYSICAL.has(trigger.entry.type!) &&
      // Someone is asked between the verb and "to" ("urged Israel to"), unlike "threatened to
      // strike Kidal", whose place is the threat's own.
      k > trigger.end &&
      tokens[k + 1]?.pos === 'VERB' &&
      tokens[k + 1]?.sentence === t.sentence
    ) {
      args.complementAt = k;
      why.push('arg:infinitive-asked-for');
      break;
    }
    if (t.norm === ',') {
      const next = tokens[k + 1];
      if (next && (next.norm === 'which' || next.norm === 'who')) continue;
      // "The march, organised by women's groups, ended": a participle with a by-agent after a
      // nominal act names who did it.
      if (trigger.nominal && next && isVerb(next) && tokens[k + 2]?.norm === 'by' && args.actor.length === 0)
        continue;
      break;
    }
    // Not a passive ("the attack was condemned by Y" names who condemned, not who attacked).
    if (
      trigger.nominal &&
      isVerb(t) &&
      tokens[k + 1]?.norm === 'by' &&
      tokens[k - 1]?.pos !== 'AUX' &&
      args.actor.length === 0
    ) {
      why.push('arg:nominal-participle-by');
      continue;
    }
    // "beat and detained dozens of protesters": two verbs sharing one object; the first verb's
    // object is the second's ("and" right after the trigger, then a verb with no subject of its own).
    if (
      t.norm === 'and' &&
      k === trigger.end &&
      !trigger.nominal &&
      tokens[k + 1] &&
      isVerb(tokens[k + 1]!)
    ) {
      k++;
      continue;
    }
    // "... and killed B" ends the object; "... and suspected smugglers" does not.
    if (t.norm === 'and' && tokens[k + 1] && isVerb(tokens[k + 1]!) && !participleAdjective(view, k + 1))
      break;
    // "The attack on X was claimed by Y": the claimant carried it out.
    if (
      isVerb(t) &&
      trigger.nominal &&
      lem(t) === 'claim' &&
      tokens[k - 1]?.pos === 'AUX' &&
      tokens[k + 1]?.norm === 'by' &&
      args.actor.length === 0
    ) {
      const g2 = view.groupAt[k + 2] ?? -1;
      if (g2 >= 0) {
        args.actor = [view.groups[g2]!];
        why.push('arg:claimed-by->actor');
      }
      break;
    }
    if (isVerb(t) && trigger.nominal && argumentWords().event_predicates.has(lem(t))) {
      // "The talks took place in X": the nominal's own predicate; its objects are not recipients.
      sawObjectGroup = true;
      lastPrep = null;
      if (lem(t) === 'take' && is(tokens[k + 1], 'place')) k++;
      // "fighting pitted X against Y": the two sides, as with "between X and Y".
      if (lem(t) === 'pit') {
        betweenMode = true;
        lastPrep = 'between';
        sawObjectGroup = false;
      }
      continue;
    }
    // "A curfew was imposed on Imphal by the authorities", "the raid was carried out by X": a
    // nominal act as the subject of a passive support verb keeps reading its by-agent and objects.
    if (
      isVerb(t) &&
      trigger.nominal &&
      opensSentence(tokens, trigger, first) &&
      isSupportVerb(t) &&
      tokens[k - 1]?.pos === 'AUX' &&
      lem(tokens[k - 1]!) === 'be' &&
      args.actor.length === 0
    ) {
      why.push(`arg:nominal-subject-of-passive:${lem(t)}`);
      lastPrep = null;
      sawObjectGroup = false;
      continue;
    }
    // "Condemnation of the killing came from RSF": who the act came from is its actor.
    if (
      isVerb(t) &&
      trigger.nominal &&
      lem(t) === 'come' &&
      args.actor.length === 0 &&
      opensSentence(tokens, trigger, first)
    ) {
      let j = k + 1;
      while (j < end && tokens[j]!.pos === 'ADV') j++;
      if (tokens[j]?.norm === 'from') {
        j++;
        while (j < end && tokens[j]!.pos === 'DET') j++;
        const g2 = view.groupAt[j] ?? -1;
        if (g2 >= 0) {
          args.actor = [view.groups[g2]!];
          why.push('arg:came-from->actor');
        }
      }
      break;
    }
    if (isVerb(t) && inCompound(tokens, k)) continue;
    // "threatened to retaliate against Israel", "vowed to hit back at X": the threat's own verb
    // (no act of its own) stands between it and whom it is aimed at.
    if (
      t.norm === 'to' &&
      t.pos === 'PART' &&
      k === trigger.end &&
      trigger.entry.type === 'THREATEN' &&
      tokens[k + 1] !== undefined &&
      isVerb(tokens[k + 1]!)
    ) {
      k++;
      continue;
    }
    // "ambushed a convoy carrying Ethiopian peacekeepers", "a boat carrying migrants": who is
    // carried is who the act reaches.
    if (
      isVerb(t) &&
      argumentWords().carry_verbs.has(lem(t)) &&
      tokens[k - 1]?.pos === 'NOUN' &&
      t.norm.endsWith('ing')
    )
      continue;
    // "refused to let ECOWAS observers in", "urged X to allow aid workers": who is (not) let in
    // is who the refusal or demand concerns.
    if (isVerb(t) && k === trigger.end && argumentWords().permit_verbs.has(lem(t)) && !trigger.nominal)
      continue;
    // "evacuated hundreds of wounded Palestinians", "freed a kidnapped soldier": a participle
    // used as an adjective inside the object does not end it.
    if (
      isVerb(t) &&
      t.norm.endsWith('ed') &&
      (view.groupAt[k + 1]! >= 0 || tokens[k + 1]?.pos === 'NOUN') &&
      // "between soldiers and suspected smugglers" too; "struck suspected PKK hideouts": right
      // after the verb.
      (['DET', 'ADP', 'NUM', 'ADJ', 'CCONJ'].includes(tokens[k - 1]?.pos ?? '') ||
        (k === trigger.end && !trigger.nominal))
    )
      continue;
    // A verb inside a gapped phrase is the trigger's own word ("sanctions ... were lifted").
    if (isVerb(t) && k < trigger.end) continue;
    // "disbursed $100 million to help Sudanese refugees": aid's purpose names who receives it.
    if (
      trigger.entry.type === 'AID' &&
      args.recipient.length === 0 &&
      args.placeRecipient === null &&
      argumentWords().help_verbs.has(lem(t)) &&
      tokens[k - 1]?.norm === 'to'
    ) {
      let j = k + 1;
      while (j < end && tokens[j]!.pos === 'DET') j++;
      const g2 = view.groupAt[j] ?? -1;
      if (g2 >= 0) {
        args.recipient = [view.groups[g2]!];
        why.push('arg:aid-to-help->recipient');
      }
      break;
    }
    if (isVerb(t) && t.norm !== 'targeting' && !(trigger.nominal && k === trigger.end)) {
      // A participle inside the object ("the town held by Z") is handled above; any other verb ends it.
      break;
    }
    // "more than fifty parties", "fewer than ten": part of a number, not a preposition.
    if (t.norm === 'than' && ['more', 'less', 'fewer'].includes(tokens[k - 1]?.norm ?? '')) continue;
    // "slapped sanctions on nine firms over arms sales to Taiwan": the reason names no side.
    if (
      t.pos === 'ADP' &&
      argumentWords().reason_preps.has(t.norm) &&
      !PHYSICAL.has(trigger.entry.type ?? '') &&
      // "handed X over to Y": a particle before "to" is no reason.
      tokens[k + 1]?.norm !== 'to'
    )
      break;
    if (t.pos === 'ADP' || t.norm === 'targeting' || t.norm === 'between') {
      prepIndex = k;
      const near = matchCue(tokens, k, lexicon.cues.location_near, end);
      lastPrepNear = near > 0;
      lastPrep = t.norm;
      // "on charges of insulting the president": what is alleged, not who is acted on.
      if (t.norm === 'of' && argumentWords().charge_nouns.has(lem(tokens[k - 1] ?? t)))
        lastPrep = 'of-charge';
      nounSincePrep = false;
      if (t.norm === 'between') betweenMode = true;
      // "the towns of A", and a nominal's object "the bombardment of Kharkiv", name where it happened.
      afterPlaceNoun =
        t.norm === 'of' &&
        tokens[k - 1] !== undefined &&
        (argumentWords().place_nouns.has(lem(tokens[k - 1]!)) || (trigger.nominal && k === trigger.end));
      continue;
    }
    // "rejected on Tuesday a UN demand": a determiner after the preposition's noun opens a new
    // phrase, which that preposition no longer governs.
    if (t.pos === 'DET' && lastPrep !== null && !betweenMode && nounSincePrep) {
      lastPrep = null;
      afterPlaceNoun = false;
    }
    nounSincePrep = t.pos === 'NOUN' || t.pos === 'PROPN' || (nounSincePrep && t.pos !== 'DET');
    if (t.pos === 'NOUN' && lastPrep === null) args.objectWords.push(lem(t));
    if (t.pos === 'NOUN' && lastPrep !== null && lastPrep !== 'in' && lastPrep !== 'near')
      args.objectWords.push(lem(t));
  }
  // "threatened to close the strait if the United States struck": the condition's subject is
  // who is threatened.
  if (trigger.entry.type === 'THREATEN' && args.recipient.length === 0) {
    const at = cueIn(tokens, trigger.end, end, [['if']]);
    let j = at + 1;
    while (at >= 0 && j < end && tokens[j]!.pos === 'DET') j++;
    const g2 = at >= 0 ? (view.groupAt[j] ?? -1) : -1;
    if (g2 >= 0) {
      args.recipient = [view.groups[g2]!];
      why.push('arg:condition-subject->recipient');
    }
  }
  // "In a letter to the Security Council, Ukraine asked ...": a message fronted before the
  // clause names whom the speech act is addressed to.
  // A request is addressed to that body even when its object names a party ("asked for the
  // withdrawal of Ethiopian troops": the troops are what is asked about, not whom).
  const request = trigger.entry.type === 'REQUEST';
  if (
    (args.recipient.length === 0 || request) &&
    ADDRESSED_TYPES.has(trigger.entry.type ?? '') &&
    !trigger.nominal
  ) {
    const addressee = frontedAddressee(view, first, trigger.first);
    if (addressee && !args.actor.includes(addressee)) {
      args.recipient = [addressee];
      why.push('arg:fronted-message-to->recipient');
    }
  }
  // "rejected calls from ECOWAS to restore ...", "accepted an offer by Qatar": who made the
  // request or offer is whom the answer goes to.
  if (
    args.recipient.length === 0 &&
    (trigger.entry.type === 'REJECT' || trigger.entry.type === 'AGREE') &&
    !trigger.nominal
  ) {
    const maker = proposalMaker(view, trigger.first + 1, end);
    if (maker && !args.actor.includes(maker)) {
      args.recipient = [maker];
      why.push('arg:proposal-from->recipient');
    }
  }
  // "protested outside parliament in Nairobi", "a sit-in outside the governor's office in
  // Jaffna": a protest at a seat of government is aimed at that government, the state of the
  // place named with it.
  if (trigger.entry.type === 'PROTEST' && args.recipient.length === 0 && args.placeRecipient === null) {
    const seat = seatOfGovernment(tokens, trigger.end, end);
    const place =
      seat >= 0 ? view.places.find((p) => p.first > seat && p.first <= seat + 4 && p.first < end) : undefined;
    if (place) {
      args.placeRecipient = place;
      why.push('arg:protest-at-seat-of-government');
    }
  }
  // "warned that any US strike on his country would be met with ...": the party named in the
  // threat's that-clause subject is who is threatened (not the threatener's own side).
  if (trigger.entry.type === 'THREATEN' && args.recipient.length === 0 && !trigger.nominal) {
    let at = -1;
    for (let k = trigger.end; k < Math.min(end, trigger.end + 6); k++)
      if (tokens[k]!.norm === 'that') {
        at = k;
        break;
      }
    for (let k = at + 1; at >= 0 && k < Math.min(end, at + 5); k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      const g2 = view.groupAt[k]!;
      if (g2 < 0) continue;
      const group = view.groups[g2]!;
      const own = args.actor.some((a) =>
        a.mentions.some((m) =>
          group.mentions.some((n) => n.actor.country !== null && n.actor.country === m.actor.country),
        ),
      );
      if (!own && !args.actor.includes(group)) {
        args.recipient = [group];
        args.recipientAsState = true;
        why.push('arg:threat-clause-subject->recipient');
      }
      break;
    }
  }
  // "Bowing to weeks of protests by farmers, the government repealed ...", "Under pressure from
  // the EU, X lifted ...": a concession is made to whoever protested or pressed for it.
  if (trigger.entry.type === 'CONCEDE' && args.recipient.length === 0) {
    const source =
      previous &&
      (previous.trigger.entry.type === 'PROTEST' || previous.trigger.entry.type === 'REQUEST') &&
      previous.args.actor.length > 0 &&
      !previous.args.actor.some((g) => args.actor.includes(g))
        ? previous.args.actor
        : pressureSource(view, first, trigger.first, args.actor);
    if (source) {
      args.recipient = source;
      why.push('arg:concession-to-pressure->recipient');
    }
  }
  // "Russian forces pounded Kupiansk", "strikes on Kyiv", "drones struck a refinery in Russia's
  // Saratov region": a state's forces attacking a place of another state, with no one named as
  // hit, attack that state.
  if (trigger.entry.type === 'ASSAULT' && args.recipient.length === 0 && args.placeRecipient === null) {
    const foreign = foreignPlace(view, args);
    if (foreign) {
      args.placeRecipient = foreign;
      why.push('arg:foreign-place->its-state');
    }
  }
  if (repelledBy && args.recipient.length === 0 && !args.actor.includes(repelledBy)) {
    args.recipient = [repelledBy];
    why.push('arg:repelled-by->recipient');
  }
  // "X retreated after heavy clashes with Y": fighting "with Y" that the clause's act follows (or
  // accompanies) was fought by that act's subject.
  if (
    trigger.nominal &&
    trigger.entry.type === 'ASSAULT' &&
    args.actor.length === 0 &&
    args.recipient.length > 0 &&
    previous !== null &&
    previous.args.actor.length > 0 &&
    !previous.args.actor.some((g) => args.recipient.includes(g)) &&
    afterTimePrep(tokens, trigger.first, first)
  ) {
    args.actor = previous.args.actor;
    why.push('arg:clause-subject-fought->actor');
  }
  // "Thai rangers came under fire from insurgents": a verbal "come under" phrase has the one
  // attacked as subject and the attacker after "from".
  const words = trigger.entry.words;
  if (!trigger.nominal && words[0] === 'come' && words[1] === 'under' && !passive) {
    const subject = left.group;
    let from: ActorGroup | null = null;
    let j = words[words.length - 1] === 'from' ? trigger.end : -1;
    for (let f = trigger.end; j < 0 && f < Math.min(end, trigger.end + 4); f++)
      if (tokens[f]!.norm === 'from') j = f + 1;
    while (j >= 0 && j < end && tokens[j]!.pos === 'DET') j++;
    if (j >= 0 && (view.groupAt[j] ?? -1) >= 0) from = view.groups[view.groupAt[j]!]!;
    args.actor = from ? [from] : [];
    args.recipient = subject ? [subject] : [];
    why.push('arg:came-under-from->actor');
  }
  // A receiving subject is the aid's recipient and the "from" side its giver.
  if (giver && !passive) {
    args.recipient = args.actor;
    args.actor = [giver];
    why.push('arg:received-from->actor');
  }
  // Nominal "by" after the trigger: "an attack by X on Y" is handled; a passive with no "by" keeps no actor.
  args.clause = [Math.max(first, clauseStart), Math.max(trigger.end, k)];
  // "X and Y held talks" / "talks between X and Y": with no recipient, a coordinated subject is reciprocal.
  return args;
}

/**
 * The speaker of a reporting clause ending at the comma `comma`: "..., the UN agency said," or
 * "..., said the UN agency," (a date may follow the verb); null when the clause is not one.
 */
function reporterBefore(view: View, comma: number, first: number): ActorGroup | null {
  const { tokens } = view;
  let j = comma - 1;
  while (j >= first && view.timeAt[j]) j--;
  // "said on Monday": the preposition of the date.
  if (j >= first && tokens[j]!.pos === 'ADP' && view.timeAt[j + 1]) j--;
  const verb = tokens[j];
  if (j >= first && verb && isVerb(verb) && argumentWords().reporting.has(lem(verb))) {
    let s = j - 1;
    while (s >= first && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV')) s--;
    const g = s >= first ? view.groupAt[s]! : -1;
    // The clause must itself follow a comma: "X said, urging" is the main clause's own subject.
    if (g >= 0 && is(tokens[view.groups[g]!.first - 1], ',')) return view.groups[g]!;
    if (
      g >= 0 &&
      tokens[view.groups[g]!.first - 1]?.pos === 'DET' &&
      is(tokens[view.groups[g]!.first - 2], ',')
    )
      return view.groups[g]!;
    return null;
  }
  // "..., said the UN agency,".
  const g = j >= first ? view.groupAt[j]! : -1;
  if (g < 0) return null;
  let v = view.groups[g]!.first - 1;
  while (v >= first && tokens[v]!.pos === 'DET') v--;
  const before = tokens[v];
  return v >= first &&
    before &&
    isVerb(before) &&
    argumentWords().reporting.has(lem(before)) &&
    is(tokens[v - 1], ',')
    ? view.groups[g]!
    : null;
}

/**
 * The main subject when it is a speaker whose reported clause holds the previous act: "The UN
 * agency said that Iran had deported 300 Afghans, urging Tehran to stop" (the agency urges).
 */
function reportingSubject(
  view: View,
  first: number,
  previous: { args: Args; trigger: TriggerMatch } | null,
): ActorGroup | null {
  if (!previous) return null;
  const { tokens } = view;
  const main = mainSubject(view, first, previous.trigger.first);
  if (!main) return null;
  let v = main.end;
  while (v < previous.trigger.first && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV')) v++;
  return isVerb(tokens[v]!) && argumentWords().reporting.has(lem(tokens[v]!)) && v < previous.trigger.first
    ? main
    : null;
}

/**
 * The speaker a quote is attributed to after its closing mark: "\"...,\" the minister told
 * reporters", "\"...,\" said X"; null when the quote is not attributed right after it.
 */
function quoteSpeaker(view: View, from: number, end: number): ActorGroup | null {
  const { tokens } = view;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (!['"', '”', "''"].includes(t.norm) || !is(tokens[k - 1], ',')) continue;
    let j = k + 1;
    while (j < end && tokens[j]!.pos === 'DET') j++;
    const g = view.groupAt[j] ?? -1;
    if (g >= 0) {
      const verb = tokens[view.groups[g]!.end];
      return verb && isVerb(verb) && argumentWords().reporting.has(lem(verb)) ? view.groups[g]! : null;
    }
    const verb = tokens[j];
    if (verb && isVerb(verb) && argumentWords().reporting.has(lem(verb))) {
      let n = j + 1;
      while (n < end && tokens[n]!.pos === 'DET') n++;
      const g2 = view.groupAt[n] ?? -1;
      return g2 >= 0 ? view.groups[g2]! : null;
    }
    return null;
  }
  return null;
}

/**
 * What an object pronoun ("him", "them") right after a verb points at: the previous act's
 * recipient, else the nearest party before the verb that is not the actor; null when none.
 */
function pronounAntecedent(
  view: View,
  first: number,
  at: number,
  actor: ActorGroup[],
  previous: { args: Args; trigger: TriggerMatch } | null,
): ActorGroup | null {
  const before = previous?.args.recipient.filter((g) => !actor.includes(g) && !ownSide(g, actor)) ?? [];
  if (before.length > 0) return before[0]!;
  for (let k = at - 1; k >= first; k--) {
    const g = view.groupAt[k]!;
    if (g < 0) continue;
    const group = view.groups[g]!;
    if (!actor.includes(group) && !ownSide(group, actor)) return group;
    k = group.first;
  }
  return null;
}

/**
 * Who pressed for a concession, named before it: "Under pressure from the EU, ...", "Bowing to
 * demands by teachers, ..."; null when no such phrase names a party other than the actor.
 */
function pressureSource(view: View, first: number, to: number, actor: ActorGroup[]): ActorGroup[] | null {
  const { tokens } = view;
  for (let k = first; k < to - 1; k++) {
    const t = tokens[k]!;
    const prep = tokens[k + 1]!;
    let j = k + 2;
    if (argumentWords().pressure_verbs.has(t.norm)) {
      // "bowing to the transport unions", "caving in to".
      if (prep.norm === 'in' && is(tokens[k + 2], 'to')) j++;
      else if (prep.norm !== 'to') continue;
    } else if (!argumentWords().pressure_nouns.has(t.norm)) continue;
    else if (prep.norm !== 'from' && prep.norm !== 'by' && prep.norm !== 'of') continue;
    // "the transport unions": modifiers before the group's head word.
    const limit = j + 4;
    while (j < Math.min(to, limit) && view.groupAt[j]! < 0 && ['DET', 'ADJ', 'NOUN'].includes(tokens[j]!.pos))
      j++;
    const g = view.groupAt[j] ?? -1;
    if (g >= 0 && !actor.includes(view.groups[g]!) && !ownSide(view.groups[g]!, actor))
      return [view.groups[g]!];
  }
  return null;
}

/**
 * The place of an attack that lies in another state than the attacking state's forces (all actor
 * mentions one state's: its id or an institution of it), when nothing civilian is named as hit
 * (a civilian site stands for its civilians) and no holder is named; null otherwise.
 */
function foreignPlace(view: View, args: Args): PlaceSpan | null {
  const countries = new Set(args.actor.flatMap((g) => g.mentions.map((m) => m.actor.country ?? '')));
  if (countries.size !== 1 || countries.has('')) return null;
  const own = [...countries][0]!;
  const ofState = args.actor.every((g) =>
    g.mentions.every((m) => m.actor.id.split('.')[0] === own.toLowerCase()),
  );
  if (!ofState) return null;
  if (args.objectWords.some((w) => argumentWords().civilian_sites.has(w))) return null;
  for (const arg of args.places) {
    const iso2 = arg.place.place.country;
    const state = iso2 ? view.lexicon.countries?.get(iso2) : undefined;
    if (!state || state.iso3 === own || arg.near) continue;
    if (heldBy(view, arg.place)) continue;
    return arg.place;
  }
  return null;
}

/**
 * The maker of a request or offer right after the trigger: "rejected calls from ECOWAS",
 * "turned down a request by the UN", "accepted an offer from Qatar" (at most four words between
 * the trigger and the noun); null when there is none.
 */
function proposalMaker(view: View, from: number, to: number): ActorGroup | null {
  const { tokens } = view;
  for (let k = from; k < Math.min(to, from + 5); k++) {
    const t = tokens[k]!;
    const prep = tokens[k + 1];
    // The tagger reads "calls", "demands" as verbs; the preposition after them decides.
    const noun =
      argumentWords().proposals.has(lem(t)) || argumentWords().proposals.has(t.norm.replace(/s$/, ''));
    // "a ceasefire proposal put forward by Egypt", "a plan drafted by the AU": a participle with
    // its particle between the noun and "by".
    if (noun && prep && (isVerb(prep) || prep.norm === 'put')) {
      let b = k + 2;
      if ((tokens[b]?.pos === 'ADP' || tokens[b]?.pos === 'ADV') && tokens[b]!.norm !== 'by') b++;
      if (tokens[b]?.norm === 'by') {
        let j = b + 1;
        while (j < to && tokens[j]!.pos === 'DET') j++;
        const g = view.groupAt[j] ?? -1;
        if (g >= 0) return view.groups[g]!;
      }
    }
    if (noun && (prep?.norm === 'from' || prep?.norm === 'by')) {
      let j = k + 2;
      while (j < to && tokens[j]!.pos === 'DET') j++;
      const g = view.groupAt[j] ?? -1;
      return g >= 0 ? view.groups[g]! : null;
    }
    if (view.groupAt[k]! >= 0 || t.pos === 'VERB' || t.text === ',') return null;
    if (!noun || t.pos !== 'NOUN') continue;
    if (!prep || !(prep.norm === 'from' || prep.norm === 'by')) return null;
    let j = k + 2;
    while (j < to && tokens[j]!.pos === 'DET') j++;
    const g = view.groupAt[j] ?? -1;
    return g >= 0 ? view.groups[g]! : null;
  }
  return null;
}

/**
 * The index of a seat-of-government word right after "outside" or "in front of" in
 * `[from, to)` ("outside parliament", "outside the governor's office"), or -1.
 */
function seatOfGovernment(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const at =
      t.norm === 'outside'
        ? k + 1
        : t.norm === 'front' && is(tokens[k - 1], 'in') && is(tokens[k + 1], 'of')
          ? k + 2
          : -1;
    if (at < 0) continue;
    for (let j = at; j < Math.min(to, at + 5); j++) {
      const w = lem(tokens[j]!);
      if (!argumentWords().seats.has(w) && !argumentWords().seats.has(tokens[j]!.norm)) continue;
      // A bare "parliament", "the legislature" is one; an office or a hall needs a governing owner.
      const owned = [j - 1, j - 2, j - 3].some(
        (i) => i >= at && argumentWords().seat_owners.has(tokens[i]!.norm),
      );
      if (argumentWords().bare_seats.has(tokens[j]!.norm) || owned) return j;
    }
  }
  return -1;
}

/** Speech acts a fronted message can be addressed to. */
const ADDRESSED_TYPES = new Set<string>(['REQUEST', 'ACCUSE', 'THREATEN', 'REJECT'] satisfies PloverType[]);
/**
 * The addressee of a message phrase opening the sentence before a comma: "In a letter to the
 * Security Council, X asked ...", "In a phone call with Y, X urged ...". Null when there is none.
 */
function frontedAddressee(view: View, first: number, to: number): ActorGroup | null {
  const { tokens } = view;
  // The phrase opens the sentence, or follows a dateline or label ("KYIV — In a letter ...").
  let start = first;
  while (start < to && start < first + 4 && !is(tokens[start], 'in')) start++;
  if (!is(tokens[start], 'in')) return null;
  if (start > first && !/^[:—–-]$/.test(tokens[start - 1]!.text)) return null;
  for (let k = start + 1; k < Math.min(to, start + 6); k++) {
    const t = tokens[k]!;
    if (!argumentWords().message_nouns.has(lem(t))) continue;
    const prep = tokens[k + 1];
    if (!prep || !(prep.norm === 'to' || prep.norm === 'with')) return null;
    let j = k + 2;
    while (j < to && tokens[j]!.pos === 'DET') j++;
    const g = view.groupAt[j] ?? -1;
    if (g < 0) return null;
    const group = view.groups[g]!;
    // The phrase must close with a comma before the clause it introduces.
    return tokens[group.end]?.text === ',' ? group : null;
  }
  return null;
}

/**
 * The group an -ing participle describes when the group at `at` sits in that participle's object
 * ("[Protesters] demanding the resignation of [the prime minister]"), or null.
 */
function relativeHead(view: View, at: number, first: number): ActorGroup | null {
  const { tokens } = view;
  for (let k = at - 1; k > first; k--) {
    const t = tokens[k]!;
    if (view.groupAt[k]! >= 0) return null;
    if (t.pos === 'VERB') {
      if (!t.norm.endsWith('ing')) return null;
      const g = view.groupAt[k - 1]!;
      return g >= 0 ? view.groups[g]! : null;
    }
    if (!['NOUN', 'ADJ', 'DET', 'ADP', 'NUM', 'PROPN'].includes(t.pos)) return null;
  }
  return null;
}

/**
 * The travel verb in "travelled to Cairo on Monday for talks": the nominal follows "for" and the
 * verb comes before it with only places, dates and prepositions between; -1 when there is none.
 */
function travelFor(view: View, trigger: TriggerMatch, first: number): number {
  const { tokens } = view;
  let k = trigger.first - 1;
  while (k > first && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  if (tokens[k]?.norm !== 'for') return -1;
  for (let j = k - 1; j >= Math.max(first, k - 10); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return argumentWords().travel_verbs.has(lem(t)) ? j : -1;
    if (view.placeAt[j]! >= 0 || view.timeAt[j]) continue;
    if (!['ADP', 'DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PUNCT'].includes(t.pos)) return -1;
  }
  return -1;
}

/** The verb "come" in "came under (repeated) attack" before a nominal attack, or -1. */
function cameUnder(tokens: Token[], trigger: TriggerMatch, first: number): number {
  let k = trigger.first - 1;
  // "under repeated attack": the tagger may call the modifier a verb.
  while (k > first && (['ADJ', 'ADV'].includes(tokens[k]!.pos) || tokens[k]!.norm.endsWith('ed'))) k--;
  if (tokens[k]?.norm !== 'under') return -1;
  const verb = tokens[k - 1];
  return verb && k - 1 >= first && lem(verb) === 'come' ? k - 1 : -1;
}

/** The subject of a sentence's main clause before `to`: its first group right before a verb. */
function mainSubject(view: View, first: number, to: number): ActorGroup | null {
  const { tokens } = view;
  let k = leadStart(tokens, first, to);
  while (k < to && ['DET', 'ADJ', 'NUM'].includes(tokens[k]!.pos)) k++;
  const g = view.groupAt[k] ?? -1;
  if (g < 0) return null;
  const group = view.groups[g]!;
  let j = group.end;
  while (j < to && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j++;
  return j < to && tokens[j]!.pos === 'VERB' ? group : null;
}

/** True when tokens [from, to) are only auxiliaries, adverbs and particles ("had", "has not"). */
function onlyAuxBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos)) return false;
  return true;
}

/** True when the -ed verb at k modifies the noun or actor right after it ("suspected smugglers"). */
function participleAdjective(view: View, k: number): boolean {
  const { tokens } = view;
  return tokens[k]!.norm.endsWith('ed') && (view.groupAt[k + 1]! >= 0 || tokens[k + 1]?.pos === 'NOUN');
}

/**
 * True when a token is a support verb; "staged" is also read as "stage" (the lemmatizer gives
 * "stag" for some -ed forms of verbs ending in e).
 */
function isSupportVerb(t: Token): boolean {
  return (
    argumentWords().support_verbs.has(lem(t)) ||
    (t.norm.endsWith('ed') && argumentWords().support_verbs.has(t.norm.slice(0, -1)))
  );
}

/**
 * True when the -ing verb at k follows a noun phrase that opens the clause ("fifty bandits riding
 * motorcycles raided"): the phrase before it holds an actor group, or a plain noun ends it.
 */
function reducedIngRelative(view: View, k: number, first: number): boolean {
  const { tokens } = view;
  const before = tokens[k - 1]!;
  if (view.groupAt[k - 1]! < 0 && before.pos !== 'NOUN') return false;
  // The participle's own object must be followed by the main verb, not be a new clause.
  let j = k - 1;
  while (
    j >= first &&
    view.groupAt[j]! < 0 &&
    ['NOUN', 'ADJ', 'DET', 'NUM', 'ADV', 'ADP'].includes(tokens[j]!.pos)
  )
    j--;
  return j >= first && view.groupAt[j]! >= 0;
}

/** Types where an agent named inside a passive subject gives or hands over (aid, releases). */
const TRANSFER_TYPES = new Set<string>(['AID', 'RETREAT'] satisfies PloverType[]);

/**
 * The participle of a reduced relative right before a by-agent at `groupFirst` ("hostages held by
 * [the ELN]"), or -1.
 */
function participleBefore(view: View, groupFirst: number, first: number): number {
  const { tokens } = view;
  let j = groupFirst - 1;
  while (j >= first && tokens[j]!.pos === 'DET') j--;
  if (tokens[j]?.norm !== 'by') return -1;
  const verb = tokens[j - 1];
  // Irregular participles too ("held", "sent", "kept"); a noun before it is the phrase's head.
  return j - 1 > first &&
    verb !== undefined &&
    (verb.pos === 'VERB' || verb.pos === 'ADJ') &&
    tokens[j - 2]?.pos !== 'AUX'
    ? j - 1
    : -1;
}

/** The subject of the main clause after a sentence-opening participial phrase, if any. */
function frontedSubject(view: View, trigger: TriggerMatch, end: number): ActorGroup | null {
  const { tokens } = view;
  for (let k = trigger.end; k < end; k++) {
    const t = tokens[k]!;
    // "Fighting in the town left nine dead, officials said": a verb before the comma makes the
    // participle the subject of its own clause, not a fronted phrase.
    if (t.pos === 'VERB' && view.groupAt[k]! < 0) return null;
    if (t.norm !== ',') continue;
    let j = k + 1;
    while (j < end && ['DET', 'ADJ', 'NUM'].includes(tokens[j]!.pos)) j++;
    const g = view.groupAt[j] ?? -1;
    return g >= 0 ? view.groups[g]! : null;
  }
  return null;
}

/**
 * Where a sentence's own words start: after a dateline or label closed by a colon or dash within
 * its first words ("KABUL — Gunmen ...", "Update: ..."), else at its first token.
 */
export function leadStart(tokens: Token[], first: number, end: number): number {
  for (let k = first; k < Math.min(end, first + 5); k++) {
    const n = tokens[k]!.norm;
    if (n === ':' || n === '—' || n === '--') return k + 1;
  }
  return first;
}

/** True when only determiners and modifiers stand before a nominal trigger in its sentence. */
function opensSentence(tokens: Token[], trigger: TriggerMatch, first: number): boolean {
  for (let k = leadStart(tokens, first, trigger.first); k < trigger.first; k++)
    if (!['DET', 'ADJ', 'NUM', 'PUNCT'].includes(tokens[k]!.pos)) return false;
  return true;
}

/** Verbs of handing a person over to another state ("extradited X to Y"). */
function handsOver(trigger: TriggerMatch): boolean {
  const w = trigger.entry.words;
  return (
    w[0] === 'extradite' ||
    w[0] === 'extradition' ||
    // "handed over X to", and "handed a fugitive ... over to".
    w[0] === 'hand' ||
    // "agreed to return four border villages to Azerbaijan".
    (w[0] === 'return' && trigger.entry.type === 'RETREAT')
  );
}

/** True when the nominal at `at` follows "after", "following" or "during" (adjectives between). */
function afterTimePrep(tokens: Token[], at: number, first: number): boolean {
  let j = at - 1;
  while (j >= first && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'DET')) j--;
  return j >= first && ['after', 'following', 'during', 'amid'].includes(tokens[j]!.norm);
}

/**
 * A recipient preposition after an earlier place or object still introduces the recipient
 * ("rallied in Dhaka on Friday against the government", "a car bomb targeting soldiers"); "of",
 * "to" and "from" do not.
 */
function laterRecipientPrep(prep: string | null): boolean {
  return prep !== null && ['against', 'targeting', 'on', 'at', 'toward', 'towards', 'with'].includes(prep);
}

/** True when the preposition last seen before token k follows a place noun ("the border with"). */
function prepAfterPlaceNoun(tokens: Token[], k: number, prep: string): boolean {
  let j = k - 1;
  while (j > 0 && k - j < 8 && tokens[j]!.norm !== prep) j--;
  const before = tokens[j - 1];
  return tokens[j]?.norm === prep && before !== undefined && argumentWords().place_nouns.has(lem(before));
}

/**
 * True when the nominal trigger before a verb is the verb's subject and `group` belongs to its
 * noun phrase: its modifier ("A Russian missile attack killed") or inside its complement ("An
 * airstrike on a Hezbollah post killed"), with no verb or comma in between.
 */
function nominalSubject(
  view: View,
  previous: { args: Args; trigger: TriggerMatch } | null,
  group: ActorGroup,
  trigger: TriggerMatch,
): boolean {
  if (!previous?.trigger.nominal || previous.trigger.end > trigger.first) return false;
  const { tokens } = view;
  for (let k = previous.trigger.end; k < trigger.first; k++) {
    const t = tokens[k]!;
    if (t.norm === ',' || t.norm === ';' || opensClause(tokens, k)) return false;
    // "An Israeli strike on a school sheltering displaced families killed 15": a participle inside
    // the nominal's object (a reduced relative, or an adjective) does not end the subject.
    const insideObject = t.norm.endsWith('ing') || participleAdjective(view, k);
    if (isVerb(t) && !inCompound(tokens, k) && view.groupAt[k]! < 0 && !insideObject) return false;
  }
  const modifier = previous.args.actor.includes(group) && group.end <= previous.trigger.first;
  return modifier || group.first >= previous.trigger.end;
}

/** A possessive phrase of the actor's own side: "its ambassador", "their own fighters". */
function ownSide(group: ActorGroup, actor: ActorGroup[]): boolean {
  const countries = new Set(actor.flatMap((g) => g.mentions.map((m) => m.actor.country ?? m.actor.id)));
  return group.mentions.every(
    (m) => /^(?:its|their)\b/i.test(m.text) && countries.has(m.actor.country ?? m.actor.id),
  );
}

/**
 * True when "for X" names who the act is for: support given, aid sent, and aid or money pledged
 * (an AGREE with a humanitarian or economic context).
 */
function forRecipient(entry: { type: string | null; context: string[]; mode?: string | null }): boolean {
  if (entry.type === 'SUPPORT' || entry.type === 'AID') return true;
  // "issued an arrest warrant for X": X is the one threatened with arrest.
  if (entry.type === 'THREATEN' && entry.mode === 'arrest') return true;
  return entry.type === 'AGREE' && entry.context.some((c) => c === 'humanitarian' || c === 'economic');
}

/** True when the prepositional cue introduces a recipient. */
function isRecipientPrep(list: string[][], prep: string): boolean {
  return list.some((w) => w.length === 1 && w[0] === prep);
}

/** True when only "and"/","/"or" lie between two token positions. */
function isCoordinatedAfter(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const n = tokens[k]!.norm;
    if (n !== ',' && n !== 'and' && n !== 'or' && n !== 'the') return false;
  }
  return true;
}

/**
 * The preposition that places token `k` ("in", "near", "on the outskirts of", "the towns of"):
 * looks back over determiners, adjectives and place nouns, not past `limit`.
 */
export function prepBefore(
  view: View,
  k: number,
  limit: number,
  extra?: ReadonlySet<string>,
): { rule: string; near: boolean } | null {
  const { tokens, lexicon } = view;
  for (let j = k - 1; j >= Math.max(limit, k - 7); j--) {
    const t = tokens[j]!;
    for (let s = Math.max(limit, j - 3); s <= j; s++) {
      const endNear = matchCue(tokens, s, lexicon.cues.location_near, k);
      if (endNear > 0 && endNear >= j + 1 && endNear <= k) {
        return {
          rule: tokens
            .slice(s, endNear)
            .map((x) => x.norm)
            .join('-'),
          near: true,
        };
      }
    }
    if (t.pos === 'ADP') {
      if (t.norm === 'of' && tokens[j - 1] && argumentWords().place_nouns.has(lem(tokens[j - 1]!)))
        return { rule: `of-${lem(tokens[j - 1]!)}`, near: false };
      if (matchCue(tokens, j, lexicon.cues.location_prep, j + 1) > 0 || extra?.has(t.norm))
        return { rule: t.norm, near: false };
      return null;
    }
    if (
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      (t.pos === 'NOUN' && argumentWords().place_nouns.has(lem(t))) ||
      t.pos === 'NUM'
    )
      continue;
    if (t.pos === 'PROPN' && view.placeAt[j]! >= 0) continue;
    return null;
  }
  return null;
}

/** ", which is held by Z" / "held by Z" starting at token k: the holder group. */
function holderAfter(view: View, k: number, end: number): { group: ActorGroup } | null {
  const { tokens } = view;
  let j = k;
  if (tokens[j]!.norm === 'which' || tokens[j]!.norm === 'that') j++;
  while (j < end && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j++;
  if (
    j >= end ||
    (!argumentWords().holder.has(tokens[j]!.norm) && !argumentWords().holder.has(lem(tokens[j]!)))
  )
    return null;
  j++;
  if (!is(tokens[j], 'by')) return null;
  j++;
  while (j < end && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j++;
  const g = view.groupAt[j] ?? -1;
  return g >= 0 ? { group: view.groups[g]! } : null;
}

/**
 * Actor groups holding a place by a "Z-held" compound just before it ("the rebel-held town of X").
 *
 * @param view
 *   The document index.
 * @param place
 *   The place.
 */
export function heldBy(view: View, place: PlaceSpan): ActorGroup | null {
  const { tokens } = view;
  for (let j = place.first - 1; j >= Math.max(0, place.first - 6); j--) {
    const t = tokens[j]!;
    if ((t.norm === 'held' || t.norm === 'controlled') && tokens[j - 1]?.norm === '-') {
      const g = view.groupAt[j - 2] ?? -1;
      return g >= 0 ? view.groups[g]! : null;
    }
    if (t.norm.endsWith('-held') || t.norm.endsWith('-controlled')) {
      const g = view.groupAt[j] ?? -1;
      return g >= 0 ? view.groups[g]! : null;
    }
    if (!['DET', 'ADJ', 'NOUN', 'ADP', 'PUNCT', 'VERB'].includes(t.pos)) return null;
  }
  return null;
}
