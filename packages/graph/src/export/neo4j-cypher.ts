import { ARRAY_DELIMITER, BASE_LABEL, type Column, header, type Neo4jFile } from "./neo4j-columns.js";

/**
 * A LOAD CSV script that builds the same database as `neo4j-admin database import` from the same files, on a
 * running server: put the CSV files in the server's import folder and run `cypher-shell -f import.cypher`.
 * Idempotent (MERGE on id). Entity types become labels through the FOREACH trick, as Cypher has no label variables.
 */
export function importCypher(nodeFiles: Neo4jFile[], relFiles: Neo4jFile[], entityTypes: string[]): string {
  const out: string[] = [
    "// newsgraph: load the CSV files of this folder into a running Neo4j 5 server.",
    "// Copy the CSV files into the server's import directory, then: cypher-shell -u neo4j -p <password> -f import.cypher",
    `CREATE CONSTRAINT newsgraph_node_id IF NOT EXISTS FOR (n:${BASE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    "",
  ];
  for (const file of nodeFiles) {
    out.push(
      `LOAD CSV WITH HEADERS FROM 'file:///${file.name}' AS row`,
      `MERGE (n:${BASE_LABEL} {id: row.\`id:ID\`})`,
      `SET n:${ident(file.group)}`,
    );
    if (file.group === "Entity") {
      for (const t of entityTypes) {
        out.push(
          `FOREACH (_ IN CASE WHEN row.\`type:string\` = ${cypherString(t)} THEN [1] ELSE [] END | SET n:${ident(t)})`,
        );
      }
    }
    const sets = file.columns.map((c) => `  n.${ident(c.prop)} = ${convert(c)}`);
    if (sets.length) out.push(`SET\n${sets.join(",\n")}`);
    out[out.length - 1] += ";";
    out.push("");
  }
  for (const file of relFiles) {
    out.push(
      `LOAD CSV WITH HEADERS FROM 'file:///${file.name}' AS row`,
      `MATCH (a:${BASE_LABEL} {id: row.\`:START_ID\`}), (b:${BASE_LABEL} {id: row.\`:END_ID\`})`,
      `MERGE (a)-[r:${ident(file.group)} {id: row.\`id:string\`}]->(b)`,
    );
    const sets = file.columns.filter((c) => c.prop !== "id").map((c) => `  r.${ident(c.prop)} = ${convert(c)}`);
    if (sets.length) out.push(`SET\n${sets.join(",\n")}`);
    out[out.length - 1] += ";";
    out.push("");
  }
  return out.join("\n");
}

/** The Cypher expression turning a cell (a string, or null when empty) into the column's type. */
function convert(column: Column): string {
  const cell = `row.\`${header(column)}\``;
  switch (column.type) {
    case "string":
      return cell;
    case "double":
    case "float":
      return `toFloat(${cell})`;
    case "boolean":
      return `toBoolean(${cell})`;
    case "string[]":
      return `CASE WHEN ${cell} IS NULL OR ${cell} = '' THEN [] ELSE split(${cell}, ${cypherString(ARRAY_DELIMITER)}) END`;
  }
}

/** A label, type or property name, backquoted unless it is a plain identifier. */
function ident(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll("`", "``")}\``;
}

function cypherString(s: string): string {
  return `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}
