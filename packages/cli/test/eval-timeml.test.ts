import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const DATA = new URL("../../eval/test/data/timeml/", import.meta.url).pathname;

describe("newsgraph eval --dataset timeml", () => {
  it("runs the pipeline on every .tml document with its creation time and scores the TIMEX3 as JSON", async () => {
    const { code, out } = await runCli(["eval", "--dataset", "timeml", DATA, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.documents).toBe(2);
    expect(report.gold).toBe(6);
    expect(report.published).toBe(true);
    // "Friday" against the creation time 2013-03-15 (a Friday), "three weeks" as P3W
    expect(report.valueCorrect).toBeGreaterThanOrEqual(2);
    expect(report.warnings.join("\n")).toMatch(/skipped/);
  });

  it("prints the TempEval-3 table, with the creation time withheld on --no-published", async () => {
    const { code, out } = await runCli(["eval", "--dataset", "timeml", DATA, "--no-published"]);
    expect(code).toBe(0);
    expect(out).toMatch(/relaxed span/);
    expect(out).toContain("withheld");
  });

  it("reports a folder without .tml files as a usage error", async () => {
    const empty = await runCli(["eval", "--dataset", "timeml", mkdtempSync(join(tmpdir(), "ng-tml-"))]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/no \.tml files/);
    expect((await runCli(["eval", "--dataset", "timeml"])).code).toBe(2);
  });
});
