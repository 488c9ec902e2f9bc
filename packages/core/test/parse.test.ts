import { parse } from "@newsgraph/core";
import { describe, expect, it } from "vitest";

describe("shared parse", () => {
  const text =
    "Ukrainian Delegation Seeks Aid\n\nSouth Korean President Yoon Suk Yeol met “Zelenskyy” on May 21, 2023. He pledged $100 million.\nA third line";
  const doc = parse(text);

  it("gives tokens whose offsets slice to their text", () => {
    expect(doc.tokens.length).toBeGreaterThan(20);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.some((t) => t.text.trim() === "")).toBe(false);
  });

  it("splits sentences at wink's boundaries and at line breaks", () => {
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "Ukrainian Delegation Seeks Aid",
      "South Korean President Yoon Suk Yeol met “Zelenskyy” on May 21, 2023.",
      "He pledged $100 million.",
      "A third line",
    ]);
    for (const [i, s] of doc.sentences.entries()) {
      expect(doc.tokens[s.firstToken]?.start).toBe(s.start);
      expect(doc.tokens[s.endToken - 1]?.end).toBe(s.end);
      expect(doc.tokens.slice(s.firstToken, s.endToken).every((t) => t.sentence === i)).toBe(true);
    }
    expect(doc.sentenceAt(text.indexOf("pledged"))).toBe(2);
  });

  it("keeps wink's entity types with offsets", () => {
    const money = doc.winkEntities.find((e) => e.type === "MONEY");
    expect(money?.text).toBe("$100 million");
    expect(text.slice(money?.start, money?.end)).toBe("$100 million");
  });

  it("makes compromise views on demand only, memoized", () => {
    const fresh = parse("Angela Merkel visited Paris.");
    expect(fresh.timings.compromise).toBe(0);
    const view = fresh.compromise(0, 13);
    expect(fresh.compromise(0, 13)).toBe(view);
    expect(view.people().out("array")).toEqual(["Angela Merkel"]);
  });

  it("handles empty and odd text", () => {
    expect(parse("").tokens).toEqual([]);
    expect(parse("\u0000\u0001\uFFFD").sentences.length).toBeLessThanOrEqual(1);
  });
});
