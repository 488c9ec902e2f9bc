import { textTable } from "../format/table.js";
import type { TimemlReport } from "./score.js";

const num = (x: number | null) => (x === null ? "-" : x.toFixed(3));
const share = (n: number, d: number) => (d === 0 ? "-" : `${(n / d).toFixed(2)} (${n}/${d})`);

/** The TE3 figures as a plain text table, then recall and value accuracy per gold type. */
export function formatTimeml(report: TimemlReport, options: { title?: string; verbose?: boolean } = {}): string {
  const r = report;
  const lines = [
    options.title ??
      `newsgraph eval --dataset timeml: ${r.documents} document(s), ${r.gold} gold TIMEX3, ${r.predicted} predicted`,
    "",
    ...textTable(
      ["TempEval-3 TIMEX3", "P", "R", "F1", ""],
      [
        [
          "strict span",
          num(r.strict.precision),
          num(r.strict.recall),
          num(r.strict.f1),
          `${r.strictMatched} same extent`,
        ],
        [
          "relaxed span",
          num(r.relaxed.precision),
          num(r.relaxed.recall),
          num(r.relaxed.f1),
          `${r.matched} overlapping`,
        ],
        ["value", "", "", num(r.valueF1), `accuracy ${share(r.valueCorrect, r.matched)}`],
        ["type", "", "", num(r.typeF1), `accuracy ${share(r.typeCorrect, r.matched)}`],
      ],
    ),
    "",
    ...textTable(
      ["gold type", "gold", "recall", "value accuracy", "type accuracy"],
      Object.entries(r.byType)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, t]) => [
          type,
          String(t.gold),
          share(t.found, t.gold),
          share(t.valueCorrect, t.found),
          share(t.typeCorrect, t.found),
        ]),
    ),
  ];
  if (options.verbose) {
    lines.push("");
    for (const f of r.findings) {
      const detail = [
        f.expected !== undefined ? `expected ${f.expected}` : "",
        f.got !== undefined ? `got ${f.got}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(`${f.doc} ${f.start}-${f.end} ${f.kind}: "${f.text.replace(/\s+/g, " ")}" ${detail}`);
    }
  } else {
    const counts = new Map<string, number>();
    for (const f of r.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    if (counts.size)
      lines.push("", `${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")}: --verbose lists them with offsets`);
  }
  return lines.join("\n");
}

/** The same figures as a Markdown table (for README sections). */
export function formatTimemlMarkdown(report: TimemlReport): string {
  const r = report;
  const rows = [
    ["strict span", num(r.strict.precision), num(r.strict.recall), num(r.strict.f1)],
    ["relaxed span", num(r.relaxed.precision), num(r.relaxed.recall), num(r.relaxed.f1)],
    ["value", "", "", `${num(r.valueF1)} (accuracy ${share(r.valueCorrect, r.matched)})`],
    ["type", "", "", `${num(r.typeF1)} (accuracy ${share(r.typeCorrect, r.matched)})`],
  ];
  const types = Object.entries(r.byType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, t]) => [
      type,
      String(t.gold),
      share(t.found, t.gold),
      share(t.valueCorrect, t.found),
      share(t.typeCorrect, t.found),
    ]);
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    md(["TIMEX3", "P", "R", "F1"]),
    md(["---", "---:", "---:", "---:"]),
    ...rows.map(md),
    "",
    md(["gold type", "gold", "recall", "value accuracy", "type accuracy"]),
    md(["---", "---:", "---:", "---:", "---:"]),
    ...types.map(md),
  ].join("\n");
}
