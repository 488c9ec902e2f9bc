import type { DocResult } from "@newsgraph/core";
import { z } from "zod";
import { matchOneToOne, overlapScore } from "../score/match.js";
import { clip, type Range } from "../text.js";

export const DIFF_CATEGORIES = ["entities", "mentions", "quotes", "money", "dates", "published"] as const;
export const DiffCategorySchema = z.enum(DIFF_CATEGORIES);
export type DiffCategory = z.infer<typeof DiffCategorySchema>;

/** One difference: an item added or lost, or the same item (same or overlapping span, or same id) changed. */
export const ChangeSchema = z.object({
  category: DiffCategorySchema,
  change: z.enum(["added", "lost", "changed"]),
  key: z.string().describe('the item: "[24,37)" for spans, the id for entities'),
  text: z.string(),
  detail: z.string().describe("added/lost: what the item is; changed: field: old -> new; ..."),
});
export type Change = z.infer<typeof ChangeSchema>;

export const ArticleDiffSchema = z.object({
  id: z.string(),
  status: z.enum(["both", "added", "lost"]).describe("added/lost: the article is in one file only"),
  summary: z.string().optional().describe("for an article in one file only: what it holds"),
  changes: z.array(ChangeSchema),
});
export type ArticleDiff = z.infer<typeof ArticleDiffSchema>;

const CountSchema = z.object({ added: z.number().int(), lost: z.number().int(), changed: z.number().int() });
export const DiffReportSchema = z.object({
  oldArticles: z.number().int(),
  newArticles: z.number().int(),
  articles: z.array(ArticleDiffSchema).describe("articles with a difference, in id order"),
  totals: z.record(DiffCategorySchema, CountSchema),
});
export type DiffReport = z.infer<typeof DiffReportSchema>;

interface Item extends Range {
  key: string;
  text: string;
  describe: string;
  fields: Record<string, string>;
}

const spanKey = (r: Range) => `[${r.start},${r.end})`;

function fieldChanges(a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
    if ((a[k] ?? "") !== (b[k] ?? "")) out.push(`${k}: ${a[k] || "none"} -> ${b[k] || "none"}`);
  return out;
}

/**
 * Diffs two lists of items: same key = the same item (changed when a field differs); the rest are paired
 * when `pair` says so (overlapping spans: a boundary moved; entities: a rename) and reported as changed; what
 * is left was added or lost. Changes come in text order.
 */
function diffItems(
  category: DiffCategory,
  olds: Item[],
  news: Item[],
  pair: (lost: Item[], added: Item[]) => [number, number][],
  moved: (o: Item, n: Item) => string = (o, n) =>
    `span: ${o.key} "${clip(o.text, 40)}" -> ${n.key} "${clip(n.text, 40)}"`,
): Change[] {
  const out: { change: Change; at: number }[] = [];
  const newByKey = new Map<string, Item>();
  for (const n of news) if (!newByKey.has(n.key)) newByKey.set(n.key, n);
  const lost: Item[] = [];
  const usedNew = new Set<Item>();
  for (const o of olds) {
    const n = newByKey.get(o.key);
    if (!n || usedNew.has(n)) {
      lost.push(o);
      continue;
    }
    usedNew.add(n);
    const changes = fieldChanges(o.fields, n.fields);
    if (changes.length)
      out.push({
        at: n.start,
        change: { category, change: "changed", key: o.key, text: n.text, detail: changes.join("; ") },
      });
  }
  const added = news.filter((n) => !usedNew.has(n));
  const pairedLost = new Set<number>();
  const pairedAdded = new Set<number>();
  for (const [li, ai] of pair(lost, added)) {
    const o = lost[li] as Item;
    const n = added[ai] as Item;
    pairedLost.add(li);
    pairedAdded.add(ai);
    const detail = [moved(o, n), ...fieldChanges(o.fields, n.fields)].join("; ");
    out.push({ at: n.start, change: { category, change: "changed", key: n.key, text: n.text, detail } });
  }
  lost.forEach((o, i) => {
    if (!pairedLost.has(i))
      out.push({ at: o.start, change: { category, change: "lost", key: o.key, text: o.text, detail: o.describe } });
  });
  added.forEach((n, i) => {
    if (!pairedAdded.has(i))
      out.push({ at: n.start, change: { category, change: "added", key: n.key, text: n.text, detail: n.describe } });
  });
  return out.sort((a, b) => a.at - b.at).map((x) => x.change);
}

const byOverlap = (lost: Item[], added: Item[]): [number, number][] =>
  matchOneToOne(lost, added, overlapScore).map((p) => [p.gold, p.pred]);

/** Items with duplicate keys (the same span twice) get "#2", "#3" so that each is diffed. */
function uniqueKeys(items: Item[]): Item[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    const n = (seen.get(it.key) ?? 0) + 1;
    seen.set(it.key, n);
    return n === 1 ? it : { ...it, key: `${it.key}#${n}` };
  });
}

function entityItems(r: DocResult): Item[] {
  return r.entities.map((e) => ({
    // entities come in the order of their first mention
    start: Math.min(Number.MAX_SAFE_INTEGER, ...e.mentions.map((m) => m.start)),
    end: 0,
    key: e.id,
    text: e.name,
    describe: `${e.type} "${e.name}", ${e.mentions.length} mention(s)`,
    fields: {
      type: e.type,
      name: e.name,
      aliases: [...e.aliases].sort().join(", "),
      roles: e.roles.map((x) => (x.of ? `${x.title} of ${x.of}` : x.title)).join(", "),
      mentions: String(e.mentions.length),
    },
  }));
}

/** Entities renamed (new id) are paired with the old one when they share a mention span. */
function pairEntities(oldR: DocResult, newR: DocResult) {
  const spans = (r: DocResult, id: string) =>
    new Set(r.entities.find((e) => e.id === id)?.mentions.map((m) => spanKey(m)) ?? []);
  return (lost: Item[], added: Item[]): [number, number][] => {
    const out: [number, number][] = [];
    const taken = new Set<number>();
    lost.forEach((o, li) => {
      const mine = spans(oldR, o.key);
      const ai = added.findIndex((n, i) => !taken.has(i) && [...spans(newR, n.key)].some((k) => mine.has(k)));
      if (ai >= 0) {
        taken.add(ai);
        out.push([li, ai]);
      }
    });
    return out;
  };
}

function mentionItems(r: DocResult): Item[] {
  return uniqueKeys(
    r.entities
      .flatMap((e) =>
        e.mentions.map((m) => ({
          start: m.start,
          end: m.end,
          key: spanKey(m),
          text: m.text,
          describe: `${e.type} ${e.name}${m.via ? ` (${m.via})` : ""}`,
          fields: { type: e.type, entity: e.name, via: m.via ?? "" },
        })),
      )
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );
}

function quoteItems(r: DocResult): Item[] {
  return uniqueKeys(
    r.quotes.map((q) => {
      const speaker = q.speaker ? `${q.speaker.name}${q.speaker.id ? "" : " (no id)"}` : "";
      return {
        start: q.start,
        end: q.end,
        key: spanKey(q),
        text: q.text,
        describe: `${q.kind}, speaker ${speaker || "none"}${q.cue ? `, cue "${q.cue}"` : ""}`,
        fields: { kind: q.kind, speaker, cue: q.cue ?? "", parts: String(q.parts?.length ?? 0) },
      };
    }),
  );
}

function moneyItems(r: DocResult): Item[] {
  return uniqueKeys(
    r.money.map((m) => {
      const fields = {
        amount: m.amount === null ? "" : String(m.amount),
        currency: m.currency ?? "",
        approximate: m.approximate ? "yes" : "",
        bound: m.bound ?? "",
        per: m.per ?? "",
      };
      return {
        start: m.start,
        end: m.end,
        key: spanKey(m),
        text: m.text,
        describe: `${fields.amount || "?"} ${fields.currency || "?"}${m.approximate ? " approx." : ""}${m.bound ? ` ${m.bound}` : ""}${m.per ? ` per ${m.per}` : ""}`,
        fields,
      };
    }),
  );
}

function dateItems(r: DocResult): Item[] {
  return uniqueKeys(
    r.dates.map((d) => ({
      start: d.start,
      end: d.end,
      key: spanKey(d),
      text: d.text,
      describe: `${d.value ?? d.duration ?? "null"} (${d.granularity}${d.relative ? ", relative" : ""})`,
      fields: {
        value: d.value ?? "",
        granularity: d.granularity,
        relative: d.relative ? "yes" : "no",
        kind: d.kind ?? "",
        duration: d.duration ?? "",
      },
    })),
  );
}

function summary(r: DocResult): string {
  return `${r.entities.length} entities, ${r.quotes.length} quotes, ${r.money.length} amounts, ${r.dates.length} dates`;
}

/** What changed between two runs, per article and category (articles matched by id). */
export function diffResults(oldResults: DocResult[], newResults: DocResult[]): DiffReport {
  const olds = new Map(oldResults.map((r) => [r.id, r]));
  const news = new Map(newResults.map((r) => [r.id, r]));
  const ids = [...new Set([...olds.keys(), ...news.keys()])].sort();
  const articles: ArticleDiff[] = [];
  const totals = Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, { added: 0, lost: 0, changed: 0 }])) as Record<
    DiffCategory,
    { added: number; lost: number; changed: number }
  >;
  for (const id of ids) {
    const o = olds.get(id);
    const n = news.get(id);
    if (!o || !n) {
      const r = (o ?? n) as DocResult;
      articles.push({ id, status: o ? "lost" : "added", summary: summary(r), changes: [] });
      continue;
    }
    const changes = [
      ...diffItems(
        "entities",
        entityItems(o),
        entityItems(n),
        pairEntities(o, n),
        (a, b) => `id: ${a.key} -> ${b.key}`,
      ),
      ...diffItems("mentions", mentionItems(o), mentionItems(n), byOverlap),
      ...diffItems("quotes", quoteItems(o), quoteItems(n), byOverlap),
      ...diffItems("money", moneyItems(o), moneyItems(n), byOverlap),
      ...diffItems("dates", dateItems(o), dateItems(n), byOverlap),
    ];
    const pubChanges = fieldChanges(
      { value: o.published.value ?? "", inferred: String(o.published.inferred) },
      { value: n.published.value ?? "", inferred: String(n.published.inferred) },
    );
    if (pubChanges.length)
      changes.push({
        category: "published",
        change: "changed",
        key: "published",
        text: n.published.value ?? "",
        detail: pubChanges.join("; "),
      });
    for (const c of changes) totals[c.category][c.change]++;
    if (changes.length) articles.push({ id, status: "both", changes });
  }
  return { oldArticles: oldResults.length, newArticles: newResults.length, articles, totals };
}
