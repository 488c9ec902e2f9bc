import { describe, expect, it } from "vitest";
import { findMarkedSpans } from "../src/marks.js";

const inside = (text: string) => findMarkedSpans(text).spans.map((s) => text.slice(s.start, s.end));

describe("pairing quotation marks", () => {
  it("pairs curly marks and straight marks", () => {
    expect(inside('She said “yes” and he said "no".')).toEqual(["yes", "no"]);
  });

  it("reads straight marks by their neighbours", () => {
    expect(inside('"First," he said. The word "second" came next.')).toEqual(["First,", "second"]);
  });

  it("keeps nested single quotes inside the double quote", () => {
    expect(inside("“They called it ‘a farce’ at once,” she said.")).toEqual(["They called it ‘a farce’ at once,"]);
  });

  it("joins a quote that runs over paragraphs: a new opening mark, no close until the end", () => {
    const text = "“One thing is clear.\n\n“Another thing is too,” he said.";
    const { spans } = findMarkedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.paragraphs).toBe(2);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe("One thing is clear.\n\n“Another thing is too,");
  });

  it("drops an opening mark left open in its paragraph, with a warning, and keeps later quotes", () => {
    const text = "The leader said “we will win and never stopped.\n\nLater she said “no more” to the press.";
    const { spans, problems } = findMarkedSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["no more"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.start).toBe(text.indexOf("“"));
  });

  it("drops a stray closing mark", () => {
    const { spans, problems } = findMarkedSpans("He left” and came back “soon”.");
    expect(spans).toHaveLength(1);
    expect(problems.map((p) => p.code)).toEqual(["unbalanced-quote"]);
  });

  it("never throws and finds nothing in text without marks", () => {
    expect(findMarkedSpans("").spans).toEqual([]);
    expect(findMarkedSpans("\u0000\uFFFD plain words ''").spans).toEqual([]);
  });
});
