import { z } from "zod";
import { WarningSchema } from "../schemas/span.js";

export const INPUT_KINDS = ["txt", "md", "html", "json"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** One stretch of prepared text copied from `sourceStart` of the original file. */
export interface SourceSegment {
  textStart: number;
  sourceStart: number;
  length: number;
}

export const PreparedArticleSchema = z.object({
  id: z.string(),
  source: z.string().nullable(),
  kind: z.enum(INPUT_KINDS),
  text: z.string().describe("the text every offset indexes"),
  title: z.string().nullable(),
  published: z.string().nullable().describe("YYYY-MM-DD from the input's metadata, if any"),
  url: z.string().nullable(),
  warnings: z.array(WarningSchema),
});
/**
 * An article ready for parsing. For .txt and .md, `text` is the file's text as read (markdown syntax is
 * blanked out with spaces, so offsets index the file unchanged); for .html, `segments` maps back to the source.
 */
export type PreparedArticle = z.infer<typeof PreparedArticleSchema> & { segments?: SourceSegment[] };
