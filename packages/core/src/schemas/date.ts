import { z } from "zod";
import { ConfidenceSchema, ReasonSchema } from "./evidence.js";
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

/** TimeML's TIMEX3 types (ISO-TimeML, TimeML 1.2.1). */
export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;
/** TimeML's `mod` values: points' fuzzy parts and bounds of quantities. */
export const TIMEX_MODS = [
  "START",
  "MID",
  "END",
  "APPROX",
  "BEFORE",
  "AFTER",
  "ON_OR_BEFORE",
  "ON_OR_AFTER",
  "LESS_THAN",
  "MORE_THAN",
  "EQUAL_OR_LESS",
  "EQUAL_OR_MORE",
] as const;

/**
 * The expression as a TimeML TIMEX3 would annotate it, so that output can be scored against any TimeML corpus
 * (TimeBank, TempEval-3, MEANTIME). The value follows TimeML's grammar, which differs from our `value` in places.
 */
export const TimexSchema = z
  .object({
    type: z
      .enum(TIMEX_TYPES)
      .describe(
        "DATE (a calendar point or period: a day, week, month, quarter, year, decade), TIME (a time of day, a part of a day), DURATION (a length: three weeks), SET (a recurrence: every Monday)",
      ),
    value: z
      .string()
      .describe(
        "TIMEX3 value: ISO 8601 like ours for days, months, weeks, quarters, seasons, times (2023-05-21, 2013-Q1, 2024-SU, 2023-05-22T09:00, with the zone offset when stated: T09:00-05:00); a decade as its first three digits (199, where our value says 1990s); parts of a day as TMO/TAF/TEV/TNI (2023-05-19TAF); durations P3W, PT2H, PXY (an unknown count); PRESENT_REF, PAST_REF, FUTURE_REF for now, the past, the future; X for what is unknown (XXXX-WI: a winter of no stated year; XXXX-WXX-1: a Monday); sets as the pattern of one occurrence (XXXX-WXX-1, XXXX-XX-XXTMO) or their period (P1Y)",
      ),
    mod: z
      .enum(TIMEX_MODS)
      .optional()
      .describe("a fuzzy part (START early, MID, END late) or a bound (APPROX about, MORE_THAN, LESS_THAN ...)"),
    anchor: z
      .string()
      .optional()
      .describe(
        "what the value was counted from (TimeML anchorTimeID): DCT (the reference date) or the value of the expression named before",
      ),
    quant: z.string().optional().describe("sets: the quantifier as TimeML writes it (EVERY, EACH)"),
    freq: z.string().optional().describe("sets: how often per period (2X in twice a year)"),
  })
  .describe("the TimeML TIMEX3 reading of the expression");
export type Timex = z.infer<typeof TimexSchema>;

/** A TIMEX3 with its own span: each end of a range ("from 1990 to 1995" is two TIMEX3 in TimeML). */
export const TimexSpanSchema = TimexSchema.extend({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type TimexSpan = z.infer<typeof TimexSpanSchema>;

export const DateMentionSchema = MentionBaseSchema.extend({
  value: z
    .string()
    .nullable()
    .describe(
      "our value: ISO 8601 at the expression's granularity (2023-05-21, 2023-05, 2023-W21, 2023-Q2, 2020s); for durations and sets their ISO duration or pattern, for ranges start/end; null when unresolved (the TimeML reading is in `timex`)",
    ),
  granularity: GranularitySchema,
  relative: z.boolean().describe("true when the value depends on the reference date"),
  kind: z.enum(DATE_KINDS).optional(),
  rangeStart: z.string().nullable().optional().describe("for ranges: ISO value of the first end"),
  rangeEnd: z.string().nullable().optional().describe("for ranges: ISO value of the last end"),
  duration: z
    .string()
    .nullable()
    .optional()
    .describe(
      "for durations: ISO 8601 duration (P3W); for sets the period; for a date counted from another (two years ago, three days later) the length counted (P2Y)",
    ),
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
  timex: TimexSchema.optional().describe(
    "the TimeML TIMEX3 reading of the span (type, value in TimeML's grammar, mod, anchor); absent where TimeML marks other extents (`timexes`)",
  ),
  timexes: z
    .array(TimexSpanSchema)
    .optional()
    .describe(
      "where TimeML marks other extents than ours, the TIMEX3 it marks, each with its span: the two ends of a range (from 1990 to 1995), the duration inside an anchored expression (three days in three days later)",
    ),
  confidence: ConfidenceSchema.optional(),
  evidence: z
    .array(ReasonSchema)
    .optional()
    .describe("the rules that recognized the expression and decided its value (parser, refiners, anchor, tense cue)"),
});
export type DateMention = z.infer<typeof DateMentionSchema>;
