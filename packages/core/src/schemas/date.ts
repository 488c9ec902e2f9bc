import { z } from "zod";
import { MentionBaseSchema } from "./span.js";

export const GRANULARITIES = [
  "time",
  "day",
  "week",
  "month",
  "season",
  "quarter",
  "year",
  "decade",
  "century",
  "unknown",
] as const;
export const GranularitySchema = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof GranularitySchema>;

export const DATE_KINDS = ["date", "range", "duration", "set"] as const;

/** Fuzzy parts and boundaries of a date: "early 2023", "mid-June", "later this month", "the end of May". */
export const DATE_MODS = ["early", "mid", "late", "earlier", "later", "start", "end", "middle", "rest"] as const;

export const DateMentionSchema = MentionBaseSchema.extend({
  value: z
    .string()
    .nullable()
    .describe(
      "ISO 8601 at the expression's granularity (2023-05-21, 2023-05, 2023-W21, 2023-Q2, 2020s); null when unresolved",
    ),
  granularity: GranularitySchema,
  relative: z.boolean().describe("true when the value depends on the reference date"),
  kind: z.enum(DATE_KINDS).optional(),
  rangeStart: z.string().nullable().optional().describe("for ranges: ISO value of the first end"),
  rangeEnd: z.string().nullable().optional().describe("for ranges: ISO value of the last end"),
  duration: z.string().nullable().optional().describe("for durations: ISO 8601 duration (P3W)"),
  note: z.string().optional().describe("how the value was chosen, where not obvious"),
  mod: z
    .enum(DATE_MODS)
    .optional()
    .describe("a fuzzy part or boundary of the value: early 2023, mid-June, late January, the end of May"),
  partial: z
    .string()
    .optional()
    .describe(
      "when value is null for want of a reference date: what the text does fix, TIMEX3-style with X for the unknown (XXXX-07-11, XXXX-WXX-1)",
    ),
});
export type DateMention = z.infer<typeof DateMentionSchema>;
