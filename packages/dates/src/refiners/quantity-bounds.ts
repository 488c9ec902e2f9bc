import type { Candidate, Refiner } from "../candidate.js";

/**
 * "nearly two years", "more than an hour", "at least 30 days", "about a decade ago": the bound or approximation
 * before a length, as TimeML's mod; TimeML's extent takes the words in, ours keeps them out (as for money: the
 * span is the quantity).
 */
const BOUND =
  /(?:^|[^\p{L}\p{N}'’-])((nearly|almost|about|around|roughly|approximately|some|more\s+than|over|at\s+least|less\s+than|under|up\s+to|no\s+more\s+than|no\s+less\s+than|within)\s+)$/iu;

const MOD: Record<string, NonNullable<Candidate["quantMod"]>> = {
  nearly: "LESS_THAN",
  almost: "LESS_THAN",
  about: "APPROX",
  around: "APPROX",
  roughly: "APPROX",
  approximately: "APPROX",
  some: "APPROX",
  "more than": "MORE_THAN",
  over: "MORE_THAN",
  "at least": "EQUAL_OR_MORE",
  "no less than": "EQUAL_OR_MORE",
  "less than": "LESS_THAN",
  under: "LESS_THAN",
  "up to": "EQUAL_OR_LESS",
  "no more than": "EQUAL_OR_LESS",
  within: "EQUAL_OR_LESS",
};

const isLength = (c: Candidate) => c.kind === "duration" || c.via === "ago" || c.via === "count-later";

export const readQuantityBounds: Refiner = (candidates, ctx) => {
  let floor = 0;
  for (const c of candidates) {
    if (isLength(c) && !c.quantMod) {
      const from = Math.max(floor, c.start - 20);
      const m = BOUND.exec(ctx.text.slice(from, c.start));
      if (m?.[1] && m[2]) {
        c.quantMod = MOD[m[2].toLowerCase().replace(/\s+/g, " ")] ?? "APPROX";
        const start = c.start - m[1].length;
        // "about two years ago": TimeML reads a bounded count as the length (DURATION), "ago" and all
        const type = c.kind === "duration" || c.via === "ago" ? "DURATION" : "DATE";
        const tx = c.timexSpan ?? { start: c.start, end: c.end, type };
        c.timexSpan = { ...tx, start };
      }
    }
    floor = c.end;
  }
  return candidates;
};
