/**
 * @module scan
 * The loop every grammar pass shares: run one precompiled global regex over the text and turn
 * each match into a candidate. Regexes are compiled once at module load, never per document.
 */
import { type PrefixTable, prefixTable } from './prefix';
import type { Candidate } from './types';

// Word edges without the `u` flag, which makes V8 scan noticeably slower: ASCII letters and digits
// plus Latin-1 and Latin Extended letters (À–ɏ) count as word characters.
/** Regex source: no letter or digit just before (a word start that also works before "(" or "'"). */
export const START = '(?<![A-Za-z0-9\\u00C0-\\u024F])';
/** Regex source: no letter or digit just after. */
export const STOP = '(?![A-Za-z0-9\\u00C0-\\u024F])';

/**
 * Compiles a pass's pattern: global, case-insensitive, with word guards around it.
 *
 * A `\b` goes before the START guard when every match begins with an ASCII letter or digit (all of
 * the grammar's patterns do): V8 finds candidate positions for `\b` quickly but tries a leading
 * lookbehind at every character, so the pair is 2–3x faster than START alone and selects the
 * same matches (`\b` before a word character is implied by START, but for a preceding "_").
 *
 * @param source
 *   The pattern without guards.
 * @param asciiStart
 *   Whether every match starts with [A-Za-z0-9]; pass false for patterns built from user data
 *   that may start otherwise ("Épiphanie").
 */
export function pattern(source: string, asciiStart = true): RegExp {
  const re = new RegExp(`${asciiStart ? '\\b' : ''}${START}(?:${source})${STOP}`, 'gi');
  // With the leading `\b` every match starts a word (a letter or digit after no word character):
  // `scan` can then try the pattern only at word starts whose first two letters a match can have.
  if (asciiStart) pending.set(re, { source, scanned: 0 });
  return re;
}

/**
 * Text a pattern scans the plain way before `scan` reads its prefixes and builds its plan. Reading
 * all the grammar's patterns costs ~35 ms in a fresh process (~7 ms once compiled), what the plain
 * scan spends on a few hundred kB: a one-file `sitrep extract` never pays it, a batch soon does.
 */
const PLAN_AFTER = 200_000;

/** Patterns from `pattern` whose plan is not built yet, with the text they scanned so far. */
const pending = new WeakMap<RegExp, { source: string; scanned: number }>();

/** The plan for `re` if it has (or now gets) one; counts `text` toward building it. */
function planOf(re: RegExp, text: string): Plan | undefined {
  const plan = plans.get(re);
  if (plan) return plan;
  const waiting = pending.get(re);
  if (!waiting) return undefined;
  waiting.scanned += text.length;
  if (waiting.scanned < PLAN_AFTER) return undefined;
  pending.delete(re);
  const table = prefixTable(waiting.source);
  const built = table ? compile(table, re) : null;
  if (!built) return undefined;
  plans.set(re, built);
  return built;
}

/**
 * Whether `scan` tries `re` only at admissible word starts (it has a plan) rather than at every
 * character; patterns get a plan after scanning `PLAN_AFTER` characters. Either way the matches are
 * the same.
 *
 * @param re
 *   A pattern made by `pattern`.
 */
export function scansWordStarts(re: RegExp): boolean {
  return plans.has(re);
}

/** How `scan` runs a pattern made by `pattern`: a sticky twin tried at the admissible word starts. */
interface Plan {
  /** The same source, sticky: it matches at `lastIndex` or not at all. */
  sticky: RegExp;
  /**
   * By word-start code (`WordStarts.code`): 0 no match can start there, 1 one may, 2 look the
   * second character up in `wide` (it is not ASCII, or is DEL).
   */
  accept: Uint8Array;
  /** `first * 0x10000 + second` for admissible second characters from DEL (127) up. */
  wide: Set<number>;
  /** Position in `planned`. */
  id: number;
}

const plans = new WeakMap<RegExp, Plan>();

/**
 * Every plan built so far, and for each word-start code the ids of the plans that may start a
 * match there. With these a text's word starts are sorted out to the plans once (`byPlan`),
 * instead of each of the ~37 patterns walking all word starts for its own few: that walk was half
 * of the time stage's CPU.
 */
const planned: Plan[] = [];
// Filled when the first plan is built (a one-file run may never build one).
let plansByCode: number[][] = [];
/** `plansByCode` flattened for the hot loops: code c's plan ids are `codeIds[codeFirst[c]..codeFirst[c + 1])`. */
let flat: { codeFirst: Int32Array; codeIds: Int32Array; plans: number } | undefined;
function flatPlansByCode(): { codeFirst: Int32Array; codeIds: Int32Array; plans: number } {
  if (flat?.plans === planned.length) return flat;
  const codeFirst = new Int32Array(plansByCode.length + 1);
  for (let c = 0; c < plansByCode.length; c++) codeFirst[c + 1] = codeFirst[c]! + plansByCode[c]!.length;
  const codeIds = new Int32Array(codeFirst[plansByCode.length]!);
  for (let c = 0; c < plansByCode.length; c++) codeIds.set(plansByCode[c]!, codeFirst[c]!);
  flat = { codeFirst, codeIds, plans: planned.length };
  return flat;
}

/** Code of a word start whose second character is 127 or more, or missing (end of text). */
const OTHER = 127;

/** The plan for a table; null when a match could start with other than [a-z0-9]. */
function compile(table: PrefixTable, re: RegExp): Plan | null {
  const accept = new Uint8Array(128 * 128);
  const wide = new Set<number>();
  for (const [c1, second] of table) {
    // Only letters and digits start words; a pattern that could start otherwise is scanned plainly.
    if (!((c1 >= 48 && c1 <= 57) || (c1 >= 97 && c1 <= 122))) return null;
    if (second === 'any') {
      accept.fill(1, c1 * 128, c1 * 128 + 128);
      continue;
    }
    for (const c2 of second) {
      if (c2 < OTHER) accept[c1 * 128 + c2] = 1;
      else {
        accept[c1 * 128 + OTHER] = 2;
        wide.add(c1 * 0x10000 + c2);
      }
    }
  }
  if (plansByCode.length === 0) plansByCode = Array.from({ length: 128 * 128 }, () => []);
  const plan = { sticky: new RegExp(re.source, 'iy'), accept, wide, id: planned.length };
  planned.push(plan);
  for (let code = 0; code < accept.length; code++) if (accept[code] !== 0) plansByCode[code]!.push(plan.id);
  return plan;
}

/**
 * The word starts of one text, where a `pattern` match can begin: a letter or digit [A-Za-z0-9]
 * after no character of START's class and no "_" (else `\b` fails), in text order. With each, a
 * code for its first two characters (ASCII letters lowercased): `first * 128 + second`, with
 * `OTHER` for a second character from 127 up or none; and the second character itself (-1: none).
 */
interface WordStarts {
  text: string;
  at: Int32Array;
  code: Uint16Array;
  second: Int32Array;
  /**
   * Built on first use: the word starts (indices into `at`) each plan may match at, in text order,
   * plan `id`'s from `offsets[id]` to `offsets[id + 1]` in `starts`; for the `offsets.length - 1`
   * plans that existed then (a plan built later walks `at` itself).
   */
  byPlan?: { offsets: Int32Array; starts: Int32Array };
}

// The passes of one document all scan the same text, one after another: the last index is kept.
let lastStarts: WordStarts | undefined;

function wordStarts(text: string): WordStarts {
  if (lastStarts?.text === text) return lastStarts;
  const n = text.length;
  const found: number[] = [];
  let previousWord = false;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const word =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 95 ||
      (c >= 0xc0 && c <= 0x24f);
    if (word && !previousWord && c !== 95 && c < 128) found.push(p);
    previousWord = word;
  }
  const at = Int32Array.from(found);
  const code = new Uint16Array(found.length);
  const second = new Int32Array(found.length);
  for (let k = 0; k < at.length; k++) {
    const p = at[k]!;
    const c = text.charCodeAt(p);
    const d = p + 1 < n ? text.charCodeAt(p + 1) : -1;
    const lower = d >= 65 && d <= 90 ? d + 32 : d;
    second[k] = lower;
    code[k] = (c >= 65 && c <= 90 ? c + 32 : c) * 128 + (lower < 0 || lower >= OTHER ? OTHER : lower);
  }
  lastStarts = { text, at, code, second };
  return lastStarts;
}

/** Sorts a text's word starts out to the plans that may match there (see `WordStarts.byPlan`). */
function byPlan(starts: WordStarts): { offsets: Int32Array; starts: Int32Array } {
  if (starts.byPlan) return starts.byPlan;
  const { code } = starts;
  const { codeFirst, codeIds, plans: plansNow } = flatPlansByCode();
  const offsets = new Int32Array(plansNow + 1);
  for (let k = 0; k < code.length; k++) {
    const c = code[k]!;
    for (let j = codeFirst[c]!; j < codeFirst[c + 1]!; j++) offsets[codeIds[j]! + 1]!++;
  }
  for (let id = 0; id < plansNow; id++) offsets[id + 1]! += offsets[id]!;
  const fill = offsets.slice(0, plansNow);
  const list = new Int32Array(offsets[plansNow]!);
  for (let k = 0; k < code.length; k++) {
    const c = code[k]!;
    for (let j = codeFirst[c]!; j < codeFirst[c + 1]!; j++) list[fill[codeIds[j]!]!++] = k;
  }
  starts.byPlan = { offsets, starts: list };
  return starts.byPlan;
}

/**
 * Runs `re` over `text` and collects what `make` returns for each match.
 *
 * @param re
 *   A global regex (its `lastIndex` is reset first).
 * @param text
 *   The document text.
 * @param make
 *   Turns a match into a candidate, or null to skip it.
 * @param into
 *   Where candidates are pushed.
 */
export function scan(
  re: RegExp,
  text: string,
  make: (m: RegExpExecArray) => Candidate | null,
  into: Candidate[],
): void {
  const plan = planOf(re, text);
  if (plan) {
    scanStarts(plan, text, make, into);
    return;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = make(m);
    if (candidate) into.push(candidate);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * `scan` for a pattern with a plan: the same matches as the global regex (the leftmost match at or
 * after the end of the previous one), found by trying the sticky twin at each admissible word start.
 */
function scanStarts(
  plan: Plan,
  text: string,
  make: (m: RegExpExecArray) => Candidate | null,
  into: Candidate[],
): void {
  const starts = wordStarts(text);
  const { at, code, second } = starts;
  const { sticky, accept, wide } = plan;
  const sorted = byPlan(starts);
  // Only this plan's word starts, or all of them for a plan newer than the text's sorting.
  const own = plan.id < sorted.offsets.length - 1;
  const first = own ? sorted.offsets[plan.id]! : 0;
  const last = own ? sorted.offsets[plan.id + 1]! : at.length;
  let from = 0;
  for (let x = first; x < last; x++) {
    const k = own ? sorted.starts[x]! : x;
    const verdict = accept[code[k]!]!;
    if (verdict === 0) continue;
    const p = at[k]!;
    if (p < from) continue;
    if (verdict === 2) {
      const c2 = second[k]!;
      if (c2 < 0 || !wide.has((code[k]! >> 7) * 0x10000 + c2)) continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    const candidate = make(m);
    if (candidate) into.push(candidate);
    from = p + Math.max(m[0].length, 1);
  }
}
