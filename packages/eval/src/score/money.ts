import type { DocResult, Money } from "@newsgraph/core";
import type { DocScoring } from "./context.js";
import { matchOneToOne, overlapScore } from "./match.js";

/** Relative tolerance of an amount. */
export const AMOUNT_TOLERANCE = 0.005;

export function sameAmount(pred: number | null, gold: number): boolean {
  if (pred === null) return false;
  return gold === 0 ? pred === 0 : Math.abs(pred - gold) <= AMOUNT_TOLERANCE * Math.abs(gold);
}

const show = (amount: number | null, currency: string | null) => `${amount ?? "?"} ${currency ?? "?"}`;

/**
 * Money: spans matched one to one by overlap; value right when the amount is within 0.5% and the currency is
 * the same (gold amounts of null are not value-checked).
 */
export function scoreMoney(result: DocResult, s: DocScoring): void {
  const gold = s.gold.money;
  const pred = result.money.filter((m) => s.usable(m));
  const pairs = matchOneToOne(gold, pred, overlapScore);
  let checked = 0;
  let correct = 0;
  for (const pair of pairs) {
    const g = gold[pair.gold];
    const p = pred[pair.pred] as Money;
    if (!g || g.item.amount === null) continue;
    checked++;
    const ok =
      sameAmount(p.amount, g.item.amount) && (p.currency ?? "").toUpperCase() === (g.item.currency ?? "").toUpperCase();
    if (ok) correct++;
    else
      s.find("money", "wrong-value", g, {
        expected: show(g.item.amount, g.item.currency),
        got: `${show(p.amount, p.currency)} from "${p.text}"`,
      });
  }
  s.add("money", {
    gold: gold.length,
    predicted: pred.length,
    matchedGold: pairs.length,
    matchedPredicted: pairs.length,
    valueChecked: checked,
    valueCorrect: correct,
  });
  const g = new Set(pairs.map((p) => p.gold));
  const p = new Set(pairs.map((x) => x.pred));
  gold.forEach((m, i) => {
    if (!g.has(i)) s.find("money", "missed", m, { expected: show(m.item.amount, m.item.currency) });
  });
  pred.forEach((m, i) => {
    if (!p.has(i)) s.find("money", "false", m, { got: show(m.amount, m.currency) });
  });
}
