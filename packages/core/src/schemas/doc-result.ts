import { z } from "zod";
import { DateMentionSchema } from "./date.js";
import { EntitySchema } from "./entity.js";
import { ConfidenceSchema, ReasonSchema } from "./evidence.js";
import { MoneySchema } from "./money.js";
import { QuoteSchema } from "./quote.js";
import { WarningSchema } from "./span.js";

/** The article's reference date ("document creation time") and where it came from. */
export const PublishedSchema = z.object({
  value: z.string().nullable().describe("YYYY-MM-DD, or null when unknown"),
  inferred: z.boolean().describe("true when read from the text rather than given"),
  evidence: z.string().nullable().describe("where the value came from"),
  confidence: ConfidenceSchema.optional().describe(
    "how sure the value is: 1 when given (option, metadata); from the text, the weight of the evidence that fixed it (a publication label or a dateline more than a weekday-date pair); 0 when there is none",
  ),
  reasons: z
    .array(ReasonSchema)
    .optional()
    .describe(
      "the named evidence behind the value (given:option, publication-label, dateline, date-line, stated-today, weekday-date-pair, later-weekday, year-from-weekday), or why there is none",
    ),
});
export type Published = z.infer<typeof PublishedSchema>;

export const SentenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** Everything found in one article. Field names are a contract read by outside tools: add, never rename. */
export const DocResultSchema = z.object({
  id: z.string(),
  source: z.string().nullable(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  hash: z.string().optional().describe("sha256 of the article's text, for provenance"),
  sourceHash: z.string().optional().describe("sha256 of the whole input file's text, for --resume"),
  published: PublishedSchema,
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  money: z.array(MoneySchema),
  dates: z.array(DateMentionSchema),
  sentences: z.array(SentenceSchema).optional().describe("sentence boundaries, for co-occurrence"),
  warnings: z.array(WarningSchema),
  stats: z
    .object({
      chars: z.number().int(),
      tokens: z.number().int(),
      sentences: z.number().int(),
      ms: z.number().describe("time of the whole extraction"),
      parseMs: z.number().optional().describe("time of the shared wink-nlp pass"),
      compromiseMs: z.number().optional().describe("time extractors spent in compromise views"),
    })
    .optional(),
});
export type DocResult = z.infer<typeof DocResultSchema>;
