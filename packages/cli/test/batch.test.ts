import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../../fixtures/articles", import.meta.url));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Results without what differs from run to run (timings). */
function stable(jsonl: string): unknown[] {
  return jsonl
    .trim()
    .split("\n")
    .map((line) => {
      const { stats: _, ...rest } = JSON.parse(line) as { stats?: unknown };
      return rest;
    });
}

let corpus: string;
beforeAll(async () => {
  // 40 articles: the fixtures copied under numbered names.
  corpus = await mkdtemp(join(tmpdir(), "ng-corpus-"));
  const seeds = (await readdir(FIXTURES)).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < 40; i++)
    await copyFile(
      join(FIXTURES, seeds[i % seeds.length] as string),
      join(corpus, `a${String(i).padStart(3, "0")}.txt`),
    );
});

describe("batch faults", () => {
  it("reports a corrupt, an oversize and a worker-crashing file and processes the rest", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-faults-"));
    await writeFile(join(dir, "good1.txt"), "Seoul said on Monday it would send aid to Kyiv.");
    await writeFile(join(dir, "good2.txt"), "Tokyo said it would not.");
    await writeFile(join(dir, "corrupt.json"), "{ this is not json");
    await writeFile(join(dir, "oversize.txt"), "x".repeat(3_000_001));
    // Big enough to blow a 64 MB worker heap, small enough to pass --max-bytes.
    await writeFile(
      join(dir, "crash.txt"),
      "South Korea said on Monday it would send $100 million to Ukraine.\n".repeat(40_000),
    );
    const out = join(dir, "out", "r.jsonl");
    const r = run([
      "extract",
      dir,
      "--jsonl",
      out,
      "--concurrency",
      "2",
      "--max-bytes",
      "3000000",
      "--worker-memory",
      "64",
    ]);
    expect(r.code).toBe(0);
    const ids = stable(await readFile(out, "utf8")).map((x) => (x as { id: string }).id);
    expect(ids).toEqual(["corrupt", "good1", "good2"]);
    const corrupt = stable(await readFile(out, "utf8"))[0] as { warnings: { code: string }[] };
    expect(corrupt.warnings.map((w) => w.code)).toContain("bad-json");
    expect(r.stderr).toMatch(/oversize\.txt: too large/);
    expect(r.stderr).toMatch(/crash\.txt: worker crashed: .*memory/);
    const errors = (await readFile(join(dir, "out", "r.errors.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(errors.map((e: { path: string }) => e.path.split("/").pop()).sort()).toEqual(["crash.txt", "oversize.txt"]);
  });
});

describe("interruption and resume", () => {
  it("a killed run leaves no output file; --resume completes it to what a single run gives", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-kill-"));
    const out = join(dir, "r.jsonl");
    const child = spawn(process.execPath, [BIN, "extract", corpus, "--jsonl", out, "--concurrency", "1", "--quiet"]);
    // Kill it once some results are on disk.
    for (let i = 0; i < 600; i++) {
      const partial = await readFile(`${out}.partial`, "utf8").catch(() => "");
      if (partial.split("\n").length > 3) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(existsSync(out)).toBe(false);
    const kept = (await readFile(`${out}.partial`, "utf8")).trim().split("\n").length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(40);

    const resumed = run(["extract", corpus, "--jsonl", out, "--resume"]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/kept from the earlier run/);
    expect(existsSync(`${out}.partial`)).toBe(false);

    const single = join(dir, "single.jsonl");
    expect(run(["extract", corpus, "--jsonl", single, "--quiet"]).code).toBe(0);
    expect(stable(await readFile(out, "utf8"))).toEqual(stable(await readFile(single, "utf8")));
  });

  it("Ctrl-C stops cleanly, keeping every finished result for --resume", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-int-"));
    const out = join(dir, "r.jsonl");
    const child = spawn(process.execPath, [BIN, "extract", corpus, "--jsonl", out, "--concurrency", "1", "--quiet"]);
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    for (let i = 0; i < 600; i++) {
      const partial = await readFile(`${out}.partial`, "utf8").catch(() => "");
      if (partial.split("\n").length > 2) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGINT");
    const code = await new Promise((r) => child.once("exit", r));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; \d+ result\(s\) kept/);
    const lines = (await readFile(`${out}.partial`, "utf8")).trim().split("\n");
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow(); // no half-written line
    expect(existsSync(out)).toBe(false);
  });
});

describe("shards", () => {
  it("shards 1/3..3/3 together hold exactly the results of a single run", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-shard-"));
    await mkdir(join(dir, "s"));
    const parts: unknown[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = join(dir, "s", `${i}.jsonl`);
      expect(run(["extract", corpus, "--jsonl", out, "--shard", `${i}/3`, "--quiet"]).code).toBe(0);
      parts.push(...stable(await readFile(out, "utf8")));
    }
    expect(run(["extract", corpus, "--jsonl", join(dir, "all.jsonl"), "--quiet"]).code).toBe(0);
    const all = stable(await readFile(join(dir, "all.jsonl"), "utf8"));
    const key = (x: unknown) => (x as { source: string }).source;
    expect(parts.length).toBe(40);
    expect([...parts].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(all);
    expect(run(["extract", corpus, "--shard", "4/3"]).code).toBe(2);
  });
});
