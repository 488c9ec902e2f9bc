import { ENTITY_TYPES } from "@newsgraph/core";
import { z } from "zod";

/** The rows of the evaluation table, in their order. */
export const CATEGORY_KEYS = [
  "entities",
  ...ENTITY_TYPES.map((t) => `entities.${t}` as const),
  "entities.untyped",
  "clusters",
  "quotes",
  "quotes.indirect",
  "speakers",
  "money",
  "dates",
  "published",
] as const;
export const CategoryKeySchema = z.enum(CATEGORY_KEYS);
export type CategoryKey = z.infer<typeof CategoryKeySchema>;

export const CATEGORY_LABELS: Record<CategoryKey, string> = {
  entities: "entities (mentions)",
  "entities.PERSON": "  PERSON",
  "entities.ORG": "  ORG",
  "entities.GPE": "  GPE",
  "entities.LOC": "  LOC",
  "entities.NORP": "  NORP",
  "entities.PRODUCT": "  PRODUCT",
  "entities.EVENT": "  EVENT",
  "entities.untyped": "  span only, any type",
  clusters: "entity clusters",
  quotes: "quotes",
  "quotes.indirect": "  indirect",
  speakers: "speakers",
  money: "money",
  dates: "dates",
  published: "publication date",
};

/**
 * Counts of one category in one article (or summed over articles: micro-averaging). `matchedGold` and
 * `matchedPredicted` differ only for entity clusters, where one predicted entity may hold two gold ones.
 */
export const TallySchema = z.object({
  gold: z.number().int().nonnegative(),
  predicted: z.number().int().nonnegative(),
  matchedGold: z.number().int().nonnegative().describe("gold items found (recall's numerator)"),
  matchedPredicted: z.number().int().nonnegative().describe("predicted items that are right (precision's numerator)"),
  valueChecked: z.number().int().nonnegative().describe("matched items whose value was checked"),
  valueCorrect: z.number().int().nonnegative(),
  extra: z.record(z.string(), z.number()).describe("category-specific counts (merges, anonymous speakers, ...)"),
});
export type Tally = z.infer<typeof TallySchema>;

export function emptyTally(): Tally {
  return { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, valueChecked: 0, valueCorrect: 0, extra: {} };
}

export function addTally(into: Tally, t: Tally): Tally {
  into.gold += t.gold;
  into.predicted += t.predicted;
  into.matchedGold += t.matchedGold;
  into.matchedPredicted += t.matchedPredicted;
  into.valueChecked += t.valueChecked;
  into.valueCorrect += t.valueCorrect;
  for (const [k, v] of Object.entries(t.extra)) into.extra[k] = (into.extra[k] ?? 0) + v;
  return into;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export const RowScoreSchema = TallySchema.extend({
  key: CategoryKeySchema,
  label: z.string(),
  precision: z.number().nullable().describe("null when nothing was predicted"),
  recall: z.number().nullable().describe("null when the gold holds nothing"),
  f1: z.number().nullable().describe("null when both gold and predictions are empty; 0 when either is"),
  valueAccuracy: z.number().nullable().describe("valueCorrect / valueChecked; null when nothing was checked"),
});
export type RowScore = z.infer<typeof RowScoreSchema>;

/** Precision, recall, F1 and value accuracy of a tally. */
export function rowScore(key: CategoryKey, t: Tally): RowScore {
  const precision = ratio(t.matchedPredicted, t.predicted);
  const recall = ratio(t.matchedGold, t.gold);
  const f1 =
    t.gold + t.predicted === 0 ? null : precision && recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    key,
    label: CATEGORY_LABELS[key],
    ...t,
    extra: { ...t.extra },
    precision,
    recall,
    f1,
    valueAccuracy: ratio(t.valueCorrect, t.valueChecked),
  };
}

export const FINDING_KINDS = [
  "missed",
  "false",
  "wrong-type",
  "wrong-value",
  "wrong-kind",
  "wrong-speaker",
  "split",
  "merge",
] as const;

/** One error, with where it is: a missed gold item, a false find, or a matched item with a wrong value. */
export const FindingSchema = z.object({
  doc: z.string(),
  category: CategoryKeySchema,
  kind: z.enum(FINDING_KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  expected: z.string().optional(),
  got: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
