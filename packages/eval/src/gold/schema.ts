import { DATE_KINDS, EntityTypeSchema, QuoteKindSchema } from "@newsgraph/core";
import { z } from "zod";

/** A calendar day, YYYY-MM-DD. */
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
/** An exact stretch of the article's text (scored at each of its occurrences). */
const SurfaceSchema = z.string().min(1, "expected a non-empty string of the article");
/** An exact stretch of the article by offsets (UTF-16, end exclusive): for gold converted from corpora that give them. */
export const GoldSpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, "expected end > start");
export type GoldSpan = z.infer<typeof GoldSpanSchema>;
const SpansSchema = z
  .array(GoldSpanSchema)
  .min(1)
  .optional()
  .describe("exactly these occurrences, by offsets (no string search); for gold converted from other corpora");

export const GoldEntitySchema = z.object({
  canonical: z.string().min(1).describe("the fullest well-formed name"),
  type: EntityTypeSchema,
  mentions: z.array(SurfaceSchema).min(1).describe("every surface form used in the article, as written"),
  roles: z.array(z.string()).optional().describe('"Title of Organization/Country" (not scored)'),
  spans: SpansSchema,
  note: z.string().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldQuoteSchema = z.object({
  text: SurfaceSchema.describe("what lies inside the marks (for indirect speech: the reported clause)"),
  speaker: z
    .string()
    .min(1)
    .nullable()
    .describe("canonical name of a gold entity, the anonymous source's words, or null"),
  kind: QuoteKindSchema,
  anonymous: z.boolean().optional().describe("true: the speaker is an unnamed source"),
  debatable: z.boolean().optional().describe("true: not scored either way"),
  note: z.string().optional(),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export const GoldMoneySchema = z.object({
  text: SurfaceSchema,
  amount: z.number().nullable().describe("in units of the currency"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as USD")
    .nullable(),
  approx: z.boolean().optional(),
  per: z.string().nullable().optional(),
  note: z.string().optional(),
});
export type GoldMoney = z.infer<typeof GoldMoneySchema>;

export const GoldDateSchema = z.object({
  text: SurfaceSchema,
  value: z.string().min(1).nullable().describe("ISO 8601 at the expression's granularity, or an ISO duration"),
  relative: z.boolean().optional(),
  kind: z.enum(DATE_KINDS).optional(),
  spans: SpansSchema,
  note: z.string().optional(),
});
export type GoldDate = z.infer<typeof GoldDateSchema>;

/** One annotated article: `<doc>.gold.json` (format in design.md, conventions in fixtures/GUIDELINES.md). */
export const GoldSchema = z.object({
  doc: z.string().min(1).describe("the article's id: its file name without extension"),
  publishedHint: DaySchema.nullable().optional(),
  publishedReason: z.string().optional(),
  publishedAccept: z.array(DaySchema).optional(),
  ignoreSpans: z.array(SurfaceSchema).optional().describe("boilerplate of the article: nothing inside is scored"),
  ignoreRanges: z
    .array(GoldSpanSchema)
    .optional()
    .describe("stretches by offsets where nothing is scored (as ignoreSpans, for gold converted from other corpora)"),
  entities: z.array(GoldEntitySchema),
  quotes: z.array(GoldQuoteSchema),
  money: z.array(GoldMoneySchema),
  dates: z.array(GoldDateSchema),
  note: z.string().optional(),
});
export type Gold = z.infer<typeof GoldSchema>;

/** The field names each object of a gold file may carry; anything else is reported as a likely typo. */
export const GOLD_KNOWN_KEYS = {
  "": Object.keys(GoldSchema.shape),
  entities: Object.keys(GoldEntitySchema.shape),
  quotes: Object.keys(GoldQuoteSchema.shape),
  money: Object.keys(GoldMoneySchema.shape),
  dates: Object.keys(GoldDateSchema.shape),
} as const;
