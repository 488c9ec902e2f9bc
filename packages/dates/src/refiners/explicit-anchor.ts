import type { Candidate, Refiner } from "../candidate.js";

/** The words between a count and the date it is counted from: "60 years on from 1945", "two days after May 5". */
const BETWEEN = /^[ \t]+(?:(?:from|since|after|before)[ \t]+)?(?:the[ \t]+)?$/i;

/**
 * A date counted from a date stated right after it ("60 years on from 1945", "three days before May 5",
 * "a year after 2001") is counted from that date, not from the one named before.
 */
export const linkExplicitAnchors: Refiner = (candidates, ctx) => {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    if (a.via !== "count-later" || a.shift?.anchor !== "previous" || b.kind !== "date") continue;
    const gap = ctx.text.slice(a.end, b.start);
    if (gap.includes("\n") || !BETWEEN.test(gap)) continue;
    // "on" needs its "from": "60 years on 1945" is not English
    if (/\son$/i.test(ctx.text.slice(a.start, a.end)) && !/from|since/i.test(gap)) continue;
    if (
      !/\s(?:on|after|before|later|earlier)$/i.test(ctx.text.slice(a.start, a.end)) &&
      !/from|since|after|before/i.test(gap)
    )
      continue;
    a.anchorTo = b;
  }
  return candidates;
};
