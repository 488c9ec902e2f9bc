import type { GraphNode } from "@newsgraph/core";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGraphML } from "../src/export/index.js";
import { smallGraph } from "./export-helpers.js";

/**
 * Parses with xmldom 0.9 and fails on any error or warning: a strict well-formedness check. The one warning let
 * through is xmldom's note that the text holds U+FFFD, which is how the export writes characters XML cannot hold.
 */
function strictXml(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level === "warning" && message.includes("replacement character")) return;
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
  expect(problems).toEqual([]);
  return doc;
}

/** graphology-graphml parses strings with its own xmldom; a Document from another xmldom fails its instanceof. */
function readBack(xml: string) {
  return parse(Graph, xml);
}

/** The node as the GraphML should carry it: nested values as JSON text, nulls absent. */
function expectedAttributes(node: GraphNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "id" || value === null || value === undefined) continue;
    out[key] = typeof value === "object" ? JSON.stringify(value) : value;
  }
  return out;
}

/** What XML 1.0 can hold of a string, by code points: forbidden characters and lone surrogates become U+FFFD. */
function xmlSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const allowed =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    out += allowed ? ch : "\uFFFD";
  }
  return out;
}

describe("toGraphML", () => {
  const graph = smallGraph();
  const xml = toGraphML(graph);

  it("is well-formed XML with a declared key for every data element", () => {
    const doc = strictXml(xml);
    const keys = new Set(Array.from(doc.getElementsByTagName("key")).map((k) => k.getAttribute("id")));
    const used = Array.from(doc.getElementsByTagName("data")).map((d) => d.getAttribute("key"));
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(keys.has(key)).toBe(true);
    expect(doc.getElementsByTagName("graph")[0]?.getAttribute("edgedefault")).toBe("directed");
  });

  it("loads in graphology-graphml with the same nodes, edges and attributes", () => {
    const g = readBack(xml);
    expect(g.order).toBe(graph.nodes.length);
    expect(g.size).toBe(graph.edges.length);
    expect(g.type).toBe("directed");
    expect(g.getAttribute("version")).toBe(1);
    for (const node of graph.nodes) {
      const attrs = g.getNodeAttributes(node.id);
      expect(attrs).toMatchObject(expectedAttributes(node));
      expect(typeof attrs.label).toBe("string");
    }
    for (const edge of graph.edges) {
      expect(g.hasEdge(edge.id)).toBe(true);
      expect(g.source(edge.id)).toBe(edge.from);
      expect(g.target(edge.id)).toBe(edge.to);
      const attrs = g.getEdgeAttributes(edge.id);
      expect(attrs).toMatchObject({ type: edge.type, label: edge.type, weight: edge.weight });
      expect(JSON.parse(attrs.evidence)).toEqual(edge.evidence);
    }
  });

  it("keeps tricky text exactly: quotes, markup, newline, tab, astral characters", () => {
    const g = readBack(xml);
    const quote = graph.nodes.find((n) => n.id === "quote:harbor-a:50");
    expect(quote?.kind).toBe("Quote");
    expect(g.getNodeAttribute("quote:harbor-a:50", "text")).toBe(quote?.kind === "Quote" ? quote.text : "");
    expect(g.getNodeAttribute("quote:harbor-b:0", "label")).toBe("the queue is\tgetting longer");
    expect(g.getNodeAttribute("person:zoe-aberg", "label")).toBe("Zoë Åberg");
    expect(JSON.parse(g.getNodeAttribute("person:zoe-aberg", "aliases"))).toEqual(["Aberg; Z.", "Åberg"]);
    // numbers come back typed (double), absent nulls stay absent
    expect(g.getNodeAttribute("amount:usd:12.75", "amount")).toBe(12.75);
    expect(g.hasNodeAttribute("amount:eur:2500000", "per")).toBe(false);
    expect(g.hasNodeAttribute("doc:harbor-b", "title")).toBe(false);
  });

  it("round-trips any string, characters XML cannot hold becoming U+FFFD", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const g = smallGraph();
        const nodes = g.nodes.map((n) => (n.kind === "Quote" ? { ...n, text } : n));
        const xmlOut = toGraphML({ ...g, nodes });
        strictXml(xmlOut);
        const back = readBack(xmlOut);
        const expected = xmlSafe(text);
        expect(back.getNodeAttribute("quote:harbor-b:0", "text")).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("writes an empty graph as a valid document", () => {
    const g = readBack(toGraphML({ version: 1, nodes: [], edges: [] }));
    expect(g.order).toBe(0);
    expect(g.size).toBe(0);
  });
});
