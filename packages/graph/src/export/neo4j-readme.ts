import type { GraphEdge } from "@newsgraph/core";
import { ARRAY_DELIMITER, type Neo4jFile } from "./neo4j-columns.js";

/** README.txt of a Neo4j export: what the files hold and the two ways to load them. */
export function importReadme(nodeFiles: Neo4jFile[], relFiles: Neo4jFile[], dangling: GraphEdge[]): string {
  const args = [
    ...nodeFiles.map((f) => `  --nodes=import/${f.name} \\`),
    ...relFiles.map((f) => `  --relationships=import/${f.name} \\`),
  ];
  const lines = [
    "newsgraph graph export for Neo4j 5",
    "",
    "Files:",
    ...nodeFiles.map((f) => `  ${f.name}: ${f.rows} ${f.group} nodes`),
    ...relFiles.map((f) => `  ${f.name}: ${f.rows} ${f.group} relationships`),
    "  import.cypher: the same import with LOAD CSV, for a running server",
    "",
    "1. Offline bulk import into a new (or overwritten) database; stop the database first.",
    "   Copy this folder's CSV files to <neo4j home>/import/, then run from <neo4j home>:",
    "",
    "bin/neo4j-admin database import full neo4j --overwrite-destination \\",
    `  --multiline-fields=true --array-delimiter="${ARRAY_DELIMITER}" \\`,
    ...args,
    "",
    "   (Neo4j Community can only hold the database named neo4j; then start it again.)",
    "",
    "2. Into a running server: copy the CSV files to its import directory, then",
    "",
    "cypher-shell -u neo4j -p <password> -f import.cypher",
    "",
    "Every node has the label Node and its kind (Document, Entity, Quote, Amount, DatePoint, Role); entities also",
    "have their type (PERSON, ORG, GPE, ...). Properties: id, label (a readable name), docs (the articles it was seen",
    "in), the graph's own fields; evidence, roles and other nested values are JSON text.",
    `Array properties are separated by "${ARRAY_DELIMITER}"; a "${ARRAY_DELIMITER}" inside an element was written as ",".`,
    "",
    "Example: MATCH (p:PERSON)-[:SAID]->(q:Quote) RETURN p.name, q.text LIMIT 25",
  ];
  if (dangling.length) {
    lines.push("", `Left out: ${dangling.length} edges whose start or end node is not in the graph:`);
    for (const e of dangling.slice(0, 20)) lines.push(`  ${e.id}`);
  }
  return `${lines.join("\n")}\n`;
}
