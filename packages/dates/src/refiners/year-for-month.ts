import type { Candidate, Refiner } from "../candidate.js";

const yearless = (c: Candidate) =>
  c.kind === "date" &&
  c.parts.year === undefined &&
  !c.shift &&
  !c.direction &&
  (c.parts.month !== undefined || c.parts.season !== undefined);
const bareYear = (c: Candidate) =>
  c.kind === "date" && c.granularity === "year" && c.parts.year !== undefined && !c.mod && c.parts.month === undefined;

/**
 * A month (or a season) without its year followed by a year that belongs to it: "January nineteen ninety-seven"
 * (one expression, the year spoken: joined), "that January day in 2011", "on May 5 in 2011", "the summer of that
 * year in 1998" (the month takes the year; both stay mentions).
 */
export const yearForMonth: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1];
    if (b && yearless(a) && bareYear(b)) {
      const gap = ctx.text.slice(a.end, b.start);
      if (/^,?[ \t]+(?:of[ \t]+)?$/.test(gap)) {
        out.push({ ...a, end: b.end, via: `${a.via}+year`, parts: { ...a.parts, year: b.parts.year as number } });
        i++;
        continue;
      }
      if (/^[ \t]+(?:day|night|morning|evening|afternoon|week|weekend)?[ \t]*(?:in|of)[ \t]+$/i.test(gap))
        a.parts.year = b.parts.year as number;
    }
    out.push(a);
  }
  return out;
};
