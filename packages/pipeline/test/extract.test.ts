import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocResultSchema } from "@newsgraph/core";
import { type DocResult, extract, extractFiles, MissingPathError, NewsgraphUsageError } from "@newsgraph/pipeline";
import { describe, expect, it } from "vitest";

const codes = (r: DocResult) => r.warnings.map((w) => w.code);

describe("extract", () => {
  it("returns a valid DocResult with the given id and reference date", () => {
    const r = extract("Seoul said on Monday it would send aid.", { id: "x", published: "2023-05-22" });
    expect(DocResultSchema.safeParse(r).success).toBe(true);
    expect(r.id).toBe("x");
    expect(r.published).toEqual({
      value: "2023-05-22",
      inferred: false,
      evidence: "option",
      confidence: 1,
      reasons: [{ rule: "given:option", weight: 1 }],
    });
    expect(r.sentences?.length).toBe(1);
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts a Date as published", () => {
    expect(extract("Hi.", { published: new Date(Date.UTC(2024, 6, 11)) }).published.value).toBe("2024-07-11");
  });

  it("throws a clear usage error for wrong argument types", () => {
    expect(() => extract(42 as unknown as string)).toThrow(NewsgraphUsageError);
    expect(() => extract("x", { published: "11/07/2024" })).toThrow(/published: expected a date as YYYY-MM-DD/);
    expect(() => extract("x", { colour: "red" } as never)).toThrow(/Unrecognized key/);
    expect(() => extract("x", { maxChars: -1 })).toThrow(/maxChars/);
  });
});

describe("extract never throws on bad text", () => {
  it("empty and whitespace-only text", () => {
    for (const t of ["", "  \n\t "]) {
      const r = extract(t);
      expect(r.entities).toEqual([]);
      expect(codes(r)).toContain("empty-text");
    }
  });

  it("binary bytes and invalid UTF-8", () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256));
    const r = extract(bytes.toString("utf8"));
    expect(codes(r)).toContain("binary-text");
    expect(r.quotes).toEqual([]);
  });

  it("a non-English article gives a warning and a valid result", () => {
    const german =
      "Die Bundesregierung hat am Montag beschlossen, weitere Hilfe zu leisten. Der Kanzler sagte, man werde die Lage genau beobachten und mit den Partnern in Europa sprechen. Die Opposition kritisierte die Entscheidung scharf und forderte eine Debatte im Bundestag über die Kosten.";
    const r = extract(german);
    expect(codes(r)).toContain("not-english");
    expect(DocResultSchema.safeParse(r).success).toBe(true);
  });

  it("a 5 MB article is analysed up to maxChars and reported as truncated", () => {
    const paragraph = "South Korea said on Monday it would send $100 million in aid to Ukraine, officials said.\n";
    const huge = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const r = extract(huge, { maxChars: 200_000 });
    const warning = r.warnings.find((w) => w.code === "truncated");
    expect(warning?.start).toBeLessThanOrEqual(200_000);
    expect(r.stats?.chars).toBe(huge.length);
  });

  it("unbalanced quotes and markup-like text", () => {
    const r = extract('He said "this never closes. <div> & </p> {"a": [1, 2');
    expect(DocResultSchema.safeParse(r).success).toBe(true);
  });
});

describe("extractFiles", () => {
  it("walks folders in path order, reads every kind, reports unreadable files and goes on", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-files-"));
    await writeFile(join(dir, "b.txt"), "Kyiv said no.");
    await writeFile(join(dir, "a.md"), "# Title\n\nSeoul said yes.");
    await writeFile(join(dir, "c.html"), "<article><p>Tokyo said maybe.</p></article>");
    await writeFile(
      join(dir, "d.jsonl"),
      `${JSON.stringify({ id: "d1", text: "One." })}\n${JSON.stringify({ id: "d2", text: "Two." })}\n`,
    );
    await writeFile(join(dir, "big.txt"), "x".repeat(2000));
    await writeFile(join(dir, "skip.png"), "not an article");
    const failures: { path: string; reason: string }[] = [];
    const ids: string[] = [];
    for await (const r of extractFiles([dir], { maxBytes: 1000, onError: (f) => failures.push(f) })) ids.push(r.id);
    expect(ids).toEqual(["a", "b", "c", "d1", "d2"]);
    expect(failures).toEqual([{ path: join(dir, "big.txt"), reason: expect.stringContaining("too large") }]);
  });

  it("rejects a missing path before doing any work", async () => {
    const run = async () => {
      for await (const _ of extractFiles(["/no/such/place"])) {
      }
    };
    await expect(run()).rejects.toThrow(MissingPathError);
  });
});
