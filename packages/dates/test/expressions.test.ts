import { describe, expect, it } from "vitest";
import { dates, one, valueIn } from "./helpers.js";

const REF = "2023-05-22"; // a Monday

describe("full dates in the common news styles", () => {
  it.each([
    ["It happened on May 21, 2023, in Hiroshima.", "May 21, 2023", "2023-05-21"],
    ["It happened on 21 May 2023 in Hiroshima.", "21 May 2023", "2023-05-21"],
    ["It happened on 2023-05-21 in Hiroshima.", "2023-05-21", "2023-05-21"],
    ["It happened on Sept. 5, 2022, in Kyiv.", "Sept. 5, 2022", "2022-09-05"],
    ["It happened on the 5th of March 2021.", "5th of March 2021", "2021-03-05"],
    ["It happened on 5/21/2023 at the summit.", "5/21/2023", "2023-05-21"],
    ["It happened on 21.05.2023 at the summit.", "21.05.2023", "2023-05-21"],
  ])("%s", (text, surface, value) => {
    const d = one(text, surface, REF);
    expect(d.value).toBe(value);
    expect(d.granularity).toBe("day");
    expect(d.relative).toBe(false);
  });

  it("takes a month and day without a year from the reference date", () => {
    const d = one("Reuters published the interview April 19.", "April 19", REF);
    expect(d.value).toBe("2023-04-19");
    expect(d.relative).toBe(true);
    expect(d.note).toMatch(/year from the reference date/);
  });

  it("does not take a sentence's final period into a month", () => {
    expect(dates("The loss was reported in March.", REF).map((d) => d.text)).toEqual(["March"]);
  });

  it("rejects impossible days", () => {
    expect(dates("The deadline is February 30, 2023 for all.", REF).filter((d) => d.granularity === "day")).toEqual([]);
  });
});

describe("months, years, decades, seasons, quarters", () => {
  it.each([
    ["The invasion began in February 2022.", "February 2022", "2022-02", "month"],
    ["The talks were held in 2019.", "2019", "2019", "year"],
    ["Prices rose in the 1990s.", "1990s", "1990s", "decade"],
    ["It was popular in the '80s.", "'80s", "1980s", "decade"],
    ["The 20th century saw two wars.", "20th century", "19", "century"],
    ["Profits fell in Q2 2023.", "Q2 2023", "2023-Q2", "quarter"],
    ["Profits fell in the second quarter of 2022.", "the second quarter of 2022", "2022-Q2", "quarter"],
    ["The plant opens in summer 2024.", "summer 2024", "2024-SU", "season"],
    ["The 2022-23 season ended.", "2022-23", "2022/2023", "year"],
  ])("%s", (text, surface, value, granularity) => {
    const d = one(text, surface, REF);
    expect(d.value).toBe(value);
    expect(d.granularity).toBe(granularity);
  });

  it("reads a month alone against the reference and the tense", () => {
    expect(valueIn("Since June, South Korea has pledged aid.", "June", REF)).toBe("2022-06");
    expect(valueIn("The factory will open in September.", "September", REF)).toBe("2023-09");
  });

  it("keeps a month's year counted from the reference", () => {
    expect(valueIn("In August last year, Seoul pledged aid.", "August last year", "2024-07-11")).toBe("2023-08");
  });

  it("is not fooled by month words that are verbs, modals or names", () => {
    expect(dates("Seoul may ship equipment. May I ask? Protesters march on.", REF)).toEqual([]);
    expect(dates("April Ryan asked a question.", REF)).toEqual([]);
  });

  it("tells a year from a count, an amount or a name", () => {
    expect(dates("The army sent 2000 troops and paid $2023 for the Russell 2000 Index.", REF)).toEqual([]);
    expect(valueIn("In 2000, troops arrived.", "2000", REF)).toBe("2000");
  });
});

describe("weekdays", () => {
  it("resolves a weekday against the reference", () => {
    const d = one("Jeon told reporters Monday that aid would follow.", "Monday", REF);
    expect(d.value).toBe("2023-05-22");
    expect(d.relative).toBe(true);
  });

  it("keeps the preposition out of the span", () => {
    expect(dates("The ministry agreed on Wednesday to help.", REF).map((d) => d.text)).toEqual(["Wednesday"]);
  });

  it("gives a weekday beside an explicit date that date", () => {
    const found = dates("In a post on Thursday (July 11), he spoke.", "2024-07-12");
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["Thursday", "2024-07-11"],
      ["July 11", "2024-07-11"],
    ]);
    expect(found[0]?.note).toMatch(/the date beside it/);
  });

  it("resolves last, next and this", () => {
    const text = "They met last Monday, meet this Friday and will meet again next Tuesday.";
    expect(valueIn(text, "last Monday", REF)).toBe("2023-05-15");
    expect(valueIn(text, "this Friday", REF)).toBe("2023-05-26");
    expect(valueIn(text, "next Tuesday", REF)).toBe("2023-05-23");
  });

  it("is not fooled by names and holidays", () => {
    expect(dates("The Sunday Times reported it. Bloody Sunday is remembered.", REF)).toEqual([]);
  });
});

describe("relative phrases", () => {
  it.each([
    ["The ministry said so yesterday.", "yesterday", "2023-05-21", "day"],
    ["The ministry will say so tomorrow.", "tomorrow", "2023-05-23", "day"],
    ["Prices rose last month.", "last month", "2023-04", "month"],
    ["Prices rose earlier this month.", "earlier this month", "2023-05", "month"],
    ["Prices rose this week.", "this week", "2023-W21", "week"],
    ["Prices rose last week.", "last week", "2023-W20", "week"],
    ["Prices will rise next year.", "next year", "2024", "year"],
    ["Prices rose last year.", "last year", "2022", "year"],
    ["Prices rose three days ago.", "three days ago", "2023-05-19", "day"],
    ["Prices rose two years ago.", "two years ago", "2021", "year"],
    ["Prices rose this summer.", "this summer", "2023-SU", "season"],
    ["Prices rose over the weekend.", "the weekend", "2023-W20-WE", "week"],
  ])("%s", (text, surface, value, granularity) => {
    const d = one(text, surface, REF);
    expect(d.value).toBe(value);
    expect(d.granularity).toBe(granularity);
    expect(d.relative).toBe(true);
  });

  it("counts anaphoric expressions from the date named before them", () => {
    const text = "The leaders met on May 21, 2023. A day after, the ministry spoke. The same day, Kyiv thanked Seoul.";
    expect(valueIn(text, "A day after", REF)).toBe("2023-05-22");
    expect(valueIn(text, "The same day", REF)).toBe("2023-05-22");
    const treaty = "On June 19, the two signed a treaty. The day after they signed it, Seoul reacted.";
    expect(valueIn(treaty, "The day after", "2024-07-11")).toBe("2024-06-20");
    expect(valueIn("Aid rose this year, eight times more than the previous year.", "the previous year", REF)).toBe(
      "2022",
    );
  });

  it("reads fuzzy parts and boundaries as a mod on the value", () => {
    const late = one("In late January, NATO urged Seoul to do more.", "late January", REF);
    expect([late.value, late.mod]).toEqual(["2023-01", "late"]);
    const mid = one("Talks resume in mid-June.", "mid-June", REF);
    expect([mid.value, mid.mod]).toEqual(["2023-06", "mid"]);
    const early = one("Sales fell in early 2022.", "early 2022", REF);
    expect([early.value, early.mod]).toEqual(["2022", "early"]);
    const end = one("The deal will close by the end of the year.", "the end of the year", REF);
    expect([end.value, end.mod]).toEqual(["2023", "end"]);
    expect(one("Prices fell late last year.", "late last year", REF).value).toBe("2022");
  });

  it("writes clock times with their day", () => {
    expect(valueIn("The court opened at 10 a.m. Monday.", "10 a.m. Monday", REF)).toBe("2023-05-22T10:00");
    expect(valueIn("Trading halted at 18:00 UTC today.", "18:00 UTC today", REF)).toBe("2023-05-22T18:00");
  });
});

describe("durations, sets and ranges", () => {
  it.each([
    ["The visit lasted for three weeks.", "three weeks", "P3W"],
    ["The plane flew for 24 hours.", "24 hours", "PT24H"],
    ["He signed a two-year contract.", "two-year", "P2Y"],
    ["The project is two and a half years late.", "two and a half years", "P2.5Y"],
    ["Stocks fell after six straight days of losses.", "six straight days", "P6D"],
    ["The dispute lasted for years.", "years", "PXY"],
    ["It took a decade to build.", "a decade", "P10Y"],
  ])("%s", (text, surface, iso) => {
    const d = one(text, surface, REF);
    expect(d.kind).toBe("duration");
    expect(d.value).toBe(iso);
    expect(d.duration).toBe(iso);
  });

  it("gives durations counted from the reference their two ends", () => {
    const d = one("Exports doubled over the past two years.", "the past two years", REF);
    expect([d.kind, d.duration, d.rangeStart, d.rangeEnd]).toEqual(["duration", "P2Y", "2021-05-22", "2023-05-22"]);
  });

  it.each([
    ["The committee meets every Monday.", "every Monday", "XXXX-WXX-1", "P1W"],
    ["The report comes out each year.", "each year", "P1Y", "P1Y"],
    ["Shipments arrive every two weeks.", "every two weeks", "P2W", "P2W"],
    ["The index is published weekly.", "weekly", "P1W", "P1W"],
    ["The board meets twice a year.", "twice a year", "P1Y", "P1Y"],
    ["The market is closed on Sundays.", "Sundays", "XXXX-WXX-7", "P1W"],
  ])("%s", (text, surface, value, period) => {
    const d = one(text, surface, REF);
    expect(d.kind).toBe("set");
    expect([d.value, d.duration]).toEqual([value, period]);
  });

  it.each([
    ["Troops stayed from June to August.", "from June to August", "2022-06", "2022-08"],
    ["Aid rose between 2022 and 2024.", "between 2022 and 2024", "2022", "2024"],
    ["Talks ran June to August 2021.", "June to August 2021", "2021-06", "2021-08"],
    ["The fair runs May 21-23, 2023.", "May 21-23, 2023", "2023-05-21", "2023-05-23"],
  ])("%s", (text, surface, start, end) => {
    const d = one(text, surface, REF);
    expect(d.kind).toBe("range");
    expect([d.rangeStart, d.rangeEnd, d.value]).toEqual([start, end, `${start}/${end}`]);
  });

  it("does not read ages or attributive adjectives as temporal expressions", () => {
    expect(dates("A 20-year-old man signed up for a daily email.", REF)).toEqual([]);
  });
});
