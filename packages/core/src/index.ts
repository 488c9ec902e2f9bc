export * from "./extractor.js";
export * from "./identity/index.js";
export * from "./ids.js";
export * from "./json-schema.js";
export * from "./parse/index.js";
export * from "./prepare/index.js";
export * from "./schemas/index.js";
