/**
 * @module modality
 * Modality and attribution from cue words around the trigger (data/events/cues.yaml): negated,
 * hypothetical, future, habitual, reported (with who says so), else asserted; and opinion
 * sentences, which state a view rather than an act and yield no event.
 */
import type { Modality, PloverType } from '@sitrep/model';
import type { Sentence, Token } from '@sitrep/nlp';
import type { TriggerMatch } from './triggers';
import { type ActorGroup, argumentWords, cueIn, is, lem, matchCue, type View } from './view';

/** Modality with the cue that decided it and, for reported speech, the source. */
export interface ModalityResult {
  modality: Modality;
  attribution: ActorGroup | null;
  why: string[];
}

/** How far before the trigger a modal cue may stand, in tokens. */
const WINDOW = 7;

/**
 * True when the sentence states an opinion ("I think", "nothing but") rather than reporting an act.
 *
 * @param view
 *   The document index.
 * @param sentence
 *   The sentence.
 */
export function isOpinion(view: View, sentence: Sentence): boolean {
  const { tokens } = view;
  for (let k = sentence.first; k < sentence.end; k++) {
    // A capitalized cue inside the sentence is part of a name, not a verdict: the "Sham" of
    // "Hayat Tahrir al-Sham" is no "sham".
    if (k > sentence.first && /^\p{Lu}/u.test(tokens[k]!.text)) continue;
    if (matchCue(tokens, k, view.lexicon.cues.opinion, sentence.end) > 0) return true;
  }
  return false;
}

/**
 * Decides the modality of one trigger.
 *
 * @param view
 *   The document index.
 * @param sentence
 *   The trigger's sentence.
 * @param trigger
 *   The trigger.
 * @param clause
 *   Token range of the trigger's clause.
 */
export function modalityOf(
  view: View,
  sentence: Sentence,
  trigger: TriggerMatch,
  clause: [number, number],
): ModalityResult {
  const { tokens, lexicon } = view;
  const { cues } = lexicon;
  const why: string[] = [];
  const from = Math.max(sentence.first, Math.min(clause[0], trigger.first - WINDOW), trigger.first - WINDOW);
  const near = Math.max(sentence.first, trigger.first - 4);

  // Negation: a negator right before the trigger ("did not respond", "no talks"), or a denial
  // verb earlier in the sentence governing it ("X denied shelling the town").
  for (let k = near; k < trigger.first; k++) {
    if (matchCue(tokens, k, cues.negation, trigger.first) > 0) {
      return { modality: 'negated', attribution: null, why: [`modality:negated:${tokens[k]!.norm}`] };
    }
  }
  const denial = cueIn(tokens, sentence.first, trigger.first, cues.denial);
  if (denial >= 0 && !reportingBetween(view, denial + 1, trigger.first) && !ownSpeechAct(view, trigger)) {
    return {
      modality: 'negated',
      attribution: subjectOf(view, denial, sentence),
      why: [`modality:negated:denial:${lem(tokens[denial]!)}`],
    };
  }
  // Nominal triggers negated by what follows: "no meeting took place".
  if (trigger.nominal && is(tokens[trigger.first - 1], 'no')) {
    return { modality: 'negated', attribution: null, why: ['modality:negated:no-noun'] };
  }
  // ... or by a negated verb right after them: "negotiations could not begin", "talks did not take place".
  const aux = tokens[trigger.end];
  const neg = tokens[trigger.end + 1];
  if (
    trigger.nominal &&
    aux?.pos === 'AUX' &&
    neg !== undefined &&
    trigger.end + 1 < sentence.end &&
    (neg.norm === 'not' || neg.norm === "n't" || neg.norm === 'never')
  ) {
    return { modality: 'negated', attribution: null, why: [`modality:negated:noun-${aux.norm}-${neg.norm}`] };
  }

  // "A planned march was called off", "the summit was cancelled": a nominal act whose own verb
  // cancels it did not take place.
  if (trigger.nominal && cancelledAfter(view, trigger, sentence))
    return { modality: 'negated', attribution: null, why: ['modality:negated:cancelled'] };
  // "any US strike on his country would be met with ...": an act under "any" is not one that happened.
  if (trigger.nominal) {
    for (let k = trigger.first - 1; k >= Math.max(sentence.first, trigger.first - 4); k--) {
      const t = tokens[k]!;
      if (t.norm === 'any')
        return { modality: 'hypothetical', attribution: null, why: ['modality:hypothetical:any'] };
      if (!['ADJ', 'NOUN', 'PROPN', 'DET'].includes(t.pos) && view.groupAt[k]! < 0) break;
    }
  }
  let hyp = cueIn(tokens, from, trigger.first, cues.hypothetical, view.timeAt);
  // "Protesters demanding the resignation ... clashed": an -ing participle right after an actor
  // describes that actor (a reduced relative); it does not make the main verb a demand.
  if (hyp >= 0 && tokens[hyp]!.norm.endsWith('ing') && view.groupAt[hyp - 1]! >= 0)
    hyp = cueIn(tokens, hyp + 1, trigger.first, cues.hypothetical, view.timeAt);
  const ifClause = cueIn(tokens, sentence.first, trigger.first, [['if'], ['unless']]);
  if (hyp >= 0 || ifClause >= 0) {
    const at = hyp >= 0 ? hyp : ifClause;
    why.push(`modality:hypothetical:${tokens[at]!.norm}`);
    return { modality: 'hypothetical', attribution: null, why };
  }
  const fut = cueIn(tokens, from, trigger.first, cues.future);
  const futAfter = trigger.nominal
    ? cueIn(tokens, trigger.end, Math.min(sentence.end, clause[1] + 1), cues.future)
    : -1;
  if (fut >= 0 || futAfter >= 0) {
    why.push(`modality:future:${tokens[fut >= 0 ? fut : futAfter]!.norm}`);
    return { modality: 'future', attribution: reportedBy(view, sentence, trigger)?.group ?? null, why };
  }
  let hab = cueIn(
    tokens,
    Math.max(sentence.first, clause[0] - 2),
    Math.min(sentence.end, clause[1] + 4),
    cues.habitual,
  );
  // An aspect verb ("keep", "continue to") governs the verb after it: "appealed to X to keep
  // fighting away from the plant" asks for something; it is no habit of the appeal.
  if (hab > trigger.first && tokens[hab]!.pos === 'VERB')
    hab = cueIn(tokens, Math.max(sentence.first, clause[0] - 2), trigger.first, cues.habitual);
  // "Houthi rebels have attacked ships since November": a present perfect over a span since a
  // date sums up repeated acts, it is no single event.
  if (hab < 0 && sincePerfect(tokens, trigger, sentence)) hab = trigger.first;
  // A fronted habitual adverbial governs the whole sentence: "Every Friday, protesters gather".
  const opening = afterLabel(tokens, sentence);
  const fronted = hab < 0 ? matchCue(tokens, opening, cues.habitual, sentence.end) : -1;
  if (fronted > 0 && tokens[fronted]?.norm === ',') hab = opening;
  if (hab >= 0) {
    why.push(`modality:habitual:${tokens[hab]!.norm}`);
    return { modality: 'habitual', attribution: null, why };
  }
  const reported = reportedBy(view, sentence, trigger);
  if (reported) {
    why.push(...reported.why);
    return { modality: 'reported', attribution: reported.group, why };
  }
  return { modality: 'asserted', attribution: null, why: ['modality:asserted'] };
}

/**
 * Where a sentence's own words start after a leading label or dateline ("KHARTOUM —", "Update:"):
 * the token after a colon or dash among the first six, else the sentence's first token.
 */
function afterLabel(tokens: Token[], sentence: Sentence): number {
  for (let k = sentence.first; k < Math.min(sentence.end, sentence.first + 6); k++) {
    const n = tokens[k]!.norm;
    if (n === ':' || n === '—' || n === '–') return k + 1;
  }
  return sentence.first;
}

/** "was called off", "were cancelled", "has been postponed" right after a nominal trigger. */
function cancelledAfter(view: View, trigger: TriggerMatch, sentence: Sentence): boolean {
  const { tokens } = view;
  let k = trigger.end;
  // "A planned march in Algiers was called off", "a march by students in Tunis was ...": short
  // prepositional phrases may come between.
  if (tokens[k]?.pos === 'ADP') {
    let j = k;
    while (
      j < sentence.end &&
      j < k + 8 &&
      ['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tokens[j]!.pos)
    )
      j++;
    if (tokens[j]?.pos === 'AUX') k = j;
  }
  const first = k;
  let aux = false;
  while (k < sentence.end && k < first + 3 && tokens[k]!.pos === 'AUX') {
    aux = true;
    k++;
  }
  const verb = tokens[k];
  if (!aux || !verb || k >= sentence.end || !argumentWords().cancelling_verbs.has(lem(verb))) return false;
  return lem(verb) !== 'call' || tokens[k + 1]?.norm === 'off';
}

/** "have attacked ships since November": has/have (an adverb between allowed) right before a verbal trigger and "since" after it. */
function sincePerfect(tokens: Token[], trigger: TriggerMatch, sentence: Sentence): boolean {
  let k = trigger.first - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  const aux = tokens[k];
  if (!aux || k < sentence.first || (aux.norm !== 'has' && aux.norm !== 'have')) return false;
  for (let j = trigger.end; j < sentence.end; j++) if (tokens[j]!.norm === 'since') return true;
  return false;
}

/** Acts done by speaking: what the denier says next is asserted, not denied. */
const SPEECH_TYPES = new Set<string>(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT'] satisfies PloverType[]);

/**
 * True when a verbal trigger opens its own predicate after a denial: a comma participle
 * ("Rwanda denied supporting the rebels, accusing Kinshasa of ...") or a coordinated past tense
 * ("denied the claims and accused Kinshasa"). The denier does these acts; only the first
 * predicate is denied. Physical acts after a comma stay under the denial ("denied shelling the
 * town, killing nine", "denied that its forces fired, wounding two").
 */
function ownSpeechAct(view: View, trigger: TriggerMatch): boolean {
  if (!SPEECH_TYPES.has(trigger.entry.type ?? '')) return false;
  const { tokens } = view;
  const before = tokens[trigger.first - 1];
  const head = tokens[trigger.first]!;
  if (before?.text === ',') return /ing$/.test(head.norm);
  return before?.norm === 'and' && /ed$/.test(head.norm) && head.pos === 'VERB';
}

/**
 * True when a reporting verb stands in `[from, to)`: "X denied that civilians were hit and said the
 * army had struck ...": the denial governs its own clause, the second verb reports the strike.
 */
function reportingBetween(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isReportingVerb(view, view.tokens[k]!)) return true;
  return false;
}

/** A verb among the one-word reporting cues ("said", "claimed"). */
function isReportingVerb(view: View, t: Token): boolean {
  return t.pos === 'VERB' && view.lexicon.cues.reporting.some((w) => w.length === 1 && w[0] === lem(t));
}

/** The actor group that is the subject of the verb at `k` (nearest group before it in the sentence). */
function subjectOf(view: View, k: number, sentence: Sentence): ActorGroup | null {
  for (let j = k - 1; j >= sentence.first; j--) {
    const g = view.groupAt[j]!;
    if (g >= 0) return view.groups[g]!;
    const t = view.tokens[j]!;
    if (t.pos === 'VERB' || t.norm === ';') return null;
  }
  return null;
}

/**
 * ", saying they could not work safely", ", citing security concerns": a reporting participle
 * after a comma that follows the act gives the actor's own reason for it; the act itself is the
 * writer's statement, not something only a source says happened.
 */
function ownReason(tokens: Token[], k: number, trigger: TriggerMatch): boolean {
  const t = tokens[k]!;
  // "according to" also ends in -ing but names a source, never the actor's reason.
  return k > trigger.end && tokens[k - 1]?.norm === ',' && t.norm.endsWith('ing') && t.norm !== 'according';
}

/**
 * Reported speech around a trigger: "X said (that) ...", "..., X said", "according to X".
 * Returns the source group (null when the text names none, e.g. "witnesses said"), or null when
 * the sentence reports no speech.
 *
 * @param view
 *   The document index.
 * @param sentence
 *   The sentence.
 * @param trigger
 *   The trigger whose source is wanted.
 */
export function reportedBy(
  view: View,
  sentence: Sentence,
  trigger: TriggerMatch,
): { group: ActorGroup | null; why: string[] } | null {
  const { tokens, lexicon } = view;
  const { cues } = lexicon;
  let acc = cueIn(tokens, sentence.first, sentence.end, cues.according_to);
  while (acc >= 0 && ownReason(tokens, acc, trigger))
    acc = cueIn(tokens, acc + 1, sentence.end, cues.according_to);
  if (acc >= 0) {
    const end = matchCue(tokens, acc, cues.according_to, sentence.end);
    let j = end;
    while (j < sentence.end && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j++;
    const g = view.groupAt[j] ?? -1;
    return {
      group: g >= 0 ? view.groups[g]! : null,
      why: [
        `modality:reported:${tokens
          .slice(acc, end)
          .map((t) => t.norm)
          .join('-')}`,
      ],
    };
  }
  for (let k = sentence.first; k < sentence.end; k++) {
    if (k >= trigger.first && k < trigger.end) continue;
    const t = tokens[k]!;
    if (!isReportingVerb(view, t)) continue;
    // The trigger itself may be a reporting verb ("accused"): it is then the act, not a report of one.
    if (k === trigger.first) continue;
    if (ownReason(tokens, k, trigger)) continue;
    let group: ActorGroup | null = null;
    if (k < trigger.first) group = subjectOf(view, k, sentence);
    else {
      // ", the ministry said" (subject before) or ", said the ministry" (after).
      group = subjectOf(view, k, { ...sentence, first: Math.max(sentence.first, trigger.end) });
      if (!group) {
        let j = k + 1;
        while (j < sentence.end && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j++;
        const g = view.groupAt[j] ?? -1;
        group = g >= 0 ? view.groups[g]! : null;
      }
    }
    return { group, why: [`modality:reported:${lem(t)}`] };
  }
  return null;
}
