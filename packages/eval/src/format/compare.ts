import type { EvalReport } from "../score/score.js";
import { rowOf } from "../score/score.js";
import type { CategoryKey } from "../score/tally.js";

/** One system's report and the categories it attempts (others print "n/a" rather than a misleading 0). */
export interface ComparedSystem {
  name: string;
  report: EvalReport;
  /** categories the system finds at all (default: every one) */
  categories?: readonly CategoryKey[];
  /** categories whose values it gives (amounts, ISO dates, speakers; default: `categories`) */
  values?: readonly CategoryKey[];
}

interface Line {
  label: string;
  key: CategoryKey;
  what: "f1" | "value";
}

const LINES: Line[] = [
  { label: "entities, mentions: F1", key: "entities", what: "f1" },
  { label: "PERSON", key: "entities.PERSON", what: "f1" },
  { label: "ORG", key: "entities.ORG", what: "f1" },
  { label: "GPE", key: "entities.GPE", what: "f1" },
  { label: "LOC", key: "entities.LOC", what: "f1" },
  { label: "NORP", key: "entities.NORP", what: "f1" },
  { label: "PRODUCT", key: "entities.PRODUCT", what: "f1" },
  { label: "EVENT", key: "entities.EVENT", what: "f1" },
  { label: "entity clusters: F1", key: "clusters", what: "f1" },
  { label: "quotes: F1", key: "quotes", what: "f1" },
  { label: "speakers: F1", key: "speakers", what: "f1" },
  { label: "speakers: named accuracy", key: "speakers", what: "value" },
  { label: "money: F1", key: "money", what: "f1" },
  { label: "money: amount accuracy", key: "money", what: "value" },
  { label: "dates: F1", key: "dates", what: "f1" },
  { label: "dates: ISO value accuracy", key: "dates", what: "value" },
  { label: "publication date: accuracy", key: "published", what: "value" },
];

const two = (x: number | null) => (x === null ? "-" : x.toFixed(2));

function cellOf(system: ComparedSystem, line: Line): string {
  const attempted = line.what === "f1" ? system.categories : (system.values ?? system.categories);
  if (attempted && !attempted.includes(line.key)) return "n/a";
  const row = rowOf(system.report, line.key);
  if (line.what === "value")
    return row.valueChecked ? `${two(row.valueAccuracy)} (${row.valueCorrect}/${row.valueChecked})` : "-";
  if (row.gold + row.predicted === 0) return "-";
  return `${two(row.f1)} (${two(row.precision)}/${two(row.recall)})`;
}

function goldCell(report: EvalReport | undefined, line: Line): string {
  if (!report) return "";
  const row = rowOf(report, line.key);
  return line.what === "f1" ? String(row.gold) : "";
}

/**
 * Systems side by side as a Markdown table: F1 cells read "F1 (precision/recall)", accuracy cells
 * "accuracy (right/checked)", "n/a" where a system does not attempt the category, "-" where nothing was
 * there to score.
 */
export function formatComparison(systems: ComparedSystem[]): string {
  const header = ["", "gold", ...systems.map((s) => s.name)];
  const rows = LINES.map((line) => [
    line.key.startsWith("entities.") ? `  ${line.label}` : line.label,
    goldCell(systems[0]?.report, line),
    ...systems.map((s) => cellOf(s, line)),
  ]);
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    md(header),
    md(header.map((_, i) => (i === 0 ? "---" : "---:"))),
    ...rows.map((r) => md(r.map((c, i) => (i === 0 && c.startsWith("  ") ? `&nbsp;&nbsp;${c.trim()}` : c)))),
  ].join("\n");
}
