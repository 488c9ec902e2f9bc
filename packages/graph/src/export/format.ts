import { z } from "zod";

/** The export formats `exportGraph` (and the CLI's `--format`) accept. */
export const GraphFormatSchema = z.enum(["json", "graphml", "neo4j", "html"]);
export type GraphFormat = z.infer<typeof GraphFormatSchema>;
