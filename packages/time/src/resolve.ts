/**
 * @module resolve
 * Turns a spec into an interval of days with a precision, given what it may count from: the
 * publication date, the explicit date the paragraph last gave, the last day the text mentioned,
 * and whether the words around it speak of the future. Returns null when the reference a
 * relative expression needs is missing; the stage then leaves it unresolved with a message.
 */
import {
  dayNumber,
  monthInterval,
  quarterInterval,
  seasonInterval,
  seasonOf,
  weekday,
  weekStart,
  yearInterval,
  ymd,
} from './calendar';
import { holidayDays, holidayEnd } from './holidays';
import type { Unit } from './lexicon';
import type { Tense } from './tense';
import type { Interval, Part, Spec } from './types';

/** What a relative expression may count from. */
export interface Env {
  /** Publication date (day number) or null. */
  published: number | null;
  /** The explicit calendar day the current paragraph last gave, or null. */
  paragraphDate: number | null;
  /** The last day-precision date the text gave (for "the next day", "that day"), or null. */
  lastDay: number | null;
  /** Start of the last date of any precision the text gave (for "the following month", "that year"). */
  lastDate: number | null;
  /** What the words around the expression say: "will meet on Friday" (future), "said Friday" (past). */
  tense: Tense;
  /** The quarter the text named just before ([year, quarter]), for "a year earlier" in earnings news. */
  quarterContext: [number, number] | null;
  /** The last quarter the text named, for "the quarter", "the year-ago quarter". */
  lastQuarter: [number, number] | null;
}

const interval = (
  start: number,
  end: number,
  precision: Interval['precision'],
  granularity: Interval['granularity'],
): Interval => ({
  start,
  end,
  precision,
  granularity,
});

/**
 * Resolves a spec.
 *
 * @param spec
 *   What the words say.
 * @param env
 *   What it may count from.
 * @returns
 *   The interval, or null when a needed reference date is missing.
 */
export function resolveSpec(spec: Spec, env: Env): Interval | null {
  switch (spec.t) {
    case 'cal':
      return resolveCal(spec, env);
    case 'decade':
      return interval(dayNumber(spec.y, 1, 1), dayNumber(spec.y + 9, 12, 31), 'year', 'decade');
    case 'century': {
      const first = (spec.c - 1) * 100 + 1;
      return interval(dayNumber(first, 1, 1), dayNumber(first + 99, 12, 31), 'year', 'century');
    }
    case 'season':
      return resolveSeason(spec, env);
    case 'quarter':
      return resolveQuarter(spec, env);
    case 'half': {
      const ref = env.paragraphDate ?? env.published;
      const y = spec.y ?? (ref === null ? null : ymd(ref)[0] + (spec.rel ?? 0));
      if (y === null) return null;
      return spec.h === 1
        ? interval(dayNumber(y, 1, 1), dayNumber(y, 6, 30), 'season', 'half')
        : interval(dayNumber(y, 7, 1), dayNumber(y, 12, 31), 'season', 'half');
    }
    case 'shift':
      return resolveShift(spec, env);
    case 'overnight':
      return env.published === null ? null : interval(env.published - 1, env.published, 'day', 'day');
    case 'weekday':
      return resolveWeekday(spec, env);
    case 'holiday':
      return resolveHoliday(spec, env);
    case 'vague': {
      if (env.published === null) return null;
      const v = interval(env.published + spec.window[0], env.published + spec.window[1], 'vague', 'vague');
      v.ref = spec.ref;
      return v;
    }
    case 'part': {
      const base = resolveSpec(spec.base, env);
      return base && narrow(base, spec.part, env);
    }
    case 'range': {
      const from = resolveSpec(spec.from, env);
      const to = resolveSpec(spec.to, env);
      if (!from || !to) return null;
      let end = to.end;
      // "from Friday to Monday": the second weekday comes after the first.
      if (end < from.start && spec.to.t === 'weekday') end += 7;
      const start = Math.min(from.start, end);
      end = Math.max(from.start, end);
      const precisions = ['day', 'week', 'month', 'season', 'year', 'vague'];
      const precision = precisions[
        Math.max(precisions.indexOf(from.precision), precisions.indexOf(to.precision))
      ] as Interval['precision'];
      return interval(start, end, precision, from.granularity);
    }
  }
}

/**
 * Picks, among candidate intervals, the one nearest the reference. The tense makes the other side
 * dearer; with no tense cue, the future costs twice the past (news reports what happened).
 */
function nearest(options: [number, number][], ref: number, tense: Tense): [number, number] {
  const pastCost = tense === 'future' ? 4 : 1;
  const futureCost = tense === 'past' ? 4 : tense === 'future' ? 1 : 2;
  let best = options[0]!;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const o of options) {
    let cost = 0;
    if (o[1] < ref) cost = (ref - o[1]) * pastCost;
    else if (o[0] > ref) cost = (o[0] - ref) * futureCost;
    if (cost < bestCost) {
      bestCost = cost;
      best = o;
    }
  }
  return best;
}

function resolveCal(spec: Extract<Spec, { t: 'cal' }>, env: Env): Interval | null {
  const { y, m, d, rel } = spec;
  if (rel && m !== null) return resolveRelativeMonth(m, d, rel, env);
  if (y !== null) {
    if (m === null) {
      const [s, e] = yearInterval(y);
      return interval(s, e, 'year', 'year');
    }
    if (d === null) {
      const [s, e] = monthInterval(y, m);
      return interval(s, e, 'month', 'month');
    }
    const day = dayNumber(y, m, d);
    return interval(day, day, 'day', 'day');
  }
  // No year written: the one that puts the date nearest the reference.
  const ref = env.paragraphDate ?? env.published;
  if (ref === null || m === null) return null;
  const [refYear] = ymd(ref);
  const years = [refYear - 1, refYear, refYear + 1];
  if (d === null) {
    const [s, e] = nearest(
      years.map((year) => monthInterval(year, m)),
      ref,
      env.tense,
    );
    return interval(s, e, 'month', 'month');
  }
  // 29 February exists only in leap years; other years drop out.
  const days = years
    .filter((year) => ymd(dayNumber(year, m, d))[1] === m)
    .map((year) => dayNumber(year, m, d));
  if (days.length === 0) return null;
  const [s] = nearest(
    days.map((day) => [day, day]),
    ref,
    env.tense,
  );
  return interval(s, s, 'day', 'day');
}

/** "last May" (the latest May at least two months back), "this May", "next May", "May last year". */
function resolveRelativeMonth(
  m: number,
  d: number | null,
  rel: NonNullable<Extract<Spec, { t: 'cal' }>['rel']>,
  env: Env,
): Interval | null {
  if (env.published === null) return null;
  const [py, pm] = ymd(env.published);
  let year = py + (rel.year ?? 0);
  if (rel.month === 'last') year = m <= pm - 2 ? py : py - 1;
  else if (rel.month === 'next') year = m >= pm + 2 ? py : py + 1;
  if (d !== null) {
    const day = dayNumber(year, m, d);
    return interval(day, day, 'day', 'day');
  }
  const [s, e] = monthInterval(year, m);
  return interval(s, e, 'month', 'month');
}

function resolveSeason(spec: Extract<Spec, { t: 'season' }>, env: Env): Interval | null {
  if (spec.y !== null) {
    const [s, e] = seasonInterval(spec.y, spec.s);
    return interval(s, e, 'season', 'season');
  }
  const ref = spec.rel === null ? (env.paragraphDate ?? env.published) : env.published;
  if (ref === null) return null;
  const [, year] = seasonOf(ref);
  const options = [year - 2, year - 1, year, year + 1].map((y) => seasonInterval(y, spec.s));
  let chosen: [number, number] | undefined;
  if (spec.rel === -1) chosen = options.filter((o) => o[1] < ref).at(-1);
  else if (spec.rel === 1) chosen = options.find((o) => o[0] > ref);
  else if (spec.rel === 0)
    chosen =
      options.find((o) => o[0] <= ref && ref <= o[1]) ?? options.find((o) => ymd(o[0])[0] === ymd(ref)[0]);
  else chosen = nearest(options, ref, env.tense);
  if (!chosen) return null;
  return interval(chosen[0], chosen[1], 'season', 'season');
}

function resolveQuarter(spec: Extract<Spec, { t: 'quarter' }>, env: Env): Interval | null {
  let year: number;
  let q: number;
  if (spec.q === null) {
    // "the quarter": the one the text last named, else (and for "the latest quarter") the latest completed one.
    if (env.lastQuarter && !spec.latest) [year, q] = env.lastQuarter;
    else {
      if (env.published === null) return null;
      const [py, pm] = ymd(env.published);
      const current = Math.floor((pm - 1) / 3) + 1;
      [year, q] = current === 1 ? [py - 1, 4] : [py, current - 1];
    }
    if (spec.y !== null) year = spec.y;
    else if (spec.yearAgo) year -= 1;
  } else {
    q = spec.q;
    if (spec.y !== null) year = spec.y;
    else {
      const ref = spec.rel === null ? (env.paragraphDate ?? env.published) : env.published;
      if (ref === null) return null;
      const [ry, rm] = ymd(ref);
      const current = Math.floor((rm - 1) / 3) + 1;
      if (spec.rel !== null) year = ry + spec.rel;
      // A quarter later than the current one is last year's, unless the text speaks of the future.
      else year = q > current && env.tense !== 'future' ? ry - 1 : ry;
      if (spec.yearAgo) year -= 1;
    }
  }
  const [s, e] = quarterInterval(year, q);
  return interval(s, e, 'season', 'quarter');
}

/** The interval `n` units from `day`. */
function unitInterval(unit: Unit, day: number, n: number): Interval {
  const [y, m] = ymd(day);
  switch (unit) {
    case 'day':
      return interval(day + n, day + n, 'day', 'day');
    case 'week': {
      const s = weekStart(day) + 7 * n;
      return interval(s, s + 6, 'week', 'week');
    }
    case 'month': {
      const [s, e] = monthInterval(y, m, n);
      return interval(s, e, 'month', 'month');
    }
    case 'quarter': {
      const index = y * 4 + Math.floor((m - 1) / 3) + n;
      const [s, e] = quarterInterval(Math.floor(index / 4), (index % 4) + 1);
      return interval(s, e, 'season', 'quarter');
    }
    case 'year': {
      const [s, e] = yearInterval(y + n);
      return interval(s, e, 'year', 'year');
    }
    case 'decade': {
      const [s, e] = yearInterval(y + 10 * n);
      return interval(s, e, 'year', 'year');
    }
    case 'century': {
      const [s, e] = yearInterval(y + 100 * n);
      return interval(s, e, 'year', 'year');
    }
  }
}

const COARSER: Record<Unit, Interval['precision']> = {
  day: 'week',
  week: 'month',
  month: 'season',
  quarter: 'year',
  year: 'year',
  decade: 'vague',
  century: 'vague',
};

function resolveShift(spec: Extract<Spec, { t: 'shift' }>, env: Env): Interval | null {
  const last = spec.unit === 'day' || spec.unit === 'weekend' ? env.lastDay : env.lastDate;
  const base = spec.base === 'published' ? env.published : (last ?? env.paragraphDate ?? env.published);
  if (base === null) return null;
  if (spec.unit === 'weekend') {
    // Saturday of the weekend meant: "next weekend" after, "last weekend" before, "the weekend" by tense.
    const wd = weekday(base);
    const before = base - ((wd - 5 + 7) % 7);
    const after = base + ((5 - wd + 7) % 7);
    const future = spec.n > 0 || (spec.n === 0 && env.tense === 'future');
    const saturday = spec.n < 0 ? (before === base ? base - 7 : before) : future ? after : before;
    return interval(saturday, saturday + 1, 'week', 'weekend');
  }
  // "a year earlier" right after a quarter is named means that quarter a year before (earnings news).
  if (spec.unit === 'year' && spec.n === -1 && !spec.fuzzy && env.quarterContext) {
    const [qy, q] = env.quarterContext;
    const [s, e] = quarterInterval(qy - 1, q);
    return interval(s, e, 'season', 'quarter');
  }
  if (spec.fuzzy) {
    const [a, b] = spec.fuzzy;
    const first = unitInterval(spec.unit, base, a);
    const last = unitInterval(spec.unit, base, b);
    const v = interval(first.start, last.end, COARSER[spec.unit], 'vague');
    v.ref = a < 0 ? 'past' : 'future';
    return v;
  }
  return unitInterval(spec.unit, base, spec.n);
}

function resolveHoliday(spec: Extract<Spec, { t: 'holiday' }>, env: Env): Interval | null {
  const { rule } = spec;
  let day: number | undefined;
  if (spec.y !== null) day = holidayDays(rule, spec.y)[0];
  else {
    const ref = spec.rel === null ? (env.paragraphDate ?? env.published) : env.published;
    if (ref === null) return null;
    const [year] = ymd(ref);
    const days = [year - 1, year, year + 1].flatMap((y) => holidayDays(rule, y));
    if (days.length === 0) return null;
    if (spec.rel === -1) day = days.filter((d) => holidayEnd(rule, d) < ref).at(-1);
    else if (spec.rel === 1) day = days.find((d) => d > ref);
    // "this Ramadan": the one the reference date is in, else the one of its year.
    else if (spec.rel === 0)
      day = days.find((d) => d <= ref && ref <= holidayEnd(rule, d)) ?? days.find((d) => ymd(d)[0] === year);
    else
      day = nearest(
        days.map((d) => [d, holidayEnd(rule, d)]),
        ref,
        env.tense,
      )[0];
  }
  if (day === undefined) return null;
  const end = holidayEnd(rule, day);
  // A lunar month ("Ramadan") is a month-long span; every other holiday is one day.
  return end === day ? interval(day, day, 'day', 'day') : interval(day, end, 'month', 'month');
}

function resolveWeekday(spec: Extract<Spec, { t: 'weekday' }>, env: Env): Interval | null {
  const { published, paragraphDate } = env;
  // A bare weekday after "On 3 June 2022, ..." in the same paragraph continues that narrative: the
  // first such weekday on or after it — as long as that is not after publication.
  if (paragraphDate !== null && spec.mod === 'bare') {
    const day = paragraphDate + ((spec.wd - weekday(paragraphDate) + 7) % 7);
    if (published === null || day <= published || env.tense === 'future')
      return interval(day, day, 'day', 'day');
  }
  // "the previous Friday", "the following Monday" count from the day the text last gave.
  if (spec.mod === 'previous' || spec.mod === 'following') {
    const from = env.lastDay ?? paragraphDate ?? published;
    if (from === null) return null;
    const day =
      spec.mod === 'previous'
        ? from - ((weekday(from) - spec.wd + 6) % 7) - 1
        : from + ((spec.wd - weekday(from) + 6) % 7) + 1;
    return interval(day, day, 'day', 'day');
  }
  const ref = published ?? paragraphDate;
  if (ref === null) return null;
  const back = (weekday(ref) - spec.wd + 7) % 7; // days back to the most recent such weekday (0 = ref itself)
  const ahead = (spec.wd - weekday(ref) + 7) % 7;
  let day: number;
  switch (spec.mod) {
    case 'last':
      day = ref - (back === 0 ? 7 : back);
      break;
    case 'next':
      day = ref + (ahead === 0 ? 7 : ahead);
      break;
    default:
      day = env.tense === 'future' ? ref + ahead : ref - back;
  }
  return interval(day, day, 'day', 'day');
}

/** Narrows an interval to a part of it. */
function narrow(base: Interval, part: Part, env: Env): Interval | null {
  const { start, end, granularity } = base;
  const [y, m] = ymd(start);
  const byMonths =
    granularity === 'year' || granularity === 'decade' || granularity === 'century' || granularity === 'half';
  const finer: Interval['precision'] =
    base.precision === 'year' ? 'season' : base.precision === 'season' ? 'month' : 'week';
  const keep = (s: number, e: number, precision: Interval['precision'] = finer): Interval => ({
    start: Math.max(s, start),
    end: Math.min(e, end),
    precision,
    granularity,
  });
  const length = end - start + 1;
  switch (part) {
    case 'early':
    case 'mid':
    case 'late': {
      const k = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
      if (granularity === 'year') {
        return keep(dayNumber(y, 1 + 4 * k, 1), monthInterval(y, 4 + 4 * k)[1]);
      }
      if (granularity === 'month') {
        const last = end - start + 1;
        return keep(start + 10 * k, k === 2 ? start + last - 1 : start + 10 * k + 9);
      }
      const third = Math.floor(length / 3);
      return keep(start + third * k, k === 2 ? end : start + third * (k + 1) - 1);
    }
    case 'start':
      return byMonths
        ? keep(start, monthInterval(y, m)[1], 'month')
        : keep(start, start + Math.max(0, Math.floor(length / 4) - 1));
    case 'end': {
      const [ey, em] = ymd(end);
      return byMonths
        ? keep(monthInterval(ey, em)[0], end, 'month')
        : keep(end - Math.max(0, Math.floor(length / 4) - 1), end);
    }
    case 'earlier':
    case 'later': {
      const now = env.published;
      if (now === null) return null;
      // "earlier this month" is the part before publication; the granularity stays the month's.
      if (now < start || now > end) return base;
      return part === 'earlier'
        ? { ...base, end: Math.max(start, now - 1) }
        : { ...base, start: Math.min(end, now + 1) };
    }
    case 'half1':
    case 'half2': {
      if (granularity === 'year') {
        const half = part === 'half1' ? 1 : 2;
        return {
          start: dayNumber(y, half * 6 - 5, 1),
          end: monthInterval(y, half * 6)[1],
          precision: 'season',
          granularity: 'half',
        };
      }
      const mid = start + Math.floor(length / 2);
      return part === 'half1' ? keep(start, mid - 1, base.precision) : keep(mid, end, base.precision);
    }
    case 'week1':
      return { start, end: Math.min(end, start + 6), precision: 'week', granularity: 'week' };
    case 'week-last':
      return { start: Math.max(start, end - 6), end, precision: 'week', granularity: 'week' };
    case 'week-of': {
      const monday = weekStart(start);
      return { start: monday, end: monday + 6, precision: 'week', granularity: 'week' };
    }
  }
}
