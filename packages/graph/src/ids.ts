import { createHash } from "node:crypto";
import { slug } from "@newsgraph/core";

/**
 * Node and edge ids, all derived from content, never from processing order. DatePoint nodes are keyed by value,
 * so "2023-05-21" reported by several articles is one node with every article's span as evidence. An amount or
 * a duration is an observation of its article (the id holds the document), unless two articles state the same
 * one about the same entities (the id then holds a hash of those entities' ids instead).
 */
export const documentId = (doc: string) => `doc:${doc}`;

export const quoteId = (doc: string, start: number, end: number) => `quote:${doc}:${start}-${end}`;

/** An amount's value key: currency, value and unit ("usd:100000000", "usd:11:per-tonne"). */
export function amountKey(m: { amount: number | null; currency: string | null; per: string | null; text: string }) {
  const value = m.amount === null ? `text-${slug(m.text)}` : String(m.amount);
  const per = m.per === null ? "" : `:per-${slug(m.per)}`;
  return `${(m.currency ?? "xxx").toLowerCase()}:${value}${per}`;
}

/** The id of the value of an amount, as the article states it (the key within one article). */
export const amountId = (m: Parameters<typeof amountKey>[0]) => `amount:${amountKey(m)}`;

/** Whether a date value is a duration (ISO 8601 "P...": P18M, P3W, PT2H), not a point or period of the calendar. */
export const isDuration = (value: string) => /^P/.test(value);

/** The short content hash that names a set of entity ids in the id of a shared amount or duration. */
export const aboutHash = (ids: readonly string[]) =>
  createHash("sha256").update(ids.join("\n")).digest("hex").slice(0, 12);

/** One article's amount or duration node: the value key with the document ("amount:doc-7:usd:5000000"). */
export const observedId = (kind: "amount" | "duration", doc: string, key: string) => `${kind}:${doc}:${key}`;

/** The node of the same amount or duration stated by several articles about the same entities. */
export const sharedId = (kind: "amount" | "duration", key: string, about: readonly string[]) =>
  `${kind}:${key}:about-${aboutHash(about)}`;

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
