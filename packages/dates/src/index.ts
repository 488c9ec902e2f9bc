import type { DateMention, Extractor, Money, ParsedDoc, Published } from "@newsgraph/core";
import { findDates } from "./extract.js";
import { inferReference } from "./infer-published.js";

export { findDates } from "./extract.js";
export { inferReference } from "./infer-published.js";

/**
 * Temporal expressions: spans normalized to ISO 8601 at their own granularity, anchored to the reference date
 * in `context.published` with the tense of their sentence. See the package README.
 */
export const dateExtractor: Extractor<DateMention, { money?: readonly Money[] }> = {
  name: "dates",
  extract: (doc, context, input) => {
    const found = withoutPerUnitTails(findDates(doc, context.published, context.warn), input?.money ?? [], doc.text);
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

/**
 * "2.5 billion yuan a year", "$80 a barrel": the per-unit tail of an amount (money's `per`) is part of a price, not a
 * duration or a set of its own.
 */
function withoutPerUnitTails(dates: DateMention[], money: readonly Money[], text: string): DateMention[] {
  const byEnd = new Map<number, Money>();
  for (const m of money) if (m.per) byEnd.set(m.end, m);
  if (byEnd.size === 0) return dates;
  return dates.filter((d) => {
    if (d.kind !== "duration" && d.kind !== "set") return true;
    // the amount ends at most a dozen characters before ("yuan a year", "$80/barrel"): constant work per date
    for (let end = d.start; end >= Math.max(0, d.start - 12); end--) {
      const m = byEnd.get(end);
      if (!m) continue;
      const gap = text.slice(end, d.start);
      const per = (m.per ?? "").toLowerCase();
      if (/^[ \u00a0]*(?:a|an|per|each|every|\/)?[ \u00a0]*$/i.test(gap) && d.text.toLowerCase().endsWith(per))
        return false;
    }
    return true;
  });
}
