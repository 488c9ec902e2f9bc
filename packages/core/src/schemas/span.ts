import { z } from "zod";

/** A stretch of the article's text: UTF-16 offsets, `text === article.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative().describe("UTF-16 offset of the first character"),
  end: z.number().int().nonnegative().describe("UTF-16 offset one past the last character"),
  text: z.string().describe("the exact characters between start and end"),
});
export type Span = z.infer<typeof SpanSchema>;

/** Every mention may say which sentence (index into the parse's sentences) it stands in. */
export const MentionBaseSchema = SpanSchema.extend({
  sentence: z.number().int().nonnegative().optional().describe("index of the sentence holding the mention"),
});
export type MentionBase = z.infer<typeof MentionBaseSchema>;

/** A problem worth telling the caller about; results carry these instead of throwing. */
export const WarningSchema = z.object({
  code: z.string().describe("stable machine-readable code, e.g. 'empty-text'"),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;
