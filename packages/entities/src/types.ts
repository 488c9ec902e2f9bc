import type { EntityType, Role } from "@newsgraph/core";

/**
 * One typed name found in the text, before clustering: the hand-off between the mention finder
 * (mentions.ts: candidates, typing, titles) and the clusterer (cluster.ts: aliases, variants, coreference).
 */
export interface TypedMention {
  start: number;
  end: number;
  /** exactly doc.text.slice(start, end): no title, no possessive, no trailing punctuation */
  text: string;
  type: EntityType;
  /** titles stated with this mention ("Finance Minister Amara Okafor", "X, NATO’s secretary-general,") */
  roles: Role[];
  /** expansion given in the text for an acronym mention ("Ministry of National Defense (MND)": on MND, the expansion's offsets) */
  expansion?: { start: number; end: number };
  /** how sure the finder is (0..1); the clusterer may drop weak singletons */
  confidence: number;
}

/**
 * The confidence of a name that only its capital letter marks (a word mid-sentence that no gazetteer, shape or
 * context types): too weak alone, a name when it recurs in the article (see group.ts).
 */
export const RECURRING_NAME = 0.45;
