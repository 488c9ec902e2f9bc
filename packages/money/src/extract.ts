import type { Money, ParsedDoc } from "@newsgraph/core";
import {
  type Candidate,
  candidate,
  type Found,
  type PhraseParser,
  type RefineContext,
  type Refiner,
  type TextParser,
} from "./candidate.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { prefixCode } from "./parsers/prefix-code.js";
import { prefixSymbol } from "./parsers/prefix-symbol.js";
import { scaleAdjective } from "./parsers/scale-adjective.js";
import { suffixCode } from "./parsers/suffix-code.js";
import { suffixName } from "./parsers/suffix-name.js";
import { suffixPence } from "./parsers/suffix-pence.js";
import { suffixSymbol } from "./parsers/suffix-symbol.js";
import { vagueAmount } from "./parsers/vague-amount.js";
import { findDigitPhrases, findSpelledPhrases, type NumberPhrase } from "./phrases.js";
import { resolveCurrency } from "./refiners/currency.js";
import { linkEquivalents } from "./refiners/equivalents.js";
import { dropFalseReadings } from "./refiners/false-readings.js";
import { readModifiers } from "./refiners/modifiers.js";
import { dropNames } from "./refiners/names.js";
import { dropOverlaps } from "./refiners/overlaps.js";
import { readPerUnit } from "./refiners/per-unit.js";
import { mergeRanges } from "./refiners/ranges.js";
import { unitReader } from "./units.js";

/** Currency written before the number, and after it. */
const BEFORE: readonly PhraseParser[] = [prefixSymbol, prefixCode];
const AFTER: readonly PhraseParser[] = [suffixCode, suffixSymbol, suffixName, suffixPence];
const TEXT_PARSERS: readonly TextParser[] = [vagueAmount, scaleAdjective];
/** In this order: each refiner may rely on what the ones before it settled. */
const REFINERS: readonly Refiner[] = [
  dropNames,
  dropOverlaps,
  dropFalseReadings,
  mergeRanges,
  readModifiers,
  readPerUnit,
  linkEquivalents,
  resolveCurrency,
];

function first(parsers: readonly PhraseParser[], phrase: NumberPhrase, text: string, lex: Lexicon): Found | null {
  for (const p of parsers) {
    const found = p.parse(phrase, text, lex);
    if (found) return found;
  }
  return null;
}

/** Binds a currency to one number phrase: before it, after it, or both ("$5 billion dollars"). */
function bind(phrase: NumberPhrase, text: string, lex: Lexicon): Found | null {
  const before = first(BEFORE, phrase, text, lex);
  const after = first(AFTER, phrase, text, lex);
  if (before && after && before.reading.options.some((o) => after.reading.options.includes(o))) {
    const reading = after.reading.options.length < before.reading.options.length ? after.reading : before.reading;
    return { start: before.start, end: after.end, reading, via: `${before.via}+${after.via}` };
  }
  return before ?? after;
}

/** Digit and spelled phrases in text order; a spelled phrase inside a digit one is dropped. */
function numberPhrases(text: string, lex: Lexicon): NumberPhrase[] {
  const digits = findDigitPhrases(text, lex);
  const spelled = findSpelledPhrases(text);
  if (spelled.length === 0) return digits;
  return [...digits, ...spelled]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((p, i, all) => i === 0 || p.start >= (all[i - 1]?.end ?? 0));
}

export interface MoneyOptions {
  /** spans of names found by the entity extractor: an amount inside or across one is a name ("50 Cent") */
  names?: readonly { start: number; end: number }[];
}

/** Every monetary expression of a parsed document, as Money mentions in text order. */
export function findMoney(doc: ParsedDoc, options: MoneyOptions = {}): Money[] {
  const text = doc.text;
  if (text.length === 0) return [];
  const lex = lexicon();
  const found: Candidate[] = [];
  const bare: NumberPhrase[] = [];
  for (const phrase of numberPhrases(text, lex)) {
    const f = bind(phrase, text, lex);
    if (f) found.push(candidate(f, phrase, phrase.value));
    else bare.push(phrase);
  }
  for (const parser of TEXT_PARSERS) found.push(...parser.parse(text, lex));
  const context: RefineContext = { text, lex, bare, unitAfter: unitReader(doc), names: options.names ?? [] };
  let candidates = found;
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, context);
  return toMoney(candidates, text);
}

function toMoney(candidates: Candidate[], text: string): Money[] {
  const index = new Map<Candidate, number>();
  candidates.forEach((c, i) => {
    index.set(c, i);
  });
  return candidates.map((c) => {
    const partner = c.equivalentOf;
    // an equivalent states the amount in another currency; the same currency twice is no equivalence
    const linked = partner && (partner.currency === null || c.currency === null || partner.currency !== c.currency);
    const money: Money = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      amount: c.value,
      currency: c.currency,
      approximate: c.approximate,
      bound: c.bound,
      per: c.per,
      currencyInferred: c.currencyInferred,
      currencyConfidence: c.currencyConfidence,
    };
    if (c.max !== null) {
      money.min = c.min ?? c.value ?? undefined;
      money.max = c.max;
    }
    if (linked) money.equivalentOf = index.get(partner);
    if (c.modifier) money.modifier = c.modifier;
    return money;
  });
}
