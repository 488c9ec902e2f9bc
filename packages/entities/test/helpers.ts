import { type Entity, parse } from "@newsgraph/core";
import { entityExtractor } from "../src/index.js";

/** The entities of a text, as the pipeline gets them. */
export function entitiesOf(text: string): Entity[] {
  const doc = parse(text);
  return entityExtractor.extract(
    doc,
    { published: { value: null, inferred: false, evidence: null }, warn: () => {} },
    {},
  );
}

/** The entity holding a mention with this text. */
export function byMention(entities: Entity[], text: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}
