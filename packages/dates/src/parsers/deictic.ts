import type { Granularity } from "@newsgraph/core";
import type { Candidate, Parser, ShiftUnit } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { COUNT, countValue, partOfDayOf, SEASON_WORDS, seasonCode, UNIT, unitOf } from "../lexicon.js";
import { isoDuration } from "./duration.js";

/** today, tonight, yesterday, tomorrow (+ morning ...), the day before yesterday, this morning, last night. */
const DAY_WORDS = sticky(
  "(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)|(today|tonight|yesterday|tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?|this\\s+(?:morning|afternoon|evening)|(last\\s+night))(?![\\w])",
);
/** this week, last month, next year, this weekend, last quarter, this decade, this summer */
const THIS_UNIT = sticky(
  `(this\\s+coming|this\\s+past|this|last|next|coming)\\s+(week|weekend|month|year|quarter|decade|century|${SEASON_WORDS})(?![\\w-])`,
);
/** three days ago, a year ago, two weeks from now */
const AGO = sticky(`(${COUNT})\\s+${UNIT}\\s+(ago|from\\s+now|hence)(?![\\w])`);

/**
 * "from a year ago", "than a year ago", "up from $10 million a year ago", "had net of $1.1 million, or four cents a
 * share, a year ago", "from last year's $1.55 billion": a figure compared with the same period a year back. Read
 * in the clause before (back to the sentence's start) or the possessive after.
 */
function compared(text: string, at: number, end: number): boolean {
  let lead = text.slice(Math.max(0, at - 80), at);
  const stop = Math.max(lead.lastIndexOf(". "), lead.lastIndexOf("\n"), lead.lastIndexOf("; "));
  if (stop >= 0) lead = lead.slice(stop + 2);
  if (/\b(?:from|than|with|versus|vs\.?|against)\s*$/i.test(lead)) return true;
  if (/[$€£¥]\s?\d|\d(?:\s+(?:million|billion|cents?))|\d%/.test(lead)) return true;
  return /^['’]s\s+(?:[$€£¥]|\d)/.test(text.slice(end, end + 6));
}

const GRANULARITY: Record<ShiftUnit, Granularity> = {
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

function shifted(start: number, end: number, unit: ShiftUnit, offset: number | null, via: string): Candidate {
  return {
    start,
    end,
    via,
    kind: "date",
    granularity: GRANULARITY[unit],
    parts: {},
    shift: { unit, offset, anchor: "reference" },
  };
}

export const dayWords: Parser = {
  name: "day-words",
  triggers: ["today", "tonight", "yesterday", "tomorrow", "the", "this", "last"],
  match(ctx, at) {
    const m = execAt(DAY_WORDS, ctx.text, at);
    if (!m) return null;
    const end = at + m[0].length;
    if (m[1]) return shifted(at, end, "day", /before/i.test(m[1]) ? -2 : 2, "day-words");
    // "last night", "tonight", "this morning", "yesterday afternoon": the day, and TimeML's part of it
    const part = partOfDayOf(/(morning|afternoon|evening|night|tonight)$/i.exec(m[0])?.[1] ?? "");
    const c = m[3]
      ? shifted(at, end, "day", -1, "day-words")
      : (() => {
          const w = (m[2] ?? "").toLowerCase();
          return shifted(at, end, "day", w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0, "day-words");
        })();
    if (part) c.partOfDay = part;
    return c;
  },
};

export const thisUnit: Parser = {
  name: "this-unit",
  triggers: ["this", "last", "next", "coming"],
  match(ctx, at) {
    const m = execAt(THIS_UNIT, ctx.text, at);
    if (!m) return null;
    const end = at + m[0].length;
    const w = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const offset = w === "last" || w === "this past" ? -1 : w === "this" ? 0 : 1;
    const word = (m[2] ?? "").toLowerCase();
    if (/^(?:spring|summer|autumn|fall|winter)$/.test(word)) {
      return {
        start: at,
        end,
        via: "this-season",
        kind: "date",
        granularity: "season",
        parts: { season: seasonCode(word) },
        direction: offset < 0 ? "last" : offset > 0 ? "next" : "this",
      };
    }
    const c = shifted(at, end, word as ShiftUnit, offset, "this-unit");
    // "compared with a loss of $3 million last year": the period just named, a year back
    if (word === "year" && offset === -1 && compared(ctx.text, at, end)) {
      c.shift = { unit: "year", offset: -1, anchor: "previous", near: true };
      c.keepGranularity = true;
    }
    return c;
  },
};

export const ago: Parser = {
  name: "ago",
  triggers: ["#num", "#count"],
  match(ctx, at) {
    const m = execAt(AGO, ctx.text, at);
    if (!m) return null;
    const count = countValue(m[1] ?? "");
    const unit = unitOf(m[2] ?? "");
    if (unit === "minute" || unit === "hour") return null;
    const sign = /ago/i.test(m[3] ?? "") ? -1 : 1;
    // "up 10% from a year ago", "than a year ago": a comparison with the period just named, a year back
    if (sign < 0 && unit === "year" && count === 1 && compared(ctx.text, at, at + m[0].length)) {
      const c = shifted(at, at + m[0].length, "year", -1, "ago-compared");
      c.shift = { unit: "year", offset: -1, anchor: "previous", near: true };
      c.keepGranularity = true;
      c.duration = "P1Y";
      return c;
    }
    // "a decade ago": ten years back, at year granularity (TimeML: the year)
    if (unit === "decade" || unit === "century")
      return shifted(
        at,
        at + m[0].length,
        "year",
        count === null ? null : sign * count * (unit === "decade" ? 10 : 100),
        "ago",
      );
    // "a week ago", "two weeks ago": the day that many weeks back (a week as a span is "last week").
    const weeks = unit === "fortnight" ? 2 : unit === "week" ? 1 : 0;
    const [u, n]: [ShiftUnit, number | null] =
      weeks > 0 || unit === "fortnight" ? ["day", count === null ? null : 7 * weeks * count] : [unit, count];
    const c = shifted(at, at + m[0].length, u, n === null ? null : sign * n, "ago");
    // the length itself, for TimeML: "about two years ago" is a DURATION P2Y there (a bound makes it a length)
    c.duration = isoDuration(count, unit);
    return c;
  },
};
