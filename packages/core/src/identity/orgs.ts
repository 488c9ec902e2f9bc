import { lexiconTags } from "./lexicon.js";
import { isNumberToken, nameTokens } from "./names.js";
import { canonicalPlacePrefix, placePrefixLength } from "./places.js";

/** Words of a company's legal form or a generic corporate ending, which do not tell two organizations apart. */
const LEGAL_FORMS = new Set(
  "inc incorporated corp corporation co company llc ltd limited plc ag nv sa gmbh spa group holdings".split(" "),
);

/**
 * The core of an organization's name for cross-article identity: the folded tokens without trailing legal
 * forms ("Apple Inc." → apple, "Chrysler Group LLC" → chrysler, "Foo N.V." → foo), without an acronym that
 * follows its own expansion ("European Aeronautic Defence and Space Company EADS N.V." → european aeronautic
 * defence and space), a leading place in its canonical spelling ("U.S. Air Force" → united states air force),
 * a government body's "<head> of <field>" as "<field> <head>" ("Department of Labor" → labor department, as
 * "Labor Department") and a plural "s" dropped from the last token ("Ford Motors Co" and "Ford Motor Company"
 * → ford motor). Never empty when the name is not.
 */
export function orgCoreTokens(name: string): string[] {
  let core = cores.get(name);
  if (!core) {
    core = computeCore(nameTokens(name));
    if (cores.size >= 20_000) cores.clear();
    cores.set(name, core);
  }
  return [...core];
}
const cores = new Map<string, string[]>();

function computeCore(folded: string[]): string[] {
  const tokens = canonicalPlacePrefix(folded);
  // "n v", "s a": a legal form written with full stops folds to single letters
  while (
    tokens.length > 2 &&
    (tokens[tokens.length - 1] ?? "").length === 1 &&
    (tokens[tokens.length - 2] ?? "").length === 1
  )
    tokens.splice(tokens.length - 2, 2, `${tokens[tokens.length - 2]}${tokens[tokens.length - 1]}`);
  let n = tokens.length;
  const dropLegal = () => {
    while (n > 1 && LEGAL_FORMS.has(tokens[n - 1] ?? "")) n--;
  };
  dropLegal();
  // an acronym after its expansion: the last token spells the initials of what precedes it
  if (n >= 3) {
    const before = tokens.slice(0, n - 1);
    let m = before.length;
    while (m > 1 && LEGAL_FORMS.has(before[m - 1] ?? "")) m--;
    const last = tokens[n - 1] ?? "";
    if (last.length >= 2 && nameInitials(before.slice(0, m)) === last) {
      n = m;
      dropLegal();
    }
  }
  let core = tokens.slice(0, n);
  core = governmentBodyOrder(core);
  const last = core[core.length - 1];
  if (core.length > 1 && last && last.length > 4 && last.endsWith("s") && !last.endsWith("ss"))
    core[core.length - 1] = last.slice(0, -1);
  return core;
}

/** Heads of government bodies written either way: "Department of Labor" and "Labor Department". */
const BODY_HEADS = new Set(["department", "ministry", "office", "bureau", "secretariat"]);

/** "<place> <head> of <field>" → "<place> <field> <head>" ("ministry of defence" → "defence ministry"). */
function governmentBodyOrder(tokens: string[]): string[] {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!BODY_HEADS.has(tokens[i] ?? "") || tokens[i + 1] !== "of") continue;
    const field = tokens.slice(i + 2);
    if (field.length > 3 || field.includes("the") || field.includes("of")) return tokens;
    return [...tokens.slice(0, i), ...field, tokens[i] as string];
  }
  return tokens;
}

/** Small words an acronym skips ("North Atlantic Treaty Organization" → NATO, "Banco de Brasil" → BB). */
const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "et"]);

/** The initials of folded name tokens, small words skipped: ["ministry", "of", "national", "defense"] → "mnd". */
export function nameInitials(tokens: readonly string[]): string {
  return tokens
    .filter((w) => !INITIALS_SKIP.has(w))
    .map((w) => w[0] ?? "")
    .join("");
}

/** A name written as an acronym: two to ten capitals, digits, dots, ampersands or hyphens ("NATO", "U.N.", "G7"). */
export const isAcronymText = (text: string): boolean =>
  /^[A-Z][A-Z0-9.&-]{1,9}$/.test(text.trim()) && (text.match(/[A-Z]/g) ?? []).length >= 2;

/** How a shorter name is derived from an organization's name (see orgShortForms). */
export type OrgShortFormKind = "initials" | "leading" | "trailing" | "first-word";

/**
 * The shorter names an organization may go by: its initials when three letters or more ("North Atlantic Treaty
 * Organization" → nato), its core without the last word ("China Eastern Airlines" → china eastern; not ending
 * in a small word: "University of"), its first word when distinctive ("Ford Motor Company" → ford; not
 * "National", a place or a common word), its last words ("United States Air Force" →
 * states air force, air force; the last word alone only after a leading place: "United States Senate" →
 * senate). Compact forms (no spaces). A number is never dropped: "BBC Radio"
 * is not a short form of "BBC Radio 4".
 */
export function orgShortForms(name: string): { form: string; kind: OrgShortFormKind }[] {
  const tokens = orgCoreTokens(name);
  const out = new Map<string, OrgShortFormKind>();
  const put = (form: string, kind: OrgShortFormKind) => {
    if (form && !out.has(form)) out.set(form, kind);
  };
  // initials of three letters or more: two-letter ones fit too many names to tell anything ("bc", "cc")
  const letters = nameInitials(tokens);
  if (letters.length >= 3 && tokens.length >= 3) put(letters, "initials");
  if (tokens.length >= 2 && !isNumber(tokens[tokens.length - 1] ?? "")) {
    const leading = tokens.slice(0, -1);
    if (leading.length >= 2 && !INITIALS_SKIP.has(leading[leading.length - 1] ?? ""))
      put(orgCoreTokens(leading.join(" ")).join(""), "leading");
    if (isDistinctiveWord(tokens[0] ?? "")) put(tokens[0] ?? "", "first-word");
  }
  // the last words; after a leading place, the rest even when one word ("United States Senate" → senate)
  const place = placePrefixLength(tokens);
  for (let k = 1; k <= tokens.length - 1; k++) {
    if (tokens.slice(0, k).some(isNumber)) break;
    if (k > tokens.length - 2 && k !== place) continue;
    put(orgCoreTokens(tokens.slice(k).join(" ")).join(""), "trailing");
  }
  return [...out].map(([form, kind]) => ({ form, kind }));
}

const isNumber = isNumberToken;

/**
 * Generic first words of organizations' names that name none of them alone ("National", "First", "Royal"),
 * beyond what compromise's lexicon tags as common words, places or nationalities (general English).
 */
const GENERIC_FIRST_WORDS = new Set(
  `national international federal central global world british european democratic republican new first royal
  united general state city county regional metropolitan northern southern eastern western north south east west
  great greater upper lower old saint st university college school council department ministry office bureau
  agency commission committee association institute society union league board court the`.split(/\s+/),
);
const COMMON_TAGS =
  /^(Adjective|Demonym|Country|City|Region|Place|Ordinal|Cardinal|TextValue|Singular|Plural|Noun|Infinitive|Verb|PresentTense|PastTense|Gerund|Adverb|Preposition|Determiner|Conjunction|Pronoun|Month|WeekDay)$/;

/** Whether a word, alone, may name an organization: not generic, not a common word, a place or a nationality. */
function isDistinctiveWord(word: string): boolean {
  if (word.length < 2 || GENERIC_FIRST_WORDS.has(word) || isNumber(word)) return false;
  return !lexiconTags(word).some((t) => COMMON_TAGS.test(t));
}
