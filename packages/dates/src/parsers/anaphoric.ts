import type { Candidate, Parser, ScanContext, ShiftUnit } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { COUNT, countValue, UNIT, unitOf } from "../lexicon.js";
import { isoDuration } from "./duration.js";

const PERIOD = "(day|week|month|quarter|year|decade|century|morning|afternoon|evening|night)";
/** the same day, that day, that week, this same month */
const SAME = sticky(`(?:(?:the|that|this)\\s+same|that)\\s+${PERIOD}(?![\\w-])`);
/** the next day, the following week, the previous year, the prior month */
const NEXT = sticky(`the\\s+(next|following|previous|preceding|prior)\\s+${PERIOD}(?![\\w-])`);
/** the day after, a day before, the week after */
const UNIT_AFTER = sticky("(?:the|a|one)\\s+(day|week|month|year)\\s+(after|before|later|earlier)(?![\\w-])");
/** three days later, a week earlier, two years after, a year on */
const COUNT_LATER = sticky(`(${COUNT})\\s+${UNIT}\\s+(later|earlier|after|before|afterwards?|prior|on)(?![\\w-])`);
/** "the same period last year", "the same month a year ago", "the same quarter a year earlier" */
const SAME_A_YEAR_BACK = sticky(
  "the\\s+same\\s+(day|week|month|quarter|period|season)\\s+(?:a\\s+year\\s+(?:ago|earlier|before)|last\\s+year|the\\s+(?:previous|prior)\\s+year|the\\s+year\\s+before)(?![\\w-])",
);
/** What may end an anaphoric "three days before": the end of a clause, not a noun phrase or a date ("before the vote"). */
const CLAUSE_END = /^\s*(?:[,.;:!?)"”'’]|--|—|–|$|and\b|but\b|or\b|when\b|while\b)/i;

function unitOfPeriod(word: string): ShiftUnit {
  const w = word.toLowerCase();
  return w === "week" || w === "month" || w === "year" || w === "quarter" || w === "decade" || w === "century"
    ? w
    : "day";
}

const GRANULARITY: Record<ShiftUnit, Candidate["granularity"]> = {
  day: "day",
  week: "week",
  weekend: "week",
  month: "month",
  quarter: "quarter",
  season: "season",
  year: "year",
  decade: "decade",
  century: "century",
};

function fromPrevious(start: number, end: number, unit: ShiftUnit, offset: number | null, via: string): Candidate {
  return {
    start,
    end,
    via,
    kind: "date",
    granularity: GRANULARITY[unit],
    parts: {},
    shift: { unit, offset, anchor: "previous" },
  };
}

/**
 * "three days later", "a year earlier", "two days after", "60 years on": a date counted from the date named
 * before. Before "after"/"before" followed by more words than the end of a clause ("thirty days before the vote",
 * "twenty years after the landing") the count is the length between two events: a duration over "N units".
 * TimeML marks "three days" alone in "three days later" (a DURATION; the word after is a signal), "a year earlier"
 * whole (a DATE).
 */
function countLater(ctx: ScanContext, at: number, m: RegExpExecArray): Candidate | null {
  const unit = unitOf(m[2] ?? "");
  const word = (m[3] ?? "").toLowerCase();
  const count = countValue(m[1] ?? "");
  const countEnd = at + m[0].lastIndexOf(m[2] ?? "") + (m[2] ?? "").length;
  const after = ctx.text.slice(at + m[0].length, at + m[0].length + 12);
  const relational = /^(?:after|before|prior)$/.test(word);
  const duration = (): Candidate => {
    const iso = isoDuration(count, unit);
    return {
      start: at,
      end: countEnd,
      via: "count-between",
      kind: "duration",
      granularity: "unknown",
      parts: {},
      duration: iso,
    };
  };
  // "an hour before the attack", "thirty days before the vote": a length between two events, not a date
  if (
    relational &&
    !CLAUSE_END.test(after) &&
    !/^\s*(?:the\s+)?(?:\d|[A-Z][a-z]+day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.test(
      after,
    )
  )
    return duration();
  if (unit === "minute" || unit === "hour") return relational || word === "later" ? duration() : null;
  const back = /^(?:earlier|before|prior)$/.test(word);
  // a decade or a century counted in years ("a decade later" is ten years on, at year granularity)
  const years = unit === "decade" ? 10 : unit === "century" ? 100 : 0;
  const [u, n]: [ShiftUnit, number | null] =
    unit === "fortnight"
      ? ["week", count === null ? null : 2 * count]
      : years
        ? ["year", count === null ? null : years * count]
        : [unit, count];
  const c = fromPrevious(at, at + m[0].length, u, n === null ? null : back ? -n : n, "count-later");
  c.duration = isoDuration(count, unit);
  if (u === "year") c.keepGranularity = true;
  if (word !== "earlier") c.timexSpan = { start: at, end: countEnd, type: "DURATION" };
  return c;
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
    let m = execAt(SAME_A_YEAR_BACK, text, at);
    if (m) {
      // the point named before, a year back, at its own granularity ("the same period last year" after "February")
      const c = fromPrevious(at, at + m[0].length, "year", -1, "same-a-year-back");
      c.keepGranularity = true;
      return c;
    }
    m = execAt(SAME, text, at);
    if (m) return fromPrevious(at, at + m[0].length, unitOfPeriod(m[1] ?? ""), 0, "same");
    m = execAt(NEXT, text, at);
    if (m) {
      const back = /^(?:previous|preceding|prior)$/i.test(m[1] ?? "");
      return fromPrevious(at, at + m[0].length, unitOfPeriod(m[2] ?? ""), back ? -1 : 1, "next-unit");
    }
    m = execAt(UNIT_AFTER, text, at);
    if (m) {
      const back = /^(?:before|earlier)$/i.test(m[2] ?? "");
      const unit = unitOfPeriod(m[1] ?? "");
      const c = fromPrevious(at, at + m[0].length, unit, back ? -1 : 1, "unit-after");
      if (unit === "year") c.keepGranularity = true;
      // TimeML marks "the day" in "the day before" ("before" is a signal), "a year earlier" whole
      if (/^(?:after|before)$/i.test(m[2] ?? "")) {
        const unitEnd = at + m[0].toLowerCase().indexOf((m[1] ?? "").toLowerCase()) + (m[1] ?? "").length;
        c.timexSpan = { start: at, end: unitEnd, type: "DATE" };
      }
      return c;
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
    if (m) return countLater(ctx, at, m);
    return null;
  },
};
