import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DocResultSchema, GraphSchema } from "@newsgraph/core";
import { describe, expect, it } from "vitest";

// The built binary, as a user runs it (the test command builds before testing).
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../../fixtures/articles", import.meta.url));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("newsgraph extract", () => {
  it("prints one valid DocResult per fixture article to stdout and a summary to stderr", () => {
    const r = run(["extract", FIXTURES, "--jsonl", "-"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(DocResultSchema.safeParse(JSON.parse(line)).success).toBe(true);
    expect(r.stderr).toMatch(/article\(s\) in [\d.]+ s/);
    expect(r.stderr).toMatch(/entities \d+ {3}quotes \d+ {3}amounts \d+ {3}dates \d+ {3}warnings \d+/);
  });

  it("writes the results file and a valid graph", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-cli-"));
    const r = run(["extract", FIXTURES, "--jsonl", join(dir, "r.jsonl"), "--graph", join(dir, "g.json"), "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const graph = GraphSchema.parse(JSON.parse(await readFile(join(dir, "g.json"), "utf8")));
    expect(graph.nodes.filter((n) => n.kind === "Document").length).toBeGreaterThanOrEqual(5);
    expect((await readFile(join(dir, "r.jsonl"), "utf8")).trim().split("\n").length).toBeGreaterThanOrEqual(5);
  });

  it("exits 2 with a clear message for a missing path, a bad option or no input", () => {
    const missing = run(["extract", "/no/such/folder"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or folder: /no/such/folder");
    const badDate = run(["extract", FIXTURES, "--published", "yesterday"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--published: expected YYYY-MM-DD");
    const unknown = run(["extract", FIXTURES, "--colour"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--colour");
    expect(run(["extract"]).code).toBe(2);
    expect(run(["frobnicate"]).code).toBe(2);
  });

  it("reports an unreadable file, processes the others, and exits 1 only with --strict", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-bad-"));
    await writeFile(join(dir, "good.txt"), "Seoul said yes.");
    // A dangling link is unreadable for any user (a chmod 000 file is still readable by root).
    await symlink(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    const lenient = run(["extract", dir, "--jsonl", "-"]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('"id":"good"');
    expect(lenient.stderr).toMatch(/dangling\.txt: unreadable: ENOENT/);
    const strict = run(["extract", dir, "--jsonl", "-", "--strict", "--max-bytes", "14"]);
    // good.txt is 15 bytes: too large under --max-bytes 14, so --strict has a failure to report either way.
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/good\.txt: too large/);
  });

  it("shows help", () => {
    const r = run(["extract", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--jsonl <file|->");
  });
});
