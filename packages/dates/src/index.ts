import type { DateMention, Extractor, ParsedDoc, Published } from "@newsgraph/core";

/** Temporal expressions. (Placeholder until the dates issue lands.) */
export const dateExtractor: Extractor<DateMention> = {
  name: "dates",
  extract: () => [],
};

/** The reference date read from the text itself. (Placeholder: none found.) */
export function inferPublished(_doc: ParsedDoc): Published {
  return { value: null, inferred: true, evidence: null };
}
