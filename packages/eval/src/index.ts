/** @newsgraph/eval: the gold format, the scorer, the regression baseline and the diff of two runs. */

export * from "./baseline.js";
export * from "./diff/diff.js";
export * from "./diff/format.js";
export * from "./eval-set.js";
export * from "./format/compare.js";
export * from "./format/table.js";
export * from "./gold/json-position.js";
export * from "./gold/load.js";
export * from "./gold/resolve.js";
export * from "./gold/schema.js";
export * from "./gold/to-result.js";
export * from "./meantime/index.js";
export * from "./peer.js";
export * from "./results.js";
export { dateValues } from "./score/dates.js";
export * from "./score/match.js";
export { AMOUNT_TOLERANCE, sameAmount } from "./score/money.js";
export { QUOTE_TOKEN_OVERLAP } from "./score/quotes.js";
export * from "./score/score.js";
export * from "./score/tally.js";
export * from "./text.js";
export * from "./timeml/index.js";
