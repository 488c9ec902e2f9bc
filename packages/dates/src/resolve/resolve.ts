import type { Granularity } from "@newsgraph/core";
import {
  dayNumber,
  daysInMonth,
  format,
  isValidDay,
  quarterOf,
  seasonOf,
  seasonStart,
  weekdayOf,
  ymd,
} from "../calendar.js";
import type { Candidate, DateParts, ShiftUnit } from "../candidate.js";
import { baseDay, type Point, shiftFrom } from "./point.js";
import type { TenseReading } from "./tense.js";

/** A candidate anchored: what a DateMention says of its value. */
export interface Resolution {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  note?: string;
  /** TIMEX3-style value with X for what a reference date would fix (XXXX-07-11), when value is null */
  partial?: string;
  rangeStart?: string | null;
  rangeEnd?: string | null;
  duration?: string | null;
  /** the point, to anchor later expressions */
  point: Point | null;
  /** what the value was counted from: "DCT" (the reference date) or the value of the date named before */
  anchor?: string;
  /** ranges: the resolution of each end */
  ends?: [Resolution, Resolution];
}

export interface ResolveEnv {
  /** the reference date as a day number, or null */
  reference: number | null;
  /** the latest year the article names outside future contexts: the floor when a weekday fixes a year */
  yearFloor: number | null;
  tense(c: Candidate): TenseReading;
  /** the last point named before the candidate that can anchor a shift of this unit, with its text */
  previous(unit: ShiftUnit): { point: Point; text: string; value: string | null; sentence: number } | null;
  /** the last date named before with its year stated (not counted from the reference or another date) */
  previousStated(): { point: Point; text: string; value: string | null; sentence: number } | null;
  /** the sentence an expression stands in */
  sentenceOf(c: Candidate): number;
  /** the text of an expression */
  textOf(c: Candidate): string;
}

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const pad = (n: number) => String(n).padStart(2, "0");

/** A point from stated parts and a year. */
function explicit(parts: DateParts, year: number): { value: string; granularity: Granularity; point: Point } | null {
  const { month, day } = parts;
  if (month !== undefined && day !== undefined) {
    if (!isValidDay(year, month, day)) return null;
    const n = dayNumber(year, month, day);
    if (parts.hour !== undefined)
      return {
        value: format.time(n, parts.hour, parts.minute ?? 0),
        granularity: "time",
        point: { granularity: "time", year, month, day: n },
      };
    return { value: format.day(n), granularity: "day", point: { granularity: "day", year, month, day: n } };
  }
  if (month !== undefined)
    return { value: format.month(year, month), granularity: "month", point: { granularity: "month", year, month } };
  if (parts.quarter !== undefined)
    return {
      value: format.quarter(year, parts.quarter),
      granularity: "quarter",
      point: { granularity: "quarter", year, month: parts.quarter * 3 - 2 },
    };
  if (parts.half !== undefined)
    return { value: format.half(year, parts.half), granularity: "unknown", point: { granularity: "year", year } };
  if (parts.season !== undefined)
    return {
      value: format.season(year, parts.season),
      granularity: "season",
      point: { granularity: "season", year, month: seasonStart(parts.season) },
    };
  return { value: format.year(year), granularity: "year", point: { granularity: "year", year } };
}

/** What an expression without a year is compared by: a day, a month, a quarter ... as one ordered number. */
function keyOf(parts: DateParts, year: number): number | null {
  if (parts.month !== undefined && parts.day !== undefined)
    return isValidDay(year, parts.month, parts.day) ? dayNumber(year, parts.month, parts.day) : null;
  if (parts.month !== undefined) return year * 12 + parts.month - 1;
  if (parts.quarter !== undefined) return year * 4 + parts.quarter - 1;
  if (parts.half !== undefined) return year * 2 + parts.half - 1;
  if (parts.season !== undefined) return year * 12 + seasonStart(parts.season) - 1;
  return null;
}
function referenceKey(parts: DateParts, reference: number): number {
  const { y, m } = ymd(reference);
  if (parts.month !== undefined && parts.day !== undefined) return reference;
  if (parts.month !== undefined) return y * 12 + m - 1;
  if (parts.quarter !== undefined) return y * 4 + quarterOf(m) - 1;
  if (parts.half !== undefined) return y * 2 + (m <= 6 ? 0 : 1);
  // seasons: the season holding the reference counts as "now"
  const now = seasonOf(y, m);
  return now.y * 12 + seasonStart(now.s) - 1;
}

type Mode = "last" | "next" | "this" | "past" | "future" | "nearest";

/** The year of a named day, month, season or quarter: the occurrence the direction or tense points to. */
function chooseYear(parts: DateParts, reference: number, mode: Mode): number | null {
  const ry = ymd(reference).y;
  if (mode === "this") return ry;
  const refKey = referenceKey(parts, reference);
  let years = [ry - 1, ry, ry + 1];
  if (parts.weekday !== undefined && parts.day !== undefined && parts.month !== undefined) {
    const matching = years.filter((y) => {
      const k = keyOf(parts, y);
      return k !== null && weekdayOf(k) === parts.weekday;
    });
    if (matching.length > 0) years = matching;
  }
  const keyed = years
    .map((y) => ({ y, k: keyOf(parts, y) }))
    .filter((e): e is { y: number; k: number } => e.k !== null);
  const pick = (ok: (k: number) => boolean, best: (a: number, b: number) => boolean) => {
    let chosen: { y: number; k: number } | null = null;
    for (const e of keyed) if (ok(e.k) && (!chosen || best(e.k, chosen.k))) chosen = e;
    return chosen?.y ?? null;
  };
  const latest = (a: number, b: number) => a > b;
  const earliest = (a: number, b: number) => a < b;
  switch (mode) {
    case "last":
      return pick((k) => k < refKey, latest);
    case "next":
      return pick((k) => k > refKey, earliest);
    case "future":
      return pick((k) => k >= refKey, earliest) ?? pick(() => true, latest);
    case "nearest":
      // ties go to the past: news reports more than it announces
      return pick(
        () => true,
        (a, b) =>
          Math.abs(a - refKey) < Math.abs(b - refKey) || (Math.abs(a - refKey) === Math.abs(b - refKey) && a < b),
      );
    default:
      return pick((k) => k <= refKey, latest) ?? pick(() => true, earliest);
  }
}

function modeOf(c: Candidate, tense: TenseReading): Mode {
  if (c.direction) return c.direction;
  return tense.tense === "future" ? "future" : tense.tense === "past" ? "past" : "nearest";
}
const tenseWord = (t: TenseReading) =>
  t.tense === "past" || t.tense === "future"
    ? `${t.tense} tense: "${t.cue}"`
    : t.tense === "ahead"
      ? `a term or a plan ("${t.cue}"): the nearest`
      : `no past or future cue${t.cue ? ` ("${t.cue}")` : ""}: the nearest`;

function describeDay(parts: DateParts): string {
  return `${MONTH_NAMES[parts.month ?? 0]} ${parts.day}`;
}

/** A named weekday without a date: the occurrence the direction or tense points to. */
function resolveWeekday(c: Candidate, weekday: number, env: ResolveEnv, reference: number): Resolution {
  const tense = env.tense(c);
  const wd = weekdayOf(reference);
  let day: number;
  let how: string;
  switch (c.direction) {
    case "last":
      day = reference - ((wd - weekday + 7) % 7 || 7);
      how = "before the reference date (last)";
      break;
    case "next":
      day = reference + ((weekday - wd + 7) % 7 || 7);
      how = "after the reference date (next)";
      break;
    case "this":
      day = reference - wd + weekday;
      how = "in the reference date's week (this)";
      break;
    default:
      if (tense.tense === "future") {
        // News names the reference day itself by its weekday ("will speak Monday" in Monday's paper).
        day = reference + ((weekday - wd + 7) % 7);
        how = `on or after the reference date (future tense: "${tense.cue}")`;
      } else if (tense.tense === "ahead") {
        // A term or a plan told in the past ("set Friday as the deadline", "would arrive Thursday"): the nearest.
        const back = (wd - weekday + 7) % 7;
        day = back <= 3 ? reference - back : reference + 7 - back;
        how = `nearest the reference date (a term or a plan: "${tense.cue}")`;
      } else {
        day = reference - ((wd - weekday + 7) % 7);
        how = `on or before the reference date (${tense.tense === "past" ? `past tense: "${tense.cue}"` : "no future cue: read as past"})`;
      }
  }
  const { y, m } = ymd(day);
  return {
    value: format.day(day),
    granularity: "day",
    relative: true,
    note: `the ${WEEKDAY_NAMES[weekday]} ${how}`,
    point: { granularity: "day", year: y, month: m, day },
    anchor: "DCT",
  };
}

/** A shift from the reference date or from the date named before ("last month", "the same day"). */
function resolveShift(c: Candidate, env: ResolveEnv): Resolution {
  const shift = c.shift;
  if (!shift) throw new Error("resolveShift without a shift");
  // "August last year", "May 16 last year", "the third quarter of this year": stated parts of a year counted
  // from the reference.
  const p = c.parts;
  const named = p.month !== undefined || p.quarter !== undefined || p.half !== undefined || p.season !== undefined;
  if (shift.unit === "year" && named && shift.anchor === "reference") {
    if (env.reference === null) return unresolved(c, partialOf(p));
    const year = ymd(env.reference).y + (shift.offset ?? 0);
    const e = explicit(c.parts, year);
    return e ? { ...e, relative: true, note: `year counted from the reference date`, anchor: "DCT" } : unresolved(c);
  }
  if (shift.offset === null) return { ...unresolved(c), note: "a vague count (a few, several): no single value" };
  let base: number;
  let note: string;
  let anchor = "DCT";
  if (shift.anchor === "previous") {
    let prev = env.previous(shift.unit);
    // "60 years on", "two decades later": years are counted from a year the article states, not from "Monday"
    if (c.via === "count-later" && shift.unit === "year") prev = env.previousStated() ?? prev;
    if (c.anchorTo) {
      // "60 years on from 1945": counted from the date stated after it
      const a = resolvePoint(c.anchorTo, env);
      if (a.point) prev = { point: a.point, text: env.textOf(c.anchorTo), value: a.value, sentence: env.sentenceOf(c) };
    }
    // a comparison ("up from $4 million a year ago") compares periods: a quarter, a month, a season; a day named
    // before ("the quarter ended Sept. 30") is not the period compared
    const period = (g: string) => g === "quarter" || g === "month" || g === "season" || g === "unknown";
    if (prev && shift.near && (env.sentenceOf(c) - prev.sentence > 1 || !period(prev.point.granularity))) prev = null;
    if (prev && shift.exact && prev.point.granularity !== shift.unit) prev = null;
    if (prev && c.asQuarter) prev = { ...prev, point: asQuarter(prev.point) };
    if (!prev && c.asQuarter && env.reference !== null && (c.keepGranularity || c.inYear !== undefined)) {
      // "the year-ago quarter" with no quarter named: the last quarter reported, a year back (or in the stated year)
      const last = shiftFrom(env.reference, "quarter", -1).point;
      if (last) prev = { point: last, text: "the last quarter reported", value: null, sentence: -1 };
    }
    if (c.inYear !== undefined) {
      const kept = prev ? shiftYears(prev.point, c.inYear - prev.point.year) : null;
      if (prev && kept && kept.granularity !== "year")
        return {
          ...kept,
          relative: true,
          note: `"${prev.text}", the period named before it, in ${c.inYear}`,
          anchor: prev.value ?? prev.text,
        };
      return {
        value: format.year(c.inYear),
        granularity: "year",
        relative: false,
        point: { granularity: "year", year: c.inYear },
      };
    }
    if (!prev && shift.fallback !== undefined && env.reference !== null) {
      const s = shiftFrom(env.reference, shift.unit, shift.fallback);
      return {
        value: s.value,
        granularity: s.granularity,
        relative: true,
        note: "no such period named before it: the last one before the reference date's",
        point: s.point,
        anchor: "DCT",
      };
    }
    if (prev && c.keepGranularity && shift.offset !== null && shift.unit === "year") {
      const kept = shiftYears(prev.point, shift.offset);
      if (kept)
        return {
          ...kept,
          relative: true,
          note: `"${prev.text}", the date named before it, ${Math.abs(shift.offset)} year(s) ${shift.offset < 0 ? "back" : "on"}`,
          anchor: prev.value ?? prev.text,
        };
    }
    if (prev) {
      base = baseDay(prev.point);
      note = `counted from "${prev.text}", the date named before it`;
      anchor = prev.value ?? prev.text;
    } else if (env.reference !== null) {
      base = env.reference;
      note = "no date named before it: counted from the reference date";
    } else return unresolved(c);
  } else {
    if (env.reference === null) return unresolved(c);
    base = env.reference;
    note = "counted from the reference date";
    // On a Sunday, "this week" still ahead is the week that starts the next day (ISO weeks end on Sunday).
    if (shift.unit === "week" && shift.offset === 0 && weekdayOf(base) === 6 && env.tense(c).tense !== "past") {
      base += 1;
      note = "the week starting the day after the reference date (a Sunday)";
    }
  }
  const s = shiftFrom(base, shift.unit, shift.offset);
  // "the same day" after "Monday at 10 a.m." is the day, not the time.
  return { value: s.value, granularity: s.granularity, relative: true, note, point: s.point, anchor };
}

/** The quarter holding a point (a day, a month), or the point itself when it is coarser. */
function asQuarter(p: Point): Point {
  if (p.month === undefined || p.granularity === "year" || p.granularity === "decade" || p.granularity === "century")
    return p;
  return { granularity: "quarter", year: p.year, month: (quarterOf(p.month) - 1) * 3 + 1 };
}

/** A point moved by whole years, at its own granularity: a quarter stays a quarter, a day a day. */
function shiftYears(p: Point, years: number): { value: string; granularity: Granularity; point: Point } | null {
  const y = p.year + years;
  switch (p.granularity) {
    case "time":
    case "day": {
      if (p.day === undefined) return null;
      const { m, d } = ymd(p.day);
      const day = dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
      return { value: format.day(day), granularity: "day", point: { granularity: "day", year: y, month: m, day } };
    }
    case "month":
      return p.month === undefined
        ? null
        : {
            value: format.month(y, p.month),
            granularity: "month",
            point: { granularity: "month", year: y, month: p.month },
          };
    case "quarter": {
      const q = quarterOf(p.month ?? 1);
      return {
        value: format.quarter(y, q),
        granularity: "quarter",
        point: { granularity: "quarter", year: y, month: p.month ?? 1 },
      };
    }
    case "season": {
      const s = seasonOf(p.year, p.month ?? 3);
      return {
        value: format.season(s.y + years, s.s),
        granularity: "season",
        point: { granularity: "season", year: y, month: p.month ?? 3 },
      };
    }
    case "year":
      return { value: format.year(y), granularity: "year", point: { granularity: "year", year: y } };
    default:
      return null;
  }
}

function unresolved(c: Candidate, partial?: string): Resolution {
  const r: Resolution = {
    value: null,
    granularity: c.granularity,
    relative: true,
    note: "no reference date: unresolved",
    point: null,
  };
  if (partial) r.partial = partial;
  return r;
}

/** What stated parts fix without a year, TIMEX3-style: XXXX-07-11, XXXX-07, XXXX-Q2, XXXX-SU. */
function partialOf(parts: DateParts): string | undefined {
  if (parts.month !== undefined)
    return `XXXX-${pad(parts.month)}${parts.day !== undefined ? `-${pad(parts.day)}` : ""}`;
  if (parts.quarter !== undefined) return `XXXX-Q${parts.quarter}`;
  if (parts.half !== undefined) return `XXXX-H${parts.half}`;
  if (parts.season !== undefined) return `XXXX-${parts.season}`;
  return undefined;
}

/** A month, day, season or quarter named without its year. */
function resolveYearless(c: Candidate, env: ResolveEnv): Resolution {
  const parts = c.parts;
  const partial = partialOf(parts);
  if (env.reference === null) {
    // With no reference, a stated weekday can fix the year: the first from the latest year the article names.
    if (parts.weekday !== undefined && parts.day !== undefined && parts.month !== undefined && env.yearFloor !== null) {
      for (let y = env.yearFloor; y < env.yearFloor + 28; y++) {
        if (
          isValidDay(y, parts.month, parts.day) &&
          weekdayOf(dayNumber(y, parts.month, parts.day)) === parts.weekday
        ) {
          const e = explicit(parts, y);
          if (!e) break;
          return {
            ...e,
            relative: true,
            note: `year ${y}: the first year from ${env.yearFloor} (the latest year the article names) in which ${describeDay(parts)} is a ${WEEKDAY_NAMES[parts.weekday]}`,
          };
        }
      }
    }
    return unresolved(c, partial);
  }
  const tense = env.tense(c);
  let mode = modeOf(c, tense);
  // A quarter or a half named in a future sentence is mostly the one being reported ("expects to report
  // third-quarter results" in October): the nearest, not next year's.
  if (mode === "future" && (parts.quarter !== undefined || parts.half !== undefined)) mode = "nearest";
  const year = chooseYear(parts, env.reference, mode);
  const e = year === null ? null : explicit(parts, year);
  if (!e) return unresolved(c, partial);
  let note = `year from the reference date (${c.direction ? c.direction : tenseWord(tense)})`;
  if (parts.weekday !== undefined && e.point.day !== undefined && weekdayOf(e.point.day) !== parts.weekday)
    note += `; the text calls it a ${WEEKDAY_NAMES[parts.weekday]}, but it is a ${WEEKDAY_NAMES[weekdayOf(e.point.day)]}`;
  return { ...e, relative: true, note, anchor: "DCT" };
}

/** Resolves a point ("date") candidate. */
function resolvePoint(c: Candidate, env: ResolveEnv): Resolution {
  const r = resolveDay(c, env);
  // "the week of March 6": the ISO week holding that day
  if (c.weekOf && r.point?.day !== undefined)
    return { ...r, value: format.week(r.point.day), granularity: "week", point: { ...r.point, granularity: "week" } };
  return r;
}

function resolveDay(c: Candidate, env: ResolveEnv): Resolution {
  const parts = c.parts;
  if (c.ref)
    return {
      value: null,
      granularity: "unknown",
      relative: true,
      note: `a reference point (TimeML ${c.ref}): no calendar value`,
      point: null,
      anchor: "DCT",
    };
  if (c.beside) {
    const r = resolvePoint(c.beside, env);
    const text = describeDay(c.beside.parts);
    return { ...r, note: `the date beside it (${text})${r.note ? `; ${r.note}` : ""}` };
  }
  if (c.yearBack && (parts.quarter !== undefined || parts.half !== undefined)) {
    // "the year-ago third quarter": the third quarter nearest the reference, a year back
    if (env.reference === null) return unresolved(c, partialOf(parts));
    const year = chooseYear(parts, env.reference, "nearest");
    const e = year === null ? null : explicit(parts, year - 1);
    return e
      ? { ...e, relative: true, note: "the part nearest the reference date, a year back", anchor: "DCT" }
      : unresolved(c);
  }
  if (c.via === "whole-year" && env.reference !== null) {
    // "the full year" told in the past early in a year is the year just closed (annual results come in its first
    // months); otherwise the reference date's year
    const { y, m } = ymd(env.reference);
    const closed = m <= 3 && env.tense(c).tense === "past";
    const year = closed ? y - 1 : y;
    return {
      value: format.year(year),
      granularity: "year",
      relative: true,
      note: closed ? "the year just closed (told in the past in the first quarter)" : "the reference date's year",
      point: { granularity: "year", year },
      anchor: "DCT",
    };
  }
  if (c.shift) {
    const r = resolveShift(c, env);
    // "16:00 UTC today", "yesterday at 10 a.m."
    if (parts.hour !== undefined && r.point?.day !== undefined && r.granularity === "day")
      return { ...r, value: format.time(r.point.day, parts.hour, parts.minute ?? 0), granularity: "time" };
    return r;
  }
  if (parts.decade !== undefined)
    return {
      value: format.decade(parts.decade),
      granularity: "decade",
      relative: false,
      point: { granularity: "decade", year: parts.decade },
    };
  if (parts.century !== undefined)
    return {
      value: format.century(parts.century),
      granularity: "century",
      relative: false,
      point: { granularity: "century", year: parts.century * 100 },
    };
  if (parts.year !== undefined) {
    const e = explicit(parts, parts.year);
    if (!e)
      return { value: null, granularity: c.granularity, relative: false, note: "not a calendar date", point: null };
    const r: Resolution = { ...e, relative: false };
    if (parts.weekday !== undefined && e.point.day !== undefined && weekdayOf(e.point.day) !== parts.weekday)
      r.note = `the text calls it a ${WEEKDAY_NAMES[parts.weekday]}, but it is a ${WEEKDAY_NAMES[weekdayOf(e.point.day)]}`;
    return r;
  }
  if (
    parts.month !== undefined ||
    parts.quarter !== undefined ||
    parts.half !== undefined ||
    parts.season !== undefined
  )
    return resolveYearless(c, env);
  if (parts.weekday !== undefined) {
    if (env.reference === null) return unresolved(c, `XXXX-WXX-${parts.weekday + 1}`);
    const r = resolveWeekday(c, parts.weekday, env, env.reference);
    if (parts.weekend && r.point?.day !== undefined) {
      // a Sunday reference is still in its weekend: past readings count from it
      return {
        ...r,
        value: `${format.week(r.point.day)}-WE`,
        granularity: "week",
        note: r.note?.replace(/^the Saturday/, "the weekend") ?? "",
        point: { ...r.point, granularity: "week" },
      };
    }
    if (parts.hour !== undefined && r.point?.day !== undefined)
      return { ...r, value: format.time(r.point.day, parts.hour, parts.minute ?? 0), granularity: "time" };
    return r;
  }
  if (parts.hour !== undefined) {
    if (env.reference === null) return unresolved(c, `XXXX-XX-XXT${pad(parts.hour)}:${pad(parts.minute ?? 0)}`);
    const { y, m } = ymd(env.reference);
    return {
      value: format.time(env.reference, parts.hour, parts.minute ?? 0),
      granularity: "time",
      relative: true,
      note: "on the reference date",
      point: { granularity: "time", year: y, month: m, day: env.reference },
      anchor: "DCT",
    };
  }
  return { value: null, granularity: c.granularity, relative: false, point: null };
}

/** Durations reaching back or ahead from the reference ("the past two years") also get their two ends. */
function resolveDuration(c: Candidate, env: ResolveEnv): Resolution {
  const r: Resolution = {
    value: c.duration ?? null,
    granularity: c.granularity,
    relative: false,
    duration: c.duration ?? null,
    point: null,
  };
  const span = c.span;
  if (span && span.count !== null && env.reference !== null) {
    const unitDays = span.unit === "week" ? 7 : 1;
    let from = env.reference;
    if (span.unit === "day" || span.unit === "week")
      from = env.reference + (span.toward === "past" ? -1 : 1) * span.count * unitDays;
    else {
      const { y, m, d } = ymd(env.reference);
      const months = (span.unit === "month" ? 1 : 12) * span.count * (span.toward === "past" ? -1 : 1);
      const to = new Date(Date.UTC(y, m - 1 + months, d));
      from = dayNumber(to.getUTCFullYear(), to.getUTCMonth() + 1, to.getUTCDate());
    }
    const [a, b] = span.toward === "past" ? [from, env.reference] : [env.reference, from];
    r.rangeStart = format.day(a);
    r.rangeEnd = format.day(b);
    r.relative = true;
  }
  return r;
}

/** Anchors one candidate: its value at its own granularity, whether it depends on the reference, and why. */
export function resolve(c: Candidate, env: ResolveEnv): Resolution {
  switch (c.kind) {
    case "duration":
      return resolveDuration(c, env);
    case "set":
      return {
        value: c.pattern ?? c.duration ?? null,
        granularity: c.granularity,
        relative: false,
        duration: c.duration ?? null,
        point: null,
      };
    case "range": {
      const [first, last] = c.ends ?? [];
      if (!first || !last) return { value: null, granularity: c.granularity, relative: false, point: null };
      const a = resolvePoint(first, env);
      const b = resolvePoint(last, env);
      const r: Resolution = {
        value: a.value && b.value ? `${a.value}/${b.value}` : null,
        granularity: a.granularity,
        relative: a.relative || b.relative,
        rangeStart: a.value,
        rangeEnd: b.value,
        point: b.point,
        ends: [a, b],
      };
      const note = [a.note, b.note].filter(Boolean).join("; ");
      if (note) r.note = note;
      return r;
    }
    default:
      return resolvePoint(c, env);
  }
}
