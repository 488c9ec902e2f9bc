import { describe, expect, it } from "vitest";
import { dates, one } from "./helpers.js";

const FRIDAY = "2013-03-15";

describe("the TimeML reading of each date (timex)", () => {
  it("reads now, currently, recently, the past and the future as TimeML's reference points, with no value of ours", () => {
    const text =
      "Now the alliance is bigger. It currently holds 5%. They recently met. In the past, and in the near future.";
    const found = dates(text, FRIDAY).map((d) => [d.text, d.value, d.timex?.value]);
    expect(found).toEqual([
      ["Now", null, "PRESENT_REF"],
      ["currently", null, "PRESENT_REF"],
      ["recently", null, "PAST_REF"],
      ["the past", null, "PAST_REF"],
      ["the near future", null, "FUTURE_REF"],
    ]);
  });

  it("does not read 'now that', 'for now', 'the future of' or the past of a stretch as reference points", () => {
    const text = "Now that it is over, for now, the future of peace is bright over the past two years.";
    expect(dates(text, FRIDAY).map((d) => d.text)).toEqual(["the past two years"]);
  });

  it("writes parts of the day and time zones TimeML's way, our value keeping the day and the time", () => {
    const afternoon = one("They met Friday afternoon.", "Friday afternoon", FRIDAY);
    expect(afternoon.value).toBe(FRIDAY);
    expect(afternoon.timex).toMatchObject({ type: "TIME", value: "2013-03-15TAF" });
    expect(one("It burned last night.", "last night", FRIDAY).timex?.value).toBe("2013-03-14TNI");
    const est = one("The vote opens at 9 a.m. EST.", "9 a.m. EST", FRIDAY);
    expect(est.value).toBe("2013-03-15T09:00");
    expect(est.timex).toMatchObject({ type: "TIME", value: "2013-03-15T09:00-05:00" });
    expect(one("It landed at 18:00 UTC today.", "18:00 UTC today", FRIDAY).timex?.value).toBe("2013-03-15T18:00Z");
  });

  it("writes sets as the pattern of one occurrence, with quant and freq", () => {
    expect(one("He runs every morning.", "every morning", FRIDAY).timex).toEqual({
      type: "SET",
      value: "XXXX-XX-XXTMO",
      quant: "EVERY",
    });
    expect(one("Flights leave on Tuesday nights.", "Tuesday nights", FRIDAY).timex?.value).toBe("XXXX-WXX-2TNI");
    expect(one("It is checked each season.", "each season", FRIDAY).timex).toMatchObject({
      type: "SET",
      quant: "EACH",
    });
    expect(one("They meet twice a year.", "twice a year", FRIDAY).timex).toMatchObject({ value: "P1Y", freq: "2X" });
  });

  it("writes a range as TimeML does, one TIMEX3 per end with its own span", () => {
    const d = one("The program ran in 2009-2010.", "2009-2010", FRIDAY);
    expect(d.value).toBe("2009/2010");
    expect(d.timex).toBeUndefined();
    expect(d.timexes?.map((t) => [t.text, t.type, t.value])).toEqual([
      ["2009", "DATE", "2009"],
      ["2010", "DATE", "2010"],
    ]);
  });

  it("writes a decade as TimeML's three digits and a fuzzy part as its mod", () => {
    expect(one("It grew in the 1990s.", "1990s", FRIDAY).timex?.value).toBe("199");
    expect(one("It opened in early 2011.", "early 2011", FRIDAY).timex).toMatchObject({ value: "2011", mod: "START" });
  });

  it("gives every date a confidence and the rules that decided it", () => {
    const stated = one("It opened on May 21, 2011.", "May 21, 2011", FRIDAY);
    const byTense = one("It opened in May.", "May", FRIDAY);
    expect(stated.confidence).toBeGreaterThan(byTense.confidence ?? 1);
    expect(byTense.evidence?.map((e) => e.rule)).toEqual(["parser:month-year", "tense:past"]);
    const none = one("It opened in May.", "May", null);
    expect(none.value).toBeNull();
    expect(none.confidence).toBeLessThan(0.6);
  });
});
