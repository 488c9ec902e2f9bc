import { type DateMention, type Published, parse } from "@newsgraph/core";
import { findDates, inferPublished } from "@newsgraph/dates";

export const given = (value: string | null): Published => ({ value, inferred: false, evidence: "test" });

/** Every date mention of a text, against a given reference date (null: none). */
export function dates(text: string, reference: string | null = null): DateMention[] {
  return findDates(parse(text), given(reference));
}

/** The one mention whose text is `surface` (fails loudly when there is none or more than one). */
export function one(text: string, surface: string, reference: string | null = null): DateMention {
  const found = dates(text, reference).filter((d) => d.text === surface);
  if (found.length !== 1)
    throw new Error(
      `expected one mention "${surface}", got ${JSON.stringify(dates(text, reference).map((d) => d.text))}`,
    );
  return found[0] as DateMention;
}

/** value of the mention `surface` */
export const valueIn = (text: string, surface: string, reference: string | null = null) =>
  one(text, surface, reference).value;

export function reference(text: string): Published {
  return inferPublished(parse(text));
}
