import { DateMentionSchema, parse } from "@newsgraph/core";
import { dateExtractor, findDates, inferPublished } from "@newsgraph/dates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dates, given } from "./helpers.js";

const WORDS = [
  "May",
  "21",
  "2023",
  ",",
  "Monday",
  "(",
  ")",
  "last",
  "next",
  "this",
  "week",
  "the",
  "same",
  "day",
  "after",
  "a",
  "three",
  "years",
  "ago",
  "from",
  "to",
  "between",
  "and",
  "early",
  "mid-",
  "late",
  "every",
  "will",
  "said",
  "on",
  "10",
  "a.m.",
  "'",
  "90s",
  "Q2",
  "-",
  ".",
  "\n",
  "é",
  "😀",
];

function checkSpans(text: string, reference: string | null): void {
  const found = dates(text, reference);
  let last = -1;
  for (const d of found) {
    expect(DateMentionSchema.safeParse(d).success).toBe(true);
    expect(d.text).toBe(text.slice(d.start, d.end));
    expect(d.start).toBeGreaterThanOrEqual(last);
    last = d.end;
  }
}

describe("never throws, always returns valid spans", () => {
  it("on empty, blank, binary-looking, all-caps and foreign text", () => {
    for (const text of [
      "",
      "   \n\n ",
      "\u0000\u0001\u0002\uFFFD".repeat(50),
      "IT HAPPENED ON MAY 21, 2023 AND ON MONDAY.",
      "Der Gipfel fand am 21. Mai 2023 statt.",
      "(((((2023-",
      "May May May May 21 21 21, , , 2023 2023",
    ]) {
      expect(() => checkSpans(text, "2023-05-22")).not.toThrow();
      expect(() => inferPublished(parse(text))).not.toThrow();
    }
  });

  it("reads all-caps text", () => {
    expect(dates("IT HAPPENED ON MAY 21, 2023.", null).map((d) => d.value)).toEqual(["2023-05-21"]);
  });

  it("warns about a malformed reference date and leaves relative values unresolved", () => {
    const warnings: string[] = [];
    const doc = parse("Prices rose last month.");
    const found = dateExtractor.extract(
      doc,
      { published: given("22/05/2023"), warn: (w) => warnings.push(w.code) },
      {},
    );
    expect(found.map((d) => d.value)).toEqual([null]);
    expect(warnings).toEqual(["dates-bad-reference"]);
  });

  it("on arbitrary sequences of date-like words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.boolean(), (words, withRef) => {
        checkSpans(words.join(" "), withRef ? "2024-02-29" : null);
      }),
      { numRuns: 300 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const doc = parse(text);
        expect(() => findDates(doc, inferPublished(doc))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe("a price's per-unit tail", () => {
  it("is not a duration of its own when money claimed it ('2.5 billion yuan a year')", async () => {
    const { parse } = await import("@newsgraph/core");
    const { dateExtractor } = await import("@newsgraph/dates");
    const text = "China spends 2.5 billion yuan a year. The plan took a year.";
    const context = { published: { value: "2013-03-15", inferred: false, evidence: "test" }, warn: () => {} };
    const money = [
      {
        start: 13,
        end: 29,
        text: "2.5 billion yuan",
        amount: 2.5e9,
        currency: "CNY",
        approximate: false,
        bound: null,
        per: "year",
      },
    ];
    const withMoney = dateExtractor.extract(parse(text), context, { money });
    expect(withMoney.map((d) => d.text)).toEqual(["a year"]);
    expect(withMoney[0]?.start).toBe(text.lastIndexOf("a year"));
    expect(dateExtractor.extract(parse(text), context, {}).map((d) => d.text)).toEqual(["a year", "a year"]);
  });
});
