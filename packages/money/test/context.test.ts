import { describe, expect, it } from "vitest";
import { money, one, values } from "./helpers.js";

describe("currency context", () => {
  it("reads a bare $ as USD, and says it was inferred", () => {
    const m = one("The company earned $5 million.");
    expect([m.currency, m.currencyInferred]).toEqual(["USD", true]);
  });

  it("reads a bare $ as the article's other dollar when that is the only one made plain", () => {
    const text = "The state will spend 40 million Australian dollars on roads. A further $5 million goes to rail.";
    expect(values(text)).toEqual([
      ["40 million Australian dollars", 40e6, "AUD"],
      ["$5 million", 5e6, "AUD"],
    ]);
  });

  it("does not read $ as a currency of another kind that shares the sign", () => {
    const text = "The bank sold 20 billion Mexican pesos. Oil rose to $80 a barrel.";
    expect(money(text).map((m) => m.currency)).toEqual(["MXN", "USD"]);
  });

  it("keeps $ as USD when the article also writes US dollars plainly", () => {
    const text = "Sales were A$10 million. The fund has US$2 million and a further $3 million.";
    expect(money(text).map((m) => m.currency)).toEqual(["AUD", "USD", "USD"]);
  });

  it("keeps $ as USD in a stated equivalent of another dollar", () => {
    const found = money("The deal is worth C$500 million ($370 million).");
    expect(found.map((m) => [m.currency, m.equivalentOf])).toEqual([
      ["CAD", undefined],
      ["USD", 0],
    ]);
  });

  it("keeps $ as USD after an exchange-rate note", () => {
    const text = "The bank lent C$2 billion and $1 billion more.\n($1 = 1.35 Canadian dollars)";
    expect(money(text).map((m) => m.currency)).toEqual(["CAD", "USD", "USD", "CAD"]);
  });

  it("follows a declaration of the article's dollar", () => {
    const text = "All figures in Canadian dollars. The province will spend $2 billion.";
    expect(one(text).currency).toBe("CAD");
  });

  it("reads ¥ as yen unless the article makes yuan plain", () => {
    expect(one("Toyota earned ¥500 billion.").currency).toBe("JPY");
    expect(money("Exports rose to 3 trillion yuan; one firm made ¥5 billion.")[1]?.currency).toBe("CNY");
  });

  it("reads rupees by the country the article names", () => {
    expect(one("In Pakistan, fuel costs 300 rupees a litre.").currency).toBe("PKR");
    expect(one("Fuel costs 100 rupees a litre.").currency).toBe("INR");
  });

  it("reads 'won' as the South Korean won even in an article about North Korea", () => {
    expect(one("North Korea's missiles cost 3 billion won each.").currency).toBe("KRW");
  });
});

describe("what is not money", () => {
  it.each([
    ["a year", "The war began in 2022 and the talks in 2023."],
    ["a caliber", "It fired 155mm shells and 120 mm rounds."],
    ["a count", "Seoul will export 10 sets of the system to 3 countries."],
    ["a percentage", "Prices rose 5% and wages 3.2 percent."],
    ["a phone number", "Call 555-1234 or +1 202 555 0199."],
    ["a model number", "The F-16 and the A380 and the MiG-29 flew."],
    ["a weight", "It dropped 2,000 pounds of explosives and a 500-pound bomb."],
    ["a price level", "The figures are in 2023 dollars."],
    ["a currency without an amount", "The Korean won fell against the dollar."],
    ["a verb", "Lee Sung-won said the company won 3 contracts."],
    ["a year before a currency noun", "the 2024 euro zone budget"],
    ["an index level", "The Dow fell below the ten thousand mark and the DAX below 5,000 marks."],
  ])("%s", (_, text) => {
    expect(money(text)).toEqual([]);
  });

  it("reads a word-like noun without a scale only when the article uses that currency elsewhere", () => {
    expect(money("The fine was 500 pounds.")).toEqual([]);
    expect(values("The fine was £500, later cut to 300 pounds.")).toEqual([
      ["£500", 500, "GBP"],
      ["300 pounds", 300, "GBP"],
    ]);
    expect(one("a fine of 5 million pounds").currency).toBe("GBP");
  });
});

describe("any text", () => {
  it("returns nothing for empty, binary or non-English text, and never throws", () => {
    expect(money("")).toEqual([]);
    expect(money("\u0000\u0001\uffff".repeat(100))).toEqual([]);
    expect(money("Das kostet viele Euro und noch mehr.")).toEqual([]);
    expect(money("$".repeat(10000))).toEqual([]);
  });

  it("reads all-caps headlines", () => {
    expect(values("SEOUL PLEDGES $100 MILLION TO KYIV")).toEqual([["$100 MILLION", 100e6, "USD"]]);
  });

  it("keeps offsets right after astral characters", () => {
    const text = "😀😀 The aid 🇰🇷 was $5 million.";
    const m = one(text);
    expect(text.slice(m.start, m.end)).toBe("$5 million");
  });

  it("reads a long article in time linear in its length", () => {
    const paragraph = "Seoul pledged over $100 million and 520 billion won (about $377 million) to Kyiv. ";
    expect(money(paragraph.repeat(400))).toHaveLength(1200);
  });
});
