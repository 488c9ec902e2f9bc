import { type DocResult, DocResultSchema, EntityTypeSchema, entityId } from "@newsgraph/core";
import { z } from "zod";
import { granularityOf } from "./gold/to-result.js";

const PeerSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** What a plain peer library finds in one article, as spans with offsets into the article's text. */
export const PeerFindingsSchema = z.object({
  id: z.string(),
  entities: z.array(PeerSpanSchema.extend({ type: EntityTypeSchema })).default([]),
  quotes: z.array(PeerSpanSchema).default([]),
  money: z
    .array(
      PeerSpanSchema.extend({
        amount: z.number().nullable().default(null),
        currency: z.string().nullable().default(null),
      }),
    )
    .default([]),
  dates: z.array(PeerSpanSchema.extend({ value: z.string().nullable().default(null) })).default([]),
  published: z.string().nullable().default(null),
});
export type PeerFindings = z.input<typeof PeerFindingsSchema>;

/**
 * A peer's findings written as a DocResult, so that one scorer serves every system. Entities are clustered
 * the plain way (one entity per distinct type and exact text); quotes are direct with no speaker; spans
 * outside the text or empty are dropped; the text of every span is taken from the article.
 */
export function peerDocResult(findings: PeerFindings, text: string): DocResult {
  const f = PeerFindingsSchema.parse(findings);
  const ok = (s: { start: number; end: number }) => s.start < s.end && s.end <= text.length;
  const span = (s: { start: number; end: number }) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  });
  const entities = new Map<string, DocResult["entities"][number]>();
  for (const e of f.entities.filter(ok)) {
    const name = text.slice(e.start, e.end).replace(/\s+/g, " ").trim();
    const id = entityId(e.type, name);
    const entity = entities.get(id) ?? { id, type: e.type, name, aliases: [], roles: [], mentions: [] };
    if (!entity.mentions.some((m) => m.start === e.start && m.end === e.end))
      entity.mentions.push({ ...span(e), via: "name" });
    entities.set(id, entity);
  }
  return DocResultSchema.parse({
    id: f.id,
    source: null,
    published: { value: f.published, inferred: true, evidence: null },
    entities: [...entities.values()],
    quotes: f.quotes.filter(ok).map((q) => ({ ...span(q), kind: "direct", speaker: null, cue: null })),
    money: f.money.filter(ok).map((m) => ({
      ...span(m),
      amount: m.amount,
      currency: m.currency,
      approximate: false,
      bound: null,
      per: null,
    })),
    dates: f.dates.filter(ok).map((d) => ({
      ...span(d),
      value: d.value,
      granularity: granularityOf(d.value),
      relative: false,
    })),
    warnings: [],
  });
}
