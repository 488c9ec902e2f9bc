import { code as isoCode } from "currency-codes";
import { describe, expect, it } from "vitest";
import { CLDR_CURRENCIES } from "../src/data/cldr-currencies.js";
import {
  CODE_ALIASES,
  DEFAULTS,
  EXCLUDED_CODES,
  NAME_ALIASES,
  SYMBOL_ADDITIONS,
  SYMBOL_OVERRIDES,
} from "../src/data/currency-extras.js";
import { lexicon } from "../src/lexicon.js";
import { parseDigits, parseSpelled, scaleValue } from "../src/numbers.js";

describe("currency data", () => {
  it("names only ISO 4217 codes", () => {
    const codes = [
      ...CLDR_CURRENCIES.map((c) => c.code),
      ...EXCLUDED_CODES,
      ...Object.values(CODE_ALIASES),
      ...Object.values(NAME_ALIASES),
      ...Object.values(SYMBOL_OVERRIDES),
      ...Object.values(SYMBOL_ADDITIONS).flat(),
      ...Object.values(DEFAULTS).map((d) => d.code),
    ];
    for (const c of codes) expect(isoCode(c), c).toBeDefined();
  });

  it("takes minor units from ISO 4217", () => {
    const lex = lexicon();
    expect(lex.digits.get("KRW")).toBe(0);
    expect(lex.digits.get("USD")).toBe(2);
    expect(lex.digits.get("KWD")).toBe(3);
    expect(lex.digits.has("XAU")).toBe(false);
  });

  it("reads names with and without their country adjective", () => {
    const lex = lexicon();
    expect(lex.name("South Korean won")?.options).toEqual(["KRW"]);
    expect(lex.name("Korean won")?.fallback).toBe("KRW");
    expect(lex.name("won")?.wordLike).toBe(true);
    expect(lex.name("Korean won")?.wordLike).toBe(false);
    expect(lex.name("dollars")?.options).toContain("AUD");
    expect(lex.name("dollars")?.fallback).toBe("USD");
    expect(lex.name("Ukrainian hryvnias")?.options).toEqual(["UAH"]);
    expect(lex.name("troy ounces of gold")).toBeUndefined();
  });

  it("reads symbols from CLDR, with news usage on top", () => {
    const lex = lexicon();
    expect(lex.symbol("HK$")?.options).toEqual(["HKD"]);
    expect(lex.symbol("C$")?.options).toEqual(["CAD"]);
    expect(lex.symbol("$")?.fallback).toBe("USD");
    expect(lex.symbol("₩")?.options).toEqual(["KPW", "KRW"]);
    expect(lex.symbol("₩")?.fallback).toBe("KRW");
    expect(lex.code("ALL")).toBeUndefined();
    expect(lex.code("CHF")?.options).toEqual(["CHF"]);
  });
});

describe("numbers", () => {
  it("parses digits with separators and decimals", () => {
    expect(parseDigits("1,234,567.5")).toBe(1234567.5);
    expect(parseDigits("12,34")).toBeNull();
  });

  it("parses scale words and abbreviations", () => {
    expect(["thousand", "million", "billion", "trillion", "k", "m", "mn", "bn", "tn"].map(scaleValue)).toEqual([
      1e3, 1e6, 1e9, 1e12, 1e3, 1e6, 1e6, 1e9, 1e12,
    ]);
    expect(scaleValue("millions")).toBe(1e6);
    expect(scaleValue("miles")).toBeNull();
  });

  it("parses spelled-out numbers and refuses word salad", () => {
    expect(parseSpelled("twenty-five")).toBe(25);
    expect(parseSpelled("one hundred and twenty")).toBe(120);
    expect(parseSpelled("twenty-five hundred")).toBe(2500);
    expect(parseSpelled("a")).toBe(1);
    expect(parseSpelled("half a")).toBe(0.5);
    expect(parseSpelled("five five")).toBeNull();
    expect(parseSpelled("twenty thirty")).toBeNull();
  });
});
