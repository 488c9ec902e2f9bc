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
  extract: (doc, context) => {
    const found = findDates(doc, context.published, context.warn);
    // Say so when relative dates stay unresolved for want of a publication date (rather than guessing one).
    if (context.published.value === null && context.published.inferred && found.some((d) => d.relative))
      context.warn({
        code: "published-unknown",
        message: `no publication date given and none proven by the text (${context.published.evidence ?? "no evidence"}); relative dates are left unresolved`,
      });
    return found;
  },
};

/** The reference date read from the text itself (marked inferred, with its evidence), or a null value. */
export function inferPublished(doc: ParsedDoc): Published {
  return inferReference(doc);
}
