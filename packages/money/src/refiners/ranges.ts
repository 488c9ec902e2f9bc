import type { Candidate, Refiner } from "../candidate.js";
import { clean } from "../numbers.js";
import type { NumberPhrase } from "../phrases.js";
import { isChange } from "../range-words.js";

const JOIN = /^[ \u00a0]*(?:[-–—]|to|and)[ \u00a0]*$/i;
const BETWEEN = /\bbetween[ \u00a0]+$/i;

/** The lower end of a range, with the upper end's scale when it has none ("between 1 and 2 billion"). */
function lowerEnd(value: number, phrase: NumberPhrase | null, upper: Candidate): number {
  const scale = upper.phrase?.scale ?? 1;
  if (phrase?.scale !== 1 || scale === 1 || upper.value === null) return value;
  const scaled = clean(value * scale);
  return scaled <= upper.value ? scaled : value;
}

/**
 * Ranges written as two amounts: "$1 billion to $2 billion", "between $1 billion and $2 billion",
 * "ranging from 5 to 10 million euros" (the first number bare). One amount results, with `min` and `max`;
 * the opening "between"/"from" is left out of the span like any modifier. "rose from $5m to $8m" is a change:
 * two amounts. ("$1-2 billion" is read as one number
 * phrase already.)
 */
export const mergeRanges: Refiner = {
  name: "merge-ranges",
  refine(candidates, { text, bare }) {
    const out: Candidate[] = [];
    let b = 0;
    for (const c of candidates) {
      if (c.value === null || c.max !== null) {
        out.push(c);
        continue;
      }
      // the nearest thing before: an amount already taken, or a bare number
      const prev = out[out.length - 1];
      while (b < bare.length && (bare[b]?.end ?? 0) <= c.start) b++;
      const bareBefore = bare[b - 1];
      const lower =
        prev && prev.value !== null && prev.max === null && (!bareBefore || prev.end >= bareBefore.end)
          ? { start: prev.start, end: prev.end, value: prev.value, phrase: prev.phrase, amount: prev }
          : bareBefore
            ? {
                start: bareBefore.start,
                end: bareBefore.end,
                value: bareBefore.value,
                phrase: bareBefore,
                amount: null,
              }
            : null;
      if (!lower) {
        out.push(c);
        continue;
      }
      const gap = text.slice(lower.end, c.start);
      const joined = JOIN.exec(gap);
      const before = text.slice(Math.max(0, lower.start - 24), lower.start);
      // "A and B" is a range only after "between"; "from A to B" only after "ranging" and the like
      // "in 2004 to 789m euros": a year is never the lower end of an amount
      const ok =
        joined !== null &&
        !(lower.amount === null && lower.phrase?.yearLike) &&
        (!/and/i.test(gap) || BETWEEN.test(before)) &&
        !isChange(before) &&
        (lower.amount === null || lower.amount.reading.options.some((o) => c.reading.options.includes(o)));
      const min = ok ? lowerEnd(lower.value, lower.phrase, c) : null;
      if (!ok || min === null || c.value === null || min > c.value) {
        out.push(c);
        continue;
      }
      const merged: Candidate = { ...c, start: lower.start, outerStart: lower.start, value: min, max: c.value };
      if (lower.amount) out[out.length - 1] = merged;
      else out.push(merged);
    }
    return out;
  },
};
