import type { Graph } from "@newsgraph/core";
import { canonicalize } from "../canonical.js";
import { columnType, type FlatValue, flattenRecord } from "./flatten.js";
import { nodeLabel } from "./labels.js";
import { escapeXml } from "./xml.js";

type Domain = "node" | "edge";

/** Fields written as XML attributes of <node>/<edge> rather than as <data>. */
const STRUCTURAL: Record<Domain, ReadonlySet<string>> = {
  node: new Set(["id"]),
  edge: new Set(["id", "from", "to"]),
};

/**
 * GraphML (http://graphml.graphdrawing.org/) of a graph, directed. Every attribute has a <key> declared with its
 * type (string, double, boolean); arrays and objects (evidence, aliases, roles, published) are JSON text; null
 * values are left out. Nodes carry `label` (name or text) and `kind`; edges carry `label` and `type` (MENTIONS, ...).
 */
export function toGraphML(graph: Graph): string {
  const g = canonicalize(graph);
  const nodes = g.nodes.map((n) => ({ id: n.id, data: withLabel(nodeLabel(n), flattenRecord(n, STRUCTURAL.node)) }));
  const edges = g.edges.map((e) => ({
    id: e.id,
    from: e.from,
    to: e.to,
    data: withLabel(e.type, flattenRecord(e, STRUCTURAL.edge)),
  }));
  const nodeKeys = declareKeys(nodes.map((n) => n.data));
  const edgeKeys = declareKeys(edges.map((e) => e.data));

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_version" for="graph" attr.name="version" attr.type="int"/>',
  ];
  for (const [domain, keys] of [
    ["node", nodeKeys],
    ["edge", edgeKeys],
  ] as const) {
    for (const [name, key] of keys) {
      out.push(
        `  <key id="${key.id(domain)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${key.type}"/>`,
      );
    }
  }
  out.push(`  <graph id="newsgraph" edgedefault="directed">`);
  out.push(`    <data key="g_version">${g.version}</data>`);
  for (const n of nodes) {
    out.push(`    <node id="${escapeXml(n.id)}">`);
    pushData(out, n.data, nodeKeys, "node");
    out.push("    </node>");
  }
  for (const e of edges) {
    out.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">`);
    pushData(out, e.data, edgeKeys, "edge");
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

function withLabel(label: string, data: Map<string, FlatValue>): Map<string, FlatValue> {
  return new Map<string, FlatValue>([["label", label], ...data]);
}

interface Key {
  index: number;
  type: ReturnType<typeof columnType>;
  id(domain: Domain): string;
}

/** One key per attribute name, in first-seen order, typed by all of its values. */
function declareKeys(records: Map<string, FlatValue>[]): Map<string, Key> {
  const values = new Map<string, FlatValue[]>();
  for (const record of records) {
    for (const [name, value] of record) {
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  }
  const keys = new Map<string, Key>();
  let index = 0;
  for (const [name, list] of values) {
    const i = index++;
    keys.set(name, { index: i, type: columnType(list), id: (domain) => `${domain === "node" ? "n" : "e"}${i}` });
  }
  return keys;
}

function pushData(out: string[], data: Map<string, FlatValue>, keys: Map<string, Key>, domain: Domain): void {
  for (const [name, value] of data) {
    const key = keys.get(name);
    if (!key) continue;
    // A column of mixed types is declared string; its numbers and booleans are then written as text.
    const text = typeof value === "string" ? value : String(value);
    out.push(`      <data key="${key.id(domain)}">${escapeXml(text)}</data>`);
  }
}
