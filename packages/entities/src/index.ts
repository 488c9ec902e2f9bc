import type { Entity, Extractor } from "@newsgraph/core";
import { findNames } from "./find-names.js";
import { groupMentions } from "./group.js";

export { findNames } from "./find-names.js";
export { groupMentions } from "./group.js";
export type { TypedMention } from "./types.js";

/** People, organizations, places, nationalities and products, one Entity per referent in the article. */
export const entityExtractor: Extractor<Entity> = {
  name: "entities",
  extract: (doc, context) => groupMentions(doc, findNames(doc, context)),
};
