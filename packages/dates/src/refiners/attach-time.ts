import type { Candidate, Refiner } from "../candidate.js";

const TIME_THEN_DATE = /^\s*(?:,\s*)?(?:on\s+)?$/i;
const DATE_THEN_TIME = /^\s*(?:,\s*)?(?:at\s+|from\s+)?$/i;

const isDay = (c: Candidate) => c.kind === "date" && c.granularity === "day";
const isTime = (c: Candidate) => c.kind === "date" && c.granularity === "time" && !c.parts.day && !c.parts.weekday;

function merge(date: Candidate, time: Candidate, start: number, end: number): Candidate {
  const c: Candidate = {
    ...date,
    start,
    end,
    via: `${date.via}+time`,
    granularity: "time",
    parts: { ...date.parts, hour: time.parts.hour ?? 0, minute: time.parts.minute ?? 0 },
  };
  // "9 a.m. EST Tuesday": the zone stays; a clock time is finer than "Tuesday morning"'s part of the day
  if (time.zone) c.zone = time.zone;
  delete c.partOfDay;
  return c;
}

/** "10 a.m. Monday", "Monday at 10 a.m.", "May 21, 2023, at 3 p.m.": one point in time. */
export const attachTime: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1];
    if (b) {
      const gap = ctx.text.slice(a.end, b.start);
      if (gap.includes("\n")) {
        out.push(a);
        continue;
      }
      if (isTime(a) && isDay(b) && TIME_THEN_DATE.test(gap)) {
        out.push(merge(b, a, a.start, b.end));
        i++;
        continue;
      }
      if (isDay(a) && isTime(b) && DATE_THEN_TIME.test(gap)) {
        out.push(merge(a, b, a.start, b.end));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
