import { formatComparison, peerDocResult, rowOf, scoreAll, scoreDoc } from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { at, fixture, result } from "./helpers.js";

describe("peerDocResult", () => {
  const { gold, text } = fixture("beta");

  it("turns a peer's spans into a DocResult the scorer reads, one entity per type and text", () => {
    const r = peerDocResult(
      {
        id: "beta",
        entities: [
          { ...at(text, "Kim Jong Un"), type: "PERSON" },
          { ...at(text, "Kim Jong Un", 1), type: "PERSON" },
          { ...at(text, "Samsung"), type: "ORG" },
          { start: 5, end: 5, type: "ORG" }, // empty: dropped
          { start: 0, end: 99_999, type: "ORG" }, // outside the text: dropped
        ],
        money: [{ ...at(text, "3 trillion won"), amount: 3e12, currency: "KRW" }],
        dates: [{ ...at(text, "June 3, 2024"), value: "2024-06-03" }],
        quotes: [{ start: at(text, "stop provocations.").start - 1, end: at(text, "stop provocations.").end + 1 }],
      },
      text,
    );
    expect(r.entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ["Kim Jong Un", 2],
      ["Samsung", 1],
    ]);
    const s = scoreDoc(r, gold, text);
    expect(rowOf(s, "entities.PERSON")).toMatchObject({ matchedGold: 2, predicted: 2 });
    expect(rowOf(s, "money")).toMatchObject({ matchedGold: 1, valueCorrect: 1 });
    expect(rowOf(s, "dates")).toMatchObject({ matchedGold: 1, valueCorrect: 1 });
    expect(rowOf(s, "quotes")).toMatchObject({ matchedGold: 1, predicted: 1 });
    expect(rowOf(s, "speakers")).toMatchObject({ predicted: 0, matchedGold: 0 });
  });
});

describe("formatComparison", () => {
  it("prints systems side by side, n/a where a system does not try", () => {
    const { gold, text, perfect } = fixture("beta");
    const good = scoreAll([{ result: perfect, gold, text }]);
    const none = scoreAll([{ result: result({ id: "beta" }), gold, text }]);
    const md = formatComparison([
      { name: "perfect", report: good },
      { name: "dates-only", report: none, categories: ["dates"], values: [] },
    ]);
    const lines = md.split("\n");
    expect(lines[0]).toBe("|  | gold | perfect | dates-only |");
    expect(lines).toContain("| entities, mentions: F1 | 8 | 1.00 (1.00/1.00) | n/a |");
    expect(lines).toContain("| dates: F1 | 2 | 1.00 (1.00/1.00) | 0.00 (-/0.00) |");
    expect(lines).toContain("| dates: ISO value accuracy |  | 1.00 (2/2) | n/a |");
    expect(lines).toContain("| &nbsp;&nbsp;NORP | 0 | - | n/a |");
  });
});
