import type { Parser } from "../candidate.js";
import { monthYear } from "./month-year.js";
import { decade, year } from "./year.js";

const INNER: readonly Parser[] = [monthYear, decade, year];

/** "mid-June", "mid-2022", "mid-1990s", "early-2023": one token in the parse, a fuzzy part of a date. */
export const midPrefix: Parser = {
  name: "mid-prefix",
  triggers: ["#mid"],
  match(ctx, at) {
    const m = /^(mid|early|late)-/i.exec(ctx.text.slice(at, at + 6));
    if (!m) return null;
    const inner = at + m[0].length;
    for (const p of INNER) {
      const c = p.match(ctx, inner);
      if (c && c.kind === "date") {
        const mod = (m[1] ?? "").toLowerCase() as "mid" | "early" | "late";
        return { ...c, start: at, via: `${mod}-${c.via}`, mod };
      }
    }
    return null;
  },
};
