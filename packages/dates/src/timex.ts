import type { Timex, TimexSpan } from "@newsgraph/core";
import type { Candidate, Mod } from "./candidate.js";
import type { Resolution } from "./resolve/resolve.js";

/**
 * TimeML's reading of an expression (TIMEX3 type, value, mod, anchor, quant, freq) from what we recognized and
 * resolved. Our `value` keeps its own meaning; this is the translation into TimeML's value grammar (TimeML 1.2.1
 * guidelines, as TimeBank and TempEval-3 annotate): decades as three digits (199), parts of the day as TMO/TAF/
 * TEV/TNI, time zones as offsets (T09:00-05:00), PRESENT_REF/PAST_REF/FUTURE_REF, X for the unknown.
 */

/** Our fuzzy parts as TimeML's mod ("early 2023" START, "mid-June" MID, "late January" END). */
const MOD: Partial<Record<Mod, Timex["mod"]>> = {
  early: "START",
  start: "START",
  mid: "MID",
  middle: "MID",
  late: "END",
  end: "END",
};

/** Our value written in TimeML's grammar: a decade "1990s" is "199". */
export function timemlValue(value: string): string {
  const decade = /^(-?\d{3})0s$/.exec(value);
  return decade ? (decade[1] as string) : value;
}

/** The value TimeML writes when the calendar value is unknown, at the expression's granularity. */
function unknownValue(c: Candidate, r: Resolution): string {
  if (r.partial) return r.partial;
  switch (c.granularity) {
    case "year":
      return "XXXX";
    case "month":
      return "XXXX-XX";
    case "week":
      return "XXXX-WXX";
    case "quarter":
      return "XXXX-QX";
    case "decade":
      return "XXX";
    default:
      return "XXXX-XX-XX";
  }
}

function pointTimex(c: Candidate, r: Resolution): Timex {
  if (c.ref) return { type: "DATE", value: c.ref, anchor: "DCT" };
  let value = r.value === null ? unknownValue(c, r) : timemlValue(r.value);
  let type: Timex["type"] = c.granularity === "time" ? "TIME" : "DATE";
  if (c.partOfDay) {
    // "Friday afternoon": the day and its part; "this morning" without a reference: XXXX-XX-XXTMO.
    value = `${/^[\dX]{4}-[\dX]{2}-[\dX]{2}/.exec(value)?.[0] ?? "XXXX-XX-XX"}T${c.partOfDay}`;
    type = "TIME";
  }
  if (type === "TIME" && c.zone && /T\d{2}:\d{2}$/.test(value)) value += c.zone;
  const t: Timex = { type, value };
  const mod = c.mod ? MOD[c.mod] : undefined;
  if (mod) t.mod = mod;
  if (r.anchor) t.anchor = r.anchor;
  return t;
}

function durationTimex(c: Candidate, r: Resolution): Timex {
  const t: Timex = { type: "DURATION", value: c.duration ?? r.duration ?? r.value ?? "PX" };
  if (c.quantMod) t.mod = c.quantMod;
  if (c.span) t.anchor = "DCT";
  return t;
}

function setTimex(c: Candidate, r: Resolution): Timex {
  const t: Timex = { type: "SET", value: c.pattern ?? c.duration ?? r.value ?? "PX" };
  if (c.quant) t.quant = c.quant;
  if (c.freq) t.freq = c.freq;
  return t;
}

/** The TIMEX3 of one candidate: `timex` for an expression TimeML marks once, `timexes` for a range's two ends. */
export function timexOf(c: Candidate, r: Resolution, text: string): { timex?: Timex; timexes?: TimexSpan[] } {
  if (c.kind === "range" && c.ends && r.ends) {
    const [a, b] = c.ends;
    const [ra, rb] = r.ends;
    return {
      timexes: [
        { ...pointTimex(a, ra), start: a.start, end: a.end, text: text.slice(a.start, a.end) },
        { ...pointTimex(b, rb), start: b.start, end: b.end, text: text.slice(b.start, b.end) },
      ],
    };
  }
  if (c.kind === "duration") {
    const t = durationTimex(c, r);
    if (!c.timexSpan) return { timex: t };
    return {
      timexes: [
        { ...t, start: c.timexSpan.start, end: c.timexSpan.end, text: text.slice(c.timexSpan.start, c.timexSpan.end) },
      ],
    };
  }
  if (c.kind === "set") return { timex: setTimex(c, r) };
  // "three days later": a date for us, TimeML's DURATION over "three days"; "the day" in "the day before"
  if (c.timexSpan) {
    const span = {
      start: c.timexSpan.start,
      end: c.timexSpan.end,
      text: text.slice(c.timexSpan.start, c.timexSpan.end),
    };
    if (c.timexSpan.type === "DURATION" && c.duration)
      return {
        timexes: [{ type: "DURATION", value: c.duration, ...(c.quantMod ? { mod: c.quantMod } : {}), ...span }],
      };
    const point = pointTimex(c, r);
    if (c.quantMod && !point.mod) point.mod = c.quantMod;
    return { timexes: [{ ...point, ...span }] };
  }
  return { timex: pointTimex(c, r) };
}
