export { compromise, getWink } from "./nlp.js";
export { parse } from "./parse.js";
export * from "./types.js";
export { type Word, wordsOf } from "./words.js";
