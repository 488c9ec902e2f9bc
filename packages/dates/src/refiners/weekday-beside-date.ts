import type { Candidate, Refiner } from "../candidate.js";

const isBareWeekday = (c: Candidate) =>
  c.kind === "date" && c.parts.weekday !== undefined && c.parts.day === undefined && !c.direction && !c.shift;
const isExplicitDay = (c: Candidate) =>
  c.kind === "date" && c.parts.month !== undefined && c.parts.day !== undefined && c.parts.weekday === undefined;

/**
 * "Thursday (July 11)", "Monday, May 22, 2023", "July 11 (Thursday)": the weekday and the date name one day.
 * Both stay mentions; the weekday takes the date's value, and the date learns its weekday (which can fix a
 * missing year when there is no reference date).
 */
export const linkWeekdays: Refiner = (candidates, ctx) => {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    const gap = ctx.text.slice(a.end, b.start);
    if (gap.includes("\n")) continue;
    if (isBareWeekday(a) && isExplicitDay(b) && /^\s*[,(]?\s*$/.test(gap)) {
      a.beside = b;
      b.parts.weekday = a.parts.weekday as number;
    } else if (isExplicitDay(a) && isBareWeekday(b) && /^\s*[,(]\s*$/.test(gap)) {
      b.beside = a;
      a.parts.weekday = b.parts.weekday as number;
    }
  }
  return candidates;
};
