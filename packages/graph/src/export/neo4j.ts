import type { Graph, GraphEdge, GraphNode } from "@newsgraph/core";
import { canonicalize, compareStrings } from "../canonical.js";
import { csvLine } from "./csv.js";
import { BASE_LABEL, type Column, columnsOf, header, type Neo4jFile } from "./neo4j-columns.js";
import { importCypher } from "./neo4j-cypher.js";
import { importReadme } from "./neo4j-readme.js";

/**
 * Files for `neo4j-admin database import full`: `nodes_<Kind>.csv` per node kind (`id:ID`, `:LABEL` = Node;Kind
 * and, for entities, the entity type; typed property columns), `rels_<TYPE>.csv` per edge type (`:START_ID`,
 * `:END_ID`, `:TYPE`, `id`, `weight:float`, ...), plus `import.cypher` (LOAD CSV for a running server) and
 * `README.txt` with the commands. Keys are file names. Edges whose end is not a node are left out and counted in
 * the README (neo4j-admin would stop on them).
 */
export function toNeo4j(graph: Graph): Record<string, string> {
  const g = canonicalize(graph);
  const files: Record<string, string> = {};
  const nodeFiles: Neo4jFile[] = [];
  const relFiles: Neo4jFile[] = [];

  for (const [kind, nodes] of groupBy(g.nodes, (n) => n.kind)) {
    const columns = columnsOf(nodes as unknown as Record<string, unknown>[], "node");
    const name = `nodes_${kind}.csv`;
    const lines = [
      ["id:ID", ":LABEL", ...columns.map(header)].join(","),
      ...nodes.map((n) => csvLine([n.id, labelsOf(n).join(";"), ...readAll(columns, n)])),
    ];
    files[name] = `${lines.join("\n")}\n`;
    nodeFiles.push({ name, group: kind, columns, rows: nodes.length });
  }

  const ids = new Set(g.nodes.map((n) => n.id));
  const dangling = g.edges.filter((e) => !ids.has(e.from) || !ids.has(e.to));
  const edges = g.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  for (const [type, group] of groupBy(edges, (e) => e.type)) {
    const columns = columnsOf(group as unknown as Record<string, unknown>[], "edge");
    const name = `rels_${type}.csv`;
    const lines = [
      [":START_ID", ":END_ID", ":TYPE", ...columns.map(header)].join(","),
      ...group.map((e) => csvLine([e.from, e.to, e.type, ...readAll(columns, e)])),
    ];
    files[name] = `${lines.join("\n")}\n`;
    relFiles.push({ name, group: type, columns, rows: group.length });
  }

  const entityTypes = [...new Set(g.nodes.flatMap((n) => (n.kind === "Entity" ? [n.type] : [])))].sort();
  files["import.cypher"] = importCypher(nodeFiles, relFiles, entityTypes);
  files["README.txt"] = importReadme(nodeFiles, relFiles, dangling);
  return files;
}

/** Node;Kind, and the entity type for entities (Node;Entity;PERSON). */
export function labelsOf(node: GraphNode): string[] {
  return node.kind === "Entity" ? [BASE_LABEL, node.kind, node.type] : [BASE_LABEL, node.kind];
}

function readAll(columns: Column[], item: GraphNode | GraphEdge) {
  return columns.map((c) => c.read(item as unknown as Record<string, unknown>));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => compareStrings(a, b)));
}
