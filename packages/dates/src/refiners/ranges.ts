import type { Candidate, Refiner } from "../candidate.js";

const TO = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;
const AND = /^\s*and\s*$/i;

const isPoint = (c: Candidate) => c.kind === "date" && !c.mod;

/** Offset of the word of `length` characters before `at` (past the spaces between). */
function headStart(text: string, at: number, length: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i - length;
}

/** Fills what one end of a range leaves out from the other ("June to August 2023": June of 2023). */
function inherit(from: Candidate, to: Candidate): Candidate {
  if (to.parts.year !== undefined || to.shift || from.parts.year === undefined) return to;
  if (to.parts.month === undefined && to.parts.season === undefined && to.parts.quarter === undefined) return to;
  return { ...to, parts: { ...to.parts, year: from.parts.year } };
}

/**
 * "from June to August", "between 2022 and 2024", "June-August", "2019 to 2023": two points of the same
 * granularity joined into one range; "from"/"between" belong to the expression.
 */
export const mergeRanges: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1];
    if (b && isPoint(a) && isPoint(b) && a.granularity === b.granularity) {
      const gap = ctx.text.slice(a.end, b.start);
      const before = ctx.wordBefore(a.start);
      const headed = before === "from" || before === "between";
      // A bare "to" joins only stated dates ("June to August"), not "Monday to visit ...".
      const stated = a.parts.year !== undefined || a.parts.month !== undefined || a.parts.season !== undefined;
      const joined =
        (TO.test(gap) && (headed || gap.trim() !== "to" || stated)) || (AND.test(gap) && before === "between");
      if (joined && gap.length <= 12 && !gap.includes("\n")) {
        const first = inherit(b, a);
        const last = inherit(a, b);
        out.push({
          start: headed ? headStart(ctx.text, a.start, before.length) : a.start,
          end: b.end,
          via: "range",
          kind: "range",
          granularity: a.granularity,
          parts: {},
          ends: [first, last],
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
