/**
 * @module stage
 * The `events` stage, read top to bottom: per sentence, find triggers (triggers.ts), link their
 * arguments (arguments.ts), decide modality and attribution (modality.ts), fold casualty reports
 * and later mentions ("the attack") into the event they describe, then date, locate (one event
 * per location), code ACLED (acled.ts), count fatalities (fatalities.ts) and score (confidence.ts).
 */
import type {
  ActorMention,
  ActorRef,
  DateOf,
  Doc,
  Event,
  EventAnchor,
  EventDate,
  EventLocation,
  Locate,
  Modality,
  PloverType,
  Span,
  Stage,
} from '@sitrep/model';
import type { Sentence } from '@sitrep/nlp';
import { type AcledCode, acledType, isArmedSector, isUnarmedSector } from './acled';
import { type Args, heldBy, leadStart, linkArguments } from './arguments';
import { confidence } from './confidence';
import { fatalitiesIn } from './fatalities';
import { type Lexicon, loadLexicon, type TriggerEntry } from './lexicon';
import { placesLocate, timesDateOf, toLocation } from './linking';
import { isOpinion, modalityOf, reportedBy } from './modality';
import { findTriggers, type TriggerMatch } from './triggers';
import {
  type ActorGroup,
  argumentWords,
  buildView,
  cueIn,
  is,
  lem,
  matchCue,
  type PlaceSpan,
  type View,
} from './view';

/** Resources the events stage is built with. */
export interface EventStageOptions {
  /** The trigger lexicon; loaded from data/events when omitted. */
  lexicon?: Lexicon;
  /** The time package's `dateOf`; defaults to the times layer in clause, then sentence. */
  dateOf?: DateOf;
  /** The geo package's `locate`; defaults to the places inside the event's location phrases. */
  locate?: Locate;
}

/** One trigger with everything found for it, before it becomes contract events. */
interface Frame {
  trigger: TriggerMatch;
  /** The word the event is shown at: a verb folded into a nominal host ("a bomb exploded"). */
  shownAt: TriggerMatch | null;
  /** Type, mode and ACLED code: the lexicon's, unless a rule changed them. */
  type: PloverType;
  mode: string | null;
  code: AcledCode | null;
  sentence: Sentence;
  args: Args;
  modality: Modality;
  attribution: ActorGroup | null;
  why: string[];
  fatalities: { value: number; why: string } | null;
  /** Merged into another frame (casualty report or later mention). */
  mergedInto: Frame | null;
  /** Filled after dating and locating. */
  date: EventDate | null;
  locations: EventLocation[];
  linkWhy: string[];
  casualtyOnly: boolean;
}

/**
 * Creates the events stage.
 *
 * @param options
 *   Lexicon and the date/location linkers from the time and geo packages.
 * @example
 *   const stage = eventStage({ lexicon: loadLexicon() });
 *   stage.needs; // ['nlp', 'times', 'places', 'actors']
 */
export function eventStage(options: EventStageOptions = {}): Stage<'events'> {
  const lexicon = options.lexicon ?? loadLexicon();
  const dateOf = options.dateOf ?? timesDateOf;
  const locate = options.locate ?? placesLocate;
  return {
    name: 'events',
    needs: ['nlp', 'times', 'places', 'actors'],
    provides: 'events',
    run: (doc) => extractEvents(doc, lexicon, dateOf, locate),
  };
}

/**
 * Extracts the events of a document that has nlp, times, places and actors layers.
 *
 * @param doc
 *   The document.
 * @param lexicon
 *   The trigger lexicon.
 * @param dateOf
 *   Date linker.
 * @param locate
 *   Location linker.
 */
export function extractEvents(
  doc: Doc,
  lexicon: Lexicon,
  dateOf: DateOf = timesDateOf,
  locate: Locate = placesLocate,
): Event[] {
  const view = buildView(doc, lexicon);
  const frames: Frame[] = [];
  for (const sentence of view.nlp.sentences) {
    const triggers = findTriggers(view, sentence);
    if (triggers.length === 0) continue;
    if (isOpinion(view, sentence)) {
      doc.messages.info(
        'opinion-no-event',
        `sentence states an opinion (an opinion cue from data/events/cues.yaml), so its ${triggers.length} trigger word(s) were not coded as events`,
        sentence.span,
        'events',
      );
      continue;
    }
    const inSentence: Frame[] = [];
    let previous: { args: Args; trigger: TriggerMatch } | null = null;
    let previousVerb: { args: Args; trigger: TriggerMatch } | null = null;
    for (const trigger of triggers) {
      // "an end to attacks on civilians": the noun is what a call wants ended, not an act.
      if (endsCessation(view, trigger.first) || describesGroup(view, trigger)) continue;
      const args = linkArguments(view, sentence, trigger, previous, previousVerb);
      previous = { args, trigger };
      if (!trigger.nominal) previousVerb = previous;
      const mod = modalityOf(view, sentence, trigger, args.clause);
      const frame: Frame = {
        trigger,
        shownAt: null,
        type: trigger.entry.type!,
        mode: trigger.entry.mode,
        code: trigger.entry.acled,
        sentence,
        args,
        modality: mod.modality,
        attribution: mod.attribution,
        why: [`trigger:${trigger.entry.phrase}`, `lexicon:${trigger.entry.source}`, ...args.why, ...mod.why],
        fatalities: null,
        mergedInto: null,
        date: null,
        locations: [],
        linkWhy: [],
        casualtyOnly: false,
      };
      inSentence.push(frame);
    }
    foldSentence(view, inSentence);
    speechActs(view, inSentence);
    for (const frame of inSentence) if (!frame.mergedInto) frames.push(frame);
  }
  return finish(view, frames, dateOf, locate);
}

/** Modal words that make a reported act a demand, and those that make it a conditional threat. */
const OBLIGATION = new Set(['must', 'should']);
const CONDITIONAL = new Set(['could', 'would', 'will', 'might']);
const THREAT_TYPES = new Set<string>(['ASSAULT', 'SANCTION', 'COERCE']);

/**
 * A speaker who says an actor "must" or "should" act makes a demand (REQUEST); one who says "X
 * could strike Y if ..." makes a threat (THREATEN). The act itself stays hypothetical; the speech
 * act is asserted, at the modal and verb ("must allow").
 */
function speechActs(view: View, frames: Frame[]): void {
  const { tokens } = view;
  const added: Frame[] = [];
  for (const frame of frames) {
    if (frame.mergedInto || frame.modality !== 'hypothetical') continue;
    let modal = -1;
    // The modal before the verb, or before the support verb of a nominal ("could launch strikes").
    for (let k = frame.trigger.first - 1; k >= Math.max(frame.sentence.first, frame.trigger.first - 4); k--) {
      if (tokens[k]!.pos === 'AUX' && (OBLIGATION.has(tokens[k]!.norm) || CONDITIONAL.has(tokens[k]!.norm)))
        modal = k;
    }
    if (modal < 0) continue;
    const speaker = reportedBy(view, frame.sentence, frame.trigger)?.group ?? null;
    if (!speaker) continue;
    const obligation = OBLIGATION.has(tokens[modal]!.norm);
    const conditional =
      !obligation && cueIn(tokens, frame.trigger.end, frame.sentence.end, [['if'], ['unless']]) >= 0;
    if (!obligation && !(conditional && THREAT_TYPES.has(frame.type))) continue;
    const type: PloverType = obligation ? 'REQUEST' : 'THREATEN';
    const entry: TriggerEntry = {
      phrase: tokens[modal]!.norm,
      words: [tokens[modal]!.norm],
      pos: 'V',
      type,
      mode: obligation ? null : frame.type === 'ASSAULT' ? 'violence' : null,
      context: frame.trigger.entry.context,
      cameo: obligation ? '100' : '130',
      acled: null,
      flags: [],
      source: obligation ? 'rule:obligation-said->REQUEST' : 'rule:conditional-said->THREATEN',
    };
    const trigger: TriggerMatch = {
      entry,
      first: modal,
      end: frame.trigger.end,
      head: tokens[modal]!,
      nominal: false,
    };
    added.push({
      ...frame,
      trigger,
      shownAt: null,
      type,
      mode: entry.mode,
      code: null,
      modality: 'asserted',
      attribution: null,
      args: {
        ...frame.args,
        actor: obligation ? [speaker] : frame.args.actor.length > 0 ? frame.args.actor : [speaker],
        recipient: obligation ? frame.args.actor : frame.args.recipient,
        places: [],
      },
      why: [`trigger:${entry.phrase}`, entry.source, `speech-act-of:${frame.trigger.head.text}`],
      fatalities: null,
      mergedInto: null,
    });
  }
  frames.push(...added);
  frames.sort((a, b) => a.trigger.first - b.trigger.first);
}

/** Verbs of fending off an attack: with the attack as object, the attack is the one act. */
const REPEL = new Set(['repel', 'repulse', 'fend']);

/** Participle clauses after a comma continue the event before them: ", killing six civilians". */
function participleEnd(view: View, frame: Frame): number {
  const { tokens } = view;
  let k = frame.args.clause[1];
  const end = frame.sentence.end;
  if (tokens[k]?.norm === ',' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]!.norm.endsWith('ing')) {
    k += 2;
    while (k < end && tokens[k]!.norm !== ',' && tokens[k]!.norm !== ';' && tokens[k]!.norm !== '.') k++;
  }
  return k;
}

/**
 * Within one sentence: drops weak or generic triggers with nothing to anchor them, folds casualty
 * reports into the attack they describe, and counts fatalities.
 */
function foldSentence(view: View, frames: Frame[]): void {
  const { tokens } = view;
  for (const frame of frames) retype(view, frame);
  foldComplements(view, frames);
  for (const frame of frames) {
    if (frame.mergedInto) continue;
    const { entry } = frame.trigger;
    const hasArgs = frame.args.actor.length > 0 || frame.args.recipient.length > 0;
    // An ambiguous word needs a side, or a place where it happened, to count as an act.
    // "despite the ceasefire", "the truce largely held": an ambiguous noun with "the" and no
    // side of its own names a state of affairs already known, not a new act.
    const definiteState =
      frame.trigger.nominal && ['the', 'this', 'that'].includes(tokens[frame.trigger.first - 1]?.norm ?? '');
    // "ceasefire talks", "truce proposal": an ambiguous noun modifying another noun names its topic.
    const modifier =
      frame.trigger.nominal &&
      tokens[frame.trigger.end]?.pos === 'NOUN' &&
      view.groupAt[frame.trigger.end]! < 0 &&
      view.placeAt[frame.trigger.end]! < 0;
    if (
      entry.flags.includes('weak') &&
      ((!hasArgs && (frame.args.places.length === 0 || definiteState) && !namedSubject(view, frame)) ||
        (modifier && frame.args.actor.length === 0))
    ) {
      frame.mergedInto = frame;
      continue;
    }
    // "The report, released on Monday by Amnesty": a document released is no release of people.
    if (frame.type === 'RETREAT' && frame.mode === 'release' && releasedDocument(view, frame)) {
      frame.mergedInto = frame;
      frame.why.push('rule:released-document');
      continue;
    }
    if (entry.flags.includes('nominal-only') && frames.some((f) => f !== frame && f.type === frame.type)) {
      frame.mergedInto = frame;
      continue;
    }
    if (frame.type === 'ASSAULT' || frame.type === 'PROTEST' || frame.type === 'COERCE') {
      frame.fatalities = fatalitiesIn(tokens, frame.trigger.first, participleEnd(view, frame));
    }
  }
  // A casualty word with no actor of its own reports the harm of another violent act in the
  // sentence ("... shelled the town, killing six"; "six were killed in the attack").
  for (const frame of frames) {
    // ", murdering four farmers" after an attack reports its harm, like a casualty word.
    const harmClause =
      frame.type === 'ASSAULT' &&
      frame.args.coordinatedWith !== null &&
      tokens[frame.trigger.first - 1]?.norm === ',' &&
      frame.trigger.head.norm.endsWith('ing');
    if (frame.mergedInto || !(frame.trigger.entry.flags.includes('casualty') || harmClause)) continue;
    const host = frames.find(
      (f) =>
        f !== frame && !f.mergedInto && f.type === 'ASSAULT' && !f.trigger.entry.flags.includes('casualty'),
    );
    // "An IED planted by IS militants killed three": the actor the casualty verb found is the
    // agent inside its own subject, the nominal attack before it; the toll is that attack's.
    const subjectAttack =
      host?.trigger.nominal &&
      host.trigger.first < frame.trigger.first &&
      host.args.actor.length > 0 &&
      ids(host.args.actor).join() === ids(frame.args.actor).join();
    if (frame.args.actor.length > 0 && frame.args.coordinatedWith === null && !subjectAttack) continue;
    if (host) {
      frame.mergedInto = host;
      const own = fatalitiesIn(
        tokens,
        Math.max(frame.sentence.first, frame.trigger.first - 6),
        participleEnd(view, frame),
      );
      if (own && (!host.fatalities || own.value < host.fatalities.value)) host.fatalities = own;
      // Two-sided fighting ("X and Y exchanged fire; three gunmen were killed") keeps its sides.
      const mutual = host.args.actor.reduce((n, g) => n + g.mentions.length, 0) > 1;
      if (host.args.recipient.length === 0 && frame.args.recipient.length > 0 && !mutual)
        host.args.recipient = frame.args.recipient;
      host.args.objectWords.push(...frame.args.objectWords);
      host.why.push(`casualty:${frame.trigger.head.text}->${host.trigger.head.text}`);
      // "Nine were killed in the bombardment of X": the verb is where the text states the act.
      // So is a casualty verb that opens the sentence before the act it reports ("X was killed
      // when gunmen attacked ...", "were killed fighting in ...").
      if (
        !frame.trigger.nominal &&
        !host.shownAt &&
        (host.trigger.nominal || frame.trigger.first < host.trigger.first)
      ) {
        host.shownAt = frame.trigger;
      }
    } else {
      frame.casualtyOnly = true;
      frame.fatalities = fatalitiesIn(
        tokens,
        Math.max(frame.sentence.first, frame.trigger.first - 6),
        participleEnd(view, frame),
      );
    }
  }
  for (let i = 1; i < frames.length; i++) {
    const b = frames[i]!;
    const a = frames[i - 1]!;
    if (a.mergedInto || b.mergedInto) continue;
    // "Visiting Kinshasa, the president met X": a participle opening the sentence describes the
    // main act when it is the same act by the same actor.
    const fronted =
      a.trigger.first === leadStart(tokens, a.sentence.first, a.sentence.end) &&
      a.trigger.head.norm.endsWith('ing') &&
      a.type === b.type &&
      ids(a.args.actor).join() === ids(b.args.actor).join();
    // "Food parcels provided by the WFP were distributed": the participle whose agent the passive
    // verb took is part of its subject, not a second act.
    const agentParticiple =
      a.type === b.type &&
      a.args.actor.length === 0 &&
      a.args.recipient.length === 0 &&
      b.why.includes('arg:subject-participle-agent->actor');
    // "The army repelled an attack by JNIM": the attack repelled is the act, coded once (its
    // "repelled-by" side is the recipient); "repelled" alone ("repelled an advance") stands.
    const repelled =
      a.type === 'ASSAULT' &&
      b.type === 'ASSAULT' &&
      b.trigger.nominal &&
      REPEL.has(a.trigger.entry.words[0] ?? '') &&
      b.trigger.first >= a.trigger.end &&
      b.trigger.first - a.trigger.end <= 3;
    if (repelled && b.args.recipient.length === 0) b.args.recipient = a.args.actor;
    if (fronted || agentParticiple || repelled) {
      a.mergedInto = b;
      b.why.push(`same-event:${a.trigger.head.text}`);
      if (b.args.recipient.length === 0) b.args.recipient = a.args.recipient;
      if (b.args.places.length === 0) b.args.places = a.args.places;
      continue;
    }
    // "New penalties targeting Iran", "a campaign targeting journalists": a participle right after
    // a nominal act, with no subject of its own, names that act's object, not a second act.
    if (
      a.trigger.nominal &&
      !b.trigger.nominal &&
      b.trigger.first === a.trigger.end &&
      b.trigger.head.norm.endsWith('ing') &&
      b.args.actor.length === 0 &&
      a.type !== b.type
    ) {
      b.mergedInto = a;
      a.why.push(`object-participle:${b.trigger.head.text}`);
      if (a.args.recipient.length === 0) a.args.recipient = b.args.recipient;
    }
  }
  // "fired tear gas to disperse protesters": the dispersal is the purpose of the crowd-control
  // act, one event, and whom it disperses is whom the gas hits.
  for (let i = 1; i < frames.length; i++) {
    const b = frames[i]!;
    if (b.mergedInto || lem(b.trigger.head) !== 'disperse' || tokens[b.trigger.first - 1]?.norm !== 'to')
      continue;
    const a = frames
      .slice(0, i)
      .reverse()
      .find(
        (f) =>
          !f.mergedInto && f.sentence === b.sentence && f.type === 'ASSAULT' && f.mode === 'crowd-control',
      );
    if (!a) continue;
    b.mergedInto = a;
    a.why.push(`purpose:${b.trigger.head.text}`);
    if (a.args.recipient.length === 0) a.args.recipient = b.args.recipient;
  }
  // Same act said twice in a sentence ("met ... and held talks"): one event.
  for (let i = 1; i < frames.length; i++) {
    const b = frames[i]!;
    if (b.mergedInto) continue;
    for (let j = 0; j < i; j++) {
      const a = frames[j]!;
      if (a.mergedInto || a.type !== b.type || a.modality !== b.modality) continue;
      const sameActors = b.args.actor.length === 0 || ids(a.args.actor).join() === ids(b.args.actor).join();
      // "visited X for talks with Y", "a roadside bomb exploded": the second word names the same act.
      const nounThenVerb =
        a.trigger.nominal &&
        !b.trigger.nominal &&
        b.args.actor.length === 0 &&
        b.args.coordinatedWith === null;
      // "a car bomb targeting soldiers": a participle with no subject of its own inside the first
      // act's object describes that act.
      const participle =
        !b.trigger.nominal &&
        b.trigger.head.norm.endsWith('ing') &&
        b.args.actor.length === 0 &&
        b.args.coordinatedWith === null &&
        tokens[b.trigger.first - 1]?.norm !== ',' &&
        b.trigger.first >= a.trigger.end;
      // "killed by Russian shelling": a gerund right after the first act's by-agent is the
      // instrument of that act (the tagger reads it as a verb), not a second act.
      const agent = b.args.actor[0];
      const byGerund =
        agent !== undefined &&
        a.args.actor.includes(agent) &&
        b.trigger.first === agent.end &&
        is(tokens[agent.first - 1], 'by') &&
        b.trigger.head.norm.endsWith('ing');
      // "A Saudi-brokered prisoner exchange saw the Houthis release 120 soldiers": a non-violent
      // act named first by a noun with no side, then by a verb with its own subject, is one act,
      // and the verb's sides are its sides.
      // Only a noun that is the sentence's subject: "At the height of their protest, workers marched"
      // keeps the fronted noun apart.
      const nounNamesVerb =
        a.trigger.nominal &&
        a.type !== 'ASSAULT' &&
        a.args.actor.length === 0 &&
        !b.trigger.nominal &&
        b.args.actor.length > 0 &&
        tokens.slice(a.sentence.first, a.trigger.first).every((t) => t.pos !== 'ADP' && t.norm !== ',');
      if (nounNamesVerb) {
        a.args.actor = b.args.actor;
        a.args.recipient = b.args.recipient;
      }
      if ((sameActors && b.trigger.nominal) || nounThenVerb || participle || byGerund || nounNamesVerb) {
        b.mergedInto = a;
        a.why.push(`same-event:${b.trigger.head.text}`);
        if (nounThenVerb || nounNamesVerb) a.shownAt = b.trigger;
        if (a.args.places.length === 0) a.args.places = b.args.places;
        if (a.args.recipient.length === 0 && b.args.recipient.length > 0) a.args.recipient = b.args.recipient;
        if (a.args.actor.length === 0 && b.args.actor.length > 0) a.args.actor = b.args.actor;
        if (!a.fatalities && b.fatalities) a.fatalities = b.fatalities;
        break;
      }
    }
  }
}

/** True for "the report, released on Monday" / "a video released by X": a participle after a document noun. */
function releasedDocument(view: View, frame: Frame): boolean {
  const { tokens } = view;
  if (frame.trigger.nominal || !frame.trigger.head.norm.endsWith('ed')) return false;
  let k = frame.trigger.first - 1;
  if (tokens[k]?.norm === ',') k--;
  const noun = tokens[k];
  return noun !== undefined && k >= frame.sentence.first && argumentWords().document_nouns.has(lem(noun));
}

/**
 * A verb with a subject that names people even when the actor layer has no entry for them ("The
 * Maoists bombed", "militants captured"): a proper name, or a noun from the armed, civilian or
 * protester cue lists, right before the verb.
 */
function namedSubject(view: View, frame: Frame): boolean {
  if (frame.trigger.nominal) return false;
  const { tokens, lexicon } = view;
  // "Some 200,000 people, many of them students, marched": a crowd noun anywhere before the verb.
  if (
    frame.type === 'PROTEST' &&
    (cueIn(tokens, frame.sentence.first, frame.trigger.first, lexicon.cues.civilian) >= 0 ||
      cueIn(tokens, frame.sentence.first, frame.trigger.first, lexicon.cues.protester) >= 0)
  ) {
    return true;
  }
  for (let k = frame.trigger.first - 1; k >= Math.max(frame.sentence.first, frame.trigger.first - 3); k--) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
    if (t.pos === 'PROPN') return true;
    if (t.pos !== 'NOUN') return false;
    const l = lem(t);
    return [lexicon.cues.armed, lexicon.cues.civilian, lexicon.cues.protester].some((list) =>
      list.some((p) => p.length === 1 && p[0] === l),
    );
  }
  return false;
}

/** The preposition heading the phrase a trigger sits in ("on killings", "over the killing of"), if any. */
function topicPrep(view: View, frame: Frame): string | null {
  const { tokens } = view;
  for (let k = frame.trigger.first - 1; k >= Math.max(frame.sentence.first, frame.trigger.first - 4); k--) {
    const t = tokens[k]!;
    // "accused Moscow of using chemical weapons", "of carrying out strikes": a gerund that only
    // carries the act stands between the preposition and the act's noun.
    if (t.pos === 'VERB' && t.norm.endsWith('ing') && argumentWords().gerund_carriers.has(lem(t))) continue;
    if (t.norm === 'out' && lem(tokens[k - 1] ?? t) === 'carry') continue;
    if (t.pos === 'ADP' || t.pos === 'SCONJ') {
      // "after weeks of mass protests": a span of time, not a topic; the protests happened.
      if (t.norm === 'of' && argumentWords().duration_nouns.has(lem(tokens[k - 1] ?? t))) return null;
      return argumentWords().topic_preps.has(t.norm) ? t.norm : null;
    }
    // ADV too: the tagger reads "new" in "for new nuclear talks" as an adverb; an actor may
    // modify the noun ("from CODECO attacks").
    if (!['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t.pos) && view.groupAt[k]! < 0)
      return null;
  }
  return null;
}

/** The report noun governing a nominal trigger's phrase ("report on killings"), with who made the report. */
function reportNoun(view: View, frame: Frame): { noun: string; owner: ActorGroup | null } | null {
  const { tokens } = view;
  for (let k = frame.trigger.first - 1; k >= Math.max(frame.sentence.first, frame.trigger.first - 4); k--) {
    const t = tokens[k]!;
    if (t.pos !== 'ADP') continue;
    const noun = tokens[k - 1];
    if (!noun || !argumentWords().report_nouns.has(lem(noun))) return null;
    let owner: ActorGroup | null = null;
    for (let j = k - 2; j >= Math.max(frame.sentence.first, k - 5); j--) {
      const g = view.groupAt[j]!;
      if (g >= 0) {
        owner = view.groups[g]!;
        break;
      }
      if (tokens[j]!.pos === 'VERB') break;
    }
    return { noun: lem(noun), owner };
  }
  return null;
}

/** Participles that describe people by what was done to them ("detained", "kidnapped"). */
function presupposedParticiple(view: View, frame: Frame): boolean {
  const { tokens } = view;
  const head = frame.trigger.head;
  if (frame.trigger.end - frame.trigger.first !== 1 || !/(?:ed|en)$/.test(head.norm)) return false;
  if (!(frame.type === 'COERCE' || (frame.type === 'ASSAULT' && frame.mode === 'abduct'))) return false;
  const next = tokens[frame.trigger.end];
  const prev = tokens[frame.trigger.first - 1];
  const nounNext =
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || view.groupAt[frame.trigger.end]! >= 0);
  // Not after a pronoun or a name: "they detained activists" is the act itself, not a description.
  const slot = prev === undefined || ['DET', 'ADJ', 'NUM', 'ADP', 'CCONJ', 'VERB'].includes(prev.pos);
  return nounNext && slot;
}

/** Host types whose object noun is an agreement or proposal, not a separate act. */
const AGREEMENT_HOSTS = new Set<string>(['SUPPORT', 'AGREE', 'REJECT', 'REQUEST', 'SANCTION']);
/** Hosts whose object meeting does not take place. */
const REFUSING = new Set<string>(['REJECT', 'SANCTION']);

/** True when nominal `b` is the direct object of the verbal act `host` ("signed a truce"). */
function objectOfAct(view: View, host: Frame, b: Frame): boolean {
  if (!b.trigger.nominal || host.trigger.nominal || host.trigger.end > b.trigger.first) return false;
  // "suspended trade talks", "boycotted the talks": talks suspended or refused are not held.
  const agreement =
    AGREEMENT_HOSTS.has(host.type) &&
    (b.type === 'RETREAT' || b.type === 'AGREE' || (b.type === 'CONSULT' && REFUSING.has(host.type)));
  // "executed a protester": a person named by what they did is who was hit, not a protest.
  const protester = lem(b.trigger.head) === 'protester';
  // "banned all protests", "prevented attacks": what is forbidden or stopped did not happen.
  const forbidden = ['ban', 'prohibit', 'outlaw', 'prevent', 'forbid'].includes(lem(host.trigger.head));
  if ((protester || forbidden) && b.trigger.nominal && !host.trigger.nominal) {
    const { tokens } = view;
    for (let k = host.trigger.end; k < b.trigger.first; k++) {
      const t = tokens[k]!;
      if (view.groupAt[k]! < 0 && !['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos)) return false;
    }
    return true;
  }
  const asset = (host.type === 'ASSAULT' || host.type === 'COERCE') && b.type === 'MOBILIZE';
  if (!agreement && !asset) return false;
  const { tokens } = view;
  for (let k = host.trigger.end; k < b.trigger.first; k++) {
    const t = tokens[k]!;
    if (view.groupAt[k]! >= 0) continue;
    if (!['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t.pos) && t.norm !== '-') return false;
  }
  return true;
}

/** True when a trigger is an infinitive's head or object: "to release", "to attend talks". */
function infinitive(view: View, frame: Frame): boolean {
  const { tokens } = view;
  for (let k = frame.trigger.first - 1; k >= Math.max(frame.sentence.first, frame.trigger.first - 4); k--) {
    const t = tokens[k]!;
    if (t.norm === 'to' && t.pos === 'PART') return true;
    if (!['VERB', 'DET', 'ADJ', 'ADV'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * Triggers inside another act's complement are not acts of their own: the topic of a report,
 * protest or accusation ("rejected the report on killings", "blamed X for a drone attack"), the
 * purpose of a meeting ("met to discuss"), the aim of a protest (", demanding the release"). An
 * infinitive after a request or threat is hypothetical, after an agreement future, after a
 * refusal negated.
 */
function foldComplements(view: View, frames: Frame[]): void {
  const { tokens } = view;
  for (let i = 1; i < frames.length; i++) {
    const b = frames[i]!;
    const a = frames
      .slice(0, i)
      .reverse()
      .find((f) => !f.mergedInto || f.mergedInto !== f);
    if (!a) continue;
    const host = a.mergedInto && a.mergedInto !== a ? a.mergedInto : a;
    const prev = tokens[b.trigger.first - 1];
    const prep = topicPrep(view, b);
    const gerund = b.trigger.head.norm.endsWith('ing');
    const fold = (rule: string) => {
      b.mergedInto = host;
      host.why.push(`${rule}:${b.trigger.head.text}`);
      // "went on strike, demanding higher wages from factory owners": who the aim is demanded
      // of is who the protest is aimed at.
      if (
        rule === 'protest-aim' &&
        host.args.recipient.length === 0 &&
        host.args.placeRecipient === null &&
        b.args.recipient.length > 0
      ) {
        host.args.recipient = b.args.recipient;
        host.why.push('arg:protest-aim-recipient->recipient');
      }
      // "visited X for talks with Y": the same act's other side joins the host.
      if (host.type === b.type && host.args.recipient.length === 0 && b.args.recipient.length > 0) {
        host.args.recipient = b.args.recipient;
      }
    };
    // "condemned the attack on peacekeepers": the condemnation is aimed at the attacker (if
    // named), not at the victims the attack's own phrase names.
    if (
      host.type === 'ACCUSE' &&
      b.trigger.nominal &&
      host.args.recipient.length > 0 &&
      host.args.recipient.every((g) => b.args.recipient.includes(g))
    ) {
      host.args.recipient = b.args.actor;
      host.why.push('arg:accused-is-the-act-actor');
    }
    // "free detained journalists", "a kidnapped soldier": a participle used as an adjective
    // presupposes the act; it happened whatever the clause around it says.
    if (presupposedParticiple(view, b)) {
      if (b.modality !== 'asserted') {
        b.modality = 'asserted';
        b.attribution = null;
        b.why.push('modality:asserted:presupposed-participle');
      }
      continue;
    }
    // "signed a truce", "ambushed an army patrol": a noun that is another act's object is the
    // thing signed or hit, not an act of its own.
    if (objectOfAct(view, host, b)) {
      fold('object-of-act');
      continue;
    }
    if (prep && (b.trigger.nominal || gerund)) {
      // An act inside an accusation or a report is coded too: reported when it is the speaker's
      // claim ("accused X of executing", "blamed X for a drone attack", "a report on killings"),
      // asserted when the text presupposes it ("condemned the strike").
      const report = reportNoun(view, b);
      if (host.type === 'ACCUSE' || report) {
        const claim = report !== null || host.mode !== 'disapprove';
        if (claim && b.modality === 'asserted') {
          b.modality = 'reported';
          b.attribution = report?.owner ?? host.args.actor[0] ?? null;
          b.why.push(
            `modality:reported:${report ? `report-${report.noun}` : `claim-of-${host.trigger.head.norm}`}`,
          );
        }
        if (b.args.actor.length === 0 && host.type === 'ACCUSE' && host.args.recipient.length > 0) {
          b.args.actor = host.args.recipient;
          b.why.push('arg:accused->actor');
        }
        b.why.push(`inside:${host.trigger.head.text}`);
        continue;
      }
      // "no arrests over the killing of the mayor": a definite act named as the topic is
      // presupposed, so it is an event of its own, asserted.
      // Also "an investigation into the killings in Tigray": "the" points at known acts.
      if (b.trigger.nominal && b.type === 'ASSAULT' && tokens[b.trigger.first - 1]?.norm === 'the') {
        if (b.modality !== 'asserted') {
          b.modality = 'asserted';
          b.attribution = null;
        }
        b.why.push(`modality:asserted:presupposed-topic-${prep}`);
        continue;
      }
      if (b.trigger.nominal || b.args.actor.length === 0) {
        fold(`complement-${prep}`);
        continue;
      }
    }
    if (prev?.norm === ',' && gerund && b.type === 'REQUEST' && host.type === 'PROTEST') {
      fold('protest-aim');
      continue;
    }
    if (infinitive(view, b)) {
      if (host.type === b.type || host.type === 'ACCUSE') {
        fold('purpose');
        continue;
      }
      // "went on strike to demand higher pay": the demand is the protest's aim, not a second act.
      if (host.type === 'PROTEST' && (b.type === 'REQUEST' || b.type === 'ACCUSE')) {
        fold('protest-aim');
        continue;
      }
      // "threatened to target any US warship": who would be hit is who is threatened.
      if (host.type === 'THREATEN' && host.args.recipient.length === 0 && b.args.recipient.length > 0) {
        host.args.recipient = b.args.recipient;
        host.why.push('arg:threatened-act-recipient->recipient');
      }
      if (b.modality === 'asserted' || b.modality === 'reported') {
        const byHost: Partial<Record<PloverType, Modality>> = {
          REQUEST: 'hypothetical',
          THREATEN: 'hypothetical',
          // "sent troops to fight": the purpose of a deployment has not happened yet.
          MOBILIZE: 'hypothetical',
          AGREE: 'future',
          REJECT: 'negated',
        };
        const m = byHost[host.type];
        if (m) {
          b.modality = m;
          b.why.push(`modality:${m}:complement-of-${host.type}`);
        }
      }
    }
  }
}

/**
 * Rules that change the lexicon's coding from the sides: a raid by police or a court is COERCE
 * (seize), by an armed group ASSAULT; violence by unarmed people (protesters, students) is a riot.
 */
function retype(view: View, frame: Frame): void {
  const sectors = frame.args.actor.flatMap((g) => g.mentions.map((m) => m.actor.sector));
  // Settlers who attack are communal militias to ACLED, like herders: not rioters.
  const communal = frame.args.actor.some((g) => g.mentions.some((m) => /(?:^|\.)settlers$/.test(m.actor.id)));
  if (
    frame.trigger.entry.flags.includes('police-coerce') &&
    sectors.some((s) => s === 'COP' || s === 'JUD' || s === 'GOV')
  ) {
    frame.type = 'COERCE';
    frame.mode = 'seize';
    frame.code = null;
    frame.why.push('rule:police-raid->COERCE');
  }
  // "overran an army garrison", "overran positions held by Congolese troops": taking a force's
  // posts, not a named place, is an attack on that force.
  if (
    frame.type === 'COERCE' &&
    frame.trigger.entry.acled === 'territory' &&
    !frame.args.places.some(
      (p) => p.rule === 'place:direct-object' || p.rule === 'place:object-of-place-noun',
    ) &&
    !frame.args.why.some((w) => w.startsWith('arg:territory-from')) &&
    frame.args.recipient.some((g) => g.mentions.some((m) => isArmedSector(m.actor.sector)))
  ) {
    frame.type = 'ASSAULT';
    frame.mode = null;
    frame.code = 'violence';
    frame.why.push('rule:overran-force->ASSAULT');
  }
  // "Marines freed 12 hostages from a rebel camp": captives a state force takes back from their
  // kidnappers are rescued, which PLOVER codes as AID; a captor releasing its own captives
  // ("the rebels freed the hostages", "police freed three journalists after holding them") stays RETREAT.
  if (
    frame.type === 'RETREAT' &&
    frame.mode === 'release' &&
    sectors.some((s) => s === 'MIL' || s === 'COP') &&
    view.tokens
      .slice(frame.trigger.first, Math.min(frame.sentence.end, frame.trigger.end + 5))
      .some((t) => argumentWords().held_people.has(t.norm))
  ) {
    frame.type = 'AID';
    frame.mode = null;
    frame.code = null;
    frame.why.push('rule:state-force-frees-hostages->AID');
  }
  // "The French ambassador was expelled": expelling a diplomat reduces relations (CAMEO 166).
  if (
    frame.type === 'COERCE' &&
    frame.mode === 'deport' &&
    frame.args.recipient.some((g) => g.mentions.some((m) => m.actor.sector === 'GOV'))
  ) {
    frame.type = 'SANCTION';
    frame.mode = 'expel';
    frame.why.push('rule:expelled-diplomat->SANCTION');
  }
  const actorWords = frame.args.actor.flatMap((g) => g.mentions.map((m) => m.text.toLowerCase()));
  const protesters = actorWords.some(
    (w) => view.lexicon.cues.protester.some((p) => w.includes(p[0]!)) || /\bstudents?\b/.test(w),
  );
  if (
    frame.type === 'ASSAULT' &&
    (frame.code === 'battle.clash' || frame.code === 'violence') &&
    sectors.length > 0 &&
    // Herders and farmers who kill are communal militias to ACLED, not rioters.
    !communal &&
    (sectors.every((s) => isUnarmedSector(s) && s !== 'AGR') || protesters)
  ) {
    // "Teachers began an indefinite strike": unarmed people's strike is a labour strike.
    const labour = lem(frame.trigger.head) === 'strike' && frame.trigger.nominal;
    frame.type = 'PROTEST';
    frame.mode = labour ? 'strike' : 'riot';
    frame.code = labour ? 'protest.peaceful' : 'riot.violent';
    frame.why.push(labour ? 'rule:unarmed-strike->labour-strike' : 'rule:unarmed-violence->riot');
  }
  // "held their first joint drills": joint military exercises are COOPERATE (PLOVER), single-country
  // ones MOBILIZE, whatever verb stages them.
  if (
    frame.type === 'MOBILIZE' &&
    view.tokens
      .slice(frame.trigger.first, frame.trigger.end)
      .some((t) => argumentWords().joint_words.has(t.norm))
  ) {
    frame.type = 'COOPERATE';
    frame.mode = null;
    frame.why.push('rule:joint-exercise->COOPERATE');
  }
  // "vowed to keep targeting shipping": a vow whose complement is force threatens (PLOVER THREATEN).
  if (
    frame.type === 'AGREE' &&
    argumentWords().vow_verbs.has(lem(frame.trigger.head)) &&
    cueIn(
      view.tokens,
      frame.trigger.end,
      Math.min(frame.sentence.end, frame.trigger.end + 5),
      view.lexicon.cues.vow_of_force,
    ) >= 0
  ) {
    frame.type = 'THREATEN';
    frame.mode = null;
    frame.code = null;
    frame.why.push('rule:vow-of-force->THREATEN');
  }
  // "Troops blocked the road to the border": a state force obstructing passage restricts
  // movement (COERCE restrict); the protest reading is for people who are not the state.
  if (
    frame.type === 'PROTEST' &&
    frame.mode === 'obstruct' &&
    sectors.length > 0 &&
    sectors.every((s) => s === 'MIL' || s === 'COP' || s === 'GOV')
  ) {
    frame.type = 'COERCE';
    frame.mode = 'restrict';
    frame.code = null;
    frame.why.push('rule:state-obstruction->COERCE');
  }
  if (frame.type === 'MOBILIZE') mobilizeMode(view, frame);
  if (frame.type === 'REQUEST' || frame.type === 'REJECT') requestMode(view, frame);
  if (frame.type === 'ASSAULT' && frame.mode === null) {
    const { cues } = view.lexicon;
    const [c0, c1] = frame.args.clause;
    const lists: [string, string[][]][] = [
      ['drone', cues.mode_drone],
      ['aerial', cues.mode_aerial],
      ['heavy-weapons', cues.mode_heavy_weapons],
      ['explosives', cues.mode_explosives],
      ['primitive', cues.mode_primitive],
      ['firearms', cues.mode_firearms],
    ];
    // The subject names the instrument as often as the object does ("Warplanes struck X").
    let from = c0;
    for (const g of frame.args.actor)
      if (g.first < from && g.first >= frame.sentence.first && g.end <= frame.trigger.first) from = g.first;
    for (const [mode, list] of lists) {
      const at = cueIn(
        view.tokens,
        from,
        Math.min(frame.sentence.end, Math.max(c1, frame.trigger.end) + 6),
        list,
      );
      if (at >= 0) {
        frame.mode = mode;
        frame.why.push(`mode:${view.tokens[at]!.norm}->${mode}`);
        break;
      }
    }
  }
}

/**
 * The PLOVER mode of a MOBILIZE from what is moved, in the trigger and the words after it:
 * police units "police"; weapons, ships or vehicles "weapons" unless troops are named too;
 * fighters of a non-state actor "militia"; troops "troops". The lexicon's mode stays when the
 * words name none of these ("raised the readiness of its forces").
 */
function mobilizeMode(view: View, frame: Frame): void {
  const { cues } = view.lexicon;
  const { tokens } = view;
  const from = frame.trigger.first;
  const to = Math.min(frame.sentence.end, Math.max(frame.args.clause[1], frame.trigger.end) + 4);
  const has = (list: string[][]) => cueIn(tokens, from, to, list) >= 0;
  const state = frame.args.actor.some((g) =>
    g.mentions.some((m) => ['GOV', 'MIL', 'COP', 'LEG', 'SPY'].includes(m.actor.sector ?? '')),
  );
  let mode: string | null = null;
  if (has(cues.mobilize_police)) mode = 'police';
  else if (has(cues.mobilize_troops)) mode = 'troops';
  else if (has(cues.mobilize_weapons)) mode = 'weapons';
  else if (!state && has(cues.mobilize_militia)) mode = 'militia';
  if (mode && mode !== frame.mode) {
    frame.why.push(`mode:mobilize-${mode}`);
    frame.mode = mode;
  }
}

/**
 * The PLOVER mode of a REQUEST or REJECT (assist, meet, yield, change) from what is asked for or
 * refused: the first word of the cue lists after the trigger, within the sentence and at most
 * twelve tokens on ("appealed to NATO for more air defence systems" assist, "refused to attend
 * talks" meet, "urged X to release" yield). The lexicon's mode stays when none is found.
 */
function requestMode(view: View, frame: Frame): void {
  const { cues } = view.lexicon;
  const { tokens } = view;
  const to = Math.min(frame.sentence.end, frame.trigger.end + 12);
  const lists: [string, string[][]][] = [
    ['assist', cues.request_assist],
    ['meet', cues.request_meet],
    ['yield', cues.request_yield],
    ['change', cues.request_change],
  ];
  let best: [string, number] | null = null;
  for (const [mode, list] of lists) {
    const at = cueIn(tokens, frame.trigger.first + 1, to, list);
    if (at >= 0 && (best === null || at < best[1])) best = [mode, at];
  }
  if (best && best[0] !== frame.mode) {
    frame.why.push(`mode:${tokens[best[1]]!.norm}->${best[0]}`);
    frame.mode = best[0];
  }
}

function ids(groups: ActorGroup[]): string[] {
  return groups.flatMap((g) => g.mentions.map((m) => m.actor.id)).sort();
}

/** Acts whose participle after a group and before "by" describes the group's standing backers. */
const DESCRIPTIVE_TYPES = new Set<string>(['SUPPORT', 'AID'] satisfies PloverType[]);

/**
 * "Militias backed by Iran attacked a base": a participle right after a named group, with its
 * agent after "by", says who stands behind the group (a standing relation), not that anyone backed
 * or funded anyone that day. "Iran backed the militias" stays an act.
 */
function describesGroup(view: View, trigger: TriggerMatch): boolean {
  if (trigger.nominal || !DESCRIPTIVE_TYPES.has(trigger.entry.type ?? '')) return false;
  const { tokens, groupAt } = view;
  return (
    /(?:ed|en)$/.test(trigger.head.norm) &&
    trigger.first > 0 &&
    groupAt[trigger.first - 1]! >= 0 &&
    tokens[trigger.end]?.norm === 'by'
  );
}

/** True when a cessation cue ("end to", "halt to") ends right before token `first`, determiners and adjectives aside. */
function endsCessation(view: View, first: number): boolean {
  const { tokens } = view;
  let k = first;
  while (k > 0 && (tokens[k - 1]!.pos === 'ADJ' || tokens[k - 1]!.pos === 'DET')) k--;
  for (let at = k - 1; at >= Math.max(0, k - 3); at--)
    if (matchCue(tokens, at, view.lexicon.cues.cessation, k) === k) return true;
  return false;
}

/** Reactions aimed at whoever did the act they name: condemning or protesting "the attack". */
const REACTION_TYPES = new Set<string>(['ACCUSE', 'PROTEST']);

/**
 * "Turkish officials condemned the attack": when the object of a condemnation or protest is a later
 * mention of an event already told, its recipient is that event's actor (the one condemned) - but
 * only when every earlier event of that type with a named actor names the same one: "the attack"
 * after an airstrike by the army and a clash started by rebels could be either, and a wrong side
 * is worse than none.
 */
function reactionTargets(kept: Frame[], corefOf: Map<Frame, Frame>): void {
  if (corefOf.size === 0) return;
  for (const frame of kept) {
    if (!REACTION_TYPES.has(frame.type) || frame.args.recipient.length > 0) continue;
    for (const [mention, event] of corefOf) {
      if (mention.sentence !== frame.sentence) continue;
      const gap = mention.trigger.first - frame.trigger.end;
      if (gap < 0 || gap > 3) continue;
      const told = kept.filter(
        (f) => f.type === event.type && f.sentence.i < mention.sentence.i && f.args.actor.length > 0,
      );
      const sides = new Set(told.map((f) => ids(f.args.actor).join()));
      if (sides.size !== 1) continue;
      const actor = told.at(-1)!.args.actor;
      if (actor.some((g) => frame.args.actor.includes(g))) continue;
      frame.args.recipient = actor;
      frame.why.push(`arg:reaction-to:${mention.trigger.head.text}->recipient`);
      break;
    }
  }
}

/** How many paragraphs from the top a headline or standfirst may stand in. */
const HEADLINE_PARAGRAPHS = 3;

/**
 * A headline: a sentence alone in one of the document's first paragraphs, short and without
 * terminal punctuation ("Shelling kills six civilians in Maarat al-Numan, monitors say"), with
 * more text after it.
 */
function isHeadline(view: View, sentence: Sentence): boolean {
  const { tokens, nlp } = view;
  if (sentence.paragraph >= HEADLINE_PARAGRAPHS || sentence.end - sentence.first > 30) return false;
  const paragraph = nlp.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph[0] < sentence.span[0] - 2 || paragraph[1] > sentence.span[1] + 2) return false;
  if (sentence.paragraph + 1 >= nlp.paragraphs.length) return false;
  const last = tokens[sentence.end - 1]!.text;
  return !/^[.!?:;…"”’)]+$/.test(last) && !/^[-*•–—]$/.test(tokens[sentence.first]!.text);
}

/**
 * Headlines tell past acts in the present ("Rebels attack base") and drop the auxiliary of a
 * passive: a past form after its noun is one ("Soldiers killed in ambush near Gao"), so the noun
 * is who was hit, not who hit.
 */
function headlinePassive(view: View, h: Frame): void {
  const head = h.trigger.head;
  if (h.trigger.nominal || h.args.recipient.length > 0 || h.args.actor.length === 0) return;
  if (head.norm === lem(head) || /(?:s|ing)$/.test(head.norm)) return;
  if (!h.args.actor.every((g) => g.end <= h.trigger.first)) return;
  if (view.tokens[h.trigger.first - 1]?.pos === 'AUX') return;
  h.args.recipient = h.args.actor;
  h.args.actor = [];
  h.why.push('headline:passive');
}

/** True when two lists of actors can name the same side: one is empty, they share an id, or one is generic. */
function sidesAgree(a: ActorGroup[], b: ActorGroup[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const mentions = (g: ActorGroup[]) => g.flatMap((x) => x.mentions.map((m) => m.actor));
  const left = mentions(a);
  const right = mentions(b);
  if (left.some((x) => right.some((y) => y.id === x.id))) return true;
  // "Protesters" in a headline are the body's "students"; a named side is never another named side.
  return left.every((x) => x.country === null) || right.every((x) => x.country === null);
}

/**
 * A headline tells the lead story first: each of its events is the first later event of the same
 * type and modality whose sides agree and, when the headline names a place, happens there. The
 * body's event stays (it has the day and the full arguments) and keeps what only the headline
 * gave (a toll); headline events the body never tells stay events of their own.
 */
function foldHeadlines(view: View, kept: Frame[]): Frame[] {
  const folded = new Set<Frame>();
  for (const h of kept) {
    if (!isHeadline(view, h.sentence)) continue;
    headlinePassive(view, h);
    // Only places the headline itself names count: a dateline fallback says nothing about the act.
    const named = h.locations.filter((l) => {
      const span = l.place ? view.placeById.get(l.place)?.place.span : undefined;
      return span !== undefined && span[0] >= h.sentence.span[0] && span[1] <= h.sentence.span[1];
    });
    const body = kept.find(
      (f) =>
        f.sentence.i > h.sentence.i &&
        !folded.has(f) &&
        !isHeadline(view, f.sentence) &&
        f.type === h.type &&
        (f.modality === h.modality || h.modality === 'asserted' || h.modality === 'reported') &&
        (f.modality === 'asserted' || f.modality === 'reported') &&
        sidesAgree(h.args.actor, f.args.actor) &&
        sidesAgree(h.args.recipient, f.args.recipient) &&
        (named.length === 0 || f.locations.some((l) => named.some((n) => n.name === l.name))),
    );
    if (!body) continue;
    folded.add(h);
    body.why.push(`headline:${h.trigger.head.text}@${h.sentence.i}`);
    if (!body.fatalities && h.fatalities) body.fatalities = h.fatalities;
  }
  return folded.size === 0 ? kept : kept.filter((f) => !folded.has(f));
}

/** True when a nominal trigger refers back ("the attack", "this week's talks", "the deadly raid"). */
function isAnaphoric(view: View, frame: Frame): boolean {
  const { tokens, lexicon } = view;
  if (!frame.trigger.nominal) return false;
  for (let k = frame.trigger.first - 1; k >= Math.max(frame.sentence.first, frame.trigger.first - 3); k--) {
    const t = tokens[k]!;
    if (matchCue(tokens, k, lexicon.cues.anaphoric, k + 1) > 0) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** Actor refs of groups, without stage-internal fields, each id once. */
function refs(groups: ActorGroup[], exclude: Set<string> = new Set()): ActorRef[] {
  const out: ActorRef[] = [];
  const seen = new Set(exclude);
  for (const g of groups) {
    for (const m of g.mentions) {
      if (seen.has(m.actor.id)) continue;
      seen.add(m.actor.id);
      out.push(ref(m));
    }
  }
  return out;
}

/**
 * Event types where a state named as such ("Mali", "Moscow") may be its people or its forces as
 * much as its government: the state id stays as it is.
 */
const STATE_AS_IS = new Set(['ASSAULT', 'PROTEST']);

/**
 * A state named as a party to a political act ("Mali expelled the envoy", "sanctions on Iran")
 * acts through its government: PLOVER/CAMEO code it as `<iso3>.gov`. Fighting and protest keep
 * the bare state, which may be the army or the people. Each change is recorded in `why`.
 */
function asGovernments(list: ActorRef[], type: string, why: string[]): ActorRef[] {
  if (STATE_AS_IS.has(type)) return list;
  const out: ActorRef[] = [];
  for (const r of list) {
    const state = r.sector === null && r.country !== null && r.id === r.country.toLowerCase();
    const gov = state ? `${r.id}.gov` : r.id;
    if (out.some((o) => o.id === gov)) continue;
    if (!state) {
      out.push(r);
      continue;
    }
    why.push(`actor:state-as-government:${r.id}->${gov}`);
    out.push({ id: gov, name: `Government of ${r.name}`, country: r.country, sector: 'GOV' });
  }
  return out;
}

/** A state's institutions as the state itself, when `on` ("any US strike": the United States). */
function stateOf(view: View, list: ActorRef[], on: boolean): ActorRef[] {
  if (!on) return list;
  const names = new Map([...(view.lexicon.countries?.values() ?? [])].map((c) => [c.iso3, c.name]));
  return list.map((r) =>
    r.country && r.id.startsWith(`${r.country.toLowerCase()}.`)
      ? {
          id: r.country.toLowerCase(),
          name: names.get(r.country) ?? r.country,
          country: r.country,
          sector: null,
        }
      : r,
  );
}

/** The state a place lies in, as an actor: "aid to Kyiv" goes to Ukraine (then its government), "rockets into Israel" hit Israel. */
function placeState(view: View, span: PlaceSpan, why: string[]): ActorRef[] {
  const iso2 = span.place.country;
  const state = iso2 ? view.lexicon.countries?.get(iso2) : undefined;
  if (!state) return [];
  why.push(`arg:destination-place->recipient:${span.place.text}->${state.iso3.toLowerCase()}`);
  return [{ id: state.iso3.toLowerCase(), name: state.name, country: state.iso3, sector: null }];
}

/**
 * "a convoy between Gao and Kidal", "the road between A and B": the two places bound one stretch
 * of road, not two events; the first stands for it (ACLED codes such events to one of the ends).
 */
function betweenIsOne(view: View, locations: EventLocation[], why: string[]): EventLocation[] {
  if (locations.length < 2) return locations;
  const text = view.doc.text;
  const spanOf = (l: EventLocation) => (l.place ? view.placeById.get(l.place)?.place.span : undefined);
  const out: EventLocation[] = [locations[0]!];
  for (let i = 1; i < locations.length; i++) {
    const a = spanOf(out[out.length - 1]!);
    const b = spanOf(locations[i]!);
    if (
      a &&
      b &&
      a[1] <= b[0] &&
      /^\s+and\s+$/.test(text.slice(a[1], b[0])) &&
      /\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$/i.test(
        text.slice(Math.max(0, a[0] - 40), a[0]),
      )
    ) {
      why.push(`place:between-is-one:${text.slice(b[0], b[1])}`);
      continue;
    }
    out.push(locations[i]!);
  }
  return out;
}

/** Spans of the government mentions that are a party (actor or recipient) of some act, by sentence. */
function governmentParties(frames: Frame[]): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const frame of frames)
    for (const g of [...frame.args.actor, ...frame.args.recipient])
      for (const m of g.mentions)
        if (m.actor.id.endsWith('.gov')) {
          const list = out.get(frame.sentence.i);
          if (list) list.push(m.span);
          else out.set(frame.sentence.i, [m.span]);
        }
  return out;
}

/**
 * Drops a location that is one of the event's own parties, or of another act in its sentence: a
 * capital standing for its government ("urged Kabul to reopen schools", "called on Damascus to
 * respect the truce") is whom an act is aimed at, not where it happened, so the geoparser's
 * reading of the same words is no location.
 */
function notTheParty(
  view: View,
  frame: Frame,
  sentenceParties: Map<number, Span[]>,
  locations: EventLocation[],
  why: string[],
): EventLocation[] {
  // A capital visited for talks is where they are held ("visited Addis Ababa for talks").
  if (locations.length === 0 || frame.type === 'CONSULT') return locations;
  // A capital that is a party of any act in the sentence ("condemned the shelling and called on
  // Damascus to ...") is no more the place of this one.
  const partySpans: Span[] = [...(sentenceParties.get(frame.sentence.i) ?? [])];
  // "delivered jets to Mali's air force": a state named as the owner inside a party's mention
  // says whose, not where (violent acts keep it: their place is often only the country).
  const owners: [number, number][] = [];
  for (const g of [...frame.args.actor, ...frame.args.recipient])
    for (const m of g.mentions) {
      if (m.actor.id.endsWith('.gov')) partySpans.push(m.span);
      if (frame.type !== 'ASSAULT') owners.push(m.span);
    }
  if (partySpans.length === 0 && owners.length === 0) return locations;
  return locations.filter((l) => {
    const span = l.place ? view.placeById.get(l.place)?.place.span : undefined;
    const party =
      span &&
      (partySpans.some((s) => s[0] === span[0] && s[1] === span[1]) ||
        owners.some(
          (s) =>
            (s[0] === span[0] &&
              /^['’]s\b/.test(view.doc.text.slice(span[1], span[1] + 3)) &&
              // "Mali's air force" as one mention, or "Afghanistan's Taliban rulers" as two; not
              // "patrolled Venezuela's oil installations", where no actor is owned.
              (s[1] > span[1] || actorAfter(view, span[1] + 2))) ||
            (s[0] > span[1] && /^['’]s\s+$/.test(view.doc.text.slice(span[1], s[0]))),
        ));
    if (party) why.push(`place:is-party:${view.doc.text.slice(span[0], span[1])}`);
    return !party;
  });
}

/** True when an actor mention starts right after character `at` (spaces skipped). */
function actorAfter(view: View, at: number): boolean {
  const k = view.tokens.findIndex((t) => t.start >= at);
  return k >= 0 && view.groupAt[k]! >= 0 && /^\s*$/.test(view.doc.text.slice(at, view.tokens[k]!.start));
}

/** Counting words that alone name a crowd ("Thousands marched"), unless a noun follows ("dozens of soldiers"). */
const CROWD_WORDS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens']);

/** True when the word before the trigger (adverbs and auxiliaries skipped) is a bare crowd count. */
function crowdSubject(view: View, at: number, sentence: Sentence): boolean {
  const { tokens } = view;
  let j = at - 1;
  while (j >= sentence.first && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) j--;
  if (j < sentence.first || !CROWD_WORDS.has(tokens[j]!.norm)) return false;
  return tokens[j + 1]?.norm !== 'of';
}

function ref(m: ActorMention): ActorRef {
  const { id, name, country, sector } = m.actor;
  return { id, name, country, sector };
}

/** Remote-violence words in the clause pick the ACLED sub-event when the trigger is generic. */
function remoteCode(view: View, frame: Frame): AcledCode | null {
  const { tokens, lexicon } = view;
  const at = cueIn(
    tokens,
    frame.args.clause[0],
    Math.max(frame.args.clause[1], frame.trigger.end),
    lexicon.cues.remote,
  );
  if (at < 0) return null;
  const w = lem(tokens[at]!);
  if (['airstrike', 'air', 'drone', 'warplane', 'jet', 'helicopter'].includes(w)) return 'erv.air';
  if (['bomb', 'ied', 'landmine', 'explosive'].includes(w)) return 'erv.ied';
  return 'erv.shelling';
}

/** Single-word cues and their plurals, as a set per cue list. */
const wordSets = new WeakMap<string[][], Set<string>>();
function wordsHit(words: string[], list: string[][]): boolean {
  let set = wordSets.get(list);
  if (!set) {
    set = new Set(list.filter((p) => p.length === 1).flatMap((p) => [p[0]!, `${p[0]}s`]));
    wordSets.set(list, set);
  }
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** Dates, locates, codes and numbers the frames, coreferring later mentions to earlier events. */
function finish(view: View, frames: Frame[], dateOf: DateOf, locate: Locate): Event[] {
  const { doc, tokens, lexicon } = view;
  const kept: Frame[] = [];
  // The latest kept frame of each type, for coreference: a backward scan of `kept` per anaphoric
  // mention grew with the number of events in long documents.
  const lastOfType = new Map<string, Frame>();
  const parties = governmentParties(frames);
  // Later mentions ("the attack") → the event they name.
  const corefOf = new Map<Frame, Frame>();
  for (const frame of frames) {
    const anchor = anchorOf(view, frame);
    const dl = dateOf(doc, anchor);
    // Where a casualty verb or a later verb shows the act ("nine were killed in the bombardment
    // of X"), places are scoped from that verb: the clause it heads is the one that states the act.
    const shown = frame.shownAt;
    let ll = locate(
      doc,
      shown ? { ...anchor, trigger: [tokens[shown.first]!.start, tokens[shown.end - 1]!.end] } : anchor,
    );
    ll = preferSpecific(view, frame, ll);
    // The places the act is done to ("liberated the cities of A and B") win over the area around
    // them when the injected locate ranked the area first.
    const objectIds = new Set(
      frame.args.places
        .filter((p) => /direct-object|object-of-place-noun|^place:of-/.test(p.rule))
        .map((p) => p.place.place.id),
    );
    if (
      objectIds.size > 0 &&
      !frame.trigger.nominal &&
      !ll.locations.some((l) => l.place && objectIds.has(l.place))
    ) {
      const own = placesLocate(doc, anchor);
      if (own.locations.length > 0)
        ll = { locations: own.locations, why: [...own.why, 'place:object-over-area'] };
    }
    frame.date = dl.date;
    frame.locations = betweenIsOne(view, notTheParty(view, frame, parties, ll.locations, ll.why), ll.why);
    frame.linkWhy = [...dl.why, ...ll.why];
    const hasArgs = frame.args.actor.length > 0 || frame.args.recipient.length > 0;
    // Later mention of an event already found: "the attack", "the talks".
    if (!hasArgs && isAnaphoric(view, frame)) {
      const earlier = lastOfType.get(frame.type);
      if (earlier) {
        corefOf.set(frame, earlier);
        earlier.why.push(
          `coref:${doc.text.slice(tokens[frame.trigger.first - 1]!.start, tokens[frame.trigger.end - 1]!.end)}@${frame.sentence.i}`,
        );
        if (!earlier.date && frame.date) earlier.date = frame.date;
        if (earlier.locations.length === 0 && frame.locations.length > 0) earlier.locations = frame.locations;
        if (frame.fatalities && (!earlier.fatalities || frame.fatalities.value > earlier.fatalities.value)) {
          // A later sentence usually updates the toll of the same event; keep its figure.
          earlier.fatalities = frame.fatalities;
        }
        continue;
      }
    }
    // "X attacked a base on Monday. The group said it killed 30 soldiers.": a casualty report in
    // the next sentence, by the same side or none, at no other place or date, is the toll of the
    // attack just told, not a second event.
    const followUp = lastOfType.get('ASSAULT');
    if (
      followUp &&
      frame.type === 'ASSAULT' &&
      // "The army denied its soldiers opened fire. Witnesses said two were killed": a toll is not
      // folded into an act said not to have happened (or only threatened); it stands on its own.
      (followUp.modality === 'asserted' || followUp.modality === 'reported') &&
      frame.trigger.entry.flags.includes('casualty') &&
      followUp.sentence.i === frame.sentence.i - 1 &&
      (frame.args.actor.length === 0 || ids(frame.args.actor).join() === ids(followUp.args.actor).join()) &&
      !(frame.date && followUp.date && frame.date.start !== followUp.date.start) &&
      !(
        frame.locations.length > 0 &&
        followUp.locations.length > 0 &&
        frame.locations[0]!.name !== followUp.locations[0]!.name
      )
    ) {
      followUp.why.push(`casualty-follow-up:${frame.trigger.head.text}@${frame.sentence.i}`);
      if (frame.fatalities && (!followUp.fatalities || frame.fatalities.value > followUp.fatalities.value))
        followUp.fatalities = frame.fatalities;
      if (followUp.args.recipient.length === 0 && frame.args.recipient.length > 0)
        followUp.args.recipient = frame.args.recipient;
      continue;
    }
    // A noun with nothing attached and no determiner pointing at an act is generic talk ("war", "talks are the way").
    if (
      !hasArgs &&
      frame.trigger.nominal &&
      !frame.date &&
      frame.locations.length === 0 &&
      !frame.fatalities &&
      !frame.shownAt &&
      !isAnaphoric(view, frame)
    ) {
      const prev = tokens[frame.trigger.first - 1];
      if (!prev || !(prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ')) continue;
    }
    kept.push(frame);
    lastOfType.set(frame.type, frame);
  }

  reactionTargets(kept, corefOf);
  const events: Event[] = [];
  for (const frame of foldHeadlines(view, kept)) {
    const { entry } = frame.trigger;
    const why = [...frame.why];
    const actorRefs = asGovernments(refs(frame.args.actor), frame.type, why);
    if (
      frame.type === 'PROTEST' &&
      actorRefs.length === 0 &&
      crowdSubject(view, frame.trigger.first, frame.sentence)
    ) {
      // "Thousands protested": an unnamed crowd of people, coded as protesters.
      actorRefs.push({ id: 'protesters', name: 'Protesters', country: null, sector: 'CVL' });
      why.push('arg:crowd-subject->actor');
    } else if (
      frame.type === 'PROTEST' &&
      frame.mode !== 'riot' &&
      actorRefs.length === 0 &&
      frame.trigger.nominal
    ) {
      // "Demonstrations against the junta erupted": a protest whose people are not named was
      // made by protesters.
      actorRefs.push({ id: 'protesters', name: 'Protesters', country: null, sector: 'CVL' });
      why.push('arg:unnamed-protesters->actor');
    }
    let recipientGroups = frame.args.recipient;
    const locations: (EventLocation | null)[] = frame.locations.length > 0 ? frame.locations : [null];
    for (const [li, location] of locations.entries()) {
      // One toll for several places cannot be split: it is counted once, on the first.
      const fatalities = li === 0 ? frame.fatalities : null;
      // "shelled the rebel-held town of X": the holder receives the attack.
      if (recipientGroups.length === 0 && frame.type === 'ASSAULT') {
        const placeArg = frame.args.places.find((p) => p.place.place.id === location?.place);
        const holder = placeArg ? heldBy(view, placeArg.place) : null;
        if (holder) {
          recipientGroups = [holder];
          why.push('arg:held-by-compound->recipient');
        }
      }
      const recipientRefs = asGovernments(
        recipientGroups.length === 0 && frame.args.placeRecipient
          ? placeState(view, frame.args.placeRecipient, why)
          : stateOf(
              view,
              refs(recipientGroups, new Set(actorRefs.map((a) => a.id))),
              frame.args.recipientAsState === true,
            ),
        frame.type,
        why,
      ).filter((r) => !actorRefs.some((a) => a.id === r.id));
      const words = frame.args.objectWords;
      // "shelled a hospital", "torched a mosque", "bombed a school": with nobody named, a civilian
      // site hit stands for the civilians in it (ACLED: violence against civilians).
      const site = words.find((w) => argumentWords().civilian_sites.has(w));
      // "a rebel camp", "a militia base" are not: a word naming combatants in the object vetoes it.
      if (
        frame.type === 'ASSAULT' &&
        recipientRefs.length === 0 &&
        site &&
        !wordsHit(words, lexicon.cues.armed) &&
        cueIn(
          view.tokens,
          frame.trigger.end,
          Math.max(frame.trigger.end, frame.args.clause[1]),
          lexicon.cues.armed,
        ) < 0
      ) {
        recipientRefs.push({ id: 'civilians', name: 'Civilians', country: null, sector: 'CVL' });
        why.push(`arg:civilian-site->recipient:${site}`);
      }
      const acled = acledType({
        code: frame.code,
        actorSectors: actorRefs.map((a) => a.sector),
        recipientSectors: recipientRefs.map((a) => a.sector),
        civilianTarget: wordsHit(words, lexicon.cues.civilian),
        armedTarget: wordsHit(words, lexicon.cues.armed),
        protesterTarget: wordsHit(words, lexicon.cues.protester),
        remote: frame.code === 'violence' ? remoteCode(view, frame) : null,
        intervention: intervened(view, frame.sentence),
        killed: (frame.fatalities?.value ?? 0) > 0,
      });
      const eventWhy = [
        ...why,
        `trigger-kind:${frame.trigger.nominal ? 'nominal' : 'verbal'}${entry.flags.includes('weak') ? ',weak' : ''}${entry.words.length > 1 ? ',phrase' : ''}`,
        ...actorRefs.map((a) => `actor:${mentionText(frame.args.actor, a.id)}->${a.id}`),
        ...recipientRefs.map((a) => `recipient:${mentionText(recipientGroups, a.id)}->${a.id}`),
        ...frame.linkWhy.filter(
          (w) =>
            !w.startsWith('place:') ||
            !location ||
            w.includes(location.name) ||
            w.includes(placeText(view, location)),
        ),
      ];
      if (acled) eventWhy.push(acled.rule);
      if (fatalities) eventWhy.push(fatalities.why);
      else if (frame.fatalities) eventWhy.push(`fatalities:counted-once-on-${frame.locations[0]?.name}`);
      if (frame.attribution)
        eventWhy.push(
          `attribution:${frame.attribution.mentions[0]!.text}->${frame.attribution.mentions[0]!.actor.id}`,
        );
      const shown = frame.shownAt ?? frame.trigger;
      const triggerSpan: Span = [tokens[shown.first]!.start, tokens[shown.end - 1]!.end];
      const evidence = frame.sentence.span;
      events.push({
        id: `e${events.length + 1}`,
        type: frame.type,
        mode: visitMode(view, frame, location, actorRefs, recipientRefs),
        context: entry.context,
        cameo: entry.cameo,
        acled: acled?.acled ?? null,
        modality: frame.modality,
        actor: actorRefs,
        recipient: recipientRefs,
        date: frame.date,
        location,
        fatalities: fatalities?.value ?? null,
        trigger: { span: triggerSpan, text: doc.text.slice(triggerSpan[0], triggerSpan[1]) },
        evidence: { span: [evidence[0], evidence[1]], text: doc.text.slice(evidence[0], evidence[1]) },
        attribution: frame.attribution ? ref(frame.attribution.mentions[0]!) : null,
        confidence: confidence({
          nominal: frame.trigger.nominal,
          weak: entry.flags.includes('weak'),
          actor: actorRefs.length > 0,
          recipient: recipientRefs.length > 0,
          location: location !== null,
          date: frame.date !== null,
          phrase: entry.words.length > 1,
          casualtyOnly: frame.casualtyOnly,
        }),
        why: eventWhy,
      });
    }
  }
  return events;
}

/**
 * A CONSULT with no mode held in the recipient's country and not in the actor's is a visit
 * (PLOVER: the visitor is the actor, the host the recipient): "Qatar's foreign minister sat down
 * with Taliban leaders in Kabul". Other frames keep their mode.
 */
function visitMode(
  view: View,
  frame: Frame,
  location: EventLocation | null,
  actors: ActorRef[],
  recipients: ActorRef[],
): string | null {
  if (frame.type !== 'CONSULT' || frame.mode !== null || !location?.country) return frame.mode;
  const where = view.lexicon.countries?.get(location.country)?.iso3 ?? location.country;
  const visit =
    actors.length > 0 &&
    actors.every((a) => a.country !== null && a.country !== where) &&
    recipients.some((r) => r.country === where);
  return visit ? 'visit' : null;
}

/** The text of the place mention a location came from ("Kafr Nabl" for Kafranbel). */
function placeText(view: View, location: EventLocation): string {
  return (location.place ? view.placeById.get(location.place)?.place.text : undefined) ?? location.name;
}

/** ", some 30 km southeast of" between a place and the reference point that describes it. */
const APPOSITION =
  /^,\s*(?:(?:some|about|around|nearly|roughly|approximately)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers|kilometres|miles|mi)\s+(?:\(\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles)\)\s+)?)?(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+)?(?:(?:city|town|capital|village)\s+of\s+)?$/i;

/**
 * Keeps the event at the named place when the text gives a reference point after it ("at
 * Al-Gurah, 30 km southeast of Al-Arish": Al-Gurah, not Al-Arish), and drops a place that only
 * modifies a nominal trigger ("a U.S. airstrike": the attacker's country, not the location).
 */
function preferSpecific(view: View, frame: Frame, ll: { locations: EventLocation[]; why: string[] }) {
  const { doc, tokens } = view;
  const locations: EventLocation[] = [];
  const why = [...ll.why];
  for (const l of ll.locations) {
    const m = l.place ? view.placeById.get(l.place) : undefined;
    if (m && frame.trigger.nominal && m.end === frame.trigger.first) {
      why.push(`place:dropped-modifier:${m.place.text}`);
      continue;
    }
    // The source's own seat ("..., the Defence Ministry in Moscow reported") is where the report
    // comes from, not where the act happened: a place inside the source's name, after its head
    // (not a place that is itself the source).
    const source = frame.attribution;
    if (m && source && m.first > source.first && m.end <= source.end && m.first > frame.trigger.end) {
      why.push(`place:dropped-source:${m.place.text}`);
      continue;
    }
    // Where the source speaks from ("according to the ministry in Abu Dhabi") or where a person
    // comes from ("a driver from Abidjan") is not where the act happened.
    if (
      m &&
      m.first > frame.trigger.end &&
      cueIn(tokens, frame.trigger.end, m.first, view.lexicon.cues.according_to) >= 0
    ) {
      why.push(`place:dropped-source:${m.place.text}`);
      continue;
    }
    const from = tokens[m ? m.first - 1 : -1];
    const owner = tokens[m ? m.first - 2 : -1];
    if (
      m &&
      from?.norm === 'from' &&
      owner &&
      (owner.pos === 'NOUN' || owner.pos === 'PROPN') &&
      frame.type !== 'RETREAT' &&
      // "evacuated 60 wounded people from Bukavu": locate read a departure's origin, not a person's.
      !ll.why.includes(`place:from-origin:${m.place.text}`)
    ) {
      why.push(`place:dropped-origin:${m.place.text}`);
      continue;
    }
    let before: PlaceSpan | undefined;
    for (
      let k = (m?.first ?? 0) - 1;
      m && k >= Math.max(frame.sentence.first, m.first - 16) && !before;
      k--
    ) {
      const p = view.placeAt[k]!;
      if (p >= 0 && view.places[p]!.place.lat !== null) before = view.places[p];
    }
    if (m && before && APPOSITION.test(doc.text.slice(tokens[before.end - 1]!.end, tokens[m.first]!.start))) {
      locations.push(toLocation(before.place, false));
      why.push(`place:apposition:${before.place.text}<-${m.place.text}`);
      continue;
    }
    locations.push(l);
  }
  return { locations, why };
}

/** Whether authorities intervened in a sentence ("dispersed", "tear gas"); computed once per sentence. */
const interventionCache = new WeakMap<Sentence, boolean>();
function intervened(view: View, sentence: Sentence): boolean {
  let v = interventionCache.get(sentence);
  if (v === undefined) {
    v = cueIn(view.tokens, sentence.first, sentence.end, view.lexicon.cues.intervention) >= 0;
    interventionCache.set(sentence, v);
  }
  return v;
}

function mentionText(groups: ActorGroup[], id: string): string {
  for (const g of groups) for (const m of g.mentions) if (m.actor.id === id) return m.text;
  return id;
}

/**
 * True when the place starting at token `k` follows "<place> <division noun> of" ("in the Kurram
 * district of Khyber Pakhtunkhwa"): it holds the place named before it, it is not the place acted on.
 */
function containerOfPlace(view: View, k: number): boolean {
  const { tokens } = view;
  let j = k - 1;
  if (is(tokens[j], 'the')) j--;
  return (
    is(tokens[j], 'of') &&
    argumentWords().division_nouns.has(tokens[j - 1]?.norm ?? '') &&
    (view.placeAt[j - 2] ?? -1) >= 0
  );
}

/** The anchor handed to dateOf/locate: trigger, clause, sentence and location phrases. */
function anchorOf(view: View, frame: Frame): EventAnchor {
  const { tokens } = view;
  const [c0, c1] = frame.args.clause;
  const clause: Span = [tokens[c0]!.start, tokens[Math.max(c0, c1 - 1)]!.end];
  // The place acted on ("liberated the cities of A and B in the province of C") is more specific
  // than the area around it: when there is one, only such places are offered to locate.
  const objects = frame.args.places.filter(
    (p) =>
      /direct-object|object-of-place-noun|^place:of-/.test(p.rule) && !containerOfPlace(view, p.place.first),
  );
  // The division named after "<place> district of" holds that place: offered only when alone.
  const placed = frame.args.places.filter((p) => !containerOfPlace(view, p.place.first));
  const chosen =
    objects.length > 0 && !frame.trigger.nominal ? objects : placed.length > 0 ? placed : frame.args.places;
  const args: Span[] = chosen.map((p) => {
    // The phrase runs from its preposition ("near", "on the outskirts of") to the place's end.
    let s = p.place.first;
    for (let k = p.place.first - 1; k >= Math.max(frame.sentence.first, p.place.first - 5); k--) {
      const t = tokens[k]!;
      if (
        t.pos === 'ADP' ||
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'NOUN' ||
        is(t, 'close') ||
        t.pos === 'NUM'
      )
        s = k;
      else break;
      if (t.pos === 'ADP' && !is(t, 'of')) break;
    }
    return [tokens[s]!.start, tokens[p.place.end - 1]!.end];
  });
  // "urged Israel to withdraw from Rafah": the sentence the call may be placed from ends before the
  // act it asks for, whose places are that act's own.
  const sentence: Span =
    frame.args.complementAt !== undefined
      ? [frame.sentence.span[0], tokens[frame.args.complementAt]!.start]
      : frame.sentence.span;
  return {
    trigger: [tokens[frame.trigger.first]!.start, tokens[frame.trigger.end - 1]!.end],
    clause,
    sentence,
    arguments: args,
  };
}
