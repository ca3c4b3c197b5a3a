/**
 * @module stage
 * The `time` stage: runs the grammar passes over the text, settles overlaps, joins modifiers and
 * ranges, then resolves each expression in text order against the publication date and the
 * dates the text itself gives. Read top to bottom, it is the order the passes run in.
 */
import type { Doc, Stage, StageContext } from '@sitrep/model';
import { type Analysis, sentenceAt } from '@sitrep/nlp';
import { absoluteDates } from './absolute-dates';
import { dayNumber, formatIso, isRealDay, parseIso } from './calendar';
import { dayRanges } from './day-ranges';
import { durations } from './durations';
import { type Holiday, holidayPass, loadHolidays } from './holidays';
import { modifiers } from './modifiers';
import { numericDates } from './numeric-dates';
import { quarters } from './quarters';
import { ranges } from './ranges';
import { relativeDates } from './relative-dates';
import { type Env, resolveSpec } from './resolve';
import { seasons } from './seasons';
import { select } from './select';
import { sets } from './sets';
import { tenseAt } from './tense';
import { timexValue } from './timex';
import type { Candidate, ScanContext, Spec, TimeRecord } from './types';
import { vagueTimes } from './vague';
import { weekdays } from './weekdays';

/** The grammar passes that find expressions, in the order they run (overlaps are settled after all). */
export const PASSES = [
  absoluteDates,
  numericDates,
  dayRanges,
  relativeDates,
  weekdays,
  seasons,
  quarters,
  vagueTimes,
  durations,
  sets,
] as const;

/**
 * Creates the `time` stage. It needs the `nlp` layer (sentences and paragraphs for anchoring,
 * tokens for tense) and provides `times`: TimeMention records, plus the internal fields of
 * `TimeRecord` that the pipeline strips from output.
 *
 * @example
 *   const pipeline = createPipeline([nlpStage(), timeStage()], 'example');
 *   pipeline.extract({ text: 'Fictional: talks resumed yesterday.', published: '2024-05-02' }).mentions.times[0];
 *   // => { id: 't1', span: [26, 35], text: 'yesterday', kind: 'date', start: '2024-05-01', end: '2024-05-01', precision: 'day' }
 */
export function timeStage(options: TimeStageOptions = {}): Stage<'times'> {
  // Loaded once, here, never inside `run`.
  const holidays = holidayPass(options.holidays ?? loadHolidays());
  return {
    name: 'time',
    needs: ['nlp'],
    provides: 'times',
    run: (doc, context) => findTimes(doc, context, holidays),
  };
}

/** Resources for the time stage. */
export interface TimeStageOptions {
  /** Named holidays; defaults to `data/time/holidays.tsv` (see `loadHolidays`). */
  holidays?: Holiday[];
}

/**
 * Finds and resolves the time expressions of a document (the stage's `run`).
 *
 * @param doc
 *   A document with its `nlp` layer.
 * @param context
 *   Stage options (`locale` for numeric dates).
 * @param holidays
 *   The holidays pass (`holidayPass(loadHolidays())` when not given).
 */
export function findTimes(
  doc: Doc,
  context: StageContext,
  holidays: (context: ScanContext) => Candidate[] = DEFAULT_HOLIDAYS(),
): TimeRecord[] {
  const analysis = doc.layer('nlp');
  const scanContext: ScanContext = { text: doc.text, options: context.options, messages: doc.messages };
  const found: Candidate[] = [];
  for (const pass of PASSES) for (const c of pass(scanContext)) found.push(c);
  for (const c of holidays(scanContext)) found.push(c);
  const items = ranges(modifiers(select(found, doc.text.length), doc.text), doc.text);
  return resolveAll(doc, analysis, items);
}

// The default holidays pass for callers of `findTimes` that give none, built on first use.
let defaultHolidays: ((context: ScanContext) => Candidate[]) | undefined;
const DEFAULT_HOLIDAYS = () => {
  defaultHolidays ??= holidayPass(loadHolidays());
  return defaultHolidays;
};

/** "On" just before a date: the date a paragraph's narrative happens on. */
const ON_BEFORE = /\bon\s+$/i;
/** How many sentences after it a scene date anchors bare weekdays and year-less dates. */
const SCENE_SENTENCES = 2;
/** Where a dateline or header date may stand: within the document's first code units. */
const HEADER_CHARS = 200;
/** How far (code units) a named quarter frames a following "a year earlier". */
const QUARTER_CONTEXT = 300;

function resolveAll(doc: Doc, analysis: Analysis, items: Candidate[]): TimeRecord[] {
  const env: Env = {
    published: doc.published ? parseIso(doc.published) : null,
    paragraphDate: null,
    lastDay: null,
    lastDate: null,
    tense: null,
    lastQuarter: null,
    quarterContext: null,
  };
  let lastQuarterEnd = Number.NEGATIVE_INFINITY;
  // A document given no publication date is dated by its dateline or header when it opens with a
  // full date ("GOMA, 14 March 2025 —", "Situation report 12 | 14 March 2025"): later weekdays and
  // "yesterday" count from that day instead of staying unresolved.
  const head = items.find((c) => c.spec);
  if (
    env.published === null &&
    head?.spec?.t === 'cal' &&
    head.start < HEADER_CHARS &&
    head.spec.y !== null &&
    head.spec.m !== null &&
    head.spec.d !== null &&
    isRealDay(head.spec.y, head.spec.m, head.spec.d)
  ) {
    env.published = dayNumber(head.spec.y, head.spec.m, head.spec.d);
    doc.messages.info(
      'reference-date-from-text',
      `The document has no publication date; relative dates ("Wednesday", "yesterday") are counted from "${doc.text.slice(head.start, head.end)}", the full date it opens with. Give the publication date (--published YYYY-MM-DD, or "published" in JSONL) if that is not the day it was written.`,
      [head.start, head.end],
      'time',
    );
  }
  const records: TimeRecord[] = [];
  let paragraph = -1;
  // The scene date ("On 3 June 2022, ...") and the sentence that set it.
  let sceneDate: number | null = null;
  let sceneSentence = -1;
  for (const c of items) {
    const record: TimeRecord = {
      id: `t${records.length + 1}`,
      span: [c.start, c.end],
      text: doc.text.slice(c.start, c.end),
      kind: c.kind,
      rule: c.rule,
    };
    records.push(record);
    if (!c.spec) continue; // durations and sets carry no dates
    const sentence = sentenceAt(analysis, c.start);
    const here = sentence?.paragraph ?? 0;
    if (here !== paragraph) {
      paragraph = here;
      sceneDate = null;
    }
    // The scene holds for the next sentences of its paragraph only: further on, wire copy tends to
    // return to the news of the day ("... said Thursday"), which is counted from publication.
    env.paragraphDate =
      sceneDate !== null && (sentence?.i ?? 0) - sceneSentence <= SCENE_SENTENCES ? sceneDate : null;
    env.tense = tenseAt(analysis, record.span);
    // A quarter named within the last few sentences frames "a year earlier" (see resolve.ts).
    env.quarterContext =
      c.rule === 'year-shift' && c.start - lastQuarterEnd < QUARTER_CONTEXT ? env.lastQuarter : null;
    const resolved = resolveSpec(c.spec, env);
    record.relative = needsReference(c.spec);
    if (!resolved) {
      record.start = null;
      record.end = null;
      record.value = null;
      doc.messages.warn(
        'unresolved-relative-date',
        `"${record.text}" is counted from a reference date, but the document has no publication date and the text gives no date before it; it is left unresolved. Give the publication date (--published YYYY-MM-DD, or "published" in JSONL).`,
        record.span,
        'time',
      );
      continue;
    }
    record.start = formatIso(resolved.start);
    record.end = formatIso(resolved.end);
    record.precision = resolved.precision;
    record.granularity = resolved.granularity;
    record.value = c.kind === 'range' ? null : timexValue(resolved);
    if (c.parts) {
      record.parts = c.parts.map((part) => {
        const end = part.spec && resolveSpec(part.spec, env);
        return { span: [part.start, part.end], value: end ? timexValue(end) : null };
      });
    }
    if (resolved.precision !== 'vague') env.lastDate = resolved.start;
    if (resolved.precision === 'day' && resolved.start === resolved.end) {
      env.lastDay = resolved.start;
      // "On 3 June 2022, ..." sets the scene for the paragraph: a later bare "Friday" is near it.
      // A date merely mentioned ("a deal signed Sept. 27") does not.
      if (c.spec.t === 'cal' && ON_BEFORE.test(doc.text.slice(Math.max(0, c.start - 4), c.start))) {
        sceneDate = resolved.start;
        sceneSentence = sentence?.i ?? 0;
      }
    }
    // The quarter under discussion; "the year-ago quarter" is a comparison, not a new topic.
    if (resolved.granularity === 'quarter' && c.spec.t === 'quarter' && !c.spec.yearAgo) {
      const [y, m] = [Number(record.start.slice(0, 4)), Number(record.start.slice(5, 7))];
      env.lastQuarter = [y, Math.floor((m - 1) / 3) + 1];
      lastQuarterEnd = c.end;
    }
  }
  return records;
}

/** True when a spec needs a reference date (publication or an earlier date) to be placed. */
function needsReference(spec: Spec): boolean {
  switch (spec.t) {
    case 'cal':
      return spec.y === null;
    case 'decade':
    case 'century':
      return false;
    case 'season':
    case 'quarter':
    case 'half':
    case 'holiday':
      return spec.y === null;
    case 'part':
      return needsReference(spec.base) || spec.part === 'earlier' || spec.part === 'later';
    case 'range':
      return needsReference(spec.from) || needsReference(spec.to);
    default:
      return true;
  }
}
