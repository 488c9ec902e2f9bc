import { readFileSync } from "node:fs";
import { type Graph, GraphSchema } from "@newsgraph/core";
import { canonicalize } from "../src/canonical.js";

/** The hand-made graph of fixtures-graph/ (invented content with characters that need escaping). */
/** The small test graph in canonical form, as merge() returns graphs (exports canonicalize their input too). */
export function smallGraph(): Graph {
  const url = new URL("./fixtures-graph/small.graph.json", import.meta.url);
  return canonicalize(GraphSchema.parse(JSON.parse(readFileSync(url, "utf8"))));
}

/** A strict RFC 4180 reader (quoted fields may hold commas, doubled quotes and line breaks); throws on bad input. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] === '"') {
      let out = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            out += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          out += c;
          i++;
        }
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\n") throw new Error(`text after a closing quote at ${i}`);
      return out;
    }
    const start = i;
    while (i < text.length && text[i] !== "," && text[i] !== "\n") {
      if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
      i++;
    }
    return text.slice(start, i);
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ",") i++;
    else {
      rows.push(row);
      row = [];
      i++; // the newline
    }
  }
  return rows;
}
