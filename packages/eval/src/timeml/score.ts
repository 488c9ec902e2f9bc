import type { DocResult } from "@newsgraph/core";
import { matchOneToOne, overlapScore } from "../score/match.js";
import type { TmlDocument, TmlTimex } from "./read.js";
import { type PredictedTimex, predictedTimexes } from "./view.js";

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface TimemlFinding {
  doc: string;
  kind: "missed" | "false" | "wrong-value" | "wrong-type" | "extent";
  start: number;
  end: number;
  text: string;
  expected?: string;
  got?: string;
}

export interface TimemlTypeRow {
  /** gold TIMEX3 of this type */
  gold: number;
  /** of those, matched (relaxed) */
  found: number;
  /** of the matched, with the gold value */
  valueCorrect: number;
  /** of the matched, with the gold type */
  typeCorrect: number;
}

export interface TimemlReport {
  documents: number;
  gold: number;
  predicted: number;
  /** pairs matched by overlap (TE3 "relaxed") */
  matched: number;
  /** matched pairs with the same extent (TE3 "strict") */
  strictMatched: number;
  valueCorrect: number;
  typeCorrect: number;
  strict: Prf;
  relaxed: Prf;
  /** of the relaxed matches, the share with the gold value / type */
  valueAccuracy: number | null;
  typeAccuracy: number | null;
  /** TE3's attribute F1: the attribute's accuracy over relaxed matches times the relaxed F1 */
  valueF1: number | null;
  typeF1: number | null;
  byType: Record<string, TimemlTypeRow>;
  findings: TimemlFinding[];
  warnings: string[];
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Scores TIMEX3 the way the TempEval-3 scorer does (rules in packages/eval/README.md, "TimeML"): gold TIMEX3
 * are those inside <TEXT> except the creation time; a predicted TIMEX3 and a gold one match ("relaxed") when
 * their extents overlap, one to one, best aligned first; a match is "strict" when the extents are the same.
 * Value and type are compared as strings over relaxed matches; their F1 is accuracy times the relaxed F1.
 */
export function scoreTimeml(items: { doc: TmlDocument; result: DocResult }[], warnings: string[] = []): TimemlReport {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let strictMatched = 0;
  let valueCorrect = 0;
  let typeCorrect = 0;
  const byType: Record<string, TimemlTypeRow> = {};
  const findings: TimemlFinding[] = [];
  for (const { doc, result } of items) {
    const g: TmlTimex[] = doc.timexes.filter((t) => t.text.trim() !== "");
    const p: PredictedTimex[] = predictedTimexes(result);
    gold += g.length;
    predicted += p.length;
    for (const t of g) byType[t.type] ??= { gold: 0, found: 0, valueCorrect: 0, typeCorrect: 0 };
    for (const t of g) (byType[t.type] as TimemlTypeRow).gold++;
    const pairs = matchOneToOne(g, p, overlapScore);
    const goldMatched = new Set<number>();
    const predMatched = new Set<number>();
    for (const pair of pairs) {
      const gt = g[pair.gold] as TmlTimex;
      const pt = p[pair.pred] as PredictedTimex;
      goldMatched.add(pair.gold);
      predMatched.add(pair.pred);
      matched++;
      const row = byType[gt.type] as TimemlTypeRow;
      row.found++;
      const at = { doc: doc.id, start: gt.start, end: gt.end, text: gt.text };
      if (gt.start === pt.start && gt.end === pt.end) strictMatched++;
      else findings.push({ ...at, kind: "extent", expected: gt.text, got: pt.text });
      if (gt.value === pt.value) {
        valueCorrect++;
        row.valueCorrect++;
      } else
        findings.push({
          ...at,
          kind: "wrong-value",
          expected: `${gt.type} ${gt.value}`,
          got: `${pt.type} ${pt.value} from "${pt.text}"`,
        });
      if (gt.type === pt.type) {
        typeCorrect++;
        row.typeCorrect++;
      } else findings.push({ ...at, kind: "wrong-type", expected: gt.type, got: `${pt.type} from "${pt.text}"` });
    }
    g.forEach((t, i) => {
      if (!goldMatched.has(i))
        findings.push({
          doc: doc.id,
          kind: "missed",
          start: t.start,
          end: t.end,
          text: t.text,
          expected: `${t.type} ${t.value}`,
        });
    });
    p.forEach((t, i) => {
      if (!predMatched.has(i))
        findings.push({
          doc: doc.id,
          kind: "false",
          start: t.start,
          end: t.end,
          text: t.text,
          got: `${t.type} ${t.value}`,
        });
    });
  }
  const relaxed = prf(matched, predicted, gold);
  const valueAccuracy = ratio(valueCorrect, matched);
  const typeAccuracy = ratio(typeCorrect, matched);
  const times = (a: number | null, b: number | null) => (a === null || b === null ? null : a * b);
  return {
    documents: items.length,
    gold,
    predicted,
    matched,
    strictMatched,
    valueCorrect,
    typeCorrect,
    strict: prf(strictMatched, predicted, gold),
    relaxed,
    valueAccuracy,
    typeAccuracy,
    valueF1: times(valueAccuracy, relaxed.f1),
    typeF1: times(typeAccuracy, relaxed.f1),
    byType,
    findings,
    warnings,
  };
}
