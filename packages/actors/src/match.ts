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

/** A word of the lookup stream: a folded piece of a token. */
interface Unit {
  word: string;
  token: number;
  /** First token of the word including a dropped article before it ("al-" of "al-Qaida"). */
  start: number;
}

/** Tokens that join the words around them without breaking a name ("al-Sham", "Hay'at"). */
const JOINERS = new Set(['-', '‐', '‑', "'", '’']);

/**
 * Builds the lookup stream of one sentence: folded words with their token; punctuation other than
 * joiners becomes a break (an empty word no key contains).
 *
 * @param text
 *   Document text.
 * @param tokens
 *   The sentence's tokens.
 */
function units(text: string, tokens: Token[]): Unit[] {
  const out: Unit[] = [];
  // Token where a dropped article began, so "al-Qaida" spans the article too.
  let pending = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (JOINERS.has(t.text)) {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      const glued = prev && next && prev.end === t.start && t.end === next.start;
      if (!glued) {
        out.push({ word: '', token: t.i, start: t.i });
        pending = -1;
      }
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'SYM') {
      out.push({ word: '', token: t.i, start: t.i });
      pending = -1;
      continue;
    }
    const next = tokens[k + 1];
    const hyphenFollows = next !== undefined && next.start === t.end && /^[-‐‑]$/.test(next.text);
    const raw = t.text === "'s" || t.text === '’s' ? 's' : t.text;
    const words = keyWords(raw, hyphenFollows);
    if (words.length === 0) {
      if (pending < 0) pending = t.i;
      continue;
    }
    for (const word of words) {
      out.push({ word, token: t.i, start: pending >= 0 ? pending : t.i });
      pending = -1;
    }
    void text;
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
  for (const sentence of analysis.sentences) {
    const stream = units(text, analysis.tokens.slice(sentence.first, sentence.end));
    let i = 0;
    while (i < stream.length) {
      if (stream[i]!.word === '') {
        i++;
        continue;
      }
      let key = '';
      const found: { len: number; key: string }[] = [];
      for (let len = 1; len <= maxWords && i + len <= stream.length; len++) {
        const w = stream[i + len - 1]!.word;
        if (w === '') break;
        key = len === 1 ? w : `${key} ${w}`;
        if (index.has(key)) found.push({ len, key });
        if (!prefixes.has(key)) break;
      }
      let taken = false;
      for (let f = found.length - 1; f >= 0 && !taken; f--) {
        const { len, key: k } = found[f]!;
        const firstToken = stream[i]!.start;
        const lastToken = stream[i + len - 1]!.token;
        // A key must end at a token boundary: "Hay" must not match inside "Hay'at".
        const next = stream[i + len];
        if (next && next.token === lastToken) continue;
        const prev = stream[i - 1];
        if (prev && prev.token === stream[i]!.token) continue;
        const surface = text.slice(analysis.tokens[firstToken]!.start, analysis.tokens[lastToken]!.end);
        const candidates = index.get(k)!.filter((c) => caseAgrees(surface, c.rule));
        if (candidates.length === 0) continue;
        hits.push({ first: firstToken, last: lastToken, key: k, candidates });
        i += len;
        taken = true;
      }
      if (!taken) i++;
    }
  }
  return hits;
}
