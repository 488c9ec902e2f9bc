import type { DocScore, EvalReport } from "../score/score.js";
import type { CategoryKey, Finding, RowScore } from "../score/tally.js";

const num = (x: number | null) => (x === null ? "-" : x.toFixed(3));

/** What the value column checks, per category (others have none). */
const VALUE_NAME: Partial<Record<CategoryKey, string>> = {
  quotes: "kind",
  speakers: "named",
  money: "amount",
  dates: "ISO",
  published: "date",
};

function valueCell(r: RowScore): string {
  const name = VALUE_NAME[r.key];
  if (!name || r.valueChecked === 0) return name ? `${name} -` : "";
  return `${name} ${num(r.valueAccuracy)} (${r.valueCorrect}/${r.valueChecked})`;
}

/** Lines of a plain text table with columns padded to their widest cell (first column left-aligned). */
export function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

function notes(rows: RowScore[]): string[] {
  const out: string[] = [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const c = byKey.get("clusters");
  if (c && c.gold + c.predicted > 0)
    out.push(
      `entity clusters: ${c.matchedGold}/${c.gold} gold entities found, ${c.matchedPredicted}/${c.predicted} predicted entities right; merges ${c.extra.merges ?? 0} (PERSON+PERSON ${c.extra.mergesPerson ?? 0}), splits ${c.extra.splits ?? 0}`,
    );
  const s = byKey.get("speakers");
  if (s && (s.extra.anonymousChecked ?? 0) > 0)
    out.push(`speakers: anonymous sources right ${s.extra.anonymousCorrect ?? 0}/${s.extra.anonymousChecked}`);
  const p = byKey.get("published");
  if (p && p.valueChecked > 0)
    out.push(
      `publication date: inferred ${p.extra.inferredCorrect ?? 0}/${p.extra.inferredChecked ?? 0} right, given ${p.extra.givenCorrect ?? 0}/${p.extra.givenChecked ?? 0} right`,
    );
  return out;
}

/** The micro-averaged table: one row per category with counts, P, R, F1 and value accuracy. */
export function formatRows(rows: RowScore[]): string[] {
  return [
    ...textTable(
      ["category", "gold", "found", "match", "P", "R", "F1", "value"],
      rows.map((r) => [
        r.label,
        String(r.gold),
        String(r.predicted),
        String(r.matchedGold),
        num(r.precision),
        num(r.recall),
        num(r.f1),
        valueCell(r),
      ]),
    ),
    ...notes(rows),
  ];
}

const PER_DOC: CategoryKey[] = ["entities", "clusters", "quotes", "speakers", "money", "dates", "published"];

function perArticle(docs: DocScore[]): string[] {
  return textTable(
    ["article (F1)", ...PER_DOC.map((k) => (k === "published" ? "pub. date" : k)), ""],
    docs.map((d) => [
      d.doc,
      ...PER_DOC.map((k) => {
        const r = d.rows.find((x) => x.key === k);
        return k === "published" ? (r?.valueChecked ? (r.valueCorrect ? "right" : "wrong") : "-") : num(r?.f1 ?? null);
      }),
      "",
    ]),
  );
}

/** One error as a line: category, kind, offsets, text, and what was expected and got. */
export function formatFinding(f: Finding): string {
  const where = f.category === "published" ? "" : ` [${f.start},${f.end})`;
  const parts = [`${f.category.padEnd(16)} ${f.kind.padEnd(13)}${where} ${JSON.stringify(f.text)}`];
  if (f.expected !== undefined) parts.push(`expected ${f.expected}`);
  if (f.got !== undefined) parts.push(`got ${f.got}`);
  return parts.join("  ");
}

export interface FormatOptions {
  /** per-article breakdown and every miss and false find */
  verbose?: boolean;
  /** first line of the output */
  title?: string;
}

/** The report as plain text: the table, notes, and under `verbose` the per-article breakdown and every finding. */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const lines = [options.title ?? `newsgraph eval: ${report.articles} article(s), micro-averaged`, ""];
  lines.push(...formatRows(report.rows));
  if (options.verbose) {
    lines.push("", "Per article:", ...perArticle(report.docs));
    for (const d of report.docs) {
      if (d.findings.length === 0) continue;
      lines.push("", `${d.doc}: ${d.findings.length} finding(s)`);
      for (const f of d.findings) lines.push(`  ${formatFinding(f)}`);
    }
  } else {
    const n = report.docs.reduce((sum, d) => sum + d.findings.length, 0);
    if (n > 0) lines.push("", `${n} miss(es), false find(s) and wrong values: --verbose lists them with offsets`);
  }
  return lines.join("\n");
}
