import type { Refiner } from "../candidate.js";

const WEEK_OF = /(?:^|[^\p{L}])((?:the\s+)?week\s+of\s+)$/iu;

/** "the week of March 6": the week holding that day. */
export const readWeekOf: Refiner = (candidates, ctx) => {
  for (const c of candidates) {
    if (c.kind !== "date" || c.granularity !== "day" || c.parts.day === undefined) continue;
    const m = WEEK_OF.exec(ctx.text.slice(Math.max(0, c.start - 16), c.start));
    if (!m?.[1]) continue;
    c.start -= m[1].length;
    c.granularity = "week";
    c.weekOf = true;
    c.via = `week-of+${c.via}`;
  }
  return candidates;
};
