/**
 * @module types
 * What the time grammar finds (a `Candidate` with an unresolved `Spec`) and what the stage keeps
 * (a `TimeRecord`: the contract's TimeMention plus a few internal fields the pipeline strips).
 */
import type { Diagnostics, Span, StageOptions, TimeMention } from '@sitrep/model';
import type { HolidayRule } from './holidays';
import type { Unit } from './lexicon';

/** Parts of an interval a modifier picks ("early 2023", "the first week of March"). */
export type Part =
  | 'early'
  | 'mid'
  | 'late'
  | 'start'
  | 'end'
  | 'earlier'
  | 'later'
  | 'half1'
  | 'half2'
  | 'week1'
  | 'week-last'
  /** "the week of March 6": the ISO week holding the day. */
  | 'week-of';

/** Who a relative expression counts from: the publication date, or the last date the text gave. */
export type Base = 'published' | 'anchor';

/** An unresolved time expression: what the words say, before any calendar is consulted. */
export type Spec =
  /** A calendar date, possibly partial: year only, month (+ year), day (+ month + year); null = infer. */
  | {
      t: 'cal';
      y: number | null;
      m: number | null;
      d: number | null;
      /** "last May" / "this May" / "next May", or "May last year" (year counted from publication). */
      rel?: { month?: 'last' | 'this' | 'next'; year?: number };
    }
  | { t: 'decade'; y: number }
  | { t: 'century'; c: number }
  /** A season; `rel` is -1 last, 0 this, 1 next (counted from `published`) when no year is written. */
  | { t: 'season'; s: number; y: number | null; rel: number | null }
  /**
   * A quarter; `q` null means "the quarter" just reported (the latest completed one); `rel` counts
   * the year from publication ("of last year"); `yearAgo` is "the year-ago quarter"; `latest` is
   * "the latest quarter" (the last completed one, whatever the text named before).
   */
  | {
      t: 'quarter';
      q: number | null;
      y: number | null;
      rel: number | null;
      yearAgo: boolean;
      latest?: boolean;
    }
  | { t: 'half'; h: number; y: number | null; rel: number | null }
  /** `n` units from the base ("two days ago" n=-2, "last week" n=-1, "the next day" n=1 from anchor). */
  | { t: 'shift'; unit: Unit | 'weekend'; n: number; base: Base; fuzzy?: [number, number] }
  /** The night before publication through the morning of publication. */
  | { t: 'overnight' }
  /** `previous` / `following`: the one before / after the last day the text gave ("the previous Friday"). */
  | { t: 'weekday'; wd: number; mod: 'bare' | 'last' | 'next' | 'this' | 'previous' | 'following' }
  /** A named holiday: in year `y`, or the last / this / next one, or the nearest one. */
  | { t: 'holiday'; rule: HolidayRule; y: number | null; rel: number | null }
  /** A window of days around publication, e.g. [-42, 0] for "recently". */
  | { t: 'vague'; ref: 'present' | 'past' | 'future'; window: [number, number] }
  | { t: 'part'; part: Part; base: Spec }
  | { t: 'range'; from: Spec; to: Spec };

/** A time expression found in the text, before overlaps are settled and dates resolved. */
export interface Candidate {
  start: number;
  end: number;
  kind: TimeMention['kind'];
  /** Durations and sets have none: they never become dates. */
  spec: Spec | null;
  /** The grammar rule that matched, for `why` entries and debugging. */
  rule: string;
  /** For a range joined from two dates, the two dates as found. */
  parts?: [Candidate, Candidate];
}

/** What a grammar pass may read besides the text. */
export interface ScanContext {
  text: string;
  options: StageOptions;
  messages: Diagnostics;
}

/** Granularity of a resolved interval, finer than the contract's precision (kept for TIMEX values). */
export type Granularity =
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'quarter'
  | 'half'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'vague';

/** A resolved interval: day numbers (see `calendar.ts`), both ends inclusive. */
export interface Interval {
  start: number;
  end: number;
  precision: NonNullable<TimeMention['precision']>;
  granularity: Granularity;
  /** For vague expressions: before, at or after publication. */
  ref?: 'present' | 'past' | 'future';
}

/**
 * A record of the `times` layer: the contract's fields plus internal ones (stripped in output).
 */
export interface TimeRecord extends TimeMention {
  span: Span;
  /** The grammar rule that matched. */
  rule: string;
  granularity?: Granularity;
  /** TIMEX3-style normalized value (`2023-03`, `2023-W11`, `PAST_REF`), or null when unresolved. */
  value?: string | null;
  /** True when the expression needed a reference date (publication or an earlier date). */
  relative?: boolean;
  /** For a range joined from two dates: each end's span and TIMEX value (TimeML annotates them apart). */
  parts?: { span: Span; value: string | null }[];
}
