import { type ExtractorContext, parse } from "@newsgraph/core";
import { moneyExtractor } from "@newsgraph/money";
import { describe, expect, it } from "vitest";
import { money, one, values } from "./helpers.js";

describe("amounts without slips", () => {
  it("reads pence and cents as amounts of their currency", () => {
    expect(values("Shares in the grocer rose 12p to 300p, valuing it at £2bn.")).toEqual([
      ["12p", 0.12, "GBP"],
      ["300p", 3, "GBP"],
      ["£2bn", 2e9, "GBP"],
    ]);
    expect(one("A stamp costs 50 cents.").amount).toBe(0.5);
    // not pence: a video resolution, or an article with nothing in sterling
    expect(money("The 1080p screen costs £300.").map((m) => m.text)).toEqual(["£300"]);
    expect(money("The page count rose to 300p.")).toEqual([]);
  });

  it("does not read a name that looks like an amount as money", () => {
    expect(money("The rapper 50 Cent sang at the show.")).toEqual([]);
    // the entity extractor's names count too
    const text = "Seven Dollars Inc. reported losses.";
    const context: ExtractorContext = { published: { value: null, inferred: true, evidence: null }, warn: () => {} };
    const entities = [
      {
        id: "org:x",
        type: "ORG" as const,
        name: "Seven Dollars Inc.",
        aliases: [],
        roles: [],
        mentions: [{ start: 0, end: 18, text: "Seven Dollars Inc." }],
      },
    ];
    expect(moneyExtractor.extract(parse(text), context, { entities })).toEqual([]);
    expect(moneyExtractor.extract(parse(text), context, {}).map((m) => m.text)).toEqual(["Seven Dollars"]);
  });

  it("never joins a year and an amount into a range", () => {
    expect(values("Sales rose in 2004 to 789m euros.")).toEqual([["789m euros", 789e6, "EUR"]]);
    expect(values("Profits rose in 2003 to £2.89bn, and by 2008 £60bn.")).toEqual([
      ["£2.89bn", 2.89e9, "GBP"],
      ["£60bn", 60e9, "GBP"],
    ]);
  });

  it("reads a scale after a space behind a currency sign, not a unit after a bare number", () => {
    expect(one("They paid $458 m for it.").amount).toBe(458e6);
    expect(money("The tower is 458 m tall.")).toEqual([]);
    expect(one("Samsung will invest 12 trillion won.").amount).toBe(12e12);
  });

  it("reads '$' from the country the article names most, with a confidence that says how sure", () => {
    const canadian = one(
      "Toronto-based Magna, Canada's largest parts maker, said Canadian sales rose to $5 billion as Canada's economy grew.",
    );
    expect([canadian.currency, canadian.currencyConfidence]).toEqual(["CAD", 0.75]);
    const usual = one("The firm earned $5 billion in the U.S. and Canada.");
    expect(usual.currency).toBe("USD");
    expect(usual.currencyConfidence).toBeLessThan(1);
    expect(one("It paid US$5 billion.").currencyConfidence).toBe(1);
  });
});
