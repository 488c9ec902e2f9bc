import { slug } from "./ids.js";
import { canonicalPlacePrefix } from "./places.js";

/**
 * Name folding shared by in-article clustering (entities) and cross-article resolution (graph). Case, accents, apostrophes, hyphens and spaces are folded, and a
 * leading "the" is dropped: "Yoon Suk-yeol", "Yoon Suk Yeol" and "YOON SUK YEOL" fold to the same tokens.
 */
export function nameTokens(name: string): string[] {
  let tokens = folded.get(name);
  if (!tokens) {
    tokens = slug(name).split("-").filter(Boolean);
    if (tokens.length > 1 && tokens[0] === "the") tokens.shift();
    if (folded.size >= 20_000) folded.clear();
    folded.set(name, tokens);
  }
  return [...tokens];
}

/** Folded names by name: the same names recur across mentions and articles, and folding (NFKD, regexes) costs. */
const folded = new Map<string, string[]>();

/** The folded name with no separators: "Yoon Suk-yeol" and "Yoon Sukyeol" share it ("yoonsukyeol"). */
export function compactName(name: string): string {
  return nameTokens(name).join("");
}

/** Levenshtein distance, O(a·b) time on two short strings (names), O(b) memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Edit distance over the longer length: 0 for equal strings, 1 for nothing in common. */
export function normalizedDistance(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : editDistance(a, b) / longest;
}

/** Longest token that may differ between two transliterations of one name (shorter tokens must be equal). */
const MIN_VARIANT_TOKEN = 5;
export const MAX_VARIANT_DISTANCE = 0.25;

/**
 * Whether two (folded, unequal) person names are transliteration variants of one name: Zelenskyy ~ Zelenskiy,
 * "Volodymyr Zelenskyy" ~ "Volodymyr Zelenskiy". Rules, all required: the same number of tokens; exactly one
 * token differs; the differing tokens have at least five letters, the same first letter and a normalized edit
 * distance of at most 0.25, as do the whole names; and they do not differ only in their last letter (Maria/Mario,
 * Daniela/Daniele are different people, not spellings).
 */
export function isSpellingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  const x = a[differing] ?? "";
  const y = b[differing] ?? "";
  if (x.length < MIN_VARIANT_TOKEN || y.length < MIN_VARIANT_TOKEN) return false;
  if (x[0] !== y[0]) return false;
  if (x.length === y.length && x.slice(0, -1) === y.slice(0, -1)) return false;
  if (normalizedDistance(x, y) > MAX_VARIANT_DISTANCE) return false;
  return normalizedDistance(a.join(""), b.join("")) <= MAX_VARIANT_DISTANCE;
}

/**
 * The token runs a longer name may be shortened to: every proper prefix and suffix run ("Yoon Suk Yeol" gives
 * "yoon", "yoon suk", "suk yeol", "yeol"). Surnames come first in Korean and Chinese names and last in most
 * others, so both ends count.
 */
export function shortForms(tokens: string[]): string[] {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    out.add(tokens.slice(0, k).join(" "));
    out.add(tokens.slice(tokens.length - k).join(" "));
  }
  return [...out];
}

/** Words of a company's legal form or a generic corporate ending, which do not tell two organizations apart. */
const LEGAL_FORMS = new Set(
  "inc incorporated corp corporation co company llc ltd limited plc ag nv sa gmbh spa group holdings".split(" "),
);

/**
 * The core of an organization's name for cross-article identity: the folded tokens without trailing legal
 * forms ("Apple Inc." → apple, "Chrysler Group LLC" → chrysler), a leading place in its canonical spelling
 * ("U.S. Air Force" → united states air force) and a plural "s" dropped from the last token ("Ford Motors Co"
 * and "Ford Motor Company" → ford motor). Never empty when the name is not.
 */
export function orgCoreTokens(name: string): string[] {
  const tokens = canonicalPlacePrefix(nameTokens(name));
  let n = tokens.length;
  while (n > 1 && LEGAL_FORMS.has(tokens[n - 1] ?? "")) n--;
  const core = tokens.slice(0, n);
  const last = core[core.length - 1];
  if (core.length > 1 && last && last.length > 4 && last.endsWith("s") && !last.endsWith("ss"))
    core[core.length - 1] = last.slice(0, -1);
  return core;
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
