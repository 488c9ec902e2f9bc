import type { Entity, Extractor } from "@newsgraph/core";

/** People, organizations, places, nationalities and products. (Placeholder until the entities issue lands.) */
export const entityExtractor: Extractor<Entity> = {
  name: "entities",
  extract: () => [],
};
