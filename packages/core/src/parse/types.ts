import type { Span } from "../schemas/span.js";
import type { Word } from "./words.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** the text in lower case, computed once per document */
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, NUM, ...) */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, symbol, currency, email, url, ... */
  type: string;
  /** index of the sentence holding the token */
  sentence: number;
  /** true when preceded by a line break in the text */
  lineStart: boolean;
}

export interface Sentence extends Span {
  /** index of the first token of the sentence in `tokens` */
  firstToken: number;
  /** index one past the last token */
  endToken: number;
}

/** An entity of a type wink-nlp's model knows: DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL, DURATION, ... */
export interface WinkEntity extends Span {
  type: string;
}

/** The structure compromise reads for a stretch of text; created on demand, since compromise is the costly part. */
export type CompromiseView = ReturnType<typeof import("compromise").default>;

/** One document, parsed once, handed to every extractor. */
export interface ParsedDoc {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  winkEntities: WinkEntity[];
  /** the one word view of the document: tokens joined across hyphens, with case and position flags */
  words: Word[];
  /** index of the first token that ends after `offset` (the token holding it, or the next one; tokens.length at the end) */
  tokenAt(offset: number): number;
  /** compromise's view of a stretch of the text (memoized per range); costly: ask only where it pays. */
  compromise(start: number, end: number): CompromiseView;
  /** index of the sentence holding `offset`, or -1 */
  sentenceAt(offset: number): number;
  /** time spent so far, in ms: wink-nlp's pass and compromise's views */
  timings: { wink: number; compromise: number };
}
