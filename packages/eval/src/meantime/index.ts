/** The MEANTIME corpus as a standing benchmark: reading its XML, converting it to our gold, cross-article scoring. */
export * from "./convert.js";
export * from "./cross.js";
export * from "./load.js";
export * from "./names.js";
export * from "./read.js";
export * from "./text.js";
export * from "./view.js";
export * from "./xml.js";
