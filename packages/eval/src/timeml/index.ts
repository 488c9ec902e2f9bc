/** TimeML corpora (TimeBank, TempEval-3): reading .tml files and scoring TIMEX3 as the TempEval-3 scorer does. */
export * from "./format.js";
export * from "./load.js";
export * from "./read.js";
export * from "./score.js";
export * from "./view.js";
