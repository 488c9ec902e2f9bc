import { z } from "zod";
import { MentionBaseSchema } from "./span.js";

export const MONEY_BOUNDS = ["over", "under", "at_least", "up_to"] as const;
export const MoneyBoundSchema = z.enum(MONEY_BOUNDS);
export type MoneyBound = z.infer<typeof MoneyBoundSchema>;

export const MoneySchema = MentionBaseSchema.extend({
  amount: z.number().nullable().describe("value in units of the currency; for a range, its lower end"),
  currency: z.string().nullable().describe("ISO 4217 code"),
  approximate: z.boolean(),
  bound: MoneyBoundSchema.nullable(),
  per: z.string().nullable().describe("the unit of a per-unit price ('missile')"),
  min: z.number().optional().describe("lower end of a range"),
  max: z.number().optional().describe("upper end of a range"),
  equivalentOf: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("index in `money` of the amount this one states an equivalent of"),
  currencyInferred: z
    .boolean()
    .optional()
    .describe("true when the currency is not written unambiguously but read from usage or the article ('$' as USD)"),
  currencyConfidence: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      "how sure the currency is: 1 when written unambiguously (US$, EUR, euros); for a shared sign or noun ($, dollars) lower, by what decided it: a declaration, the same currency stated elsewhere in the article, the country the article names most, the usual reading alone",
    ),
  modifier: z
    .string()
    .optional()
    .describe("the words that make the amount approximate or a bound, as written ('approximately', 'up to')"),
});
export type Money = z.infer<typeof MoneySchema>;
