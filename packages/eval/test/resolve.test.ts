import { checkSurfaces, findOccurrences, longestMatch, resolveGold } from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { at, fixture, gold } from "./helpers.js";

describe("findOccurrences", () => {
  it("is exact, case-sensitive and word-bounded when asked", () => {
    const text = "Korea, South Korea and the Korean peninsula; korea. KoreaX";
    expect(findOccurrences(text, "Korea", true).map((r) => r.start)).toEqual([0, 13]);
    expect(findOccurrences(text, "Korea", false)).toHaveLength(4);
    // a needle ending in punctuation needs no boundary on that side
    expect(findOccurrences("$5 and $5m", "$5", true).map((r) => r.start)).toEqual([0]);
  });
});

describe("longestMatch", () => {
  it("keeps the longer of nested or crossing candidates, then text order", () => {
    const kept = longestMatch(
      [
        { start: 6, end: 11, id: "Korea" },
        { start: 0, end: 11, id: "South Korea" },
        { start: 20, end: 25, id: "Korea" },
        { start: 30, end: 40, id: "AB" },
        { start: 35, end: 44, id: "BC" },
      ],
      50,
    );
    expect(kept.map((k) => k.id)).toEqual(["South Korea", "Korea", "AB"]);
  });
});

describe("resolveGold", () => {
  it("counts a listed string at each occurrence not inside a longer listed string", () => {
    const text = "South Korea said Korea would help. Korean firms agree. South Korea's envoy, Korea.";
    const r = resolveGold(
      gold({
        entities: [
          { canonical: "South Korea", type: "GPE", mentions: ["South Korea", "Korea"] },
          { canonical: "Korea", type: "GPE", mentions: ["Korea"] },
        ],
      }),
      text,
    );
    const spans = r.mentions.map((m) => `${m.text}@${m.start}:${m.entity}`);
    expect(spans).toEqual(["South Korea@0:0", "Korea@17:0", "South Korea@55:0", "Korea@76:0"]);
    expect(r.problems.map((p) => p.field)).toEqual(["entities[1].mentions[0]"]);
    expect(r.problems[0]?.message).toContain("also listed by entities[0]");
  });

  it("drops everything touching an ignoreSpans string", () => {
    const { gold: g, text } = fixture("alpha");
    const r = resolveGold(g, text);
    const brazil = r.entities.find((e) => e.canonical === "Brazil");
    expect(brazil?.occurrences.map((o) => o.start)).toEqual([0]); // the headline, not the sign-up line
    expect(text.indexOf("Brazil", 1)).toBeGreaterThan(0);
  });

  it("reports strings that do not occur, or only inside longer listed ones", () => {
    const text = "Kim Jong Un met Yoon on May 21, 2023. Sign up now.";
    const problems = checkSurfaces(
      gold({
        ignoreSpans: ["Subscribe"],
        entities: [{ canonical: "Kim Jong Un", type: "PERSON", mentions: ["Kim Jong Un", "Kim Jong-un", "Jong"] }],
        quotes: [{ text: "met Yoon", speaker: "Nobody", kind: "direct" }],
        money: [{ text: "$1", amount: 1, currency: "USD" }],
        dates: [
          { text: "May 21, 2023", value: "2023-05-21" },
          { text: "May 21", value: "2023-05-21" },
        ],
      }),
      text,
      "t.gold.json",
    );
    expect(problems.map((p) => `${p.field}: ${p.message.replace(/ \(.*\)$/, "")}`)).toEqual([
      'ignoreSpans[0]: "Subscribe" does not occur in the article',
      'entities[0].mentions[1]: "Kim Jong-un" does not occur in the article',
      'entities[0].mentions[2]: "Jong" occurs only inside longer listed strings, so it is never scored',
      'quotes[0].speaker: "Nobody" is not the name of a gold entity',
      'money[0].text: "$1" does not occur in the article',
      'dates[1].text: "May 21" occurs only inside longer listed strings, so it is never scored',
    ]);
    expect(problems.every((p) => p.file === "t.gold.json")).toBe(true);
  });

  it("places quotes between marks, split quotes by part, repeated texts at each occurrence", () => {
    const text = '"We hope," Gyu said, "that it ends." Later: "We hope," he repeated. Aides said we hope so.';
    const r = resolveGold(
      gold({
        entities: [{ canonical: "Gyu", type: "PERSON", mentions: ["Gyu"] }],
        quotes: [
          { text: "We hope,", speaker: "Gyu", kind: "direct" },
          { text: "that it ends.", speaker: "Gyu", kind: "direct" },
        ],
      }),
      text,
    );
    expect(r.quotes.map((q) => [q.start, q.index])).toEqual([
      [1, 0],
      [22, 1],
      [45, 0],
    ]);
    expect(r.problems).toEqual([]);
  });

  it("gives the k-th entry with the same text the k-th occurrence", () => {
    const text = "On Monday they met; on Monday they left.";
    const r = resolveGold(
      gold({
        dates: [
          { text: "Monday", value: "2023-05-15" },
          { text: "Monday", value: "2023-05-22" },
        ],
      }),
      text,
    );
    expect(r.dates.map((d) => [d.start, d.item.value])).toEqual([
      [at(text, "Monday").start, "2023-05-15"],
      [at(text, "Monday", 1).start, "2023-05-22"],
    ]);
  });

  it("passes the surface check on its own test fixtures", () => {
    for (const id of ["alpha", "beta"] as const) {
      const { gold: g, text } = fixture(id);
      expect(checkSurfaces(g, text)).toEqual([]);
    }
  });
});
