import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GoldFormatError, jsonErrorOffset, loadGoldDir, parseGold } from "@newsgraph/eval";
import { describe, expect, it } from "vitest";

const valid = { doc: "a", entities: [], quotes: [], money: [], dates: [] };

function problems(content: string, file = "gold/a.gold.json") {
  try {
    parseGold(content, file);
  } catch (error) {
    if (error instanceof GoldFormatError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseGold", () => {
  it("accepts the design's example with the optional fields", () => {
    const g = parseGold(
      JSON.stringify({
        ...valid,
        publishedHint: "2023-05-22",
        publishedReason: "dateline",
        publishedAccept: ["2023-05-23"],
        ignoreSpans: ["Sign up"],
        entities: [
          { canonical: "Yoon Suk Yeol", type: "PERSON", mentions: ["Yoon"], roles: ["President of South Korea"] },
        ],
        quotes: [{ text: "x", speaker: "the source", anonymous: true, kind: "direct", debatable: true, note: "n" }],
        money: [{ text: "$1", amount: 1, currency: "USD", approx: true, per: "unit", note: "n" }],
        dates: [{ text: "three weeks", value: "P3W", relative: false, kind: "duration" }],
      }),
      "gold/a.gold.json",
    );
    expect(g.gold.entities[0]?.mentions).toEqual(["Yoon"]);
    expect(g.warnings).toEqual([]);
  });

  it("names the file and the field of every malformed value, with what it got", () => {
    const found = problems(
      JSON.stringify({
        ...valid,
        entities: [{ canonical: "X", type: "PER", mentions: ["X"] }],
        money: [{ text: "$1", amount: "1", currency: "usd" }],
      }),
    );
    expect(found.map((p) => `${p.file} ${p.field}`)).toEqual([
      "gold/a.gold.json entities[0].type",
      "gold/a.gold.json money[0].amount",
      "gold/a.gold.json money[0].currency",
    ]);
    expect(found[0]?.message).toContain('got "PER"');
    expect(found[2]?.message).toContain("ISO 4217");
  });

  it("reports a missing list and an empty mention string", () => {
    const found = problems(JSON.stringify({ doc: "a", entities: [{ canonical: "X", type: "ORG", mentions: [""] }] }));
    expect(found.map((p) => p.field)).toEqual(["entities[0].mentions[0]", "quotes", "money", "dates"]);
    expect(found[1]?.message).toContain("missing");
  });

  it("gives the line and column of a JSON syntax error", () => {
    const [p] = problems('{\n  "doc": "a",\n  "entities": [,]\n}');
    expect(p?.field).toBe("");
    expect(p?.message).toContain("not valid JSON (line 3, column 16)");
  });

  it("requires doc to match the file name", () => {
    const [p] = problems(JSON.stringify({ ...valid, doc: "b" }));
    expect(p).toMatchObject({ field: "doc" });
    expect(p?.message).toContain('expected "a"');
    expect(problems(JSON.stringify({ ...valid, doc: "b" }), "elsewhere.json")).toEqual([]);
  });

  it("warns about unknown fields (likely typos) without failing", () => {
    const g = parseGold(
      JSON.stringify({ ...valid, entites: [], quotes: [{ text: "x", speaker: null, kind: "scare", speeker: "y" }] }),
      "a.gold.json",
    );
    expect(g.warnings.map((w) => w.field)).toEqual(["entites", "quotes[0].speeker"]);
  });
});

describe("loadGoldDir", () => {
  it("reads the gold files sorted and reports every bad file at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gold-"));
    writeFileSync(join(dir, "b.gold.json"), JSON.stringify({ ...valid, doc: "b" }));
    writeFileSync(join(dir, "a.gold.json"), JSON.stringify({ ...valid }));
    writeFileSync(join(dir, "notes.json"), "not gold, not read");
    expect((await loadGoldDir(dir)).map((g) => g.gold.doc)).toEqual(["a", "b"]);

    writeFileSync(join(dir, "c.gold.json"), "{");
    writeFileSync(join(dir, "d.gold.json"), JSON.stringify({ ...valid, doc: "d", dates: [{ text: "x" }] }));
    const error = await loadGoldDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoldFormatError);
    const message = (error as Error).message;
    expect(message).toContain(`${join(dir, "c.gold.json")}: not valid JSON`);
    expect(message).toContain(`${join(dir, "d.gold.json")}: dates[0].value`);
  });
});

describe("jsonErrorOffset", () => {
  it("points at the first character JSON does not allow", () => {
    const cases: [string, number][] = [
      ['{"a": [1, 2,]}', 12],
      ['{"a" 1}', 5],
      ['{"a": tru}', 6],
      ['{"a": "x\\q"}', 9],
      ["[1] x", 4],
      ['{"a": 01}', 7],
    ];
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorOffset(text), text).toBe(offset);
    }
  });
});
