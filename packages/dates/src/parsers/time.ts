import type { Candidate, Parser } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { ZONE_OFFSETS } from "../lexicon.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** "EST" → -05:00, "GMT +8" → +08:00, "UTC" → Z; "local time" and unknown abbreviations → none. */
function zoneOf(name?: string, sign?: string, hours?: string, minutes?: string): string | undefined {
  if (!name) return undefined;
  const base = ZONE_OFFSETS[name.toUpperCase()];
  if (sign && hours && (base === "Z" || base === undefined)) return `${sign}${pad(Number(hours))}:${minutes ?? "00"}`;
  return base;
}

/** 10 a.m., 3:30 p.m., 10am, 22:00 GMT, 9:15 local time */
const CLOCK = sticky(
  "(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o['’]clock)(?![a-z]))?(?:\\s*\\(?(GMT|UTC|[A-Z]{2,3}T|AKST|CEST|EEST|MSK|IST|local\\s+time)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\)?(?![A-Za-z]))?",
);
const NOON = sticky("(noon|midday|midnight)(?![\\w])");
/** "0800 UTC", "1430 GMT": a 24-hour time written in four digits, read only with its zone */
const MILITARY = sticky("([01]\\d|2[0-3])([0-5]\\d)\\s*(GMT|UTC|Z)(?![A-Za-z])");

/** Clock times; alone they take the reference day, beside a date they are merged into it (refiners/attach-time). */
export const clockTime: Parser = {
  name: "time",
  triggers: ["#num", "noon", "midday", "midnight"],
  match(ctx, at) {
    const text = ctx.text;
    const n = execAt(NOON, text, at);
    if (n) {
      const word = (n[1] ?? "").toLowerCase();
      const hour = word === "midnight" ? 0 : 12;
      return {
        start: at,
        end: at + n[0].length,
        via: "time",
        kind: "date",
        granularity: "time",
        parts: { hour, minute: 0 },
      };
    }
    const mil = execAt(MILITARY, text, at);
    if (mil) {
      const c: Candidate = {
        start: at,
        end: at + mil[0].length,
        via: "time",
        kind: "date",
        granularity: "time",
        parts: { hour: Number(mil[1]), minute: Number(mil[2]) },
      };
      c.zone = "Z";
      return c;
    }
    const m = execAt(CLOCK, text, at);
    if (!m) return null;
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const meridiem = (m[3] ?? "").toLowerCase();
    // "10" alone is a number; "10:30" needs a meridiem, a zone or "at" before it ("at 10:30").
    if (!meridiem && (!m[2] || (!m[4] && ctx.wordBefore(at) !== "at"))) return null;
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      if (meridiem.startsWith("p") && hour < 12) hour += 12;
      // "o'clock" says nothing of the half of the day: read as written (a 24-hour reading of 1-12)
      if (meridiem.startsWith("a") && hour === 12) hour = 0;
    }
    if (hour > 23 || minute > 59) return null;
    let end = at + m[0].length;
    // a closing parenthesis belongs to the zone only when the zone opened one: "6:40 p.m. (GMT +8)"
    if (text.charAt(end - 1) === ")" && !m[0].includes("(")) end--;
    const c: Candidate = { start: at, end, via: "time", kind: "date", granularity: "time", parts: { hour, minute } };
    const zone = zoneOf(m[4], m[5], m[6], m[7]);
    if (zone) c.zone = zone;
    return c;
  },
};
