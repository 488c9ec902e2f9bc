import type { Refiner } from "../candidate.js";

// between the first amount (with its "per" tail) and the second (with its modifiers)
const LINKS = [
  /^[ \u00a0]*[([][ \u00a0]*(?:or[ \u00a0]+)?(?:(?:the[ \u00a0]+)?equivalent[ \u00a0]+(?:to|of)[ \u00a0]+)?$/i,
  /^[ \u00a0]*,[ \u00a0]*(?:or[ \u00a0]+)?(?:(?:the[ \u00a0]+)?equivalent[ \u00a0]+(?:to|of)[ \u00a0]+)?$/i,
  /^[ \u00a0]*[—–][ \u00a0]*(?:or[ \u00a0]+)?(?:(?:the[ \u00a0]+)?equivalent[ \u00a0]+(?:to|of)[ \u00a0]+)?$/i,
  /^[ \u00a0]+or[ \u00a0]+(?:(?:the[ \u00a0]+)?equivalent[ \u00a0]+(?:to|of)[ \u00a0]+)?$/i,
];

/**
 * Stated equivalents: "520 billion Korean won (approximately $377 million)", "C$500 million ($370 million)",
 * "€10 million, or about $11 million". The second amount is linked to the first here; the link holds only if
 * the currencies differ once resolved (checked after currency resolution). A bare comma links only when the
 * second amount is approximate ("A, about B"); otherwise "A, B" is a list.
 */
export const linkEquivalents: Refiner = {
  name: "link-equivalents",
  refine(candidates, { text }) {
    for (let i = 1; i < candidates.length; i++) {
      const a = candidates[i - 1];
      const b = candidates[i];
      if (!a || !b || a.outerEnd > b.outerStart) continue;
      const gap = text.slice(a.outerEnd, b.outerStart);
      const link = LINKS.findIndex((re) => re.test(gap));
      if (link < 0) continue;
      const plainComma = link === 1 && !/or|equivalent/i.test(gap) && !b.approximate;
      if (plainComma) continue;
      b.equivalentOf = a;
      // "1.5 billion won per missile (about $1.1 million)": the equivalent is per missile too
      if (link === 0 && b.per === null) b.per = a.per;
    }
    return candidates;
  },
};
