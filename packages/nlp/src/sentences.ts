/**
 * @module sentences
 * Sentence boundaries: wink's proposals, corrected for news and report text. Removes breaks
 * after abbreviations ("Gen.", "U.S."), initials and Arabic article hyphens ("al-"), and adds breaks
 * at blank lines, bullet items and headline lines.
 */
import type { RawToken } from './wink';

// Lowercased abbreviations after which a period does not end a sentence when a capitalized word follows.
const TITLE_ABBREVIATIONS = new Set(
  (
    'gen. lt. col. maj. brig. capt. cpt. sgt. cpl. pvt. adm. cmdr. cdr. gov. sen. rep. pres. dr. mr. mrs. ms. ' +
    'prof. rev. st. mt. ft. no. nos. vs. v. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. ' +
    'approx. est. dept. gov’t. govt. inc. corp. co. ltd. e.g. i.e. etc. al. sr. jr. hon. amb. sheikh.'
  ).split(' '),
);
// Country and organization initialisms: they end sentences more often, so only a capitalized
// word that does not usually open a sentence keeps them joined ("the U.S. Army", "U.N. envoy").
const INITIALISMS = new Set('u.s. u.k. u.n. e.u. u.a.e. d.c. u.s.a. n.y.'.split(' '));
const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i in on at after before but and this that these those his her their its ' +
    'there however meanwhile earlier later separately also according as when while since yet so'
  ).split(' '),
);
const BULLET = /^(?:[-*•‣▪◦–—]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))$/;
const TERMINAL = /[.!?:;"”’)\]]$/;

/** Is a line break between two offsets? */
function breakBetween(text: string, from: number, to: number): { line: boolean; blank: boolean } {
  const between = text.slice(from, to);
  const lines = between.split(/\r\n|\r|\n/).length - 1;
  return { line: lines > 0, blank: lines > 1 && /(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)/.test(between) };
}

/**
 * Marks the tokens that have a line break between them and the previous token, by char codes:
 * the gaps are whitespace of one or two characters, so this is one pass without slices or regexes.
 *
 * @param text
 *   The whole text.
 * @param tokens
 *   All tokens, in order.
 * @returns
 *   1 where a line break (`\n` or `\r`) precedes the token, else 0; token 0 counts from offset 0.
 */
export function lineBreaks(text: string, tokens: readonly { start: number; end: number }[]): Uint8Array {
  const breaks = new Uint8Array(tokens.length);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (let k = from; k < token.start; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) {
        breaks[i] = 1;
        break;
      }
    }
    from = token.end;
  }
  return breaks;
}

/**
 * Decides for every token whether a sentence starts there.
 *
 * @param text
 *   The whole text.
 * @param tokens
 *   All tokens, in order.
 * @param proposed
 *   Token indices where wink starts a sentence.
 * @param breaks
 *   `lineBreaks(text, tokens)`, which the caller needs too.
 * @returns
 *   A boolean per token: true where a sentence starts (always true for token 0).
 */
export function sentenceStarts(
  text: string,
  tokens: RawToken[],
  proposed: Set<number>,
  breaks: Uint8Array = lineBreaks(text, tokens),
): boolean[] {
  const starts = new Array<boolean>(tokens.length).fill(false);
  if (tokens.length > 0) starts[0] = true;
  // Line-level facts, computed once per line start.
  let lineHead = 0; // index of the first token on the current line
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const token = tokens[i]!;
    // Most gaps hold no line break; only those that do are examined for a blank line.
    const line = breaks[i] === 1;
    if (line && breakBetween(text, prev.end, token.start).blank) {
      starts[i] = true;
      lineHead = i;
      continue;
    }
    if (line) {
      // A line ending in a hyphen or comma continues ("Jisr al-\nShughur"): never a break.
      const unterminated = !TERMINAL.test(prev.text) && !/[-–,]$/.test(prev.text);
      if (
        unterminated &&
        ((BULLET.test(token.text) && i + 1 < tokens.length && /\s/.test(text[token.end] ?? '')) ||
          (BULLET.test(tokens[lineHead]!.text) && lineHead < i - 1) ||
          isHeadline(text.slice(tokens[lineHead]!.start, prev.end), tokens, lineHead, i))
      ) {
        starts[i] = true;
        lineHead = i;
        continue;
      }
      lineHead = i;
    }
    if (!proposed.has(i)) {
      // wink missed a break after terminal punctuation followed by a capital on a new line.
      if (line && /[.!?]$/.test(prev.text) && /^[A-Z"“]/.test(token.text) && !keepsJoined(prev, token)) {
        starts[i] = true;
      }
      continue;
    }
    starts[i] = !keepsJoined(prev, token);
  }
  return starts;
}

/** True when a break wink proposed between `prev` and `token` is wrong. */
function keepsJoined(prev: RawToken, token: RawToken): boolean {
  const p = prev.norm;
  // "Jisr al-\nShughur": a hyphen at the end of a line joins the words.
  if (p.endsWith('-') || p === '-' || p === '–') return true;
  if (!/^[A-Z0-9]/.test(token.text)) return /[.]$/.test(p) && !/[!?]$/.test(p) && /^[a-z]/.test(token.text);
  if (TITLE_ABBREVIATIONS.has(p)) return true;
  // Initials: "J. Smith", "A.B. Jones".
  if (/^(?:[a-z]\.)+$/.test(p) && !INITIALISMS.has(p)) return true;
  if (INITIALISMS.has(p)) return !SENTENCE_OPENERS.has(token.norm);
  return false;
}

/** A short line without terminal punctuation whose words are mostly capitalized: a title. */
function isHeadline(line: string, tokens: RawToken[], from: number, to: number): boolean {
  if (line.length > 90) return false;
  // Function words ("of", "the", "in") are lowercase in titles too; judge by the longer words.
  const words = tokens.slice(from, to).filter((t) => /^[A-Za-z]/.test(t.text) && t.text.length > 3);
  if (words.length === 0) return false;
  const capitalized = words.filter((t) => /^[A-Z]/.test(t.text)).length;
  return capitalized / words.length >= 0.8;
}
