import type { DateMention, DocResult, EntityType } from "@newsgraph/core";

/** The entity types MEANTIME lets us score; LOC is scored together with GPE as one class of places. */
const SCORED: ReadonlySet<EntityType> = new Set(["PERSON", "ORG", "GPE", "LOC"]);

/**
 * A result as MEANTIME can score it: entities of the scored types only (NORP, PRODUCT and EVENT have no
 * counterpart there: MEANTIME's PRO and FIN are products and financial entities, its LOC covers places), with
 * LOC written as GPE, so that the GPE row means "place" and a place is right whichever of the two types was
 * predicted; no quotes and no money (MEANTIME annotates neither as we do). A range that carries its TimeML ends
 * (`timexes`: "between April and June") is scored as those two dates, as MEANTIME (a TimeML corpus) annotates a
 * range; other dates and the publication date are kept as they are. Pure: the result itself is not changed.
 */
export function meantimeView(result: DocResult): DocResult {
  return {
    ...result,
    entities: result.entities
      .filter((e) => SCORED.has(e.type))
      .map((e) => (e.type === "LOC" ? { ...e, type: "GPE" as const } : e)),
    quotes: [],
    money: [],
    dates: result.dates.flatMap(rangeEnds),
  };
}

/** A range as its two TimeML ends, each a date of its own span and value (a decade "199" written "1990s"). */
function rangeEnds(d: DateMention): DateMention[] {
  if (d.kind !== "range" || !d.timexes || d.timexes.length !== 2) return [d];
  return d.timexes.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    value: /^\d{3}$/.test(t.value) ? `${t.value}0s` : t.value,
    granularity: d.granularity,
    relative: d.relative,
    kind: "date" as const,
  }));
}
