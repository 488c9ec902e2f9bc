import type { DocResult } from "@newsgraph/core";
import { z } from "zod";
import { formatProblem } from "../gold/load.js";
import { type ResolvedGold, resolveGold } from "../gold/resolve.js";
import type { Gold } from "../gold/schema.js";
import { DocScoring } from "./context.js";
import { scoreDates, scorePublished } from "./dates.js";
import { nameMentions, scoreClusters, scoreMentions } from "./entities.js";
import { scoreMoney } from "./money.js";
import { scoreQuotes } from "./quotes.js";
import {
  addTally,
  CATEGORY_KEYS,
  type CategoryKey,
  emptyTally,
  FindingSchema,
  RowScoreSchema,
  rowScore,
  type Tally,
  TallySchema,
} from "./tally.js";

export const DocScoreSchema = z.object({
  doc: z.string(),
  rows: z.array(RowScoreSchema).describe("one row per category, in CATEGORY_KEYS order"),
  findings: z.array(FindingSchema),
  warnings: z.array(z.string()).describe("gold problems and suspicious predictions of this article"),
});
export type DocScore = z.infer<typeof DocScoreSchema>;

/**
 * Scores one article: the pipeline's (or a peer's) result against its gold file and text. Pure: the same
 * inputs give the same score. `gold` may be resolved already (resolveGold) to share the work.
 */
export function scoreDoc(result: DocResult, gold: Gold | ResolvedGold, text: string): DocScore {
  const resolved = "ignore" in gold ? gold : resolveGold(gold, text);
  const s = new DocScoring(resolved.gold.doc, text, resolved);
  const preds = nameMentions(result, s);
  scoreMentions(result, s, preds);
  const holders = scoreClusters(result, s, preds);
  scoreQuotes(result, s, holders);
  scoreMoney(result, s);
  scoreDates(result, s);
  scorePublished(result, s);
  s.finish();
  return {
    doc: resolved.gold.doc,
    rows: CATEGORY_KEYS.map((key) => rowScore(key, s.tallies.get(key) ?? emptyTally())),
    findings: s.findings,
    warnings: [...resolved.problems.map(formatProblem), ...s.warnings],
  };
}

/** F1 rows that make the headline (checked by --min-f1 and the baseline). */
export const HEADLINE_F1: readonly CategoryKey[] = ["entities", "clusters", "quotes", "speakers", "money", "dates"];
/** Value accuracies that make the headline (speakers: named speaker accuracy). */
export const HEADLINE_ACCURACY: readonly CategoryKey[] = ["speakers", "money", "dates", "published"];

export const EvalReportSchema = z.object({
  articles: z.number().int().nonnegative(),
  rows: z.array(RowScoreSchema).describe("micro-averaged over the articles: counts summed, then the ratios"),
  headline: z.record(z.string(), z.number().nullable()).describe('"entities.f1", "money.accuracy", ...'),
  docs: z.array(DocScoreSchema),
  warnings: z.array(z.string()),
});
export type EvalReport = z.infer<typeof EvalReportSchema>;

const tallyOf = (row: Tally): Tally => TallySchema.parse(row);

/** Sums per-article scores into one report (micro-average: the counts are summed, then divided). */
export function aggregate(docs: DocScore[], warnings: string[] = []): EvalReport {
  const totals = new Map<CategoryKey, Tally>(CATEGORY_KEYS.map((k) => [k, emptyTally()]));
  for (const d of docs) for (const row of d.rows) addTally(totals.get(row.key) as Tally, tallyOf(row));
  const rows = CATEGORY_KEYS.map((k) => rowScore(k, totals.get(k) as Tally));
  return {
    articles: docs.length,
    rows,
    headline: headlineOf(rows),
    docs,
    warnings: [...warnings, ...docs.flatMap((d) => d.warnings)],
  };
}

function headlineOf(rows: EvalReport["rows"]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const k of HEADLINE_F1) out[`${k}.f1`] = byKey.get(k)?.f1 ?? null;
  for (const k of HEADLINE_ACCURACY) out[`${k}.accuracy`] = byKey.get(k)?.valueAccuracy ?? null;
  return out;
}

export interface ScoreInput {
  result: DocResult;
  gold: Gold | ResolvedGold;
  text: string;
}

/** Scores many articles and averages them: the whole evaluation as one pure function. */
export function scoreAll(items: ScoreInput[], warnings: string[] = []): EvalReport {
  return aggregate(
    items.map((i) => scoreDoc(i.result, i.gold, i.text)),
    warnings,
  );
}

/** The row of a category in a report. */
export function rowOf(report: Pick<EvalReport, "rows">, key: CategoryKey) {
  return report.rows.find((r) => r.key === key) ?? rowScore(key, emptyTally());
}
