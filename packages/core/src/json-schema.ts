import { z } from "zod";
import { DocResultSchema } from "./schemas/doc-result.js";
import { GraphSchema } from "./schemas/graph.js";

/** JSON Schema (draft 2020-12) of one DocResult, for validating newsgraph output from other languages. */
export function docResultJsonSchema(): Record<string, unknown> {
  return { $id: "https://newsgraph.dev/schema/doc-result.json", ...z.toJSONSchema(DocResultSchema) };
}

/** JSON Schema (draft 2020-12) of the merged Graph. */
export function graphJsonSchema(): Record<string, unknown> {
  return { $id: "https://newsgraph.dev/schema/graph.json", ...z.toJSONSchema(GraphSchema) };
}
