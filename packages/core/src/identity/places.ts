import { nameTokens } from "./names.js";

/**
 * Variant spellings of places as written in English news: variant → the spelling used as the canonical name
 * (transliterations, former names, short forms of countries). Shared by in-article clustering (entities) and
 * organization names across articles (graph: "U.S. Air Force" and "United States Air Force"). Lower-case keys.
 */
export const PLACE_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    kiev: "Kyiv",
    kyiv: "Kyiv",
    peking: "Beijing",
    bombay: "Mumbai",
    calcutta: "Kolkata",
    madras: "Chennai",
    burma: "Myanmar",
    rangoon: "Yangon",
    "czech republic": "Czechia",
    türkiye: "Turkey",
    turkiye: "Turkey",
    holland: "Netherlands",
    "the netherlands": "Netherlands",
    britain: "United Kingdom",
    "great britain": "United Kingdom",
    uk: "United Kingdom",
    "u.k.": "United Kingdom",
    "united kingdom": "United Kingdom",
    us: "United States",
    "u.s.": "United States",
    "u.s.a.": "United States",
    usa: "United States",
    america: "United States",
    "united states": "United States",
    "united states of america": "United States",
    "new york city": "New York",
    nyc: "New York",
    "washington, d.c.": "Washington",
    "washington d.c.": "Washington",
    dprk: "North Korea",
    rok: "South Korea",
    "republic of korea": "South Korea",
    kharkov: "Kharkiv",
    odessa: "Odesa",
    lvov: "Lviv",
    nikolaev: "Mykolaiv",
    dnepr: "Dnipro",
    "ivory coast": "Côte d'Ivoire",
    swaziland: "Eswatini",
    "east timor": "Timor-Leste",
  }),
);

/** The canonical spelling of a place written as `name` ("Kiev" → "Kyiv", "U.S." → "United States"), if a variant. */
export const placeVariant = (name: string): string | undefined => PLACE_VARIANTS.get(name.toLowerCase());

/** The same table keyed by folded tokens ("u s", "united states"); built on first use (names.ts imports this module). */
let foldedVariants: ReadonlyMap<string, string[]> | null = null;
const folded = () =>
  (foldedVariants ??= new Map(
    [...PLACE_VARIANTS].map(([variant, canonical]) => [nameTokens(variant).join(" "), nameTokens(canonical)]),
  ));

/** Folded tokens with a leading place variant replaced by its canonical spelling ("u s air force" → "united states air force"). */
export function canonicalPlacePrefix(tokens: readonly string[]): string[] {
  for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) {
    const canonical = folded().get(tokens.slice(0, n).join(" "));
    if (canonical) return [...canonical, ...tokens.slice(n)];
  }
  return [...tokens];
}

/** The number of leading tokens that spell a place in its canonical form ("united states senate" → 2), or 0. */
export function placePrefixLength(tokens: readonly string[]): number {
  if (!canonicalNames) canonicalNames = new Set([...folded().values()].map((t) => t.join(" ")));
  const canonicals = canonicalNames;
  for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) if (canonicals.has(tokens.slice(0, n).join(" "))) return n;
  return 0;
}
let canonicalNames: Set<string> | null = null;
