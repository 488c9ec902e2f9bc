import { type DocResult, DocResultSchema, entityId, type Granularity } from "@newsgraph/core";
import { normalizeName } from "../text.js";
import { type ResolvedGold, resolveGold } from "./resolve.js";
import type { Gold } from "./schema.js";

/** The granularity an ISO value is written at (2023-05-21: day, 2023-05: month, 2023-W21: week, ...). */
export function granularityOf(value: string | null): Granularity {
  if (!value) return "unknown";
  if (/T\d/.test(value)) return "time";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return "day";
  if (/^\d{4}-W\d{2}$/.test(value)) return "week";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/^\d{4}-Q\d$/.test(value)) return "quarter";
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return "season";
  if (/^\d{4}$/.test(value)) return "year";
  if (/^\d{3}0s$/.test(value)) return "decade";
  return "unknown";
}

/**
 * The gold file written as a DocResult: what a perfect extractor would return. Scoring it against the same
 * gold gives 1 everywhere; tests break it on purpose to see the scorer and the baseline check react.
 */
export function goldToDocResult(gold: Gold | ResolvedGold, text: string): DocResult {
  const r = "ignore" in gold ? gold : resolveGold(gold, text);
  const ids = r.entities.map((e) => entityId(e.type, e.canonical));
  const idOfSpeaker = (name: string): string | null => {
    const n = normalizeName(name);
    const i = r.entities.findIndex((e) => normalizeName(e.canonical) === n);
    const j = i >= 0 ? i : r.entities.findIndex((e) => e.names.some((x) => normalizeName(x) === n));
    return j >= 0 ? (ids[j] ?? null) : null;
  };
  const result: DocResult = {
    id: r.gold.doc,
    source: null,
    published: { value: r.gold.publishedHint ?? null, inferred: false, evidence: "gold" },
    entities: r.entities.map((e, i) => ({
      id: ids[i] as string,
      type: e.type,
      name: e.canonical,
      aliases: [...new Set(e.names)].filter((n) => n !== e.canonical),
      roles: [],
      mentions: e.occurrences.map((m) => ({ start: m.start, end: m.end, text: m.text, via: "name" as const })),
    })),
    quotes: r.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.item.kind,
      speaker:
        q.item.speaker === null
          ? null
          : q.item.anonymous
            ? { id: null, name: q.item.speaker, via: "anonymous" as const }
            : { id: idOfSpeaker(q.item.speaker), name: q.item.speaker },
      cue: null,
    })),
    money: r.money.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      amount: m.item.amount,
      currency: m.item.currency,
      approximate: m.item.approx ?? false,
      bound: null,
      per: m.item.per ?? null,
    })),
    dates: r.dates.map((d) => {
      const duration = d.item.kind === "duration";
      return {
        start: d.start,
        end: d.end,
        text: d.text,
        value: duration ? null : d.item.value,
        granularity: duration ? "unknown" : granularityOf(d.item.value),
        relative: d.item.relative ?? false,
        ...(d.item.kind ? { kind: d.item.kind } : {}),
        ...(duration ? { duration: d.item.value } : {}),
      };
    }),
    warnings: [],
  };
  return DocResultSchema.parse(result);
}
