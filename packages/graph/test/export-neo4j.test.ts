import { describe, expect, it } from "vitest";
import { toNeo4j } from "../src/export/index.js";
import { readCsv, smallGraph } from "./export-helpers.js";

interface Table {
  header: string[];
  rows: Record<string, string>[];
}

function table(text: string): Table {
  const [header = [], ...rows] = readCsv(text);
  for (const row of rows) expect(row.length).toBe(header.length);
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

/** The header types neo4j-admin knows that this export may use. */
const TYPED = /^[A-Za-z_][A-Za-z0-9_]*:(string|double|float|boolean|string\[\])$/;

describe("toNeo4j", () => {
  const graph = smallGraph();
  const files = toNeo4j(graph);
  const nodeFiles = Object.keys(files).filter((f) => f.startsWith("nodes_"));
  const relFiles = Object.keys(files).filter((f) => f.startsWith("rels_"));

  it("writes one node file per kind and one relationship file per type, plus the Cypher script and README", () => {
    expect(nodeFiles.sort()).toEqual(
      ["Amount", "DatePoint", "Document", "Entity", "Quote", "Role"].map((k) => `nodes_${k}.csv`),
    );
    expect(relFiles.sort()).toEqual(
      ["ABOUT", "CO_OCCURS", "HAS_ROLE", "MENTIONS", "REPORTS", "SAID"].map((t) => `rels_${t}.csv`),
    );
    expect(files["import.cypher"]).toBeDefined();
    expect(files["README.txt"]).toContain("neo4j-admin database import full");
    for (const f of [...nodeFiles, ...relFiles]) expect(files["README.txt"]).toContain(`import/${f}`);
  });

  it("node files: id:ID and :LABEL first, typed headers, every node exactly once", () => {
    const seen = new Map<string, Record<string, string>>();
    for (const name of nodeFiles) {
      const t = table(files[name] ?? "");
      expect(t.header.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
      for (const h of t.header.slice(2)) expect(h).toMatch(TYPED);
      for (const row of t.rows) {
        expect(seen.has(row["id:ID"] ?? "")).toBe(false);
        seen.set(row["id:ID"] ?? "", row);
        const kind = name.slice("nodes_".length, -".csv".length);
        expect(row[":LABEL"]?.split(";").slice(0, 2)).toEqual(["Node", kind]);
      }
    }
    expect([...seen.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(seen.get("person:zoe-aberg")?.[":LABEL"]).toBe("Node;Entity;PERSON");
  });

  it("keeps values: typed numbers and booleans, arrays split on ';', JSON columns, exact multi-line text", () => {
    const entities = table(files["nodes_Entity.csv"] ?? "").rows;
    const zoe = entities.find((r) => r["id:ID"] === "person:zoe-aberg");
    expect(zoe?.["name:string"]).toBe("Zoë Åberg");
    // a ';' inside an array element cannot be escaped: it is written as ','
    expect(zoe?.["aliases:string[]"]?.split(";")).toEqual(["Aberg, Z.", "Åberg"]);
    expect(zoe?.["docs:string[]"]?.split(";")).toEqual(["harbor-a", "harbor-b"]);
    expect(JSON.parse(zoe?.["roles:string"] ?? "null")).toEqual([
      { title: "Harbor Master", of: "Port of Velden", docs: ["harbor-a"], dates: ["2024-03-04"] },
    ]);

    const quotes = table(files["nodes_Quote.csv"] ?? "").rows;
    const q = quotes.find((r) => r["id:ID"] === "quote:harbor-a:50");
    const original = graph.nodes.find((n) => n.id === "quote:harbor-a:50");
    expect(q?.["text:string"]).toBe(original?.kind === "Quote" ? original.text : "");
    expect(q?.["text:string"]).toContain("\n");

    const amounts = table(files["nodes_Amount.csv"] ?? "").rows;
    expect(Number(amounts.find((r) => r["id:ID"] === "amount:usd:12.75")?.["amount:double"])).toBe(12.75);
    const docs = table(files["nodes_Document.csv"] ?? "");
    expect(docs.header).toContain("publishedValue:string");
    expect(docs.rows.map((r) => r["publishedInferred:boolean"])).toEqual(["false", "true"]);
    // null is an empty, unquoted cell: no property
    expect(files["nodes_Document.csv"]).toMatch(/^"doc:harbor-b","Node;Document","doc:harbor-b",,,,true,/m);
  });

  it("relationship files: every :START_ID and :END_ID is a node id, all edges present with weight:float", () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    const edgeIds: string[] = [];
    for (const name of relFiles) {
      const t = table(files[name] ?? "");
      expect(t.header.slice(0, 5)).toEqual([":START_ID", ":END_ID", ":TYPE", "id:string", "weight:float"]);
      for (const row of t.rows) {
        expect(ids.has(row[":START_ID"] ?? "")).toBe(true);
        expect(ids.has(row[":END_ID"] ?? "")).toBe(true);
        expect(name).toBe(`rels_${row[":TYPE"]}.csv`);
        expect(Number.isFinite(Number(row["weight:float"]))).toBe(true);
        edgeIds.push(row["id:string"] ?? "");
      }
    }
    expect(edgeIds.sort()).toEqual(graph.edges.map((e) => e.id).sort());
    const co = table(files["rels_CO_OCCURS.csv"] ?? "").rows;
    expect(co.map((r) => Number(r["weight:float"])).sort()).toEqual([1, 2.5]);
  });

  it("leaves out edges to missing nodes and says so in the README", () => {
    const g = smallGraph();
    g.edges.push({
      id: "SAID|ghost|quote:harbor-b:0",
      type: "SAID",
      from: "ghost",
      to: "quote:harbor-b:0",
      weight: 1,
      evidence: [],
    });
    const out = toNeo4j(g);
    const said = table(out["rels_SAID.csv"] ?? "").rows;
    expect(said.map((r) => r[":START_ID"])).toEqual(["person:zoe-aberg"]);
    expect(out["README.txt"]).toContain("Left out: 1 edges");
    expect(out["README.txt"]).toContain("SAID|ghost|quote:harbor-b:0");
  });

  it("import.cypher loads every file with a uniqueness constraint and converts types", () => {
    const cypher = files["import.cypher"] ?? "";
    expect(cypher).toContain("CREATE CONSTRAINT newsgraph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;");
    for (const f of [...nodeFiles, ...relFiles])
      expect(cypher).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${f}' AS row`);
    expect(cypher).toContain("MERGE (a)-[r:SAID {id: row.`id:string`}]->(b)");
    expect(cypher).toContain("n.amount = toFloat(row.`amount:double`)");
    expect(cypher).toContain("split(row.`aliases:string[]`, ';')");
    expect(cypher).toContain("SET n:PERSON");
    // one statement per file, plus the constraint
    expect(cypher.split(";\n").filter((s) => s.trim()).length).toBe(nodeFiles.length + relFiles.length + 1);
  });

  it("an empty graph gives just the script and README", () => {
    expect(Object.keys(toNeo4j({ version: 1, nodes: [], edges: [] })).sort()).toEqual(["README.txt", "import.cypher"]);
  });
});
