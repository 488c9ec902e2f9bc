import { compromise } from "../parse/nlp.js";

/**
 * compromise's own lexicon (given names, last names, places, organizations, common words) read as a plain
 * lookup table: a general gazetteer at the cost of a map access, never run as a tagger.
 */
const LEXICON = (compromise.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** compromise's tags of a lower-case word or phrase, or an empty list. */
export function lexiconTags(key: string): readonly string[] {
  const tags = LEXICON[key];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}
