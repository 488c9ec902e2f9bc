import { z } from "zod";
import { MentionBaseSchema, SpanSchema } from "./span.js";

export const QUOTE_KINDS = ["direct", "partial", "indirect", "scare", "title"] as const;
export const QuoteKindSchema = z.enum(QUOTE_KINDS);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const SpeakerSchema = z.object({
  id: z.string().nullable().describe("entity id of the speaker; null for an anonymous or unresolved source"),
  name: z.string().describe("the speaker's canonical name, or the anonymous description ('the source')"),
  via: z.enum(["name", "pronoun", "role", "anonymous"]).optional().describe("how the speaker was found"),
  mention: SpanSchema.optional().describe("the words that name the speaker near the quote"),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** A quotation; its span is the text inside the marks (for indirect speech, the reported clause). */
export const QuoteSchema = MentionBaseSchema.extend({
  kind: QuoteKindSchema,
  speaker: SpeakerSchema.nullable(),
  cue: z.string().nullable().describe("the speech verb or phrase, e.g. 'said', 'according to'"),
  cueSpan: SpanSchema.optional(),
  parts: z.array(SpanSchema).optional().describe("the pieces of a quote broken by its attribution"),
});
export type Quote = z.infer<typeof QuoteSchema>;
