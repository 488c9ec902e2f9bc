import type { Word } from "@newsgraph/core";
import { type EntityType, PLACE_VARIANTS } from "@newsgraph/core";
import {
  EAST_ASIAN_SURNAMES,
  EXTRA_GPE,
  KNOWN_ORGS,
  LOC_HEADS,
  ONE_WORD_ORGS,
  ORG_HEADS,
  PRODUCT_HEADS,
  WORLD_REGIONS,
} from "./data/name-words.js";
import {
  isCity,
  isCountry,
  isDemonym,
  isGivenName,
  isLastName,
  isOrganization,
  isPlace,
  isPluralDemonym,
  isRegion,
} from "./lexicon.js";

export interface Typing {
  type: EntityType;
  confidence: number;
}

const EVENT_HEADS = new Set(
  "war summit olympics games cup conference forum festival expo championship championships".split(" "),
);
/** A model or weapon designation: letters then digits, maybe hyphenated ("K9", "F-16", "S-400", "Su-27"). */
const PRODUCT = /^\p{Lu}[\p{L}]{0,5}(-?\p{Lu}{0,5})?-?\d[\w-]*$/u;
/**
 * Endings of family names in the languages the news transliterates most (Slavic -enko/-ov/-ska/-vich/-uk,
 * Georgian -shvili/-dze, Armenian -yan, Greek -opoulos/-akis, Turkish -oğlu, Romanian -escu, Polish -wicz/-czyk,
 * Scandinavian and English -son/-sen, Italian -ini/-elli): a name of two to four words ending so is a person's.
 */
const SURNAME_ENDING =
  /(enko|chenko|ko|ov|ova|ev|eva|yev|iev|yov|skyi|skyy|skiy|sky|ski|ska|skaya|ina|vich|vych|ovych|ivna|ovic|ović|uk|yuk|chuk|shvili|dze|yan|ian|opoulos|akis|oglu|oğlu|escu|wicz|czyk|son|sen|ini|elli|etti)$/;
/** A Korean or Chinese given name written with a hyphen and a lower-case second part ("Suk-yeol", "Tae-yul"). */
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether a (lower-case) name is a known place with a government. */
export function isKnownGpe(key: string): boolean {
  return (
    EXTRA_GPE.has(key) || PLACE_VARIANTS.has(key) || isCountry(key) || isCity(key) || isRegion(key) || isPlace(key)
  );
}

/** Whether a (lower-case) name is a known organization. */
export function isKnownOrg(key: string): boolean {
  return ONE_WORD_ORGS.has(key) || KNOWN_ORGS.has(key) || isOrganization(key);
}

/**
 * The type of a name from its own words (gazetteers, head nouns, shapes). `null` when nothing in the name tells;
 * context rules (a title, a speech verb, "in ...") decide those in find-names.ts.
 */
export function typeFromWords(words: readonly Word[]): Typing | null {
  const key = words.map((w) => w.lower).join(" ");
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (isKnownOrg(key)) return { type: "ORG", confidence: 0.9 };
  if (WORLD_REGIONS.has(key)) return { type: "LOC", confidence: 0.9 };
  if (isKnownGpe(key)) return { type: "GPE", confidence: 0.9 };
  if (words.length === 1 && isPluralDemonym(key)) return { type: "NORP", confidence: 0.8 };
  if (words.length === 1 && PRODUCT.test(first.text) && !isKnownOrg(key)) return { type: "PRODUCT", confidence: 0.8 };
  if (words.some((w) => ORG_HEADS.has(w.lower))) return { type: "ORG", confidence: 0.85 };
  // an airline named "Air ...": "Air France", "Air India" (not "Korean Air and Missile Defense")
  if (words.length >= 2 && first.lower === "air") return { type: "ORG", confidence: 0.8 };
  // a news agency or known organization inside a longer name: "Reuters Breakingviews", "Xinhua-Africa"
  // (acronyms only in capitals: "Un" in "Kim Jong Un" is not the UN)
  const orgPart = (part: string) =>
    ONE_WORD_ORGS.has(part.toLowerCase()) && (part.length >= 5 || part === part.toUpperCase());
  if (words.length <= 3 && words.some((w) => w.text.split("-").some(orgPart))) return { type: "ORG", confidence: 0.8 };
  if (words.length > 1 && PRODUCT_HEADS.has(last.lower)) return { type: "PRODUCT", confidence: 0.7 };
  // a company written with an acronym first: "BAE Systems", "SK Hynix"
  if (words.length === 2 && first.allCaps && first.text.length <= 4 && !last.allCaps)
    return { type: "ORG", confidence: 0.6 };
  if (LOC_HEADS.has(last.lower) || LOC_HEADS.has(first.lower)) return { type: "LOC", confidence: 0.8 };
  if (words.length > 1 && EVENT_HEADS.has(last.lower)) return { type: "EVENT", confidence: 0.7 };
  if (words.length === 1 && first.allCaps && first.text.replace(/\./g, "").length <= 6)
    return { type: "ORG", confidence: 0.7 };
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !w.allCaps)) {
    if (isGivenName(first.lower)) return { type: "PERSON", confidence: 0.85 };
    if (EAST_ASIAN_SURNAMES.has(first.lower) && words.length <= 3) return { type: "PERSON", confidence: 0.8 };
    if (words.some((w) => HYPHEN_GIVEN.test(w.text))) return { type: "PERSON", confidence: 0.75 };
    if (isLastName(last.lower)) return { type: "PERSON", confidence: 0.7 };
    if (SURNAME_ENDING.test(last.lower)) return { type: "PERSON", confidence: 0.7 };
  }
  if (words.length === 1 && isLastName(key)) return { type: "PERSON", confidence: 0.6 };
  if (words.length === 1 && isGivenName(key)) return { type: "PERSON", confidence: 0.5 };
  if (words.length === 1 && isDemonym(key)) return null;
  return null;
}
