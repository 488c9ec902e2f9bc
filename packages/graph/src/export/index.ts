export { exportGraph } from "./export-graph.js";
export { type GraphFormat, GraphFormatSchema } from "./format.js";
export { toGraphML } from "./graphml.js";
export { toHtml } from "./html.js";
export { toJson } from "./json.js";
export { nodeClass, nodeLabel } from "./labels.js";
export { toNeo4j } from "./neo4j.js";
