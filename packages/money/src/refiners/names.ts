import type { Refiner } from "../candidate.js";

/**
 * Names that look like amounts are no amounts: an expression inside or across a name the entity extractor found
 * ("50 Cent" as a person), and a count other than one before a currency noun written as a capitalized singular
 * that has a plural of its own ("50 Cent", not "50 cents"): a stage name or a brand, not money.
 */
export const dropNames: Refiner = {
  name: "drop-names",
  refine(candidates, { text, names }) {
    return candidates.filter((c) => {
      if (names.some((n) => n.start < c.end && c.start < n.end)) return false;
      const p = c.phrase;
      if (!p || c.via !== "suffix-name" || p.value === 1) return true;
      const noun = /([A-Za-z]+)$/.exec(text.slice(p.end, c.end))?.[1] ?? "";
      const capitalizedSingular = /^[A-Z][a-z]+$/.test(noun) && !/s$/.test(noun) && c.reading.minor;
      return !capitalizedSingular;
    });
  },
};
