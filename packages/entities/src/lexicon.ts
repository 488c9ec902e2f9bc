import { compromise } from "@newsgraph/core";

/**
 * compromise's own lexicon (about 25,000 words and phrases: given names, last names, countries, cities, regions,
 * organizations, demonyms, months) read as a plain lookup table: a general gazetteer at the cost of a map access,
 * without running compromise's tagger.
 */
const LEXICON = (compromise.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** compromise's tags of a (lower-case) word or phrase, or an empty list. */
export function lexiconTags(key: string): readonly string[] {
  const tags = LEXICON[key];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

export const isGivenName = (key: string) =>
  lexiconTags(key).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName");
export const isLastName = (key: string) => lexiconTags(key).includes("LastName");
export const isCountry = (key: string) => lexiconTags(key).includes("Country");
export const isCity = (key: string) => lexiconTags(key).includes("City");
export const isRegion = (key: string) => lexiconTags(key).includes("Region");
export const isPlace = (key: string) => lexiconTags(key).includes("Place");
export const isOrganization = (key: string) => lexiconTags(key).includes("Organization");
export const isDemonym = (key: string) => lexiconTags(key).includes("Demonym");
export const isPluralDemonym = (key: string) => {
  const tags = lexiconTags(key);
  return tags.includes("Demonym") && tags.includes("Plural");
};
/** Months, weekdays and other date words: never names on their own. */
export const isDateWord = (key: string) =>
  lexiconTags(key).some((t) => t === "Month" || t === "WeekDay" || t === "Date" || t === "Holiday");
/** Words compromise knows only as common words (verbs, adverbs, determiners ...), not as names. */
export const isCommonWord = (key: string) => {
  const tags = lexiconTags(key);
  if (tags.length === 0) return false;
  return !tags.some((t) =>
    /Name|Person|Country|City|Region|Place|Organization|ProperNoun|Demonym|SportsTeam|Honorific/.test(t),
  );
};
