import {
  type DocResult,
  EntityTypeSchema,
  GranularitySchema,
  PublishedSchema,
  QuoteKindSchema,
  RoleSchema,
} from "@newsgraph/core";
import { z } from "zod";
import { compareJson, compareStrings, stableJson } from "./canonical.js";
import { amountId, dateId } from "./ids.js";

/**
 * An Observation is what the graph keeps of one article: the DocResult without what the graph does not use
 * (warnings, stats, unresolved dates), in a canonical form (sorted arrays, no undefined fields). The graph is a
 * deterministic function of the SET of observations, and `observationsOf(graph)` gives that set back, so merging
 * graphs is rebuilding from the union of their observations: associative, commutative and idempotent by design.
 */
const SpanObs = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  sentence: z.number().int().nonnegative().optional(),
};

export const ObservedEntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema),
  mentions: z.array(z.object(SpanObs)),
});
export type ObservedEntity = z.infer<typeof ObservedEntitySchema>;

export const ObservedQuoteSchema = z.object({
  ...SpanObs,
  kind: QuoteKindSchema,
  cue: z.string().nullable(),
  speaker: z.string().nullable().describe("the speaker's name as the article gives it"),
  speakerLocal: z.string().nullable().describe("the speaker's entity id in the article"),
});
export type ObservedQuote = z.infer<typeof ObservedQuoteSchema>;

export const ObservedAmountSchema = z.object({
  ...SpanObs,
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  per: z.string().nullable(),
});
export type ObservedAmount = z.infer<typeof ObservedAmountSchema>;

export const ObservedDateSchema = z.object({ ...SpanObs, value: z.string(), granularity: GranularitySchema });
export type ObservedDate = z.infer<typeof ObservedDateSchema>;

export const ObservationSchema = z.object({
  doc: z.string(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  published: PublishedSchema,
  entities: z.array(ObservedEntitySchema),
  quotes: z.array(ObservedQuoteSchema),
  money: z.array(ObservedAmountSchema),
  dates: z.array(ObservedDateSchema),
  /** spans of the sentences holding two or more co-occurring items, by sentence index */
  sentences: z.array(z.object({ index: z.number().int().nonnegative(), start: z.number(), end: z.number() })),
});
export type Observation = z.infer<typeof ObservationSchema>;

const bySpan = <T extends { start: number; end: number }>(a: T, b: T) =>
  a.start - b.start || a.end - b.end || compareJson(a, b);

/** Drops undefined fields so that an observation and its copy read back from a graph are deep-equal. */
function span(m: { start: number; end: number; text: string; sentence?: number }, sentence: number | undefined) {
  return sentence === undefined
    ? { start: m.start, end: m.end, text: m.text }
    : { start: m.start, end: m.end, text: m.text, sentence };
}

/** A unit of a per-unit price, folded so that the Amount node id (which holds it) is injective. */
export function foldPer(per: string | null): string | null {
  if (per === null) return null;
  const folded = per
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded || null;
}

const spanKey = (m: { start: number; end: number; text: string; sentence?: number }) =>
  `${m.start}|${m.end}|${m.sentence ?? ""}|${m.text}`;

/** Deduplicates items that are equal field by field (`key` tells them apart cheaply) and sorts by span. */
function uniqueSorted<T extends { start: number; end: number; text: string; sentence?: number }>(
  items: T[],
  key: (item: T) => string = spanKey,
): T[] {
  return uniqueBy(items, key).sort(bySpan);
}

/** The sentence index of an offset, by binary search over the article's sentence spans. */
function sentenceAt(sentences: { start: number; end: number }[], offset: number): number | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/** The observation of one article (pure; the same DocResult always gives the same observation). */
export function observe(r: DocResult): Observation {
  const sentenceSpans = r.sentences ?? [];
  const sentenceOf = (m: { start: number; sentence?: number }) => m.sentence ?? sentenceAt(sentenceSpans, m.start);
  const obs = normalizeObservation({
    doc: r.id,
    source: r.source,
    title: r.title ?? null,
    published: { value: r.published.value, inferred: r.published.inferred, evidence: r.published.evidence },
    entities: r.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions.map((m) => span(m, sentenceOf(m))),
    })),
    quotes: r.quotes.map((q) => ({
      ...span(q, sentenceOf(q)),
      kind: q.kind,
      cue: q.cue,
      speaker: q.speaker?.name ?? null,
      speakerLocal: q.speaker?.id ?? null,
    })),
    money: r.money.map((m) => ({
      ...span(m, sentenceOf(m)),
      amount: m.amount,
      currency: m.currency ? m.currency.toUpperCase() : null,
      per: foldPer(m.per),
    })),
    dates: r.dates.flatMap((d) =>
      d.value ? [{ ...span(d, sentenceOf(d)), value: d.value, granularity: d.granularity }] : [],
    ),
    sentences: [],
  });
  obs.sentences = coOccurringSentences(obs, sentenceSpans);
  return obs;
}

/**
 * One item per key; among items sharing a key, the one whose canonical JSON sorts last: a choice that depends
 * only on the set. (JSON is computed only on a collision.)
 */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const chosen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const prev = chosen.get(k);
    if (prev === undefined || (prev !== item && stableJson(item) > stableJson(prev))) chosen.set(k, item);
  }
  return [...chosen.values()];
}

/**
 * The canonical form of an observation: sorted, deduplicated arrays (one entity per id, one quote per span),
 * sentence spans kept only where the DocResult gave none. Applied both to a DocResult's observation and to one
 * read back from a graph, so the two compare equal.
 */
export function normalizeObservation(obs: Observation): Observation {
  const entities = uniqueBy(
    obs.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...new Set(e.aliases)].sort(),
      roles: uniqueRoles(e.roles),
      mentions: uniqueSorted(e.mentions.map((m) => span(m, m.sentence))),
    })),
    (e) => e.id,
  ).sort((a, b) => compareStrings(a.id, b.id));
  const quotes = uniqueBy(
    obs.quotes.map((q) => ({
      ...span(q, q.sentence),
      kind: q.kind,
      cue: q.cue,
      speaker: q.speaker,
      speakerLocal: q.speakerLocal,
    })),
    (q) => `${q.start}:${q.end}`,
  ).sort(bySpan);
  const money = uniqueSorted(
    obs.money.map((m) => ({ ...span(m, m.sentence), amount: m.amount, currency: m.currency, per: m.per })),
    (m) => `${spanKey(m)}|${m.amount}|${m.currency}|${m.per}`,
  );
  const dates = uniqueSorted(
    obs.dates.map((d) => ({ ...span(d, d.sentence), value: d.value, granularity: d.granularity })),
    (d) => `${spanKey(d)}|${d.value}|${d.granularity}`,
  );
  return {
    doc: obs.doc,
    source: obs.source,
    title: obs.title,
    published: { value: obs.published.value, inferred: obs.published.inferred, evidence: obs.published.evidence },
    entities,
    quotes,
    money,
    dates,
    sentences: uniqueBy(
      obs.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
      (s) => String(s.index),
    ).sort((a, b) => a.index - b.index),
  };
}

function uniqueRoles(roles: DocResult["entities"][number]["roles"]) {
  const seen = new Map<string, z.infer<typeof RoleSchema>>();
  for (const role of roles) {
    const r: z.infer<typeof RoleSchema> = { title: role.title, of: role.of };
    if (role.ofId !== undefined) r.ofId = role.ofId;
    if (role.start !== undefined) r.start = role.start;
    if (role.end !== undefined) r.end = role.end;
    seen.set(stableJson(r), r);
  }
  return [...seen.values()].sort(compareJson);
}

export { compareStrings } from "./canonical.js";

/**
 * The spans of the sentences that hold at least two mentions (entities, amounts, dates): the article's own
 * sentence spans where the DocResult carries them, else the smallest stretch covering those mentions.
 */
function coOccurringSentences(obs: Observation, spans: { start: number; end: number }[]): Observation["sentences"] {
  const covered = new Map<number, { items: Set<string>; start: number; end: number }>();
  const add = (item: string, m: { start: number; end: number; sentence?: number }) => {
    if (m.sentence === undefined) return;
    const c = covered.get(m.sentence);
    if (c) {
      c.items.add(item);
      c.start = Math.min(c.start, m.start);
      c.end = Math.max(c.end, m.end);
    } else covered.set(m.sentence, { items: new Set([item]), start: m.start, end: m.end });
  };
  for (const e of obs.entities) for (const m of e.mentions) add(`e:${e.id}`, m);
  for (const m of obs.money) add(amountId(m), m);
  for (const d of obs.dates) add(dateId(d), d);
  const out: Observation["sentences"] = [];
  for (const [index, c] of covered) {
    if (c.items.size < 2) continue;
    const s = spans[index];
    out.push(s ? { index, start: s.start, end: s.end } : { index, start: c.start, end: c.end });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * One observation per article id: the same article seen twice counts once. Should two different observations
 * carry the same id (an article re-extracted with another version), the one whose canonical JSON sorts last
 * wins: a choice that depends only on the set, never on the order of arrival.
 */
export function dedupeObservations(observations: Iterable<Observation>): Observation[] {
  return uniqueBy([...observations], (o) => o.doc).sort((a, b) => compareStrings(a.doc, b.doc));
}
