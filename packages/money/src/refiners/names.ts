import type { Refiner } from "../candidate.js";

/**
 * Names that look like amounts are no amounts: an expression inside or across a name the entity extractor found
 * ("50 Cent" as a person), and a count other than one before a currency noun written as a capitalized singular
 * that has a plural of its own ("50 Cent", not "50 cents"): a stage name or a brand, not money.
 */
export const dropNames: Refiner = {
  name: "drop-names",
  refine(candidates, { text, names }) {
    // names by start, with the furthest end so far: an overlap test by binary search, not a scan per amount
    const sorted = [...names].sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const n of sorted) reach.push(Math.max(n.end, reach[reach.length - 1] ?? 0));
    const inName = (start: number, end: number): boolean => {
      let lo = 0;
      let hi = sorted.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid]?.start ?? 0) < end) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return last >= 0 && (reach[last] ?? 0) > start;
    };
    return candidates.filter((c) => {
      if (inName(c.start, c.end)) return false;
      const p = c.phrase;
      if (!p || c.via !== "suffix-name" || p.value === 1) return true;
      const noun = /([A-Za-z]+)$/.exec(text.slice(p.end, c.end))?.[1] ?? "";
      const capitalizedSingular = /^[A-Z][a-z]+$/.test(noun) && !/s$/.test(noun) && c.reading.minor;
      return !capitalizedSingular;
    });
  },
};
