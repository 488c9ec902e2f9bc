import { parse } from "@newsgraph/core";
import { findMoney } from "@newsgraph/money";
import { code as isoCode } from "currency-codes";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// pieces of money text and of what surrounds it, shuffled into arbitrary "sentences"
const PIECES = [
  "$",
  "US$",
  "€",
  "£",
  "₩",
  "HK$",
  "5",
  "1.5",
  "1,000",
  "2023",
  "-",
  "to",
  "and",
  "between",
  "billion",
  "bn",
  "m",
  "million",
  "Korean",
  "won",
  "dollars",
  "euros",
  "pounds",
  "USD",
  "KRW",
  "(",
  ")",
  "approximately",
  "up to",
  "over",
  "per",
  "missile",
  "a",
  "year",
  "of",
  ",",
  ".",
  "\n",
  "two",
  "hundred",
  "cents",
  "=",
];

describe("on any arrangement of money words", () => {
  it("keeps the output contract", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.array(fc.constantFrom(" ", "", "  "), { minLength: 40, maxLength: 40 }),
        (pieces, gaps) => {
          const text = pieces.map((p, i) => p + (gaps[i] ?? " ")).join("");
          const found = findMoney(parse(text));
          let lastEnd = 0;
          found.forEach((m, i) => {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(lastEnd);
            expect(m.end).toBeGreaterThan(m.start);
            lastEnd = m.end;
            if (m.amount !== null) expect(Number.isFinite(m.amount)).toBe(true);
            if (m.currency !== null) expect(isoCode(m.currency)).toBeDefined();
            if (m.min !== undefined && m.max !== undefined) expect(m.min).toBeLessThanOrEqual(m.max);
            if (m.equivalentOf !== undefined) expect(m.equivalentOf).toBeLessThan(i);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
