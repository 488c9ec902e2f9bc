/** The newsgraph library: extract one article, many files, or merge results into a graph. */

export * from "@newsgraph/core";
export { merge } from "@newsgraph/graph";
export * from "@newsgraph/pipeline";
export { main } from "./main.js";
