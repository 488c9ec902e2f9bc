import { HONORIFICS, type Honorific } from "./data/honorifics.js";

export type { Honorific, HonorificRank } from "./data/honorifics.js";

/**
 * The honorific a title holds, if any: "Mr", "Mrs.", "Sir", "Prince", "Crown Prince" (its last word), "the
 * Rev". Titles of office (President, Minister) are not honorifics: they do not say who a person is.
 */
export function honorificOf(title: string): Honorific | undefined {
  const words = title
    .toLowerCase()
    .replace(/[.]/g, "")
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 2) return undefined;
  return HONORIFICS[words[words.length - 1] ?? ""];
}

/** The honorifics among a person's role titles. */
export const honorificsOf = (titles: Iterable<string>): Honorific[] =>
  [...titles].map(honorificOf).filter((h): h is Honorific => h !== undefined);

/**
 * Whether two people's titles say they are different people: one addressed as a man and the other as a woman
 * (Mr / Mrs, Prince / Princess), or by different ranks of address (Prince / Mr, Lord / Mr, Sir / Lord; Dr and
 * Prof go with any rank). Titles that are not honorifics never clash.
 */
export function honorificClash(a: Iterable<string>, b: Iterable<string>): boolean {
  const x = honorificsOf(a);
  const y = honorificsOf(b);
  if (x.length === 0 || y.length === 0) return false;
  const sexes = (hs: Honorific[]) => new Set(hs.flatMap((h) => (h.sex ? [h.sex] : [])));
  const ranks = (hs: Honorific[]) => new Set(hs.flatMap((h) => (h.rank === "academic" ? [] : [h.rank])));
  const [sx, sy] = [sexes(x), sexes(y)];
  if (sx.size === 1 && sy.size === 1 && [...sx][0] !== [...sy][0]) return true;
  const [rx, ry] = [ranks(x), ranks(y)];
  if (rx.size === 0 || ry.size === 0) return false;
  for (const r of rx) if (ry.has(r)) return false;
  return true;
}
