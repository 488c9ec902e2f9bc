import type { DateMention, Extractor, ParsedDoc, Published } from "@newsgraph/core";
import { findDates } from "./extract.js";
import { inferReference } from "./infer-published.js";

export { findDates } from "./extract.js";
export { inferReference } from "./infer-published.js";

/**
 * Temporal expressions: spans normalized to ISO 8601 at their own granularity, anchored to the reference date
 * in `context.published` with the tense of their sentence. See the package README.
 */
export const dateExtractor: Extractor<DateMention> = {
  name: "dates",
  extract: (doc, context) => findDates(doc, context.published, context.warn),
};

/** The reference date read from the text itself (marked inferred, with its evidence), or a null value. */
export function inferPublished(doc: ParsedDoc): Published {
  return inferReference(doc);
}
