import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type DocResult, DocResultSchema, type Graph, GraphSchema } from "@newsgraph/core";
import { exportGraph, GraphFormatSchema, mergeInto, toJson } from "@newsgraph/graph";
import { EXIT, UsageError } from "../errors.js";
import { writeFileAtomic } from "../io.js";

export const GRAPH_FORMATS = GraphFormatSchema.options;
export type GraphOutputFormat = (typeof GRAPH_FORMATS)[number];

export const MERGE_HELP = `newsgraph merge <inputs...> -o <file|-> [options]

Merges graphs and extraction results into one graph. Inputs are graph JSON files (from 'extract --graph' or
an earlier 'merge') and DocResult JSONL files (from 'extract --jsonl'), in any mix and order: the result is the
same graph for the same set of articles, and an article given twice counts once.

Options:
  -o, --out <file|->     where to write the graph (- for standard output, json only); for neo4j, a folder
  --format <format>      json (default), graphml (one file), neo4j (a folder of CSV files for
                         neo4j-admin database import and a Cypher script) or html (a page that draws the graph)
  --quiet                no summary
  -h, --help             this text

Exit codes: 0 done, 2 usage error or an unreadable or malformed input file.`;

/** Parses a --format value. */
export function parseGraphFormat(value: string | undefined): GraphOutputFormat {
  if (value === undefined) return "json";
  const format = GRAPH_FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`--format: expected one of ${GRAPH_FORMATS.join(", ")}, got "${value}"`);
  return format;
}

/**
 * Writes a graph in a format; returns the files written. JSON (the graph package's canonical JSON) is written
 * here, to stdout or atomically to a file; the other formats by the graph package's exporters.
 */
export async function writeGraph(graph: Graph, format: GraphOutputFormat, out: string): Promise<string[]> {
  if (format === "json") {
    const text = toJson(graph);
    if (out === "-") process.stdout.write(text);
    else await writeFileAtomic(out, text);
    return out === "-" ? [] : [out];
  }
  if (out === "-") throw new UsageError(`--format ${format} writes files: give a path, not "-"`);
  return exportGraph(graph, format, out);
}

function describeIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return `${issue.path.length ? `${issue.path.map(String).join(".")}: ` : ""}${issue.message}`;
}

/** Reads one input file: a Graph, a single DocResult, an array of DocResults, or DocResult JSONL. */
export async function readMergeInput(path: string): Promise<{ graphs: Graph[]; results: DocResult[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`cannot read ${path}: ${e.code ?? e.message}`);
  }
  if (!text.trim()) throw new UsageError(`${path}: empty file (expected a graph JSON or DocResult JSONL)`);
  let whole: unknown;
  let isWhole = true;
  try {
    whole = JSON.parse(text);
  } catch {
    isWhole = false;
  }
  if (isWhole) {
    if (whole && typeof whole === "object" && !Array.isArray(whole) && "nodes" in whole) {
      const parsed = GraphSchema.safeParse(whole);
      if (!parsed.success) throw new UsageError(`${path}: not a valid graph: ${describeIssue(parsed.error)}`);
      return { graphs: [parsed.data], results: [] };
    }
    const items = Array.isArray(whole) ? whole : [whole];
    const results = items.map((item, i) => {
      const parsed = DocResultSchema.safeParse(item);
      if (!parsed.success)
        throw new UsageError(
          `${path}${Array.isArray(whole) ? `[${i}]` : ""}: neither a graph nor a DocResult: ${describeIssue(parsed.error)}`,
        );
      return parsed.data;
    });
    return { graphs: [], results };
  }
  const results: DocResult[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = DocResultSchema.safeParse(value);
    if (!parsed.success) throw new UsageError(`${path}:${i + 1}: ${describeIssue(parsed.error)}`);
    results.push(parsed.data);
  }
  return { graphs: [], results };
}

export async function runMerge(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      format: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${MERGE_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("merge: give at least one graph JSON or DocResult JSONL file");
  if (!values.out) throw new UsageError("merge: give the output file with -o <file> (- for standard output)");
  const format = parseGraphFormat(values.format);
  if (format !== "json" && values.out === "-")
    throw new UsageError(`--format ${format} writes files: give a path, not "-"`);

  const graphs: Graph[] = [];
  const results: DocResult[] = [];
  for (const path of positionals) {
    const input = await readMergeInput(path);
    graphs.push(...input.graphs);
    results.push(...input.results);
  }
  const graph = mergeInto(results, graphs);
  const written = await writeGraph(graph, format, values.out);
  if (!values.quiet) {
    const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
    process.stderr.write(
      `newsgraph merge: ${positionals.length} input(s), ${count("Document")} article(s): ${graph.nodes.length} nodes (${count("Entity")} entities, ${count("Quote")} quotes, ${count("Amount")} amounts, ${count("DatePoint")} dates), ${graph.edges.length} edges${written.length ? `\n  wrote: ${written.join(", ")}` : ""}\n`,
    );
  }
  return EXIT.ok;
}
