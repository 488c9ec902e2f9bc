import { describe, expect, it } from "vitest";
import { money, one, values } from "./helpers.js";

describe("currency symbols", () => {
  it.each([
    ["They paid $250 for it.", "$250", 250, "USD"],
    ["a fund of €40 million", "€40 million", 40e6, "EUR"],
    ["a £3.5bn loss", "£3.5bn", 3.5e9, "GBP"],
    ["sales of ¥800 billion", "¥800 billion", 800e9, "JPY"],
    ["a budget of ₩1,200,000", "₩1,200,000", 1.2e6, "KRW"],
    ["pensions of ₴3,000", "₴3,000", 3000, "UAH"],
    ["fines of ₽500,000", "₽500,000", 500000, "RUB"],
    ["worth US$5m", "US$5m", 5e6, "USD"],
    ["worth US$ 5 million", "US$ 5 million", 5e6, "USD"],
    ["A$20 billion in subsidies", "A$20 billion", 20e9, "AUD"],
    ["a C$1.2bn pipeline", "C$1.2bn", 1.2e9, "CAD"],
    ["HK$3.5 trillion of deposits", "HK$3.5 trillion", 3.5e12, "HKD"],
    ["priced at ₹2,500", "₹2,500", 2500, "INR"],
    ["a 50 € fee", "50 €", 50, "EUR"],
    ["a 100₽ coin", "100₽", 100, "RUB"],
  ])("%s", (text, span, amount, currency) => {
    const m = one(text);
    expect([m.text, m.amount, m.currency]).toEqual([span, amount, currency]);
  });
});

describe("currency codes before and after the number", () => {
  it.each([
    ["issued USD 5m of notes", "USD 5m", 5e6, "USD"],
    ["raised EUR1.2bn", "EUR1.2bn", 1.2e9, "EUR"],
    ["a 3 billion KRW order", "3 billion KRW", 3e9, "KRW"],
    ["cost 750 GBP", "750 GBP", 750, "GBP"],
    ["RMB 10 billion in loans", "RMB 10 billion", 10e9, "CNY"],
    ["NIS 20 million for schools", "NIS 20 million", 20e6, "ILS"],
  ])("%s", (text, span, amount, currency) => {
    const m = one(text);
    expect([m.text, m.amount, m.currency]).toEqual([span, amount, currency]);
    expect(m.currencyInferred).toBe(false);
  });

  it("does not read codes that are English words or acronyms", () => {
    expect(money("ALL 5 MEMBERS VOTED; TOP 10 LIST; AMD 5 billion")).toEqual([]);
  });
});

describe("currency names and adjectives", () => {
  it.each([
    ["520 billion Korean won in aid", "520 billion Korean won", 520e9, "KRW"],
    ["3 billion South Korean won", "3 billion South Korean won", 3e9, "KRW"],
    ["a 5 million euros grant", "5 million euros", 5e6, "EUR"],
    ["30,000 hryvnias a month", "30,000 hryvnias", 30000, "UAH"],
    ["2 million rubles", "2 million rubles", 2e6, "RUB"],
    ["2 million roubles", "2 million roubles", 2e6, "RUB"],
    ["2 trillion yen of bonds", "2 trillion yen", 2e12, "JPY"],
    ["10 million pounds sterling", "10 million pounds sterling", 10e6, "GBP"],
    ["5 million U.S. dollars", "5 million U.S. dollars", 5e6, "USD"],
    ["40 million Australian dollars", "40 million Australian dollars", 40e6, "AUD"],
    ["8 billion Hong Kong dollars", "8 billion Hong Kong dollars", 8e9, "HKD"],
    ["12 Swiss francs", "12 Swiss francs", 12, "CHF"],
    ["500 Czech crowns", "500 Czech crowns", 500, "CZK"],
    ["1.2 billion Chinese yuan", "1.2 billion Chinese yuan", 1.2e9, "CNY"],
    ["50 cents a litre", "50 cents", 0.5, "USD"],
  ])("%s", (text, span, amount, currency) => {
    const m = one(text);
    expect([m.text, m.amount, m.currency]).toEqual([span, amount, currency]);
  });

  it("leaves a sentence's full stop and a possessive out of the name", () => {
    expect(one("It cost 5 million euros.").text).toBe("5 million euros");
    expect(one("5 billion dollars' worth of arms").text).toBe("5 billion dollars");
  });
});

describe("scales, separators and decimals", () => {
  it.each([
    ["$5 thousand", 5e3],
    ["$50k", 50e3],
    ["$7m", 7e6],
    ["$7 mn", 7e6],
    ["$7 million", 7e6],
    ["$2 billion", 2e9],
    ["$2bn", 2e9],
    ["$1.25 trillion", 1.25e12],
    ["$1tn", 1e12],
    ["$3.2-billion", 3.2e9],
    ["$1,234,567.89", 1234567.89],
    ["$0.75", 0.75],
    ["Rs 500 crore", 5e9],
  ])("%s", (text, amount) => {
    expect(one(`It was ${text} in all.`).amount).toBe(amount);
  });

  it("keeps decimals of a scaled amount exact", () => {
    expect(one("a $3.2 billion deal").amount).toBe(3_200_000_000);
    expect(one("a $0.1 billion deal").amount).toBe(100_000_000);
  });
});

describe("spelled-out numbers", () => {
  it.each([
    ["two billion dollars", 2e9],
    ["a million dollars", 1e6],
    ["five hundred euros", 500],
    ["twenty-five million dollars", 25e6],
    ["one hundred and twenty thousand pounds", 120e3],
    ["half a billion dollars", 5e8],
  ])("%s", (text, amount) => {
    const m = one(`They spent ${text} on it.`);
    expect([m.text, m.amount]).toEqual([text, amount]);
  });

  it("does not read numbers that are not ones", () => {
    expect(money("one one one dollars")).toEqual([]);
  });
});

describe("modifiers kept as data, outside the span", () => {
  it.each([
    ["about", true, null],
    ["around", true, null],
    ["approximately", true, null],
    ["roughly", true, null],
    ["some", true, null],
    ["nearly", true, null],
    ["almost", true, null],
    ["over", false, "over"],
    ["more than", false, "over"],
    ["at least", false, "at_least"],
    ["up to", false, "up_to"],
    ["under", false, "under"],
    ["less than", false, "under"],
  ])("%s", (modifier, approximate, bound) => {
    const m = one(`The ministry pledged ${modifier} $100 million in aid.`);
    expect(m.text).toBe("$100 million");
    expect(m.approximate).toBe(approximate);
    expect(m.bound).toBe(bound);
    expect(m.modifier).toBe(modifier);
  });

  it("reads stacked modifiers and modifiers after the amount", () => {
    const stacked = one("up to about $5 million");
    expect([stacked.bound, stacked.approximate, stacked.modifier]).toEqual(["up_to", true, "up to about"]);
    const after = one("$5 million or more");
    expect([after.text, after.bound]).toEqual(["$5 million", "at_least"]);
  });

  it("leaves amounts without modifiers plain", () => {
    const m = one("It pledged $130 million.");
    expect([m.approximate, m.bound, m.modifier]).toEqual([false, null, undefined]);
  });
});

describe("ranges", () => {
  it("reads a shared scale: $1-2 billion", () => {
    const m = one("a deal worth $1-2 billion");
    expect([m.text, m.amount, m.min, m.max, m.currency]).toEqual(["$1-2 billion", 1e9, 1e9, 2e9, "USD"]);
  });

  it("reads between ... and ...", () => {
    const m = one("between $1 billion and $2 billion");
    expect([m.text, m.min, m.max]).toEqual(["$1 billion and $2 billion", 1e9, 2e9]);
    const bare = one("between 1 and 2 billion euros");
    expect([bare.min, bare.max, bare.currency]).toEqual([1e9, 2e9, "EUR"]);
  });

  it("reads A to B and A-B with two signs", () => {
    expect(one("$1 billion to $2 billion").max).toBe(2e9);
    expect(one("€5m-€7m").max).toBe(7e6);
    expect(one("$1 to 2 billion").min).toBe(1e9);
  });

  it("reads a change as two amounts, not a range", () => {
    expect(values("revenue rose from $5 million to $8 million")).toEqual([
      ["$5 million", 5e6, "USD"],
      ["$8 million", 8e6, "USD"],
    ]);
    expect(values("the price was cut by $200 to $399")).toEqual([
      ["$200", 200, "USD"],
      ["$399", 399, "USD"],
    ]);
    expect(money("crude was down $2.86 to $77.11")).toHaveLength(2);
    expect(money("ranging from $5 to $8")[0]?.max).toBe(8);
  });

  it("keeps two amounts joined by 'and' without 'between' apart", () => {
    expect(money("$1 billion and $2 billion")).toHaveLength(2);
  });
});

describe("per-unit prices", () => {
  it("reads per ... after the amount, outside the span", () => {
    const m = one("with a price tag of up to 1.5 billion Korean won per missile.");
    expect([m.text, m.amount, m.currency, m.per, m.bound]).toEqual([
      "1.5 billion Korean won",
      1.5e9,
      "KRW",
      "missile",
      "up_to",
    ]);
  });

  it("reads 'a barrel', '/barrel' and 'each'", () => {
    expect(one("oil at $80 a barrel").per).toBe("barrel");
    expect(one("oil at $80/barrel").per).toBe("barrel");
    expect(one("tanks at $5 million each").per).toBe("each");
    expect(one("$50,000 per metric ton of steel").per).toBe("metric ton");
  });

  it("does not take an ordinary noun or a time after 'a' for a unit", () => {
    expect(one("$5 million a deal").per).toBeNull();
    expect(one("up from 2.4 trillion won a year earlier").per).toBeNull();
  });
});

describe("stated equivalents", () => {
  it("links the amount in parentheses to the one before it", () => {
    const found = money("South Korea pledged 520 billion Korean won (approximately $377 million) in aid.");
    expect(found.map((m) => [m.text, m.amount, m.currency, m.equivalentOf, m.approximate])).toEqual([
      ["520 billion Korean won", 520e9, "KRW", undefined, false],
      ["$377 million", 377e6, "USD", 0, true],
    ]);
  });

  it("links 'A, or about B' but not a list 'A, B'", () => {
    expect(money("€10 million, or about $11 million, was spent")[1]?.equivalentOf).toBe(0);
    expect(money("€10 million, £9 million and $12 million")[1]?.equivalentOf).toBeUndefined();
  });

  it("gives the equivalent the per-unit of the first", () => {
    const found = money("1.5 billion won per missile (about $1.1 million)");
    expect(found[1]?.per).toBe("missile");
  });

  it("does not link two amounts in the same currency", () => {
    expect(money("$5 million ($4 million net)")[1]?.equivalentOf).toBeUndefined();
  });
});

describe("the vague and the adjectival", () => {
  it("reads 'billions of dollars' as an order, with no amount", () => {
    const m = one("they lost billions of dollars");
    expect([m.text, m.amount, m.currency, m.min, m.max]).toEqual(["billions of dollars", null, "USD", 1e9, 1e12]);
    expect(one("hundreds of millions of euros").min).toBe(1e8);
  });

  it("reads 'billion-dollar' as an order, and a number before it as the amount", () => {
    expect(one("a billion-dollar deal").amount).toBeNull();
    expect(one("a 5-billion-dollar deal").amount).toBe(5e9);
  });
});
