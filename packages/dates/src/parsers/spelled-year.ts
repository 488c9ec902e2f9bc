import type { Parser } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { countValue } from "../lexicon.js";

const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** "nineteen ninety-six", "nineteen seventy nine", "nineteen oh five": years as spoken (broadcast transcripts) */
const NINETEEN = sticky(
  `nineteen\\s+(?:(${TENS})(?:[-\\s](${UNITS}))?|(${TEENS})|oh[-\\s](${UNITS})|(hundred))(?![\\w-])`,
);
/** "two thousand", "two thousand and one", "two thousand ten": only after "the year" or a time preposition */
const TWO_THOUSAND = sticky(`(?:(the\\s+year)\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS}|${TEENS}))?(?![\\w-])`);
const YEAR_LEADS = new Set(["in", "since", "until", "till", "by", "of", "from", "to", "before", "after", "during"]);

/** Years written in words, as transcripts of broadcast news write them. */
export const spelledYear: Parser = {
  name: "spelled-year",
  triggers: ["nineteen", "the", "two"],
  match(ctx, at) {
    const text = ctx.text;
    let m = execAt(NINETEEN, text, at);
    if (m) {
      let y = 1900;
      if (m[1]) y += (countValue(m[1]) ?? 0) + (m[2] ? (countValue(m[2]) ?? 0) : 0);
      else if (m[3]) y += countValue(m[3]) ?? 0;
      else if (m[4]) y += countValue(m[4]) ?? 0;
      const end = at + m[0].length;
      // "nineteen ninety-six people": a count
      if (/^\s+(?:people|percent|dollars|men|women|of)\b/i.test(text.slice(end, end + 10))) return null;
      return { start: at, end, via: "spelled-year", kind: "date", granularity: "year", parts: { year: y } };
    }
    m = execAt(TWO_THOUSAND, text, at);
    if (m && (m[1] || YEAR_LEADS.has(ctx.wordBefore(at)))) {
      const y = 2000 + (m[2] ? (countValue(m[2]) ?? 0) : 0);
      return {
        start: at,
        end: at + m[0].length,
        via: "spelled-year",
        kind: "date",
        granularity: "year",
        parts: { year: y },
      };
    }
    return null;
  },
};
