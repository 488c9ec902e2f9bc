import { type Candidate, candidate, type TextParser } from "../candidate.js";

const ADJECTIVE = /\b(?<multi>multi-?)?(?<scale>million|billion|trillion)-(?<noun>[a-z]+)\b/gi;
const SCALES: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * A scale used as an adjective with a currency: "a billion-dollar deal", "multimillion-euro contracts".
 * The amount is an order, not a number: null, with `min`/`max` (billion-dollar: 1e9 to 1e10).
 */
export const scaleAdjective: TextParser = {
  name: "scale-adjective",
  parse(text, lex) {
    const out: Candidate[] = [];
    ADJECTIVE.lastIndex = 0;
    for (let m = ADJECTIVE.exec(text); m; m = ADJECTIVE.exec(text)) {
      const g = m.groups ?? {};
      const reading = lex.name(g.noun ?? "");
      if (!reading || reading.minor || reading.wordLike) continue;
      const scale = SCALES[(g.scale ?? "").toLowerCase()] ?? 1;
      const found = { start: m.index, end: m.index + m[0].length, reading, via: "scale-adjective" };
      out.push(candidate(found, null, null, { min: scale, max: scale * (g.multi ? 1000 : 10), approximate: true }));
    }
    return out;
  },
};
