import { type Candidate, candidate, type TextParser } from "../candidate.js";
import { nameAfter } from "./suffix-name.js";

const VAGUE =
  /\b(?:(?<mult>tens|hundreds)[ \u00a0]+of[ \u00a0]+)?(?<scale>thousands|millions|billions|trillions)[ \u00a0]+of(?=[ \u00a0])/gi;
const SCALES: Readonly<Record<string, number>> = { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
const MULTIPLIERS: Readonly<Record<string, number>> = { tens: 10, hundreds: 100 };

/**
 * Amounts stated only by their order: "billions of dollars", "hundreds of millions of euros". The amount is
 * unknown (null); `min` and `max` give the order ("tens of millions": 1e7 to 1e8).
 */
export const vagueAmount: TextParser = {
  name: "vague-amount",
  parse(text, lex) {
    const out: Candidate[] = [];
    VAGUE.lastIndex = 0;
    for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
      const g = m.groups ?? {};
      const scale = SCALES[(g.scale ?? "").toLowerCase()] ?? 1;
      const low = scale * (MULTIPLIERS[(g.mult ?? "").toLowerCase()] ?? 1);
      const name = nameAfter(text, m.index + m[0].length, lex);
      const reading = name && lex.name(name.form);
      if (!name || !reading || reading.minor) continue;
      const found = { start: m.index, end: name.end, reading, via: "vague-amount" };
      out.push(candidate(found, null, null, { min: low, max: g.mult ? low * 10 : scale * 1000, approximate: true }));
    }
    return out;
  },
};
