export { compactName, isSpellingVariant, nameTokens } from "@newsgraph/core";
export { blockingKeys, type LocalEntity, profileOf } from "./blocking.js";
export { canonicalize, sortKeys, stableJson } from "./canonical.js";
export { dateInterval } from "./date-interval.js";
export * from "./export/index.js";
export { merge, mergeGraphs, mergeInto, observationsOf } from "./merge.js";
export { type Observation, ObservationSchema, observe } from "./observation.js";
export {
  type AmountHit,
  AmountHitSchema,
  amountsNear,
  entitiesBetween,
  findEntities,
  type GraphIndex,
  indexGraph,
  type MentionHit,
  MentionHitSchema,
  mentionsOf,
  type QuoteHit,
  QuoteHitSchema,
  quotesBy,
  type WindowHit,
  WindowHitSchema,
} from "./query.js";
export { type ResolvedEntity, resolveEntities } from "./resolve.js";
