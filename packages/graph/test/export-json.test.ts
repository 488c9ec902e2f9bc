import { GraphSchema } from "@newsgraph/core";
import { describe, expect, it } from "vitest";
import { toJson } from "../src/export/index.js";
import { smallGraph } from "./export-helpers.js";

describe("toJson", () => {
  it("reads back through GraphSchema as the same graph", () => {
    const graph = smallGraph();
    const back = GraphSchema.parse(JSON.parse(toJson(graph)));
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(back.nodes).toEqual(byId(graph.nodes));
    expect(back.edges).toEqual(byId(graph.edges));
    expect(back.version).toBe(1);
  });

  it("gives the same bytes whatever the order of nodes, edges and keys", () => {
    const graph = smallGraph();
    const shuffled = {
      edges: [...graph.edges].reverse().map((e) => Object.fromEntries(Object.entries(e).reverse())),
      nodes: [...graph.nodes].reverse(),
      version: 1,
    } as typeof graph;
    expect(toJson(shuffled)).toBe(toJson(graph));
    expect(toJson(graph).endsWith("}\n")).toBe(true);
  });

  it("drops keys the schema does not know and rejects an invalid graph", () => {
    const graph = smallGraph();
    const extra = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, scratch: 1 })) };
    expect(toJson(extra)).toBe(toJson(graph));
    expect(toJson(extra)).not.toContain("scratch");
    const bad = { ...graph, nodes: [{ id: "x", kind: "Nope", evidence: [] }] } as unknown as typeof graph;
    expect(() => toJson(bad)).toThrow();
  });
});
