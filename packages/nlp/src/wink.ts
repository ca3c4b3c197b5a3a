/**
 * @module wink
 * The one place wink-nlp is touched. It tokenizes and tags a block of text; everything above this
 * file speaks our own types, so wink can be swapped without touching a stage.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Pos, Token } from './types';

/**
 * A token from wink, with its offset in the whole text. It is already shaped as the final `Token`
 * (`i`, `sentence` and `lineStart` are placeholders that `analyze` fills in), so that each token is
 * allocated once instead of twice (garbage collection was ~8% of the bench process).
 */
export type RawToken = Token;

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
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  // wink types its.lemma as needing model add-ons, which the lite model provides at run time.
  // Memoizing lemmas by (value, tag) outside contractions was tried: identical output, but no
  // measurable gain on GeoWebNews or TBAQ (most words have a single stored lemma, which wink reads
  // in two lookups), so the simple read stays. See bench/results/nlp.md.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
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
    if (isSpaceToken(value)) continue;
    const pos = (tags[k] ?? 'X') as Pos;
    const norm = value.toLowerCase();
    // Same property order as before the merge: consumers and golden files serialize tokens.
    tokens.push({
      i: 0,
      start: offset + start,
      end: offset + cursor,
      text: value,
      norm,
      lemma: lemmas[k] ?? norm,
      pos,
      sentence: 0,
      lineStart: false,
    });
  }
  const sentenceStarts = new Set<number>();
  for (const [first] of doc.sentences().out(its.span) as [number, number][]) {
    // Map to the first non-space token at or after `first`.
    let k = first;
    while (k < values.length && isSpaceToken(values[k]!)) k++;
    const mapped = map[k];
    if (mapped !== undefined && mapped >= 0) sentenceStarts.add(mapped);
  }
  return { tokens, sentenceStarts };
}

/** True for a token that is all whitespace (wink keeps line breaks as tokens). */
function isSpaceToken(value: string): boolean {
  // Most tokens start with a visible character: decide those on one char code, without a regex.
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return /^\s+$/.test(value);
}
