import type { Candidate, Refiner } from "../candidate.js";

/** Where two readings overlap, the longer one holds ("5 billion-dollar" over "billion-dollar"). */
export const dropOverlaps: Refiner = {
  name: "drop-overlaps",
  refine(candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const last = kept[kept.length - 1];
      if (last && c.start < last.end) {
        if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
        continue;
      }
      kept.push(c);
    }
    return kept;
  },
};
