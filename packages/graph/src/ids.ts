import { slug } from "@newsgraph/core";

/**
 * Node and edge ids, all derived from content, never from processing order. Amount and DatePoint nodes are
 * keyed by value, so the same "$100 million" or "2023-05-21" reported by several articles is one node with
 * every article's span as evidence.
 */
export const documentId = (doc: string) => `doc:${doc}`;

export const quoteId = (doc: string, start: number, end: number) => `quote:${doc}:${start}-${end}`;

export function amountId(m: { amount: number | null; currency: string | null; per: string | null; text: string }) {
  const value = m.amount === null ? `text-${slug(m.text)}` : String(m.amount);
  const per = m.per === null ? "" : `:per-${slug(m.per)}`;
  return `amount:${(m.currency ?? "xxx").toLowerCase()}:${value}${per}`;
}

/** The granularity a date value states by its form alone; ids name the granularity only when it differs. */
function naturalGranularity(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return "day";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/^\d{4}$/.test(value)) return "year";
  if (/^\d{4}-W\d{2}$/.test(value)) return "week";
  if (/^\d{4}-Q\d$/.test(value)) return "quarter";
  return "";
}

export function dateId(d: { value: string; granularity: string }) {
  return naturalGranularity(d.value) === d.granularity ? `date:${d.value}` : `date:${d.value}@${d.granularity}`;
}

export const roleId = (title: string, of: string | null) => `role:${slug(title)}${of ? `@${of}` : ""}`;

export const edgeId = (type: string, from: string, to: string) => `${type}:${from}->${to}`;
