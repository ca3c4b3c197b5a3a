/**
 * @module types
 * What `nlp` gives every other stage: tokens with character spans, sentences and paragraphs.
 * Records are plain; tokens are one array, in text order, whitespace excluded.
 */
import type { Span } from '@sitrep/model';

/** Universal POS tags as wink-nlp emits them (UD tag set). */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** A token: a word, number, punctuation mark or symbol. Never whitespace. */
export interface Token {
  /** Index in `Analysis.tokens`. */
  i: number;
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** Lowercased form. */
  norm: string;
  lemma: string;
  pos: Pos;
  /** Index of the sentence holding it. */
  sentence: number;
  /** True when a line break lies between this token and the previous one. */
  lineStart: boolean;
}

/** A sentence: its span and the half-open range of token indices it covers. */
export interface Sentence {
  i: number;
  span: Span;
  /** First token index. */
  first: number;
  /** One past the last token index. */
  end: number;
  /** Index of its paragraph. */
  paragraph: number;
}

/** The `nlp` layer. */
export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph spans: blocks separated by blank lines. */
  paragraphs: Span[];
}
