/** Numbers as news text writes them: digits with separators, scale words and abbreviations, spelled out. */

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lac: 1e5,
  million: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  crore: 1e7,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
  quadrillion: 1e15,
};

/** The multiplier of a scale word or abbreviation ("billion", "bn", "M", "lakhs"), or null. */
export function scaleValue(word: string): number | null {
  const w = word.toLowerCase().replace(/^-+|\s+/g, "");
  return SCALES[w] ?? (w.length > 3 && w.endsWith("s") ? (SCALES[w.slice(0, -1)] ?? null) : null);
}

/** "1,234.5" -> 1234.5; null when not a plain English-style number. */
export function parseDigits(s: string): number | null {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The words a spelled-out number is made of, for building patterns. */
export const SMALL_NUMBER_WORDS: readonly string[] = Object.keys(SMALL);

/**
 * A spelled-out number without its scale: "two", "twenty-five", "one hundred and twenty", "a", "half a".
 * Returns null for anything else.
 */
export function parseSpelled(s: string): number | null {
  const words = s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && w !== "and");
  if (words.length === 0) return null;
  if (words[0] === "half") return words.length <= 2 ? 0.5 : null;
  if (words.length === 2 && words[0] === "a" && words[1] === "half") return 0.5;
  if (words.length === 1 && (words[0] === "a" || words[0] === "an")) return 1;
  // [below-hundred] [hundred [below-hundred]]: "twenty-five", "two hundred fifty", "twenty-five hundred"
  let total = 0;
  let part = 0;
  let last: "none" | "unit" | "teen" | "ten" | "hundred" = "none";
  for (const w of words) {
    const small = SMALL[w];
    if (w === "hundred") {
      if (last === "hundred" || total > 0) return null;
      total = (part || 1) * 100;
      part = 0;
      last = "hundred";
    } else if (small === undefined) return null;
    else if (small < 10) {
      if (last === "unit" || last === "teen") return null;
      part += small;
      last = "unit";
    } else if (small < 20) {
      if (last !== "none" && last !== "hundred") return null;
      part += small;
      last = "teen";
    } else {
      if (last !== "none" && last !== "hundred") return null;
      part += small;
      last = "ten";
    }
  }
  return last === "none" ? null : total + part;
}

/** Removes floating-point noise from a product such as 3.2 * 1e9 (15 significant digits are exact enough). */
export function clean(n: number): number {
  return Number(n.toPrecision(15));
}
