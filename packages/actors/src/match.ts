/**
 * @module match
 * Longest-match lookup of folded token n-grams in the dictionary index. One walk over the tokens;
 * at each word, keys are extended a word at a time while they are known prefixes.
 */
import type { Analysis, Token } from '@sitrep/nlp';
import type { ActorDictionary } from './dictionary';
import { caseAgrees, keyWords } from './fold';
import type { Candidate } from './types';

/** A dictionary hit over tokens `first..last` (inclusive). */
export interface Hit {
  first: number;
  last: number;
  key: string;
  candidates: Candidate[];
}

/**
 * The lookup stream of a whole document as parallel arrays: folded words, the token each comes
 * from, and the token its span starts at (a dropped article before it: "al-" of "al-Qaida").
 * Punctuation other than joiners, and sentence ends, are breaks (an empty word no key contains).
 * Parallel arrays, not objects: this runs over every token and allocation dominated its cost.
 */
interface Stream {
  words: string[];
  token: number[];
  start: number[];
}

/** Tokens that join the words around them without breaking a name ("al-Sham", "Hay'at"). */
const JOINERS = new Set(['-', '‐', '‑', "'", '’']);

function stream(tokens: Token[]): Stream {
  const out: Stream = { words: [], token: [], start: [] };
  const push = (word: string, token: number, start: number) => {
    out.words.push(word);
    out.token.push(token);
    out.start.push(start);
  };
  let pending = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (prev && prev.sentence !== t.sentence) {
      // A break belongs to no token (-1), so it never looks like part of the next word.
      push('', -1, -1);
      pending = -1;
    }
    if (JOINERS.has(t.text)) {
      const next = tokens[k + 1];
      const glued =
        prev && next && prev.end === t.start && t.end === next.start && next.sentence === t.sentence;
      // "the al-Aqsa Martyrs' Brigades", "Sudan Doctors' Network": a plural's possessive
      // apostrophe inside a name, glued to its "s", does not break the name either.
      const pluralPossessive =
        (t.text === "'" || t.text === '’') &&
        prev !== undefined &&
        prev.end === t.start &&
        /s$/i.test(prev.text);
      if (!glued && !pluralPossessive) {
        push('', t.i, t.i);
        pending = -1;
      }
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'SYM') {
      push('', t.i, t.i);
      pending = -1;
      continue;
    }
    const next = tokens[k + 1];
    const hyphenFollows =
      next !== undefined &&
      next.start === t.end &&
      (next.text === '-' || next.text === '‐' || next.text === '‑');
    const raw = t.text === "'s" || t.text === '’s' ? 's' : t.text;
    const words = keyWords(raw, hyphenFollows);
    if (words.length === 0) {
      if (pending < 0) pending = t.i;
      continue;
    }
    for (const word of words) {
      push(word, t.i, pending >= 0 ? pending : t.i);
      pending = -1;
    }
  }
  return out;
}

/**
 * Finds dictionary hits, longest first, left to right, not overlapping, never across sentences.
 * Candidates whose case rule the text does not satisfy are dropped; when none is left the walk
 * tries the next shorter key.
 *
 * @param text
 *   Document text.
 * @param analysis
 *   The `nlp` layer.
 * @param dictionary
 *   The loaded dictionary.
 */
export function findHits(text: string, analysis: Analysis, dictionary: ActorDictionary): Hit[] {
  const hits: Hit[] = [];
  const { index, prefixes, maxWords } = dictionary;
  const { words, token, start } = stream(analysis.tokens);
  const n = words.length;
  const lens: number[] = [];
  const keys: string[] = [];
  let i = 0;
  while (i < n) {
    const first = words[i]!;
    // Most words start no key: one set lookup each, no allocation.
    if (first === '' || (!index.has(first) && !prefixes.has(first))) {
      i++;
      continue;
    }
    lens.length = 0;
    keys.length = 0;
    let key = first;
    for (let len = 1; len <= maxWords && i + len <= n; len++) {
      if (len > 1) {
        const w = words[i + len - 1]!;
        if (w === '') break;
        key = `${key} ${w}`;
      }
      if (index.has(key)) {
        lens.push(len);
        keys.push(key);
      }
      if (!prefixes.has(key)) break;
    }
    let taken = false;
    for (let f = lens.length - 1; f >= 0 && !taken; f--) {
      const len = lens[f]!;
      const lastToken = token[i + len - 1]!;
      // A key must end and start at token boundaries: "Hay" must not match inside "Hay'at".
      if (i + len < n && token[i + len] === lastToken) continue;
      if (i > 0 && token[i - 1] === token[i]) continue;
      const firstToken = start[i]!;
      const surface = text.slice(analysis.tokens[firstToken]!.start, analysis.tokens[lastToken]!.end);
      const candidates = index.get(keys[f]!)!.filter((c) => caseAgrees(surface, c.rule));
      if (candidates.length === 0) continue;
      hits.push({ first: firstToken, last: lastToken, key: keys[f]!, candidates });
      i += len;
      taken = true;
    }
    if (!taken) i++;
  }
  return hits;
}
