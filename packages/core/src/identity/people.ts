import { GIVEN_NAMES_ALSO_WORDS } from "./data/given-names.js";
import { honorificClash, honorificsOf } from "./honorifics.js";
import { lexiconTags } from "./lexicon.js";
import { shortForms } from "./names.js";

export type Sex = "m" | "f";

/** compromise's lexicon as a table of given names (about 1,800 female and 1,300 male ones, MIT licence). */
const tagsOf = lexiconTags;

/** Whether compromise's lexicon knows a (folded) word as a given name ("john", "hillary"; not "yoon"). */
export const isGivenName = (token: string): boolean =>
  token in GIVEN_NAMES_ALSO_WORDS ||
  tagsOf(token).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName");

/**
 * The shorter names a person's full name may go by in another article (see shortForms), less its first word
 * when that is a known given name and a first run ending in an initial: "Smith" names Anna Smith, "Anna" alone
 * and "John D." do not; "Yoon" of "Yoon Suk Yeol" stays (not a given name; surname first).
 */
export function personShortForms(tokens: readonly string[]): string[] {
  const given = isGivenName(tokens[0] ?? "") ? tokens[0] : undefined;
  return shortForms([...tokens]).filter((f) => f !== given && !/(^| )[a-z]$/.test(f));
}

/** The sex a (folded) given name says, when compromise's lexicon knows it as only one: "louise" f, "louis" m. */
export function givenNameSex(token: string): Sex | undefined {
  const listed = GIVEN_NAMES_ALSO_WORDS[token];
  if (listed) return listed;
  const list = tagsOf(token);
  const f = list.includes("FemaleName");
  const m = list.includes("MaleName");
  return f === m ? undefined : f ? "f" : "m";
}

/** The sex a person's honorifics say (Mr: m; Mrs, Ms, Dame: f), when they agree. */
export function honorificSex(titles: Iterable<string>): Sex | undefined {
  const sexes = new Set(honorificsOf(titles).flatMap((h) => (h.sex ? [h.sex] : [])));
  return sexes.size === 1 ? [...sexes][0] : undefined;
}

/** What is known of who a person is: the titles articles gave them and, where known, the given name. */
export interface PersonCues {
  titles: Iterable<string>;
  /** the folded given name, where the name's order tells it (the first token when the surname is last) */
  givenName?: string | undefined;
}

/**
 * Whether two people's cues say they are different people: honorifics of different ranks or sexes (Prince /
 * Mr, Mr / Mrs), or one's honorific against the other's given name (Mr / Hillary), or two given names of
 * different sexes (Louis / Louise).
 */
export function peopleClash(a: PersonCues, b: PersonCues): boolean {
  const ta = [...a.titles];
  const tb = [...b.titles];
  if (honorificClash(ta, tb)) return true;
  const sa = honorificSex(ta) ?? (a.givenName ? givenNameSex(a.givenName) : undefined);
  const sb = honorificSex(tb) ?? (b.givenName ? givenNameSex(b.givenName) : undefined);
  if (sa && sb && sa !== sb) return true;
  const ga = a.givenName ? givenNameSex(a.givenName) : undefined;
  const gb = b.givenName ? givenNameSex(b.givenName) : undefined;
  return Boolean(ga && gb && ga !== gb);
}
