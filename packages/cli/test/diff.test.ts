import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocResult } from "@newsgraph/core";
import { DiffReportSchema, goldToDocResult, loadEvalSet } from "@newsgraph/eval";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const FIX = new URL("../../eval/test/fixtures/", import.meta.url).pathname;
const ARTICLES = join(FIX, "articles");

let tmp: string;
const path = (name: string) => join(tmp, name);
const readJsonl = (file: string): DocResult[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "ng-diff-"));
  // two real runs of the pipeline that differ in one option: the reference date
  expect((await runCli(["extract", ARTICLES, "--jsonl", path("run1.jsonl"), "--quiet"])).code).toBe(0);
  expect(
    (await runCli(["extract", ARTICLES, "--published", "2024-06-10", "--jsonl", path("run2.jsonl"), "--quiet"])).code,
  ).toBe(0);
  // the run against what a perfect extractor would give
  const { items } = await loadEvalSet(ARTICLES, join(FIX, "gold"));
  writeFileSync(
    path("perfect.jsonl"),
    items.map((i) => JSON.stringify(goldToDocResult(i.gold, i.article.text))).join("\n"),
  );
});

describe("newsgraph diff", () => {
  it("shows what a change of the reference date did to a real run", async () => {
    const { code, out } = await runCli(["diff", path("run1.jsonl"), path("run2.jsonl")]);
    expect(code).toBe(0);
    expect(out).toContain(
      `\`${path("run1.jsonl")}\` (2 articles) -> \`${path("run2.jsonl")}\` (2 articles): 2 article(s) differ`,
    );
    const before = readJsonl(path("run1.jsonl"))[0] as DocResult;
    expect(out).toContain(
      `! published  value: ${before.published.value ?? "none"} -> 2024-06-10; inferred: true -> false`,
    );
    // every date the extractor resolved against the old reference date shows up as changed, never as lost
    expect(out).not.toMatch(/^- dates/m);
  });

  it("lists what the pipeline lacks against the gold, per article and category, in diff blocks", async () => {
    const { code, out } = await runCli(["diff", path("run1.jsonl"), path("perfect.jsonl")]);
    expect(code).toBe(0);
    const run = readJsonl(path("run1.jsonl"));
    const perfect = readJsonl(path("perfect.jsonl"));
    // the counts in the table agree with the results
    const report = DiffReportSchema.parse(
      JSON.parse((await runCli(["diff", path("run1.jsonl"), path("perfect.jsonl"), "--json"])).out),
    );
    const alpha = report.articles.find((a) => a.id === "alpha");
    const lost = alpha?.changes.filter((c) => c.category === "quotes" && c.change === "lost").length ?? 0;
    const added = alpha?.changes.filter((c) => c.category === "quotes" && c.change === "added").length ?? 0;
    expect(added - lost).toBe((perfect[0]?.quotes.length ?? 0) - (run[0]?.quotes.length ?? 0));
    expect(out).toContain("| article | entities | mentions | quotes | money | dates | published |");
    expect(out).toContain("### alpha\n\n```diff\n");
  });

  it("exits 1 with --exit-code only when the files differ", async () => {
    expect((await runCli(["diff", path("run1.jsonl"), path("run1.jsonl"), "--exit-code"])).code).toBe(0);
    expect((await runCli(["diff", path("run1.jsonl"), path("run2.jsonl"), "--exit-code"])).code).toBe(1);
  });

  it("exits 2 for a missing file, a wrong count of files or a malformed line", async () => {
    expect((await runCli(["diff", path("run1.jsonl")])).code).toBe(2);
    expect((await runCli(["diff", path("run1.jsonl"), path("nope.jsonl")])).code).toBe(2);
    writeFileSync(path("bad.jsonl"), `${readFileSync(path("run1.jsonl"), "utf8").split("\n")[0]}\n{"id": 3}\n`);
    const bad = await runCli(["diff", path("run1.jsonl"), path("bad.jsonl")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${path("bad.jsonl")}:2: id: Invalid input: expected string, received number`);
  });
});
