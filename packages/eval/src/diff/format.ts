import { clip } from "../text.js";
import { type ArticleDiff, type Change, DIFF_CATEGORIES, type DiffReport } from "./diff.js";

const SIGN: Record<Change["change"], string> = { added: "+", lost: "-", changed: "!" };

/** "+2 -1 ~3", leaving out zeros; "" when nothing changed. */
function counts(t: { added: number; lost: number; changed: number }): string {
  const parts: string[] = [];
  if (t.added) parts.push(`+${t.added}`);
  if (t.lost) parts.push(`-${t.lost}`);
  if (t.changed) parts.push(`~${t.changed}`);
  return parts.join(" ");
}

function cell(changes: Change[], category: string): string {
  const mine = changes.filter((c) => c.category === category);
  const n = (k: Change["change"]) => mine.filter((c) => c.change === k).length;
  return counts({ added: n("added"), lost: n("lost"), changed: n("changed") });
}

function changeLine(c: Change): string {
  const text = c.category === "entities" || c.category === "published" ? "" : ` ${JSON.stringify(clip(c.text, 60))}`;
  const key = c.category === "published" ? "" : ` ${c.key}`;
  return `${SIGN[c.change]} ${c.category.padEnd(9)}${key}${text}  ${c.detail}`;
}

export interface DiffFormatOptions {
  oldName?: string;
  newName?: string;
  /** lines listed per article before "... and N more" (default 200) */
  maxLines?: number;
}

/**
 * The diff as Markdown for a pull request: a summary table (per article and category: +added -lost ~changed)
 * and, per changed article, a ```diff block (+ added, - lost, ! changed with old -> new).
 */
export function formatDiff(report: DiffReport, options: DiffFormatOptions = {}): string {
  const maxLines = options.maxLines ?? 200;
  const oldName = options.oldName ?? "old";
  const newName = options.newName ?? "new";
  const lines = [
    "## newsgraph diff",
    "",
    `\`${oldName}\` (${report.oldArticles} articles) -> \`${newName}\` (${report.newArticles} articles): ${
      report.articles.length === 0 ? "no differences" : `${report.articles.length} article(s) differ`
    }`,
  ];
  if (report.articles.length === 0) return lines.join("\n");
  lines.push(
    "",
    `| article | ${DIFF_CATEGORIES.join(" | ")} |`,
    `| --- | ${DIFF_CATEGORIES.map(() => "---").join(" | ")} |`,
  );
  for (const a of report.articles) {
    const cells = a.status === "both" ? DIFF_CATEGORIES.map((c) => cell(a.changes, c)) : DIFF_CATEGORIES.map(() => "");
    const label = a.status === "both" ? a.id : `${a.id} (${a.status === "added" ? "new article" : "article gone"})`;
    lines.push(`| ${label} | ${cells.join(" | ")} |`);
  }
  const total = (c: (typeof DIFF_CATEGORIES)[number]) => {
    const t = report.totals[c];
    return t ? counts(t) : "";
  };
  lines.push(`| **total** | ${DIFF_CATEGORIES.map(total).join(" | ")} |`);
  for (const a of report.articles) lines.push("", ...articleBlock(a, maxLines));
  return lines.join("\n");
}

function articleBlock(a: ArticleDiff, maxLines: number): string[] {
  if (a.status !== "both")
    return [
      `### ${a.id}`,
      "",
      `${a.status === "added" ? "Only in the new file" : "Only in the old file"}: ${a.summary}`,
    ];
  const shown = a.changes.slice(0, maxLines).map(changeLine);
  if (a.changes.length > maxLines) shown.push(`  ... and ${a.changes.length - maxLines} more`);
  return [`### ${a.id}`, "", "```diff", ...shown, "```"];
}
