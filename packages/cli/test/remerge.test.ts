import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphSchema } from "@newsgraph/core";
import { loadMeantime } from "@newsgraph/eval";
import { merge, mergeGraphs, toJson } from "@newsgraph/graph";
import { extractArticle } from "@newsgraph/pipeline";
import { describe, expect, it } from "vitest";
import { meantimePrepared } from "../src/commands/eval.js";
import { runCli } from "./run-cli.js";

// Issue 15.7: `merge` of its own output is the identity, on real graphs (the fixtures, MEANTIME) as in the
// property tests (packages/graph/test/merge.property.test.ts).
const root = new URL("../../../", import.meta.url).pathname;

describe("re-merging a graph never changes it", () => {
  it("holds for the fixtures graph, through the CLI as a user runs it", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "ng-remerge-"));
    const graph = join(tmp, "graph.json");
    const again = join(tmp, "again.json");
    expect((await runCli(["extract", join(root, "fixtures/articles"), "--graph", graph, "--quiet"])).code).toBe(0);
    expect((await runCli(["merge", graph, "-o", again, "--quiet"])).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(graph, "utf8"));
    // the fixtures graph checks: each variant spelling one node, 25 people, none holding two people
    const g = GraphSchema.parse(JSON.parse(readFileSync(graph, "utf8")));
    const people = g.nodes.filter((n) => n.kind === "Entity" && n.type === "PERSON");
    const namesOf = (id: string) => {
      const n = g.nodes.find((x) => x.id === id);
      return n?.kind === "Entity" ? [...new Set((n.locals ?? []).map((l) => l.name))].sort() : [];
    };
    expect(people).toHaveLength(25);
    expect(namesOf("person:yoon-suk-yeol")).toEqual(["Yoon Suk Yeol", "Yoon Suk-yeol"]);
    expect(namesOf("person:volodymyr-zelenskiy")).toEqual(["Volodymyr Zelenskiy", "Volodymyr Zelenskyy"]);
    expect(g.nodes.filter((n) => n.kind === "Entity" && /kyiv|kiev/i.test(n.name))).toHaveLength(1);
    for (const p of people) expect(namesOf(p.id).length <= 1 || p.id.match(/yoon|zelensk/)).toBeTruthy();
  }, 60_000);

  // The whole corpus where the workspace has it beside the repository, else the four articles committed as test data.
  const shared = join(root, "../shared/datasets/meantime-en");
  const corpus = existsSync(shared) ? shared : join(root, "packages/eval/test/data/meantime");
  it(`holds for MEANTIME's graph (${existsSync(shared) ? "120 articles" : "4 committed articles"})`, async () => {
    const results = (await loadMeantime(corpus)).map((a) => extractArticle(meantimePrepared(a, true)));
    const graph = merge(results);
    expect(toJson(mergeGraphs(graph))).toBe(toJson(graph));
  }, 120_000);
});
