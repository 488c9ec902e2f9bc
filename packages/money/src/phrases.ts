import type { Lexicon } from "./lexicon.js";
import { clean, parseDigits, parseSpelled, SMALL_NUMBER_WORDS, scaleValue } from "./numbers.js";
import { isChange } from "./range-words.js";

/** A number as written, before any currency is attached: "3.2 billion", "1-2 billion", "two billion". */
export interface NumberPhrase {
  start: number;
  end: number;
  /** the (first) number times its scale */
  value: number;
  /** the second number of a range ("1-2 billion": 2e9) */
  max: number | null;
  /** a scale word or abbreviation is written ("billion", "bn", "m") */
  scaled: boolean;
  /** written with thousands separators ("1,000,000") */
  grouped: boolean;
  /** four digits that could be a year (1900-2099), no scale, no decimals */
  yearLike: boolean;
  spelled: boolean;
  /** the number is the article "a"/"an" ("a million dollars") */
  indefinite: boolean;
  /** the multiplier of the first number's scale, 1 when none is written */
  scale: number;
  /** a symbol written before the second number of a range ("$1-$2 billion") */
  innerSymbol: string | null;
}

const SPACE = "[ \\t\\u00a0\\u202f]";
const DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const SCALE_WORD =
  "(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Qq]uadrillion|[Ll]akh|[Cc]rore)s?|THOUSAND|MILLION|BILLION|TRILLION|LAKH|CRORE";
const SCALE_SPACED_ABBR = "bn|Bn|BN|bln|mn|Mn|MN|mln|mil|tn|Tn|TN|trn";
const SCALE_ATTACHED_ABBR = "MM|[kKmMbBT]";
// "3.2 billion", "3.2-billion", "3.2bn", "5m", "1.5 lakh crore" (a second scale word multiplies the first)
const SCALE = `(?:${SPACE}*-?${SPACE}*(?:${SCALE_WORD}|${SCALE_SPACED_ABBR})(?:${SPACE}(?:${SCALE_WORD}))?|(?:${SCALE_ATTACHED_ABBR}))(?![A-Za-z\\d])`;
const RANGE_SEPARATOR = `${SPACE}*[-–—]${SPACE}*|${SPACE}+to${SPACE}+`;

const SPACED_LETTER_SCALE = /^[ \u00a0](m|M|bn|k|K|b|B)(?![A-Za-z\d])/;

/** Is a currency sign written just before offset `at` (one space allowed: "US$ 5")? */
function signBefore(text: string, at: number, lex: Lexicon): boolean {
  const before = text.slice(Math.max(0, at - 5), at).replace(/[ \u00a0]$/, "");
  return lex.prefixSymbols.some((s) => !/^[A-Za-z]/.test(s) && before.endsWith(s));
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let digitPattern: RegExp | null = null;
function digitRegex(lex: Lexicon): RegExp {
  if (!digitPattern) {
    const symbols = lex.prefixSymbols.filter((s) => !/^[A-Za-z]/.test(s)).map(escapeRegex);
    digitPattern = new RegExp(
      `(?<![\\d.,])(?<n1>${DIGITS})(?<s1>${SCALE})?` +
        `(?:(?<sep>${RANGE_SEPARATOR})(?<sym2>${symbols.join("|")})?${SPACE}?(?<n2>${DIGITS})(?<s2>${SCALE})?)?(?![\\d])`,
      "g",
    );
  }
  return digitPattern;
}

const SMALL = SMALL_NUMBER_WORDS.join("|");
const SPELLED_SCALE = "(?:thousand|million|billion|trillion|lakh|crore)";
// "two", "twenty-five", "one hundred and twenty" (with or without a scale); "a", "an", "half a" only before one.
const SPELLED = new RegExp(
  `\\b(?:(?<w>(?:${SMALL})(?:(?:[ -]|${SPACE}and${SPACE})(?:${SMALL}|hundred))*)(?<s>[ -]${SPELLED_SCALE}(?:${SPACE}${SPELLED_SCALE})?)?` +
    `|(?<w2>an?|half(?:${SPACE}an?)?|a${SPACE}half)(?<s2>[ -]${SPELLED_SCALE}))\\b`,
  "gi",
);

const scaleOf = (s: string | undefined): number | null => {
  if (!s) return null;
  let product = 1;
  for (const w of s.trim().split(/[\s-]+/)) {
    if (!w) continue;
    const v = scaleValue(w);
    if (v === null) return null;
    product *= v;
  }
  return product;
};

/** Digit numbers, with their scales and ranges, in text order. */
export function findDigitPhrases(text: string, lex: Lexicon): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  const re = digitRegex(lex);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    const n1 = parseDigits(g.n1 ?? "");
    if (n1 === null) continue;
    const s1 = scaleOf(g.s1);
    let end = m.index + (g.n1?.length ?? 0) + (g.s1?.length ?? 0);
    let max: number | null = null;
    let first = n1 * (s1 ?? 1);
    let firstScale = s1 ?? 1;
    let innerSymbol: string | null = null;
    const n2 = g.n2 === undefined ? null : parseDigits(g.n2);
    // "in 2004 to 789m euros", "from 2003 to £2.89bn": a year is never the lower end of an amount
    const yearFirst = s1 === null && /^(?:1[89]|20)\d\d$/.test(g.n1 ?? "");
    if (n2 !== null && !yearFirst) {
      const s2 = scaleOf(g.s2);
      const second = n2 * (s2 ?? 1);
      // "1-2 billion": the scale of the second number also counts for the first, if that keeps them in order
      const shared = s1 === null && s2 !== null && n1 * s2 <= second ? n1 * s2 : first;
      // "$5 to 10" is not a range of money unless the second is plainly one ("$1 to 2 billion", "$5 to $10")
      const to = /to/.test(g.sep ?? "");
      const toWithoutUnit = to && s2 === null && !g.sym2;
      const change = to && isChange(text.slice(Math.max(0, m.index - 24), m.index));
      if (!toWithoutUnit && !change && shared <= second) {
        if (shared !== first) firstScale = s2 ?? 1;
        first = shared;
        max = second;
        innerSymbol = g.sym2 ?? null;
        end = m.index + m[0].length;
      }
    }
    // "$458 m", "£1.2 bn": a one-letter scale after a space, read only after a currency sign (else "458 m" is metres)
    if (s1 === null && max === null) {
      const spaced = SPACED_LETTER_SCALE.exec(text.slice(end, end + 5));
      if (spaced?.[1] && signBefore(text, m.index, lex)) {
        const v = scaleValue(spaced[1]);
        if (v !== null) {
          first = n1 * v;
          firstScale = v;
          end += spaced[0].length;
        }
      }
    }
    out.push({
      start: m.index,
      end,
      value: clean(first),
      max: max === null ? null : clean(max),
      scaled: s1 !== null || max !== null || firstScale !== 1,
      grouped: (g.n1 ?? "").includes(","),
      yearLike: s1 === null && max === null && /^(?:19|20)\d\d$/.test(g.n1 ?? ""),
      spelled: false,
      indefinite: false,
      scale: firstScale,
      innerSymbol,
    });
    re.lastIndex = end;
  }
  return out;
}

/** Spelled-out numbers ("two billion", "a million", "fifty"), in text order. */
export function findSpelledPhrases(text: string): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const g = m.groups ?? {};
    const words = g.w ?? g.w2 ?? "";
    const n = parseSpelled(words);
    const scale = scaleOf(g.s ?? g.s2);
    if (n === null || ((g.s ?? g.s2) !== undefined && scale === null)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: clean(n * (scale ?? 1)),
      max: null,
      scaled: scale !== null,
      grouped: false,
      yearLike: false,
      spelled: true,
      indefinite: g.w2 !== undefined && /^an?$/i.test(g.w2),
      scale: scale ?? 1,
      innerSymbol: null,
    });
  }
  return out;
}
