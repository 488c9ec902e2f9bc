import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DocResult, GraphSchema } from "@newsgraph/core";
import { merge } from "@newsgraph/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

/** A DocResult naming one person in one sentence ("<name> spoke."), with a role where given. */
function doc(id: string, name: string, title?: string): DocResult {
  return {
    id,
    source: `${id}.txt`,
    published: { value: "2023-05-22", inferred: false, evidence: null },
    entities: [
      {
        id: `person:${id}`,
        type: "PERSON",
        name,
        aliases: [],
        roles: title ? [{ title, of: null }] : [],
        mentions: [{ start: 0, end: name.length, text: name, sentence: 0 }],
      },
    ],
    quotes: [],
    money: [],
    dates: [],
    sentences: [{ start: 0, end: name.length + 7 }],
    warnings: [],
  };
}

let tmp: string;
const path = (name: string) => join(tmp, name);
const jsonl = (docs: DocResult[]) => docs.map((d) => JSON.stringify(d)).join("\n");

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ng-merge-"));
  writeFileSync(
    path("ab.jsonl"),
    `${jsonl([doc("a", "Yoon Suk Yeol"), doc("b", "Volodymyr Zelenskyy", "President")])}\n`,
  );
  writeFileSync(
    path("c.json"),
    JSON.stringify(merge([doc("c", "Yoon Suk-yeol"), doc("d", "Volodymyr Zelenskiy", "President")])),
  );
  writeFileSync(path("one.json"), JSON.stringify(doc("e", "Joe Biden")));
});

describe("newsgraph merge", () => {
  it("merges JSONL results and graph files into one valid graph, the same whatever the order", async () => {
    const first = await runCli(["merge", path("ab.jsonl"), path("c.json"), path("one.json"), "-o", path("m1.json")]);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/3 input\(s\), 5 article\(s\): \d+ nodes \(3 entities/);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(path("m1.json"), "utf8")));
    const yoon = graph.nodes.find((n) => n.id === "person:yoon-suk-yeol");
    expect(yoon?.kind === "Entity" && yoon.aliases).toEqual(["Yoon Suk-yeol"]);
    const again = await runCli([
      "merge",
      path("one.json"),
      path("c.json"),
      path("ab.jsonl"),
      path("ab.jsonl"),
      "-o",
      path("m2.json"),
      "--quiet",
    ]);
    expect(again.code).toBe(0);
    expect(again.err).toBe("");
    expect(readFileSync(path("m2.json"), "utf8")).toBe(readFileSync(path("m1.json"), "utf8"));
  });

  it("merges an earlier merge's output again without change (idempotent)", async () => {
    expect((await runCli(["merge", path("m1.json"), path("ab.jsonl"), "-o", path("m3.json"), "--quiet"])).code).toBe(0);
    expect(readFileSync(path("m3.json"), "utf8")).toBe(readFileSync(path("m1.json"), "utf8"));
  });

  it("writes to standard output with -o -", async () => {
    const r = await runCli(["merge", path("ab.jsonl"), "-o", "-", "--quiet"]);
    expect(r.code).toBe(0);
    expect(GraphSchema.parse(JSON.parse(r.out)).nodes.filter((n) => n.kind === "Document")).toHaveLength(2);
  });

  it("exits 2 with a clear message for missing, malformed or invalid inputs and bad options", async () => {
    const missing = await runCli(["merge", path("nope.json"), "-o", path("x.json")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`cannot read ${path("nope.json")}: ENOENT`);

    writeFileSync(path("bad.jsonl"), `${JSON.stringify(doc("a", "X Y"))}\n{"id": 3}\n`);
    const bad = await runCli(["merge", path("bad.jsonl"), "-o", path("x.json")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${path("bad.jsonl")}:2: id: Invalid input: expected string, received number`);

    writeFileSync(path("broken.jsonl"), `${JSON.stringify(doc("a", "X Y"))}\n{"id": \n`);
    const broken = await runCli(["merge", path("broken.jsonl"), "-o", path("x.json")]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(`${path("broken.jsonl")}:2: not JSON`);

    writeFileSync(
      path("badgraph.json"),
      JSON.stringify({ version: 1, nodes: [{ id: "x", kind: "Planet" }], edges: [] }),
    );
    const badGraph = await runCli(["merge", path("badgraph.json"), "-o", path("x.json")]);
    expect(badGraph.code).toBe(2);
    expect(badGraph.err).toContain(`${path("badgraph.json")}: not a valid graph: nodes.0.kind`);

    writeFileSync(path("empty.json"), "  \n");
    expect((await runCli(["merge", path("empty.json"), "-o", path("x.json")])).err).toContain("empty file");

    expect((await runCli(["merge", path("ab.jsonl")])).err).toContain("-o <file>");
    expect((await runCli(["merge", "-o", path("x.json")])).code).toBe(2);
    const format = await runCli(["merge", path("ab.jsonl"), "-o", path("x.json"), "--format", "svg"]);
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format: expected one of json, graphml, neo4j, html, got "svg"');
  });
});

describe("newsgraph merge --format", () => {
  it("writes GraphML, a Neo4j import folder and an HTML page", async () => {
    const graphml = await runCli(["merge", path("ab.jsonl"), "-o", path("g.graphml"), "--format", "graphml"]);
    expect(graphml.code).toBe(0);
    expect(graphml.err).toContain(`wrote: ${path("g.graphml")}`);
    expect(readFileSync(path("g.graphml"), "utf8")).toContain("<graphml");
    const neo = await runCli(["merge", path("ab.jsonl"), "-o", path("neo"), "--format", "neo4j", "--quiet"]);
    expect(neo.code).toBe(0);
    expect(readdirSync(path("neo")).some((f) => f.endsWith(".csv"))).toBe(true);
    expect((await runCli(["merge", path("ab.jsonl"), "-o", path("g.html"), "--format", "html"])).code).toBe(0);
    expect(readFileSync(path("g.html"), "utf8")).toContain("Volodymyr Zelenskyy");
    const stdout = await runCli(["merge", path("ab.jsonl"), "-o", "-", "--format", "html"]);
    expect(stdout.code).toBe(2);
    expect(stdout.err).toContain('--format html writes files: give a path, not "-"');
  });
});

describe("newsgraph extract --graph --format", () => {
  it("writes the graph of an extraction in the format asked, and refuses --format without --graph", async () => {
    writeFileSync(path("art.txt"), "Seoul pledged $5 million on Monday, the ministry said.");
    const r = await runCli([
      "extract",
      path("art.txt"),
      "--graph",
      path("art.graphml"),
      "--format",
      "graphml",
      "--quiet",
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(path("art.graphml"), "utf8")).toContain("<graphml");
    const alone = await runCli(["extract", path("art.txt"), "--format", "html", "--quiet"]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("--format: applies to --graph <file>");
  });
});
