import type { DATE_MODS, Granularity, ParsedDoc } from "@newsgraph/core";
import type { Season } from "./calendar.js";

/** What an expression states of a point in time; every field optional ("May 21" has month and day only). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Monday ... 6 = Sunday */
  weekday?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  /** first year of a decade: 1990 */
  decade?: number;
  /** first two digits of a century: 19 for the 20th century */
  century?: number;
  hour?: number;
  minute?: number;
  /** "the weekend": resolved like its Saturday, written as the week's weekend (2023-W20-WE) */
  weekend?: boolean;
}

export type ShiftUnit = "day" | "week" | "weekend" | "month" | "quarter" | "season" | "year" | "decade" | "century";

/**
 * An offset from another point: the reference date ("last month": month -1 from the reference) or the date
 * named last before the expression ("the day after": day +1 from it). `offset` null: a vague count ("a few
 * days ago").
 */
export interface Shift {
  unit: ShiftUnit;
  offset: number | null;
  anchor: "reference" | "previous";
  /** anchor "previous" only when that date is named in this sentence or the one before, else the reference
   * ("up 5% from a year ago" after "the third quarter": that quarter a year back; alone: the year before) */
  near?: boolean;
  /** anchor "previous" with no such date named: this offset from the reference instead ("the quarter" alone: the
   * last quarter reported, the one before the reference's) */
  fallback?: number;
  /** anchor "previous" only on a date of the unit's own granularity ("the quarter" after a quarter, not after a day) */
  exact?: boolean;
}

/** "last Monday", "next June", "this summer": which occurrence of a named day, month or season. */
export type Direction = "last" | "next" | "this";

/** Fuzzy parts and boundaries: "early 2023", "mid-June", "late last year", "the end of the month". */
export type Mod = (typeof DATE_MODS)[number];

export type CandidateKind = "date" | "range" | "duration" | "set";

/** A recognized expression before resolution: what the text states, not yet anchored. */
export interface Candidate {
  start: number;
  end: number;
  /** the parser (and refiners) that produced it, for debugging and notes */
  via: string;
  kind: CandidateKind;
  /** the granularity the expression speaks at */
  granularity: Granularity;
  parts: DateParts;
  shift?: Shift;
  direction?: Direction;
  mod?: Mod;
  /** durations: ISO 8601 duration; sets: the period between occurrences */
  duration?: string;
  /** durations reaching back or forward from the reference ("the past two years") */
  span?: { from: "reference"; toward: "past" | "future"; unit: ShiftUnit; count: number | null };
  /** sets: TIMEX3-style pattern of one occurrence (XXXX-WXX-1 for "every Monday") */
  pattern?: string;
  /** ranges: the two ends */
  ends?: [Candidate, Candidate];
  /** a weekday standing beside an explicit date ("Thursday (July 11)") takes that date */
  beside?: Candidate;
  /** "now", "the past", "the future": TimeML's reference points, which have no calendar value */
  ref?: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";
  /** a part of the day ("Friday afternoon", "last night"): TimeML's MO, AF, EV, NI, DT */
  partOfDay?: PartOfDay;
  /** a stated time zone as an offset from UTC ("-05:00" for EST, "Z" for GMT/UTC) */
  zone?: string;
  /** sets: TimeML's quantifier and frequency ("every" → EVERY, "twice a year" → 2X) */
  quant?: string;
  freq?: string;
  /** where TimeML's extent differs from ours: "three days" in "three days later" (a DURATION in TimeML) */
  timexSpan?: { start: number; end: number; type: "DURATION" | "DATE" };
  /** a shift from the date named before keeps that date's granularity ("a year earlier" after "the third quarter"
   * is that quarter a year back) */
  keepGranularity?: boolean;
  /** "the year-ago quarter", "the 1988 quarter": the date named before, written as its quarter */
  asQuarter?: boolean;
  /** "the week of March 6": the week holding the day */
  weekOf?: boolean;
  /** "the 1988 period": the period named before, in this year */
  inYear?: number;
  /** "the year-ago third quarter": the stated part nearest the reference, a year back */
  yearBack?: boolean;
  /** the date a count is explicitly counted from ("60 years on from 1945", "two days after May 5") */
  anchorTo?: Candidate;
  /** a bound or approximation read before a duration ("nearly two years", "more than an hour"), as TimeML's mod */
  quantMod?: "APPROX" | "LESS_THAN" | "MORE_THAN" | "EQUAL_OR_LESS" | "EQUAL_OR_MORE";
}

/** TimeML's parts of the day: morning, afternoon, evening, night, daytime. */
export type PartOfDay = "MO" | "AF" | "EV" | "NI" | "DT";

/** A parser recognizes one kind of expression starting at a token: one pattern, one job. */
export interface Parser {
  readonly name: string;
  /** lowercase words (trailing period removed) or token classes (#num, #month, #weekday, #apos, #mid) */
  readonly triggers: readonly string[];
  match(ctx: ScanContext, at: number): Candidate | null;
}

/** What parsers and refiners may read. */
export interface ScanContext {
  text: string;
  doc: ParsedDoc;
  /** the word before an offset (lowercase, letters/digits/apostrophes/hyphens), or "" */
  wordBefore(at: number): string;
  /** index of the token starting at or holding an offset, or -1 */
  tokenAt(at: number): number;
}

/** A refiner reads and rewrites the list of candidates (in text order, without overlaps). */
export type Refiner = (candidates: Candidate[], ctx: ScanContext) => Candidate[];

/** Runs a sticky regex at an offset. */
export function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A case-insensitive sticky regex: matches only at the offset given to execAt. */
export const sticky = (source: string) => new RegExp(source, "iy");

/** True when the character at `at` is an uppercase letter (months and weekdays are capitalized in English). */
export const capitalized = (text: string, at: number) => {
  const c = text.charAt(at);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
