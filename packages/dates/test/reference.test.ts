import { afterEach, describe, expect, it, vi } from "vitest";
import { dates, one, reference } from "./helpers.js";

describe("inferring the reference date from the text", () => {
  it("takes a date the article presents as its own: a label, a dateline, a line of its own", () => {
    expect(reference("Published: June 3, 2021\nThe council met on Tuesday.").value).toBe("2021-06-03");
    expect(reference("SEOUL, March 4, 2022 — The council met on Tuesday.").value).toBe("2022-03-04");
    const own = reference("Council approves budget\nMarch 4, 2022\nThe council met on Thursday and approved it.");
    expect(own.value).toBe("2022-03-04");
    expect(own.inferred).toBe(true);
    expect(own.evidence).toMatch(/line of its own/);
  });

  it("never takes the latest date the text states: without positive evidence the value is null, with the reason", () => {
    const text =
      "The leaders posed at the summit, May 21, 2023.\n\nSeoul may ship aid, a spokesman told reporters Monday. " +
      "The two leaders met on May 16 in Seoul.";
    const r = reference(text);
    expect(r.value).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.evidence).toMatch(/no positive evidence/);
    // a historical weekday-date pair in an article that names a later year is not the article's date
    expect(
      reference("On Tuesday, September 11, 2001, the towers fell. In 2004 the inquiry reported.").value,
    ).toBeNull();
  });

  it("reads an event told with its date and, in another sentence, with its weekday; the news day is the lead's later weekday", () => {
    const text =
      "President Yoon and President Zelenskyy pose at the summit in Hiroshima, Japan, May 21, 2023.\n\n" +
      "Seoul may ship aid, a spokesman told reporters Monday.\n\n" +
      "President Yoon promised aid when they met Sunday at the summit in Hiroshima.";
    const r = reference(text);
    expect(r.value).toBe("2023-05-22");
    expect(r.reasons?.map((x) => x.rule)).toEqual(["weekday-date-pair-across", "later-weekday"]);
    expect(r.confidence).toBeLessThan(0.5);
  });

  it("gives each kind of evidence its weight: a label or a dateline more than a weekday-date pair", () => {
    const label = reference("Published: June 3, 2021\nThe council met on Tuesday.");
    expect(label.reasons?.[0]?.rule).toBe("publication-label");
    const pair = reference("The war began in February 2022. In a post on Thursday (July 11), he asked for aid.");
    expect(pair.reasons?.[0]?.rule).toBe("weekday-date-pair");
    expect(label.confidence).toBeGreaterThan(pair.confidence ?? 1);
  });

  it("does not move past the latest date when the weekday names a day already dated", () => {
    const text =
      "The attack on Monday (July 8) killed dozens. On Thursday (July 11), the ambassador spoke. " +
      "The war began in February 2022. Missiles hit the city on Monday.";
    expect(reference(text).value).toBe("2024-07-11");
  });

  it("lets a weekday beside a date fix its year: the first year from the latest one the article names", () => {
    const text =
      "Since the invasion in February 2022, aid has grown. In a post on Thursday (July 11), he asked for more.";
    const r = reference(text);
    expect(r.value).toBe("2024-07-11");
    expect(r.evidence).toMatch(/first year from 2022/);
    const d = one(text, "July 11", null);
    expect(d.value).toBe("2024-07-11");
    expect(d.note).toMatch(/year 2024: the first year from 2022/);
  });

  it("ignores dates in future contexts", () => {
    expect(reference("The ministry said on Friday it will hold elections on June 5, 2031.").value).toBeNull();
  });

  it("finds none when the text states no full date, and then leaves relative values unresolved", () => {
    const text =
      "The delegation plans to meet officials as early as Wednesday. Rudenko said Sunday that ties would suffer.";
    const r = reference(text);
    expect(r.value).toBeNull();
    expect(r.inferred).toBe(true);
    const found = dates(text, r.value);
    expect(found.map((d) => [d.text, d.value, d.relative, d.partial])).toEqual([
      ["Wednesday", null, true, "XXXX-WXX-3"],
      ["Sunday", null, true, "XXXX-WXX-7"],
    ]);
    expect(one("Prices rose last month, in late January.", "late January", null).partial).toBe("XXXX-01");
  });
});

describe("the machine's clock plays no part", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the same values whatever today is", () => {
    const text = "On Thursday (July 11) he spoke; last month a treaty was signed. The war began in February 2022.";
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T12:00:00Z"));
    const a = dates(text, null);
    vi.setSystemTime(new Date("2001-06-15T12:00:00Z"));
    const b = dates(text, null);
    expect(a).toEqual(b);
    expect(a.find((d) => d.text === "last month")?.value).toBeNull();
  });
});

describe("no publication date", () => {
  it("warns that relative dates stay unresolved when none is given and the text proves none", async () => {
    const { parse } = await import("@newsgraph/core");
    const { dateExtractor, inferPublished } = await import("@newsgraph/dates");
    const doc = parse("The minister met Yoon on Monday, officials said last week.");
    const warnings: { code: string; message: string }[] = [];
    const found = dateExtractor.extract(doc, { published: inferPublished(doc), warn: (w) => warnings.push(w) }, {});
    expect(found.every((d) => d.value === null)).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(["published-unknown"]);
  });
});
