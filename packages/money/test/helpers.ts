import { type ExtractorContext, type Money, parse, type Warning } from "@newsgraph/core";
import { moneyExtractor } from "@newsgraph/money";
import { expect } from "vitest";

/** Runs the extractor on `text` and checks the span contract of every result. */
export function money(text: string): Money[] {
  const warnings: Warning[] = [];
  const context: ExtractorContext = {
    published: { value: null, inferred: true, evidence: null },
    warn: (w) => warnings.push(w),
  };
  const found = moneyExtractor.extract(parse(text), context, {});
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

/** The one amount found in `text` (fails when there is not exactly one). */
export function one(text: string): Money {
  const found = money(text);
  expect(found.map((m) => m.text)).toHaveLength(1);
  return found[0] as Money;
}

/** text, amount and currency of every amount found, for compact expectations. */
export function values(text: string): [string, number | null, string | null][] {
  return money(text).map((m) => [m.text, m.amount, m.currency]);
}
