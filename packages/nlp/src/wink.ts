/**
 * @module wink
 * The one place wink-nlp is touched. It tokenizes and tags a block of text; everything above this
 * file speaks our own types, so wink can be swapped without touching a stage.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Pos } from './types';

/** A raw token from wink, with its offset in the block. */
export interface RawToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  lemma: string;
  pos: Pos;
}

// Loading the model takes ~150 ms; do it once, on first use.
let instance: ReturnType<typeof winkNLP> | undefined;
function wink() {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/**
 * Tokenizes one block (at most a few hundred kB) and returns tokens with offsets, and the
 * sentence boundaries wink proposes, as token indices where a sentence starts.
 *
 * @param block
 *   The text to tokenize.
 * @param offset
 *   Where the block starts in the whole text; added to every offset.
 */
export function winkTokens(
  block: string,
  offset: number,
): { tokens: RawToken[]; sentenceStarts: Set<number> } {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(block);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink types its.lemma as needing model add-ons, which the lite model provides at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: RawToken[] = [];
  // wink token index -> our index (whitespace tokens are dropped).
  const map = new Int32Array(values.length + 1).fill(-1);
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    cursor += spaces[k]!.length;
    const value = values[k]!;
    let start = cursor;
    // wink rebuilds its input exactly; this guard keeps offsets right if a version ever does not.
    if (!block.startsWith(value, start)) {
      const found = block.indexOf(value, start);
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    map[k] = tokens.length;
    if (/^\s+$/.test(value)) continue;
    tokens.push({
      start: offset + start,
      end: offset + cursor,
      text: value,
      norm: value.toLowerCase(),
      lemma: lemmas[k] ?? value.toLowerCase(),
      pos: (tags[k] ?? 'X') as Pos,
    });
  }
  const sentenceStarts = new Set<number>();
  for (const [first] of doc.sentences().out(its.span) as [number, number][]) {
    // Map to the first non-space token at or after `first`.
    let k = first;
    while (k < values.length && /^\s+$/.test(values[k]!)) k++;
    const mapped = map[k];
    if (mapped !== undefined && mapped >= 0) sentenceStarts.add(mapped);
  }
  return { tokens, sentenceStarts };
}
