import { slug } from "../ids.js";

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
export const MIN_VARIANT_TOKEN = 5;
export const MAX_VARIANT_DISTANCE = 0.25;

/**
 * Whether two (folded, unequal) person names are transliteration variants of one name: Zelenskyy ~ Zelenskiy,
 * "Volodymyr Zelenskyy" ~ "Volodymyr Zelenskiy". Rules, all required: the same number of tokens; exactly one
 * token differs; the differing tokens have at least five letters, the same first letter, the same consonant
 * skeleton (see consonantSkeleton: McCaul and McFaul are two people) and a normalized edit distance of at most
 * 0.25, as do the whole names; and they do not differ only in their last letter (Maria/Mario, Daniela/Daniele
 * are different people, not spellings).
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
  if (consonantSkeleton(x) !== consonantSkeleton(y)) return false;
  return normalizedDistance(a.join(""), b.join("")) <= MAX_VARIANT_DISTANCE;
}

/**
 * A token's consonants with vowels, the semi-vowels y, j, w and a silent h dropped and doubled letters written
 * once: transliterations of one name differ in those ("zelenskiy" and "zelenskyy" → zlnsk; "melanie" and
 * "melanne" → mln), different names in their consonants ("mccaul" mcl, "mcfaul" mcfl; "phillip", "phillips").
 */
export function consonantSkeleton(token: string): string {
  return token.replace(/[aeiouyjwh]/g, "").replace(/(.)\1+/g, "$1");
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

/** Whether `short` is a proper first or last run of `full`'s tokens ("yoon" of "yoon suk yeol", "biden" of "joe biden"). */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  const n = short.length;
  if (n === 0 || n >= full.length) return false;
  const s = short.join(" ");
  return full.slice(0, n).join(" ") === s || full.slice(full.length - n).join(" ") === s;
}

/** Roman numerals that number a name ("Radio 4", "Elizabeth II", "Apollo 11"). */
const NUMERALS = new Set(["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"]);

/** Whether a folded token numbers its name: "BBC Radio 1" and "BBC Radio 4" are different stations. */
export const isNumberToken = (token: string): boolean => /^\d+$/.test(token) || NUMERALS.has(token);

/**
 * Whether two names differ in their numbers: "bbc radio 1" / "bbc radio 4", or one numbered and the other
 * not ("bbc radio 4" / "bbc radio"). Numbered names are kept apart by every rule.
 */
export function numbersDiffer(a: readonly string[], b: readonly string[]): boolean {
  const nums = (t: readonly string[]) => t.filter(isNumberToken).join(" ");
  return nums(a) !== nums(b);
}
