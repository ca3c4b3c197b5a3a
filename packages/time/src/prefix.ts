/**
 * @module prefix
 * Which two characters a match of a grammar pattern can start with, read from the pattern's
 * source. `scan` uses it to try a pattern only at the word starts of a text that begin with such a
 * pair, instead of letting the regex engine try every character: V8 spends ~6 ns per character
 * and pattern on the time grammar's long alternations, which made the ~40 passes over each text
 * most of the time stage.
 *
 * The analysis only ever over-approximates (what it cannot read exactly it lets through), so the
 * positions it keeps include every position a match can start at, and the matches found are the
 * same. Anything it does not understand makes it give up (`null`): the pattern is then scanned the
 * plain way.
 */

/** A set of characters: the lowercase codes it holds (ASCII letters folded), or any character. */
type CharSet = ReadonlySet<number> | 'any';

/** A pattern as a tree, reduced to what the first characters of a match depend on. */
type Node =
  | { t: 'set'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const EMPTY: Node = { t: 'seq', items: [] };

/** JavaScript's `\s` (without the `u` flag). */
const SPACE_CODES = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Ranges wider than this are not listed: the set becomes `any`. */
const MAX_RANGE = 256;

/** Thrown inside the parser for syntax it does not handle; the caller then gives up. */
class Unsupported extends Error {}

/**
 * Adds a character to a set under the `i` flag without `u`: ASCII letters stand for both cases
 * (stored lowercase); a non-ASCII letter with case makes the set `any`, because text characters
 * outside ASCII are compared as they are.
 */
function addChar(into: Set<number>, code: number): boolean {
  if (code >= 65 && code <= 90) code += 32;
  if (code >= 128) {
    const ch = String.fromCharCode(code);
    if (ch.toLowerCase() !== ch.toUpperCase()) return false;
  }
  into.add(code);
  return true;
}

/** Parses a regex source (no `u` flag) into a `Node`; throws `Unsupported` on anything unusual. */
function parse(source: string): Node {
  let i = 0;

  const alternation = (): Node => {
    const alts = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  };

  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = term();
      items.push(quantified(atom));
    }
    return { t: 'seq', items };
  };

  const quantified = (atom: Node): Node => {
    let min: number;
    let max: number;
    const c = source[i];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      // A brace that is no quantifier is a literal without `u`; rare enough to give up on.
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (source[i] === '?') i++; // lazy: same language
    return { t: 'rep', node: atom, min, max };
  };

  const term = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
        i += 2;
        zeroWidth = true;
      } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
        i += 3;
        zeroWidth = true;
      } else if (source.startsWith('?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) throw new Unsupported('group name');
        i = close + 1;
      } else if (source[i] === '?') throw new Unsupported('group kind');
      const inner = alternation();
      if (source[i] !== ')') throw new Unsupported('unclosed group');
      i++;
      // Lookarounds consume nothing; ignoring what they require only lets more through.
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return { t: 'set', set: charClass() };
    if (c === '\\') return atomEscape();
    if (c === '^' || c === '$') {
      i++;
      return EMPTY;
    }
    if (c === '.') {
      i++;
      return { t: 'set', set: 'any' };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')')
      throw new Unsupported(`stray ${c}`);
    i++;
    return literal(c.charCodeAt(0));
  };

  const literal = (code: number): Node => {
    const set = new Set<number>();
    return { t: 'set', set: addChar(set, code) ? set : 'any' };
  };

  /** After a backslash outside a class. */
  const atomEscape = (): Node => {
    const c = source[i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') {
      i += 2;
      return EMPTY;
    }
    if (/[1-9]/.test(c) || c === 'k') {
      // A back-reference matches what its group matched: anything, of any length.
      i += 2;
      while (/\d/.test(source[i] ?? '')) i++;
      if (c === 'k') throw new Unsupported('named back-reference');
      return { t: 'rep', node: { t: 'set', set: 'any' }, min: 0, max: Number.POSITIVE_INFINITY };
    }
    const set = new Set<number>();
    return { t: 'set', set: classEscape(set) ? set : 'any' };
  };

  /**
   * Reads one escape (at the backslash) into `set`, in or out of a class; false when the set it
   * names is too broad to list (then the caller's set is `any`).
   */
  const classEscape = (set: Set<number>): boolean => {
    const c = source[i + 1]!;
    i += 2;
    switch (c) {
      case 'd':
        for (let d = 48; d <= 57; d++) set.add(d);
        return true;
      case 'w':
        for (let d = 48; d <= 57; d++) set.add(d);
        for (let l = 97; l <= 122; l++) set.add(l);
        set.add(95);
        return true;
      case 's':
        for (const s of SPACE_CODES) set.add(s);
        return true;
      case 'D':
      case 'W':
      case 'S':
        return false;
      case 'n':
        return addChar(set, 10);
      case 'r':
        return addChar(set, 13);
      case 't':
        return addChar(set, 9);
      case 'v':
        return addChar(set, 11);
      case 'f':
        return addChar(set, 12);
      case '0':
        if (/\d/.test(source[i] ?? '')) throw new Unsupported('octal escape');
        return addChar(set, 0);
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(source.slice(i));
        if (!hex) throw new Unsupported('\\x');
        i += 2;
        return addChar(set, Number.parseInt(hex[0], 16));
      }
      case 'u': {
        const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(i));
        if (!hex) throw new Unsupported('\\u');
        i += 4;
        return addChar(set, Number.parseInt(hex[0], 16));
      }
      case 'c':
      case 'p':
      case 'P':
        throw new Unsupported(`\\${c}`);
      default:
        if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`\\${c}`);
        return addChar(set, c.charCodeAt(0));
    }
  };

  /** One class atom's code (at `i`), or -1 after adding a class escape (`\d`) to `set`. */
  const classAtom = (set: Set<number>, broad: { any: boolean }): number => {
    if (source[i] === '\\') {
      const c = source[i + 1];
      if (c === 'b') {
        i += 2;
        return 8;
      }
      if (c === 'd' || c === 'w' || c === 's' || c === 'D' || c === 'W' || c === 'S') {
        if (!classEscape(set)) broad.any = true;
        return -1;
      }
      const probe = new Set<number>();
      const before = i;
      classEscape(probe);
      // Re-read the escape's code point (classEscape folded it): the raw code is what ranges use.
      const raw = rawEscapeCode(source.slice(before, i));
      return raw;
    }
    const code = source.charCodeAt(i);
    i++;
    return code;
  };

  const charClass = (): CharSet => {
    i++; // [
    if (source[i] === '^') throw new Unsupported('negated class');
    const set = new Set<number>();
    const broad = { any: false };
    while (i < source.length && source[i] !== ']') {
      const from = classAtom(set, broad);
      if (from >= 0 && source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        i++;
        const to = classAtom(set, broad);
        if (to < 0) throw new Unsupported('class range to a class');
        if (to < from) throw new Unsupported('reversed range');
        if (to - from > MAX_RANGE) broad.any = true;
        else for (let code = from; code <= to; code++) if (!addChar(set, code)) broad.any = true;
      } else if (from >= 0 && !addChar(set, from)) broad.any = true;
    }
    if (source[i] !== ']') throw new Unsupported('unclosed class');
    i++;
    return broad.any ? 'any' : set;
  };

  const root = alternation();
  if (i !== source.length) throw new Unsupported(`unexpected ${source[i]}`);
  return root;
}

/** The code a single-character escape (`\-`, `\x41`, `\u2019`, `\n`) stands for. */
function rawEscapeCode(written: string): number {
  const c = written[1]!;
  switch (c) {
    case 'n':
      return 10;
    case 'r':
      return 13;
    case 't':
      return 9;
    case 'v':
      return 11;
    case 'f':
      return 12;
    case '0':
      return 0;
    case 'x':
    case 'u':
      return Number.parseInt(written.slice(2), 16);
    default:
      return c.charCodeAt(0);
  }
}

/** One way to consume a first character: its set, and what remains to match after it. */
interface Step {
  set: CharSet;
  rest: Node[];
}

/** The first-character steps of a sequence of nodes, and whether it can match nothing at all. */
function derive(list: Node[]): { steps: Step[]; end: boolean } {
  if (list.length === 0) return { steps: [], end: true };
  const head = list[0]!;
  const tail = list.slice(1);
  switch (head.t) {
    case 'set':
      return { steps: [{ set: head.set, rest: tail }], end: false };
    case 'seq':
      return derive([...head.items, ...tail]);
    case 'alt': {
      const steps: Step[] = [];
      let end = false;
      for (const alt of head.alts) {
        const d = derive([alt, ...tail]);
        steps.push(...d.steps);
        end ||= d.end;
      }
      return { steps, end };
    }
    case 'rep': {
      if (head.max === 0) return derive(tail);
      const once = derive([head.node]);
      const again: Node = { t: 'rep', node: head.node, min: Math.max(head.min - 1, 0), max: head.max - 1 };
      const steps = once.steps.map((s) => ({ set: s.set, rest: [...s.rest, again, ...tail] }));
      let end = false;
      // No (more) repetition, or repetitions that match nothing: go straight on.
      if (head.min === 0 || once.end) {
        const skip = derive(tail);
        steps.push(...skip.steps);
        end = skip.end;
      }
      return { steps, end };
    }
  }
}

/**
 * What a match may start with: for each possible first character (lowercase), `'any'` when any
 * second character (or none) may follow, else the set of possible second characters.
 */
export type PrefixTable = ReadonlyMap<number, ReadonlySet<number> | 'any'>;

/**
 * The two-character prefixes a pattern's matches can start with, read from its source as compiled
 * with the `i` flag and without `u`. Over-approximates; `null` when it cannot tell (a match may be
 * empty, start with any character, or the source uses syntax it does not read).
 *
 * @param source
 *   A regex source.
 * @example
 *   prefixTable('(?:jan|feb)\\.?')?.get(106); // Set { 97 } ('j' → 'a')
 */
export function prefixTable(source: string): PrefixTable | null {
  let root: Node;
  try {
    root = parse(source);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const first = derive([root]);
  if (first.end) return null;
  const table = new Map<number, Set<number> | 'any'>();
  for (const step of first.steps) {
    if (step.set === 'any') return null;
    const second = derive(step.rest);
    const any = second.end || second.steps.some((s) => s.set === 'any');
    for (const c1 of step.set) {
      const held = table.get(c1);
      if (held === 'any') continue;
      if (any) {
        table.set(c1, 'any');
        continue;
      }
      const into = held ?? new Set<number>();
      for (const s of second.steps) for (const c2 of s.set as ReadonlySet<number>) into.add(c2);
      table.set(c1, into);
    }
  }
  return table;
}
