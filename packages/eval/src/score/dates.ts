import type { DateMention, DocResult } from "@newsgraph/core";
import type { DocScoring } from "./context.js";
import { matchOneToOne, overlapScore } from "./match.js";

/** The ISO values a predicted date offers: its value, its duration, and its range as "start/end". */
export function dateValues(d: DateMention): string[] {
  const out: string[] = [];
  if (d.value) out.push(d.value);
  if (d.duration) out.push(d.duration);
  if (d.rangeStart && d.rangeEnd) out.push(`${d.rangeStart}/${d.rangeEnd}`);
  return out.map((v) => v.trim().toUpperCase());
}

const shown = (d: DateMention) => dateValues(d).join(" | ") || "null";

/** Dates: spans matched one to one by overlap; value right when one of the predicted values equals the gold ISO. */
export function scoreDates(result: DocResult, s: DocScoring): void {
  const gold = s.gold.dates;
  const pred = result.dates.filter((d) => s.usable(d));
  const pairs = matchOneToOne(gold, pred, overlapScore);
  let checked = 0;
  let correct = 0;
  for (const pair of pairs) {
    const g = gold[pair.gold];
    const p = pred[pair.pred] as DateMention;
    if (!g || g.item.value === null) continue;
    checked++;
    if (dateValues(p).includes(g.item.value.trim().toUpperCase())) correct++;
    else s.find("dates", "wrong-value", g, { expected: g.item.value, got: `${shown(p)} from "${p.text}"` });
  }
  s.add("dates", {
    gold: gold.length,
    predicted: pred.length,
    matchedGold: pairs.length,
    matchedPredicted: pairs.length,
    valueChecked: checked,
    valueCorrect: correct,
  });
  const g = new Set(pairs.map((p) => p.gold));
  const p = new Set(pairs.map((x) => x.pred));
  gold.forEach((d, i) => {
    if (!g.has(i)) s.find("dates", "missed", d, { expected: d.item.value ?? "null" });
  });
  pred.forEach((d, i) => {
    if (!p.has(i)) s.find("dates", "false", d, { got: shown(d) });
  });
}

/**
 * The publication date: right when the result's value is `publishedHint` or one of `publishedAccept`.
 * Counted apart for given (metadata, option) and inferred values. Articles without a hint are not scored.
 */
export function scorePublished(result: DocResult, s: DocScoring): void {
  const hint = s.gold.gold.publishedHint;
  if (!hint) return;
  const accept = new Set([hint, ...(s.gold.gold.publishedAccept ?? [])]);
  const value = result.published.value;
  const ok = value !== null && accept.has(value);
  const how = result.published.inferred ? "inferred" : "given";
  s.add("published", {
    gold: 1,
    predicted: value === null ? 0 : 1,
    matchedGold: ok ? 1 : 0,
    matchedPredicted: ok ? 1 : 0,
    valueChecked: 1,
    valueCorrect: ok ? 1 : 0,
    extra: { [`${how}Checked`]: 1, [`${how}Correct`]: ok ? 1 : 0 },
  });
  if (!ok)
    s.find(
      "published",
      "wrong-value",
      { start: 0, end: 0 },
      {
        text: result.published.evidence ?? "",
        expected: [...accept].join(" or "),
        got: `${value ?? "null"} (${how})`,
      },
    );
}
