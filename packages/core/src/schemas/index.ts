export * from "./date.js";
export * from "./doc-result.js";
export * from "./entity.js";
export * from "./evidence.js";
export * from "./graph.js";
export * from "./money.js";
export * from "./quote.js";
export * from "./span.js";
