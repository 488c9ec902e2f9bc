import type { DocResult, EntityType } from "@newsgraph/core";

/** The entity types MEANTIME lets us score; LOC is scored together with GPE as one class of places. */
const SCORED: ReadonlySet<EntityType> = new Set(["PERSON", "ORG", "GPE", "LOC"]);

/**
 * A result as MEANTIME can score it: entities of the scored types only (NORP, PRODUCT and EVENT have no
 * counterpart there: MEANTIME's PRO and FIN are products and financial entities, its LOC covers places), with
 * LOC written as GPE, so that the GPE row means "place" and a place is right whichever of the two types was
 * predicted; no quotes and no money (MEANTIME annotates neither as we do). Dates and the publication date are
 * kept as they are. Pure: the result itself is not changed.
 */
export function meantimeView(result: DocResult): DocResult {
  return {
    ...result,
    entities: result.entities
      .filter((e) => SCORED.has(e.type))
      .map((e) => (e.type === "LOC" ? { ...e, type: "GPE" as const } : e)),
    quotes: [],
    money: [],
  };
}
