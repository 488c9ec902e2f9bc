import type { MoneyBound } from "@newsgraph/core";
import type { Lexicon, Reading } from "./lexicon.js";
import type { NumberPhrase } from "./phrases.js";

/** A monetary expression on its way through the refiners; becomes a Money at the end. */
export interface Candidate {
  /** the expression itself: number, scale, currency words or symbols */
  start: number;
  end: number;
  /** the first number times its scale (a range's lower end); null for "billions of dollars" */
  value: number | null;
  /** a range's upper end, or the upper limit of a vague amount */
  max: number | null;
  /** the lower limit of a vague amount ("billions of dollars": 1e9) */
  min: number | null;
  /** how the currency is written */
  reading: Reading;
  /** the parser that found it */
  via: string;
  phrase: NumberPhrase | null;
  /** a word-like currency noun with nothing else to show it is money ("500 pounds"): kept only on evidence */
  weak: boolean;
  /** set by the refiners */
  currency: string | null;
  currencyInferred: boolean;
  /** how sure the currency is (resolve-currency) */
  currencyConfidence: number;
  approximate: boolean;
  bound: MoneyBound | null;
  modifier: string | null;
  per: string | null;
  /** where the modifiers before the expression begin, and where its "per ..." tail ends */
  outerStart: number;
  outerEnd: number;
  /** the amount this one states an equivalent of */
  equivalentOf: Candidate | null;
}

/** What a parser hands back: where the expression lies and how its currency reads. */
export interface Found {
  start: number;
  end: number;
  reading: Reading;
  via: string;
  weak?: boolean;
}

/** A parser that binds a currency to a number phrase found in the text ("$" before it, "euros" after it). */
export interface PhraseParser {
  readonly name: string;
  parse(phrase: NumberPhrase, text: string, lex: Lexicon): Found | null;
}

/** A parser that finds whole expressions on its own ("billions of dollars", "a multibillion-dollar deal"). */
export interface TextParser {
  readonly name: string;
  parse(text: string, lex: Lexicon): Candidate[];
}

/** A refiner rewrites the candidate list: merges ranges, drops false readings, attaches modifiers. */
export interface Refiner {
  readonly name: string;
  refine(candidates: Candidate[], context: RefineContext): Candidate[];
}

export interface RefineContext {
  text: string;
  lex: Lexicon;
  /** number phrases no parser bound a currency to ("between 1 and 2 billion euros": the "1") */
  bare: readonly NumberPhrase[];
  /** spans of names the entity extractor found (people, organizations, products) */
  names: readonly { start: number; end: number }[];
  /** the noun phrase after "per", read from the parse's tokens */
  unitAfter(offset: number): { text: string; end: number } | null;
}

export function candidate(
  found: Found,
  phrase: NumberPhrase | null,
  value: number | null,
  extra: Partial<Candidate> = {},
): Candidate {
  return {
    start: found.start,
    end: found.end,
    value,
    max: phrase?.max ?? null,
    min: null,
    reading: found.reading,
    via: found.via,
    phrase,
    weak: found.weak ?? false,
    currency: null,
    currencyInferred: false,
    currencyConfidence: 1,
    approximate: false,
    bound: null,
    modifier: null,
    per: null,
    outerStart: found.start,
    outerEnd: found.end,
    equivalentOf: null,
    ...extra,
  };
}
