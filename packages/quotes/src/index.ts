import type { Entity, Extractor, Quote } from "@newsgraph/core";

/** What the quotes extractor reads from earlier extractors. */
export interface QuoteInput {
  entities: Entity[];
}

/** Quotations and their speakers. (Placeholder until the quotes issue lands.) */
export const quoteExtractor: Extractor<Quote, QuoteInput> = {
  name: "quotes",
  extract: () => [],
};
