import type { Extractor, Money } from "@newsgraph/core";
import { findMoney } from "./extract.js";

export { findMoney } from "./extract.js";
export { type Lexicon, lexicon, type Reading } from "./lexicon.js";

/**
 * Monetary amounts: spans with a number in units of the currency, an ISO 4217 code, modifiers (approximate,
 * bounds, ranges), per-unit prices and stated equivalents. See the package README.
 */
export const moneyExtractor: Extractor<Money> = {
  name: "money",
  extract: (doc) => findMoney(doc),
};
