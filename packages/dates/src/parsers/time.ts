import type { Parser } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";

/** 10 a.m., 3:30 p.m., 10am, 22:00 GMT, 9:15 local time */
const CLOCK = sticky(
  "(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o['’]clock)(?![a-z]))?(?:\\s*(GMT|UTC|[A-Z]{2,3}T|local\\s+time)(?![A-Za-z]))?",
);
const NOON = sticky("(noon|midday|midnight)(?![\\w])");

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
    return {
      start: at,
      end: at + m[0].length,
      via: "time",
      kind: "date",
      granularity: "time",
      parts: { hour, minute },
    };
  },
};
