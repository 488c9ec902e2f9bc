import { describe, expect, it } from "vitest";
import { dates, one, valueIn } from "./helpers.js";

const OCT = "1989-10-27"; // a Friday in the fourth quarter

describe("durations against dates: what a count is counted from", () => {
  it("'a year earlier' after a quarter is that quarter a year back, and a second one compares with the same period", () => {
    const text = "Net income in the third quarter rose. A year earlier it fell. Sales, a year earlier, were flat.";
    const found = dates(text, OCT).map((d) => [d.text, d.value]);
    expect(found).toEqual([
      ["third quarter", "1989-Q3"],
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
