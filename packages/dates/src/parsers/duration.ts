import type { Granularity } from "@newsgraph/core";
import type { Candidate, Parser, ShiftUnit } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { COUNT, countValue, type TimeUnit, UNIT, unitOf } from "../lexicon.js";

/** "three weeks", "24 hours", "two-year", "several months", "a decade", "six straight days", "two and a half years" */
const PLAIN = sticky(
  `(${COUNT})(\\s+and\\s+a\\s+half)?(?:\\s+(?:consecutive|straight|successive|more|full|whole|additional|extra|further|trading|business|working|calendar)){0,2}(\\s+|-)${UNIT}(\\s+and\\s+a\\s+half)?`,
);
/** "the past two years", "the last week", "the next few days", "the coming months" */
const SPAN = sticky(`the\\s+(past|last|next|coming|previous|following|preceding)\\s+(?:(${COUNT})\\s+)?${UNIT}`);
/** "the last week of March", "the last year of the decade": a part of what follows, not the unit before now */
const PART_OF =
  /^\s+of\s+(?:the\s+(?:year|month|decade|century|war)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4})/i;
/** "for years", "in decades", "over months": a plural unit without a count */
const BARE = sticky(
  "(?:for|in|over|within)\\s+(days|weeks|months|years|decades|centuries|hours|(?<=over\\s+)the\\s+(?:years|decades|months))(?![\\w-])",
);

/** "recent weeks", "recent years", "coming months": an unstated stretch back or ahead from the reference */
const RECENT = sticky("(recent|coming|upcoming)\\s+(days|weeks|months|years|decades)(?![\\w-])");

/** Words before "a year", "one day" that make them a duration ("for a year", "within a day"). */
const ONE_CUES = new Set([
  "for",
  "within",
  "in",
  "over",
  "about",
  "around",
  "nearly",
  "almost",
  "than",
  "least",
  "just",
  "only",
  "roughly",
  "some",
  "approximately",
  "entire",
  "whole",
  "full",
  "barely",
  "after",
  "during",
  "past",
  "last",
  "another",
]);

interface IsoUnit {
  letter: string;
  time: boolean;
  factor: number;
  granularity: Granularity;
  shift: ShiftUnit | null;
}
const ISO_UNITS: Record<TimeUnit, IsoUnit> = {
  minute: { letter: "M", time: true, factor: 1, granularity: "time", shift: null },
  hour: { letter: "H", time: true, factor: 1, granularity: "time", shift: null },
  day: { letter: "D", time: false, factor: 1, granularity: "day", shift: "day" },
  week: { letter: "W", time: false, factor: 1, granularity: "week", shift: "week" },
  fortnight: { letter: "W", time: false, factor: 2, granularity: "week", shift: "week" },
  month: { letter: "M", time: false, factor: 1, granularity: "month", shift: "month" },
  year: { letter: "Y", time: false, factor: 1, granularity: "year", shift: "year" },
  decade: { letter: "Y", time: false, factor: 10, granularity: "decade", shift: "year" },
  century: { letter: "Y", time: false, factor: 100, granularity: "century", shift: "year" },
};

/** An ISO 8601 duration: P3W, PT24H, P10Y (a decade), PXY (several years). */
export function isoDuration(count: number | null, unit: TimeUnit): string {
  const u = ISO_UNITS[unit];
  const amount = count === null ? "X" : String(Math.round(count * u.factor * 100) / 100);
  return `P${u.time ? "T" : ""}${amount}${u.letter}`;
}

function duration(
  start: number,
  end: number,
  count: number | null,
  unit: TimeUnit,
  via: string,
  span?: Candidate["span"],
): Candidate {
  const iso = isoDuration(count, unit);
  const c: Candidate = {
    start,
    end,
    via,
    kind: "duration",
    granularity: ISO_UNITS[unit].granularity,
    parts: {},
    duration: iso,
  };
  if (span) c.span = span;
  return c;
}

export const spanDuration: Parser = {
  name: "span-duration",
  triggers: ["the"],
  match(ctx, at) {
    const m = execAt(SPAN, ctx.text, at);
    if (!m) return null;
    const which = (m[1] ?? "").toLowerCase();
    const unitWord = m[3] ?? "";
    const plural = /s$/i.test(unitWord);
    // "the next day", "the previous year": one unit after a date already named (anaphoric, not a duration).
    if (!m[2] && !plural && which !== "past" && which !== "last") return null;
    const count = m[2] ? countValue(m[2]) : plural ? null : 1;
    const unit = unitOf(unitWord);
    const end = at + m[0].length;
    // "the past year", "the last decade": the unit before the reference date, a date (TimeML and MEANTIME annotate
    // a DATE: the previous year); "the last week of March" is a part of March, not that.
    const singular = ISO_UNITS[unit].shift;
    if (!m[2] && !plural && singular && unit !== "day" && !PART_OF.test(ctx.text.slice(end, end + 16))) {
      const years = unit === "decade" || unit === "century";
      return {
        start: at,
        end,
        via: "the-past-unit",
        kind: "date",
        granularity: years ? (unit as "decade" | "century") : ISO_UNITS[unit].granularity,
        parts: {},
        shift: { unit: years ? (unit as "decade" | "century") : singular, offset: -1, anchor: "reference" },
      };
    }
    const toward =
      which === "past" || which === "last" || which === "previous" || which === "preceding" ? "past" : "future";
    const shift = ISO_UNITS[unit].shift;
    const fromReference = which === "past" || which === "last" || which === "next" || which === "coming";
    const c = duration(
      at,
      at + m[0].length,
      count,
      unit,
      "span-duration",
      fromReference && shift
        ? { from: "reference", toward, unit: shift, count: count === null ? null : count * ISO_UNITS[unit].factor }
        : undefined,
    );
    return c;
  },
};

export const plainDuration: Parser = {
  name: "duration",
  triggers: ["#num", "#count"],
  match(ctx, at) {
    const text = ctx.text;
    const m = execAt(PLAIN, text, at);
    if (!m) return null;
    const end = at + m[0].length;
    const after = text.slice(end, end + 8);
    // Ages ("a 20-year-old man", "five years old") are not temporal expressions.
    if (/^(?:-|\s)old\b/i.test(after) || /^s?-old\b/i.test(after)) return null;
    const rawCount = (m[1] ?? "").toLowerCase();
    const half = m[2] || m[5] ? 0.5 : 0;
    const base = countValue(rawCount);
    const count = base === null ? null : base + half;
    const before = ctx.wordBefore(at);
    const hyphenated = m[3] === "-";
    // "a day", "an hour" are as often "a day of mourning" as a duration: they need a cue ("for a day").
    const unit = unitOf(m[4] ?? "");
    const short = unit === "day" || unit === "hour" || unit === "minute";
    if (/^(?:a|an|one)$/.test(rawCount) && short && !hyphenated && !half && !ONE_CUES.has(before)) return null;
    if (/^(?:once|twice|thrice|times|per|million|billion|trillion)$/.test(before)) return null;
    // "the 10 days" / "its three years" read fine; "3 days" after a currency amount ("$5 a day") does not.
    if (/[$€£¥₩]\s*$/.test(text.slice(Math.max(0, at - 2), at))) return null;
    return duration(at, end, count, unit, "duration");
  },
};

export const recentDuration: Parser = {
  name: "recent-duration",
  triggers: ["recent", "coming", "upcoming"],
  match(ctx, at) {
    const m = execAt(RECENT, ctx.text, at);
    if (!m) return null;
    return duration(at, at + m[0].length, null, unitOf(m[2] ?? ""), "recent-duration");
  },
};

/** "days later", "weeks before the vote", "months ago": a plural unit with no count before a relation word */
const BARE_RELATED = sticky(
  "(days|weeks|months|years|decades|hours|minutes)\\s+(?=(?:later|earlier|before|after|ago|afterwards|beforehand)(?![\\w-]))",
);

/** A plural unit alone before "later", "ago", "before": an unstated length (PXD), which is what TimeML marks. */
export const bareRelatedDuration: Parser = {
  name: "bare-related-duration",
  triggers: ["days", "weeks", "months", "years", "decades", "hours", "minutes"],
  match(ctx, at) {
    const m = execAt(BARE_RELATED, ctx.text, at);
    if (!m) return null;
    const word = m[1] ?? "";
    // "for days", "three days" are other parsers'; here the unit starts the phrase
    if (
      /^(?:the|a|an|these|those|many|few|several|some|\d+|[a-z]+teen|[a-z]+ty|two|three|four|five|six|seven|eight|nine|ten|for|in|over|within|recent|coming)$/i.test(
        ctx.wordBefore(at),
      )
    )
      return null;
    return duration(at, at + word.length, null, unitOf(word), "bare-related-duration");
  },
};

export const bareDuration: Parser = {
  name: "bare-duration",
  triggers: ["for", "in", "over", "within"],
  match(ctx, at) {
    const m = execAt(BARE, ctx.text, at);
    if (!m) return null;
    const word = m[1] ?? "";
    const start = at + m[0].length - word.length;
    return duration(start, at + m[0].length, null, unitOf(word.replace(/^the\s+/i, "")), "bare-duration");
  },
};
