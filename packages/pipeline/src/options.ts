import { normalizePublished } from "@newsgraph/core";
import { z } from "zod";

const dayOrDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const day =
    value instanceof Date
      ? normalizePublished(value.getTime())
      : /^\d{4}-\d{2}-\d{2}/.test(value)
        ? normalizePublished(value)
        : null;
  if (!day)
    ctx.addIssue({ code: "custom", message: `expected a date as YYYY-MM-DD or a Date, got ${JSON.stringify(value)}` });
  return day ?? "";
});

export const ExtractOptionsSchema = z
  .object({
    id: z.string().min(1).optional().describe("the article's id in the result; default 'article'"),
    published: dayOrDate.optional().describe("the article's reference date; else read from metadata or inferred"),
    title: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional().describe("where the text came from (a path), kept in the result"),
    maxChars: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("analyse at most this many characters (default 2,000,000); the rest is reported, not read"),
  })
  .strict();
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
export type ResolvedExtractOptions = z.output<typeof ExtractOptionsSchema>;

/** Thrown for misuse of the API (wrong argument types or options), never for the content of a text. */
export class NewsgraphUsageError extends TypeError {
  override name = "NewsgraphUsageError";
}

export function parseOptions<T extends z.ZodType>(schema: T, options: unknown, fn: string): z.output<T> {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join(".") : "options"}: ${i.message}`)
      .join("; ");
    throw new NewsgraphUsageError(`${fn}: invalid options: ${detail}`);
  }
  return parsed.data;
}
