/** Text helpers of the scorer: where strings occur, which occurrences count, names compared loosely. */

export interface Range {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Every occurrence of `needle` in `text` (case-sensitive, exact). Word-bounded: an occurrence that starts
 * (ends) with a letter or digit must not continue a word on that side ("Korea" is not found in "Korean").
 */
export function findOccurrences(text: string, needle: string, wordBounded: boolean): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const first = isWordChar(needle[0]);
  const last = isWordChar(needle[needle.length - 1]);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (wordBounded && ((first && isWordChar(text[at - 1])) || (last && isWordChar(text[end])))) continue;
    out.push({ start: at, end });
  }
  return out;
}

/**
 * The longest-match reading of listed strings: candidates taken longest first (then leftmost, then in the
 * order given), each kept only when it overlaps no candidate already kept. So "Korea" inside an occurrence of
 * "South Korea" does not count, and of two crossing strings the longer wins. Returns the kept ones in text order.
 */
export function longestMatch<T extends Range>(candidates: T[], textLength: number): T[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  const taken = new Uint8Array(textLength + 1);
  const kept: T[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++)
      if (taken[k]) {
        free = false;
        break;
      }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Ranges sorted by start, for the quick "does this overlap any of them" test. */
export class RangeSet {
  private readonly ranges: Range[];
  constructor(ranges: Range[]) {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start);
  }
  get size(): number {
    return this.ranges.length;
  }
  /** true when `r` shares at least one character with a range of the set (a 0-length r: lies inside one). */
  touches(r: Range): boolean {
    for (const x of this.ranges) {
      if (x.start >= Math.max(r.end, r.start + 1)) break;
      if (r.end === r.start ? x.start <= r.start && r.start < x.end : overlaps(x, r)) return true;
    }
    return false;
  }
}

/** Word tokens (letters and digits) of a stretch of text, with offsets: the unit of quote overlap. */
export function wordTokens(text: string, range: Range): Range[] {
  const out: Range[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const slice = text.slice(range.start, range.end);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length });
  return out;
}

/** A name for loose comparison: case, accents, hyphens, apostrophes and spaces do not matter. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Opening and closing double quote marks (straight, curly, low, guillemets). */
const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2033", "\u301d"]);

/** true when the stretch stands between quote marks (allowing one space inside each mark). */
export function isBetweenMarks(text: string, r: Range): boolean {
  const before = text[r.start - 1] === " " ? text[r.start - 2] : text[r.start - 1];
  const after = text[r.end] === " " ? text[r.end + 1] : text[r.end];
  return before !== undefined && after !== undefined && QUOTE_MARKS.has(before) && QUOTE_MARKS.has(after);
}

/** A short form of a stretch of text for reports: one line, at most `max` characters. */
export function clip(text: string, max = 80): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
