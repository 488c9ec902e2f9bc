import type { Candidate, Parser, ShiftUnit } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { COUNT, countValue, UNIT, unitOf } from "../lexicon.js";

const PERIOD = "(day|week|month|year|morning|afternoon|evening|night)";
/** the same day, that day, that week, this same month */
const SAME = sticky(`(?:(?:the|that|this)\\s+same|that)\\s+${PERIOD}(?![\\w-])`);
/** the next day, the following week, the previous year, the prior month */
const NEXT = sticky(`the\\s+(next|following|previous|preceding|prior)\\s+${PERIOD}(?![\\w-])`);
/** the day after, a day before, the week after */
const UNIT_AFTER = sticky("(?:the|a|one)\\s+(day|week|month|year)\\s+(after|before|later|earlier)(?![\\w-])");
/** three days later, a week earlier, two years after, a year on */
const COUNT_LATER = sticky(`(${COUNT})\\s+${UNIT}\\s+(later|earlier|after|before|afterwards?|prior|on)(?![\\w-])`);

function unitOfPeriod(word: string): ShiftUnit {
  const w = word.toLowerCase();
  return w === "week" || w === "month" || w === "year" ? w : "day";
}

function fromPrevious(start: number, end: number, unit: ShiftUnit, offset: number | null, via: string): Candidate {
  return {
    start,
    end,
    via,
    kind: "date",
    granularity: unit === "week" ? "week" : unit === "month" ? "month" : unit === "year" ? "year" : "day",
    parts: {},
    shift: { unit, offset, anchor: "previous" },
  };
}

/** "end the day", "for the day", "later in the day": the day last named (market reports). */
const THE_DAY = sticky("the\\s+day(?![\\w'’-])");
const THE_DAY_CUES = new Set([
  "end",
  "ended",
  "ending",
  "ends",
  "finish",
  "finished",
  "finishing",
  "close",
  "closed",
  "closing",
  "for",
  "on",
  "during",
  "in",
  "of",
  "throughout",
  "that",
]);
/** "over the weekend", "this weekend" is a deictic expression (this-unit) */
const THE_WEEKEND = sticky("the\\s+weekend(?![\\w'’-])");
const WEEKEND_CUES = new Set(["over", "during", "at", "on", "for", "throughout", "across"]);

/** Expressions that point at the date named just before them. */
export const anaphoric: Parser = {
  name: "anaphoric",
  triggers: ["the", "that", "this", "a", "one", "#num", "#count"],
  match(ctx, at) {
    const text = ctx.text;
    let m = execAt(SAME, text, at);
    if (m) return fromPrevious(at, at + m[0].length, unitOfPeriod(m[1] ?? ""), 0, "same");
    m = execAt(NEXT, text, at);
    if (m) {
      const back = /^(?:previous|preceding|prior)$/i.test(m[1] ?? "");
      return fromPrevious(at, at + m[0].length, unitOfPeriod(m[2] ?? ""), back ? -1 : 1, "next-unit");
    }
    m = execAt(UNIT_AFTER, text, at);
    if (m) {
      const back = /^(?:before|earlier)$/i.test(m[2] ?? "");
      return fromPrevious(at, at + m[0].length, unitOfPeriod(m[1] ?? ""), back ? -1 : 1, "unit-after");
    }
    m = execAt(THE_DAY, text, at);
    if (m && THE_DAY_CUES.has(ctx.wordBefore(at))) return fromPrevious(at, at + m[0].length, "day", 0, "the-day");
    m = execAt(THE_WEEKEND, text, at);
    if (m && WEEKEND_CUES.has(ctx.wordBefore(at)))
      return {
        start: at,
        end: at + m[0].length,
        via: "the-weekend",
        kind: "date",
        granularity: "week",
        parts: { weekday: 5, weekend: true },
      };
    m = execAt(COUNT_LATER, text, at);
    // "over six years on" is a duration ("on" as "later" stands without such a lead: "A year on, ...").
    if (m && /^on$/i.test(m[3] ?? "") && /^(?:over|for|than|nearly|almost|about|some)$/.test(ctx.wordBefore(at)))
      m = null;
    if (m) {
      const unit = unitOf(m[2] ?? "");
      if (unit === "minute" || unit === "hour") return null;
      const count = countValue(m[1] ?? "");
      const back = /^(?:earlier|before|prior)$/i.test(m[3] ?? "");
      const [u, n]: [ShiftUnit, number | null] =
        unit === "fortnight" ? ["week", count === null ? null : 2 * count] : [unit, count];
      return fromPrevious(at, at + m[0].length, u, n === null ? null : back ? -n : n, "count-later");
    }
    return null;
  },
};
