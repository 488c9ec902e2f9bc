import type { Entity } from "@newsgraph/core";

/** What the quotes extractor reads from earlier extractors: the entities extractor's output (EntitySchema). */
export interface QuoteInput {
  entities: Entity[];
}
