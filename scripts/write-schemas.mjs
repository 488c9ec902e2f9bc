// Writes the JSON Schemas of DocResult and Graph into packages/core/schema/, for users validating newsgraph
// output from other languages. Run by `pnpm build`; a test checks the committed files are current.
import { mkdirSync, writeFileSync } from "node:fs";
import { docResultJsonSchema, graphJsonSchema } from "@newsgraph/core";

const dir = new URL("../packages/core/schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL("doc-result.schema.json", dir), `${JSON.stringify(docResultJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("graph.schema.json", dir), `${JSON.stringify(graphJsonSchema(), null, 2)}\n`);
