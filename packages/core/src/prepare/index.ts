export { htmlToText } from "./html.js";
export { maskMarkdown } from "./markdown.js";
export * from "./prepare.js";
export { normalizePublished } from "./published.js";
export * from "./types.js";
