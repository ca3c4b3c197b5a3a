/**
 * @module analyze
 * Text → tokens, sentences, paragraphs. Long texts are cut into blocks at paragraph breaks (or
 * whitespace) so memory stays bounded whatever the input size.
 */
import type { Span } from '@sitrep/model';
import { lineBreaks, sentenceStarts } from './sentences';
import type { Analysis, Sentence, Token } from './types';
import { type RawToken, winkTokens } from './wink';

/** Largest block handed to wink at once, in UTF-16 code units. */
export const BLOCK_SIZE = 100_000;

/**
 * Analyzes a text.
 *
 * @param text
 *   The document text.
 * @example
 *   analyze('Fictional. Talks resumed.').sentences.length // => 2
 */
export function analyze(text: string): Analysis {
  const raw: RawToken[] = [];
  const proposed = new Set<number>();
  for (const {
    span: [start, end],
    clean,
  } of blocks(text)) {
    const base = raw.length;
    const { tokens, sentenceStarts: starts } = winkTokens(text.slice(start, end), start);
    for (const s of starts) if (s > 0 || clean) proposed.add(base + s);
    if (clean) proposed.add(base);
    for (const t of tokens) raw.push(t);
  }
  const breaks = lineBreaks(text, raw);
  const starts = sentenceStarts(text, raw, proposed, breaks);
  const paragraphs = paragraphSpans(text);
  // The raw tokens become the final ones in place (see RawToken).
  const tokens: Token[] = raw;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    while (paragraph < paragraphs.length - 1 && r.start >= paragraphs[paragraph]![1]) paragraph++;
    if (starts[i]) {
      const last = sentences.at(-1);
      if (last) closeSentence(last, tokens, i);
      sentences.push({ i: sentences.length, span: [r.start, r.end], first: i, end: i + 1, paragraph });
    }
    r.i = i;
    r.sentence = sentences.length - 1;
    r.lineStart = i === 0 || breaks[i] === 1;
  }
  const last = sentences.at(-1);
  if (last) closeSentence(last, tokens, raw.length);
  return { tokens, sentences, paragraphs };
}

function closeSentence(sentence: Sentence, tokens: Token[], end: number): void {
  sentence.end = end;
  sentence.span = [tokens[sentence.first]!.start, tokens[end - 1]!.end];
}

/**
 * Paragraphs: maximal runs of text between blank lines, trimmed. A bulleted or numbered line
 * ("• On 2 April, ...", "- ...", "3. ...") is a paragraph of its own: the items of a situation
 * report are separate statements, whose dates and places do not carry over to the next item. So is
 * a line opening with a dateline in capitals ("KABUL (AFP) —", "GOMA, 21 January —"): a new story.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator =
    /(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)\s*|(?:\r\n|\r|\n)(?=[ \t\u00a0]*(?:[•·▪◦‣●○■□➢►*-]|\d{1,2}[.)])[ \t\u00a0])|(?:\r\n|\r|\n)(?=[ \t\u00a0]*\p{Lu}{3,}[\p{Lu} .'’-]*(?:,|[ \t]*\(|[ \t]+[—–-]))/gu;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push([start, end]);
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/**
 * Cuts text into blocks of at most BLOCK_SIZE, preferring paragraph breaks, then sentence ends,
 * then any whitespace. `clean` says the cut falls between sentences, so the next block may start
 * one; a cut inside a sentence (a pathological 100 kB sentence) lets the rules decide.
 */
function* blocks(text: string): Generator<{ span: Span; clean: boolean }> {
  let start = 0;
  let clean = true;
  while (start < text.length) {
    let end = Math.min(text.length, start + BLOCK_SIZE);
    let nextClean = true;
    if (end < text.length) {
      const window = text.slice(start, end);
      const para = window.lastIndexOf('\n\n');
      const half = Math.floor(window.length / 2);
      const sentenceEnd = lastMatch(window, /[.!?]["”’)\]]?\s+/g, half);
      const space = window.search(/\s\S*$/);
      if (para > half) end = start + para + 1;
      else if (sentenceEnd > 0) end = start + sentenceEnd;
      else {
        nextClean = false;
        if (space > 0) end = start + space + 1;
      }
    }
    yield { span: [start, end], clean };
    clean = nextClean;
    start = end;
  }
}

/** End offset of the last match of `pattern` in `text` that ends after `from`, or -1. */
function lastMatch(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  let end = -1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}
