import type { Extractor, Quote } from "@newsgraph/core";
import { extractQuotes } from "./extract.js";
import type { QuoteInput } from "./types.js";

export { findMarkedSpans, type MarkedSpan } from "./marks.js";
export type { QuoteInput } from "./types.js";

/** Quotations (direct, partial, indirect, scare, title) with their cues and speakers. */
export const quoteExtractor: Extractor<Quote, QuoteInput> = {
  name: "quotes",
  extract: (doc, context, input) => extractQuotes(doc, context, input ?? { entities: [] }),
};
