import type { Entity, Extractor, Money } from "@newsgraph/core";
import { findMoney } from "./extract.js";

export { findMoney } from "./extract.js";
export { type Lexicon, lexicon, type Reading } from "./lexicon.js";

/**
 * Monetary amounts: spans with a number in units of the currency, an ISO 4217 code, modifiers (approximate,
 * bounds, ranges), per-unit prices and stated equivalents. Reads the entities found before it (`input.entities`):
 * an amount inside a name is no amount. See the package README.
 */
export const moneyExtractor: Extractor<Money, { entities?: readonly Entity[] }> = {
  name: "money",
  // names the entity extractor found ("50 Cent", a person) are not amounts
  extract: (doc, _context, input) => findMoney(doc, { names: (input?.entities ?? []).flatMap((e) => e.mentions) }),
};
