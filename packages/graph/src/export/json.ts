import type { Graph } from "@newsgraph/core";
import { canonicalize, sortKeys } from "../canonical.js";

/** Canonical JSON of a graph: validated, nodes and edges in id order, keys sorted, two-space indent, final newline. */
export function toJson(graph: Graph): string {
  return `${JSON.stringify(sortKeys(canonicalize(graph)), null, 2)}\n`;
}
