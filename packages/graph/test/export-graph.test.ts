import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphSchema } from "@newsgraph/core";
import { afterAll, describe, expect, it } from "vitest";
import { exportGraph, GraphFormatSchema, toJson } from "../src/export/index.js";
import { smallGraph } from "./export-helpers.js";

describe("exportGraph", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one file for json, graphml and html, creating parent folders", async () => {
    const graph = smallGraph();
    const [json] = await exportGraph(graph, "json", join(dir, "a", "b", "graph.json"));
    expect(json).toBe(join(dir, "a", "b", "graph.json"));
    expect(GraphSchema.parse(JSON.parse(readFileSync(json ?? "", "utf8"))).nodes.length).toBe(graph.nodes.length);
    expect(readFileSync(json ?? "", "utf8")).toBe(toJson(graph));
    const [xml] = await exportGraph(graph, "graphml", join(dir, "graph.graphml"));
    expect(readFileSync(xml ?? "", "utf8")).toMatch(/^<\?xml/);
    const [html] = await exportGraph(graph, "html", join(dir, "graph.html"));
    expect(readFileSync(html ?? "", "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("writes a folder for neo4j and returns every file in it", async () => {
    const paths = await exportGraph(smallGraph(), "neo4j", join(dir, "neo4j"));
    expect(paths.map((p) => p.slice(join(dir, "neo4j").length + 1)).sort()).toEqual(
      readdirSync(join(dir, "neo4j")).sort(),
    );
    expect(paths).toContain(join(dir, "neo4j", "import.cypher"));
    expect(paths).toContain(join(dir, "neo4j", "nodes_Entity.csv"));
  });

  it("rejects an unknown format", async () => {
    expect(GraphFormatSchema.options).toEqual(["json", "graphml", "neo4j", "html"]);
    await expect(exportGraph(smallGraph(), "gexf" as "json", join(dir, "x.gexf"))).rejects.toThrow();
  });
});
