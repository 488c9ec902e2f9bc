import { z } from "zod";
import { GranularitySchema } from "./date.js";
import { PublishedSchema } from "./doc-result.js";
import { EntityTypeSchema, RoleSchema } from "./entity.js";
import { QuoteKindSchema } from "./quote.js";

/** Where a node or edge was seen: a document and, where it applies, a character span in it. */
export const EvidenceSchema = z.object({
  doc: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  text: z.string().optional(),
  sentence: z.number().int().nonnegative().optional().describe("index of the sentence in the document"),
  local: z.string().optional().describe("the article's own id of the entity this span belongs to"),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const GraphRoleSchema = z.object({
  title: z.string(),
  of: z.string().nullable(),
  docs: z.array(z.string()).describe("articles stating the role"),
  dates: z.array(z.string()).describe("publication dates of those articles, where known"),
});

const nodeBase = { id: z.string(), evidence: z.array(EvidenceSchema) };

export const DocumentNodeSchema = z.object({
  ...nodeBase,
  kind: z.literal("Document"),
  source: z.string().nullable(),
  title: z.string().nullable(),
  published: PublishedSchema,
  sentences: z
    .array(z.object({ index: z.number().int().nonnegative(), start: z.number().int(), end: z.number().int() }))
    .optional()
    .describe("spans of the sentences that hold co-occurring mentions (the evidence of CO_OCCURS edges)"),
});
export const EntityNodeSchema = z.object({
  ...nodeBase,
  kind: z.literal("Entity"),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(GraphRoleSchema),
  mergedBy: z.array(z.string()).describe("why mentions from several articles were joined into this node"),
  wikidata: z
    .string()
    .optional()
    .describe("the Wikidata item (Q...) of the entity, where the alias table or the place table gives one"),
  locals: z
    .array(
      z.object({
        doc: z.string(),
        id: z.string().describe("the entity's id in that article"),
        type: EntityTypeSchema.optional().describe(
          "the type that article gave the entity, where it differs from the node's (names typed differently joined)",
        ),
        name: z.string(),
        aliases: z.array(z.string()),
        roles: z.array(RoleSchema),
      }),
    )
    .optional()
    .describe("the article-level entities joined into this node, as each article named them"),
});
export const QuoteNodeSchema = z.object({
  ...nodeBase,
  kind: z.literal("Quote"),
  text: z.string(),
  quoteKind: QuoteKindSchema,
  cue: z.string().nullable(),
  speaker: z.string().nullable().describe("speaker's name as given, also for anonymous sources"),
  speakerLocal: z.string().nullable().optional().describe("the speaker's entity id in the quote's article"),
});
export const AmountNodeSchema = z.object({
  ...nodeBase,
  kind: z
    .literal("Amount")
    .describe(
      "one article's statement of an amount (id amount:<doc>:<currency>:<value>), or one node for several articles stating the same amount about the same entities (id amount:<currency>:<value>:about-<hash>)",
    ),
  text: z.string(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  per: z.string().nullable().optional().describe("the unit of a per-unit price"),
});
export const DatePointNodeSchema = z.object({
  ...nodeBase,
  kind: z.literal("DatePoint"),
  value: z.string(),
  granularity: GranularitySchema,
});
export const DurationNodeSchema = z
  .object({
    ...nodeBase,
    kind: z.literal("Duration"),
    text: z.string(),
    value: z.string().describe("ISO 8601 duration (P18M, P3W, PT2H)"),
    granularity: GranularitySchema,
  })
  .describe("a length of time an article states: an observation of that article, not a point on the calendar");
export const RoleNodeSchema = z.object({
  ...nodeBase,
  kind: z.literal("Role"),
  title: z.string(),
  of: z.string().nullable(),
  ofId: z.string().nullable().optional().describe("the Entity node of `of`, where resolved"),
});

export const GraphNodeSchema = z.discriminatedUnion("kind", [
  DocumentNodeSchema,
  EntityNodeSchema,
  QuoteNodeSchema,
  AmountNodeSchema,
  DatePointNodeSchema,
  RoleNodeSchema,
  DurationNodeSchema,
]);
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const EDGE_TYPES = ["MENTIONS", "SAID", "HAS_ROLE", "REPORTS", "CO_OCCURS", "ABOUT"] as const;
export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: z.enum(EDGE_TYPES),
  from: z.string(),
  to: z.string(),
  weight: z.number().describe("how many times the edge was seen"),
  evidence: z.array(EvidenceSchema),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphSchema = z.object({
  version: z.literal(1),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});
export type Graph = z.infer<typeof GraphSchema>;
