import type { Refiner } from "../candidate.js";

/**
 * Drops what only looks like money: a year before a currency name ("in 2023 dollars", "the 2024 euro zone")
 * and a number glued to letters before it ("MiG-29 euros" does not occur, but "F-16" and "A380" do). A number
 * with a sign or code before it ("$2023") is kept.
 */
export const dropFalseReadings: Refiner = {
  name: "drop-false-readings",
  refine(candidates, { text }) {
    return candidates.filter((c) => {
      const p = c.phrase;
      if (!p || c.start < p.start) return true;
      if (p.yearLike) return false;
      return !/[A-Za-z]-?$/.test(text.slice(Math.max(0, p.start - 2), p.start));
    });
  },
};
