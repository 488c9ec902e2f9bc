import { describe, expect, it } from "vitest";
import { dates, one, valueIn } from "./helpers.js";

const OCT = "1989-10-27"; // a Friday in the fourth quarter

describe("durations against dates: what a count is counted from", () => {
  it("'a year earlier' after a quarter is that quarter a year back, and a second one compares with the same period", () => {
    const text = "Net income in the third quarter rose. A year earlier it fell. Sales, a year earlier, were flat.";
    const found = dates(text, OCT).map((d) => [d.text, d.value]);
    expect(found).toEqual([
      ["the third quarter", "1989-Q3"],
      ["A year earlier", "1988-Q3"],
      ["a year earlier", "1988-Q3"],
    ]);
  });

  it("'up from ... a year ago' compares with the period just named; alone 'a year ago' is the year before", () => {
    expect(
      valueIn("Profit in the third quarter rose to $5 million from $4 million a year ago.", "a year ago", OCT),
    ).toBe("1988-Q3");
    expect(valueIn("A year ago he was elected.", "A year ago", OCT)).toBe("1988");
  });

  it("a count before an event is a duration; before the end of a clause it is a date counted from the one before", () => {
    const between = one("Thirty days before the vote, he left.", "Thirty days", OCT);
    expect(between.kind).toBe("duration");
    expect(between.value).toBe("P30D");
    expect(one("An hour before the attack, they fled.", "An hour", OCT).value).toBe("PT1H");
    const later = one("They met on Monday. Three days later, they signed.", "Three days later", OCT);
    expect(later.value).toBe("1989-10-26");
    // TimeML marks the duration inside it
    expect(later.timexes?.[0]).toMatchObject({ type: "DURATION", value: "P3D", text: "Three days" });
  });

  it("'a decade ago' is ten years back, a year", () => {
    expect(valueIn("A decade ago it began.", "A decade ago", OCT)).toBe("1979");
  });

  it("the same period a year back: at the granularity of the period named before", () => {
    expect(
      valueIn("Sales rose in May, compared with the same period last year.", "the same period last year", OCT),
    ).toBe("1988-05");
  });
});

describe("reporting periods", () => {
  it("reads the quarter, the latest quarter, the year-ago quarter, the current quarter and this fiscal year", () => {
    const text =
      "Net income in the latest quarter rose; in the year-earlier quarter it fell. The year-ago third quarter was bad. In the current quarter and this fiscal year, sales grow.";
    expect(dates(text, OCT).map((d) => [d.text, d.value])).toEqual([
      ["the latest quarter", "1989-Q3"],
      ["the year-earlier quarter", "1988-Q3"],
      ["The year-ago third quarter", "1988-Q3"],
      ["the current quarter", "1989-Q4"],
      ["this fiscal year", "1989"],
    ]);
  });

  it("'the quarter' is the quarter named before, else the last one reported", () => {
    expect(valueIn("In the second quarter, sales rose. The quarter was good.", "The quarter", OCT)).toBe("1989-Q2");
    expect(valueIn("The quarter was good.", "The quarter", OCT)).toBe("1989-Q3");
  });

  it("a quarter named in a future sentence is the nearest (the one being reported), not next year's", () => {
    expect(valueIn("It expects to report third-quarter results.", "third-quarter", OCT)).toBe("1989-Q3");
  });
});

describe("explicit anchors and years that belong to a month", () => {
  it("counts years from the year the article states, or from the date stated right after the count", () => {
    expect(valueIn("In 1945 the war ended. On Monday they met. Sixty years on, they met.", "Sixty years on", OCT)).toBe(
      "2005",
    );
    expect(valueIn("The war ended 60 years on from 1945.", "60 years on", OCT)).toBe("2005");
    expect(valueIn("Two days after May 5, it rained.", "Two days after", OCT)).toBe("1989-05-07");
  });

  it("gives a month the year that follows it", () => {
    expect(valueIn("That January day in 2011 was cold.", "January", OCT)).toBe("2011-01");
    expect(valueIn("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", OCT)).toBe(
      "1997-01",
    );
    expect(valueIn("It came in the year two thousand.", "the year two thousand", OCT)).toBe("2000");
  });

  it("reads 'last Oct. 23' as one expression, and 'the past year' as the year before", () => {
    expect(valueIn("He was shot last Oct. 23 at home.", "last Oct. 23", "1999-04-19")).toBe("1998-10-23");
    expect(valueIn("Prices rose in the past year.", "the past year", OCT)).toBe("1988");
    expect(valueIn("Growth slowed in the last decade.", "the last decade", "2011-03-15")).toBe("2000s");
  });

  it("a perfect is past: 'have come down from the middle of October'", () => {
    expect(valueIn("Prices have come down from the middle of October.", "the middle of October", "1998-02-23")).toBe(
      "1997-10",
    );
  });

  it("keeps a bound out of our span but gives it to TimeML as mod and extent", () => {
    const d = one("It took nearly two years.", "two years", OCT);
    expect(d.value).toBe("P2Y");
    expect(d.timexes?.[0]).toMatchObject({ text: "nearly two years", type: "DURATION", mod: "LESS_THAN" });
    expect(one("It began two years ago.", "two years ago", OCT).duration).toBe("P2Y");
  });
});

describe("bare lengths and period ends", () => {
  it("reads 'days later', 'weeks before the vote', 'months ago' as unstated lengths", () => {
    expect(dates("Days later, weeks before the vote, it ended months ago.", OCT).map((d) => [d.text, d.value])).toEqual(
      [
        ["Days", "PXD"],
        ["weeks", "PXW"],
        ["months", "PXM"],
      ],
    );
  });

  it("reads 'by the end of year', 'year-end' and 'the week of March 6'", () => {
    expect(one("It closes by the end of year.", "the end of year", OCT)).toMatchObject({ value: "1989", mod: "end" });
    expect(one("Sales rose at year-end.", "year-end", OCT)).toMatchObject({ value: "1989", mod: "end" });
    expect(valueIn("A hearing is set for the week of March 6.", "the week of March 6", "2000-02-24")).toBe("2000-W10");
  });
});

describe("comparisons with a year before", () => {
  it("'last year' and 'a year ago' after a figure compare with the period just named", () => {
    const text = "In the latest quarter, Aetna lost $23 million, compared with earnings of $33 million last year.";
    expect(valueIn(text, "last year", OCT)).toBe("1988-Q3");
    expect(
      valueIn("The thrift had net income of $132,000, or three cents a share, a year ago.", "a year ago", OCT),
    ).toBe("1988");
  });
});

describe("years of results reports", () => {
  it("reads 'the year ended March 31' as a twelve-month length, 'the full year' and 'for the year' as the year", () => {
    expect(one("Revenue for the year ended March 31 rose.", "the year", OCT)).toMatchObject({
      kind: "duration",
      value: "P1Y",
    });
    expect(valueIn("Sales for the full year were up.", "the full year", OCT)).toBe("1989");
    expect(valueIn("For the year, volume was flat.", "the year", OCT)).toBe("1989");
    // told in the past early in a year: the year just closed
    expect(valueIn("GM lost money over the entire year.", "the entire year", "2006-01-27")).toBe("2005");
  });
});
