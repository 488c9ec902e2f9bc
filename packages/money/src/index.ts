import type { Extractor, Money } from "@newsgraph/core";

/** Monetary amounts. (Placeholder until the money issue lands.) */
export const moneyExtractor: Extractor<Money> = {
  name: "money",
  extract: () => [],
};
