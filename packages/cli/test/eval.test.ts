import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocResult } from "@newsgraph/core";
import { BaselineSchema, EvalReportSchema, goldToDocResult, loadEvalSet } from "@newsgraph/eval";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const FIX = new URL("../../eval/test/fixtures/", import.meta.url).pathname;
const ARTICLES = join(FIX, "articles");
const GOLD = join(FIX, "gold");
/** `newsgraph eval` on the test articles and gold, with more options. */
const evalOn = (extra: string[] = []) => runCli(["eval", "--articles", ARTICLES, "--gold", GOLD, ...extra]);

let tmp: string;
let perfectPath: string;
let brokenPath: string;

function jsonl(results: DocResult[]): string {
  return results.map((r) => JSON.stringify(r)).join("\n");
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "ng-eval-"));
  const { items } = await loadEvalSet(ARTICLES, GOLD);
  const perfect = items.map((i) => goldToDocResult(i.gold, i.article.text));
  perfectPath = join(tmp, "perfect.jsonl");
  writeFileSync(perfectPath, jsonl(perfect));
  brokenPath = join(tmp, "broken.jsonl");
  // a broken extractor: no quotes, and the first entity of every article typed wrongly
  const broken = perfect.map((r) => ({
    ...r,
    quotes: [],
    entities: r.entities.map((e, i) => (i === 0 ? { ...e, type: "ORG" as const } : e)),
  }));
  writeFileSync(brokenPath, jsonl(broken));
});

describe("newsgraph eval", () => {
  it("runs the pipeline and prints the table", async () => {
    const { code, out } = await evalOn();
    expect(code).toBe(0);
    expect(out).toMatch(/^newsgraph eval: 2 article\(s\), micro-averaged/);
    expect(out).toMatch(/\ncategory\s+gold\s+found\s+match\s+P\s+R\s+F1\s+value\n/);
    expect(out).toMatch(/\nentities \(mentions\)\s+16\s/);
    expect(out).toMatch(/\nquotes\s+6\s/);
    expect(out).toMatch(/\ndates\s+4\s/);
  });

  it("gives each article its gold publishedHint under --published-from-gold", async () => {
    const { code, out } = await evalOn(["--published-from-gold"]);
    expect(code).toBe(0);
    expect(out).toMatch(/publication date: inferred 0\/0 right, given 2\/2 right/);
    const plain = await evalOn();
    expect(plain.out).toMatch(/given 0\/0 right/);
    const misuse = await evalOn(["--results", perfectPath, "--published-from-gold"]);
    expect(misuse.code).toBe(2);
  });

  it("scores given results: 1 for the gold written as results", async () => {
    const { code, out } = await evalOn(["--results", perfectPath, "--min-f1", "0.99"]);
    expect(code).toBe(0);
    expect(out).toMatch(/\nspeakers\s+5\s+5\s+5\s+1\.000\s+1\.000\s+1\.000\s+named 1\.000 \(4\/4\)\n/);
  });

  it("exits 1 under --min-f1 and lists the misses with offsets under --verbose", async () => {
    const { code, out, err } = await evalOn(["--results", brokenPath, "--min-f1", "0.9", "--verbose"]);
    expect(code).toBe(1);
    expect(err).toContain("below --min-f1 0.9: entities F1 0.875");
    expect(err).toContain("below --min-f1 0.9: quotes F1 0.000");
    expect(err).not.toContain("money F1");
    const text = readFileSync(join(ARTICLES, "alpha.txt"), "utf8");
    const q = text.indexOf("It is a bridge,");
    expect(out).toContain(
      `quotes           missed        [${q},${q + 15}) "It is a bridge,"  expected direct, Fernando Haddad`,
    );
    expect(out).toMatch(/entities\s+wrong-type\s+\[0,6\) "Brazil"\s+expected GPE\s+got ORG/);
    expect(out).toContain("Per article:");
  });

  it("prints the whole report as JSON", async () => {
    const { code, out } = await evalOn(["--results", brokenPath, "--json"]);
    expect(code).toBe(0);
    const report = EvalReportSchema.parse(JSON.parse(out));
    expect(report.docs.map((d) => d.doc)).toEqual(["alpha", "beta"]);
    expect(report.headline["quotes.f1"]).toBe(0);
    expect(report.docs[0]?.findings.some((f) => f.kind === "wrong-type")).toBe(true);
  });

  it("writes a baseline and exits 1 when a later run falls below it", async () => {
    const baseline = join(tmp, "baseline.json");
    const write = await evalOn(["--results", perfectPath, "--write-baseline", baseline]);
    expect(write.code).toBe(0);
    expect(BaselineSchema.parse(JSON.parse(readFileSync(baseline, "utf8"))).figures["quotes.f1"]).toBe(1);
    const same = await evalOn(["--results", perfectPath, "--baseline", baseline]);
    expect(same.code).toBe(0);
    expect(same.err).toContain("baseline: no figure dropped");
    const worse = await evalOn(["--results", brokenPath, "--baseline", baseline]);
    expect(worse.code).toBe(1);
    expect(worse.err).toContain("DROP  quotes.f1: 1.0000 -> 0.0000");
  });

  it("exits 2 naming the file and field of a malformed gold file", async () => {
    const dir = join(tmp, "bad-gold");
    mkdirSync(dir, { recursive: true });
    const gold = JSON.parse(readFileSync(join(GOLD, "beta.gold.json"), "utf8"));
    gold.money[0].currency = "won";
    writeFileSync(join(dir, "beta.gold.json"), JSON.stringify(gold));
    const { code, err } = await runCli(["eval", "--articles", ARTICLES, "--gold", dir]);
    expect(code).toBe(2);
    expect(err).toContain(
      `${join(dir, "beta.gold.json")}: money[0].currency: expected an ISO 4217 code such as USD (got "won")`,
    );
  });

  it("exits 2 for a gold file without its article, a bad option or a missing folder", async () => {
    const dir = join(tmp, "orphan-gold");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "gamma.gold.json"),
      JSON.stringify({ doc: "gamma", entities: [], quotes: [], money: [], dates: [] }),
    );
    const orphan = await runCli(["eval", "--articles", ARTICLES, "--gold", dir]);
    expect([orphan.code, orphan.err]).toEqual([2, expect.stringContaining('no article with id "gamma"')]);
    expect((await evalOn(["--min-f1", "high"])).code).toBe(2);
    expect((await evalOn(["--min-f1", "1.5"])).code).toBe(2);
    expect((await runCli(["eval", "--articles", ARTICLES])).err).toContain("--gold <dir> is required");
    expect((await runCli(["eval", "--articles", join(tmp, "nope"), "--gold", GOLD])).code).toBe(2);
  });

  it("warns when surface strings of the gold are not in the article, and scores the rest", async () => {
    const dir = join(tmp, "typo-gold");
    mkdirSync(dir, { recursive: true });
    const gold = JSON.parse(readFileSync(join(GOLD, "beta.gold.json"), "utf8"));
    gold.entities[0].mentions.push("South Koera");
    writeFileSync(join(dir, "beta.gold.json"), JSON.stringify(gold));
    const { code, err } = await runCli(["eval", "--articles", ARTICLES, "--gold", dir, "--results", perfectPath]);
    expect(code).toBe(0);
    expect(err).toContain('beta.gold.json: entities[0].mentions[1]: "South Koera" does not occur in the article');
    expect(err).toContain("1 article(s)");
  });
});
