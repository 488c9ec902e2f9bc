import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleXml } from "../../eval/test/meantime-sample.js";
import { runCli } from "./run-cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ng-meantime-"));
  mkdirSync(join(dir, "corpus_test"));
  writeFileSync(join(dir, "corpus_test", "7_Acme_hires.xml"), sampleXml());
});

describe("newsgraph eval --dataset meantime", () => {
  it("scores the corpus folder with the creation time given, as JSON", async () => {
    const { code, out } = await runCli(["eval", "--dataset", "meantime", dir, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const row = (key: string) => report.rows.find((r: { key: string }) => r.key === key);
    // the sample annotates 3 dates with ISO values in its scored part; the publication date is the creation time
    expect(row("dates").gold).toBeGreaterThan(0);
    expect(row("published").valueCorrect).toBe(1);
  });

  it("withholds the creation time with --no-published and says so", async () => {
    const { code, out } = await runCli(["eval", "--dataset", "meantime", dir, "--no-published"]);
    expect(code).toBe(0);
    expect(out).toContain("withheld");
  });

  it("rejects misuse with a usage error (exit 2)", async () => {
    expect((await runCli(["eval", "--dataset", "other", dir])).code).toBe(2);
    expect((await runCli(["eval", "--dataset", "meantime"])).code).toBe(2);
    expect((await runCli(["eval", "--dataset", "meantime", dir, "--gold", dir])).code).toBe(2);
    expect((await runCli(["eval", "--no-published"])).code).toBe(2);
    const missing = await runCli(["eval", "--dataset", "meantime", join(dir, "nope")]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/nope|MEANTIME/);
  });
});
