import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Graph } from "@newsgraph/core";
import { type GraphFormat, GraphFormatSchema } from "./format.js";
import { toGraphML } from "./graphml.js";
import { toHtml } from "./html.js";
import { toJson } from "./json.js";
import { toNeo4j } from "./neo4j.js";

/**
 * Writes the graph in one format and returns the paths written. json, graphml and html write one file at outPath;
 * neo4j writes a folder at outPath (CSV files, import.cypher, README.txt). Parent folders are created.
 */
export async function exportGraph(graph: Graph, format: GraphFormat, outPath: string): Promise<string[]> {
  const checked = GraphFormatSchema.parse(format);
  if (checked === "neo4j") {
    const files = toNeo4j(graph);
    await mkdir(outPath, { recursive: true });
    const paths: string[] = [];
    for (const [name, content] of Object.entries(files)) {
      const path = join(outPath, name);
      await writeFile(path, content, "utf8");
      paths.push(path);
    }
    return paths;
  }
  const content = checked === "json" ? toJson(graph) : checked === "graphml" ? toGraphML(graph) : toHtml(graph);
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, content, "utf8");
  return [outPath];
}
