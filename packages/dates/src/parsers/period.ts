import type { Candidate, Parser } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { ORDINAL_WORDS, SEASON, seasonCode } from "../lexicon.js";

const OF_YEAR =
  "(?:\\s+of\\s+(?:(\\d{4})(?![\\w])|(last|this|next)\\s+year(?![\\w])|the\\s+(?:current\\s+)?year(?![\\w])))?";
/** summer 2023, summer of 2023, winter, fall (only with a year or a cue) */
const SEASON_PHRASE = sticky(`${SEASON}(?:,?\\s+(?:of\\s+)?(\\d{4})(?![\\w]))?`);
/** Q2, Q2 2023, Q2'23, H1 2023 */
const Q_CODE = sticky("([QH])([1-4])(?:\\s*(\\d{4})|\\s*['’](\\d{2}))?(?![\\w])");
/** the second quarter (of 2023), the first half of the year */
const ORDINAL_PART = sticky(
  `(first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)(?:\\s+|-)(quarter|half)${OF_YEAR}(?![\\w])`,
);
/** fiscal 2023, fiscal year 2023, FY2023, FY 2023 */
const FISCAL = sticky("(?:fiscal\\s+(?:year\\s+)?|FY\\s?)(\\d{4}|\\d{2})(?![\\w])");
/** "the year", "the month", "the week" after "the end of", "the start of" ...; "(by the end of) year" without "the" */
const THE_UNIT = sticky("(?:the\\s+(?:current\\s+)?)?(year|month|week|decade)(?![\\w'’-])");
/** "year-end", "year's end", "year end", "month-end": the end of the reference's unit */
const UNIT_END = sticky("(year|month|quarter)(?:-end|['’]s\\s+end|\\s+end)(?![\\w-])");

const SEASON_CUES = new Set([
  "in",
  "during",
  "since",
  "until",
  "till",
  "by",
  "over",
  "through",
  "throughout",
  "early",
  "mid",
  "late",
  "every",
  "each",
  "of",
  "this",
  "last",
  "next",
]);

function yearOf(m: RegExpExecArray, yearGroup: number, relGroup: number, c: Candidate): void {
  const stated = m[yearGroup];
  const rel = m[relGroup];
  if (stated) c.parts.year = Number(stated);
  else if (rel) {
    const w = rel.toLowerCase();
    c.shift = { unit: "year", offset: w === "last" ? -1 : w === "next" ? 1 : 0, anchor: "reference" };
  } else if (/\bthe\s+(?:current\s+)?year/i.test(m[0])) c.shift = { unit: "year", offset: 0, anchor: "reference" };
}

export const season: Parser = {
  name: "season",
  triggers: ["spring", "summer", "autumn", "fall", "winter"],
  match(ctx, at) {
    const m = execAt(SEASON_PHRASE, ctx.text, at);
    if (!m) return null;
    const word = (m[1] ?? "").toLowerCase();
    const before = ctx.wordBefore(at);
    if (!m[2]) {
      // Alone, a season word needs a cue ("in the summer", "this winter"); "fall" is mostly a verb.
      const beforeThe = before === "the" ? ctx.wordBefore(at - 4) : before;
      if (!SEASON_CUES.has(beforeThe) || (word === "fall" && before !== "the" && beforeThe !== "in")) return null;
    }
    const c: Candidate = {
      start: at,
      end: at + m[0].length,
      via: "season",
      kind: "date",
      granularity: "season",
      parts: { season: seasonCode(word) },
    };
    if (m[2]) c.parts.year = Number(m[2]);
    return c;
  },
};

export const quarterCode: Parser = {
  name: "quarter-code",
  triggers: ["q1", "q2", "q3", "q4", "h1", "h2"],
  match(ctx, at) {
    const m = execAt(Q_CODE, ctx.text, at);
    if (!m) return null;
    const half = (m[1] ?? "").toUpperCase() === "H";
    const n = Number(m[2]);
    if (half && n > 2) return null;
    const c: Candidate = {
      start: at,
      end: at + m[0].length,
      via: "quarter-code",
      kind: "date",
      granularity: half ? "unknown" : "quarter",
      parts: half ? { half: n } : { quarter: n },
    };
    if (m[3]) c.parts.year = Number(m[3]);
    else if (m[4]) c.parts.year = 2000 + Number(m[4]);
    return c;
  },
};

export const ordinalPart: Parser = {
  name: "ordinal-part",
  triggers: ["first", "second", "third", "fourth", "final", "last", "latter", "1st", "2nd", "3rd", "4th"],
  match(ctx, at) {
    const m = execAt(ORDINAL_PART, ctx.text, at);
    if (!m) return null;
    const ordinal = (m[1] ?? "").toLowerCase();
    const half = (m[2] ?? "").toLowerCase() === "half";
    // "last quarter" without "the" is the previous quarter (a deictic expression, another parser's job).
    if (ordinal === "last" && ctx.wordBefore(at) !== "the") return null;
    const n = half ? (ordinal === "first" || ordinal === "1st" ? 1 : 2) : (ORDINAL_WORDS[ordinal] ?? 0);
    if (n < 1 || n > 4 || (half && /third|fourth|3rd|4th/.test(ordinal))) return null;
    // "the second half" alone is anything's half (of a match, of a speech): it needs "of <year>".
    if (half && !m[3] && !m[4] && !/year/i.test(m[0])) return null;
    // "the third quarter": the determiner belongs to the expression (as in "the same day"; TimeML marks it too)
    const the = /(?:^|[^\p{L}])(the\s+(?:fiscal\s+)?)$/iu.exec(ctx.text.slice(Math.max(0, at - 12), at));
    const c: Candidate = {
      start: the?.[1] ? at - the[1].length : at,
      end: at + m[0].length,
      via: "ordinal-part",
      kind: "date",
      granularity: half ? "unknown" : "quarter",
      parts: half ? { half: n } : { quarter: n },
    };
    yearOf(m, 3, 4, c);
    return c;
  },
};

export const fiscalYear: Parser = {
  name: "fiscal-year",
  triggers: ["fiscal", "fy", "#fy"],
  match(ctx, at) {
    const m = execAt(FISCAL, ctx.text, at);
    if (!m) return null;
    const raw = m[1] ?? "";
    const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    if (y < 1900 || y > 2199) return null;
    return {
      start: at,
      end: at + m[0].length,
      via: "fiscal-year",
      kind: "date",
      granularity: "year",
      parts: { year: y },
    };
  },
};

/** "the end of the year": "the year" is the current one only after such a boundary word. */
export const theUnit: Parser = {
  name: "the-unit",
  triggers: ["the", "year", "month", "week", "decade", "quarter", "year-end", "month-end", "quarter-end"],
  match(ctx, at) {
    const e = execAt(UNIT_END, ctx.text, at);
    if (e) {
      const unit = (e[1] ?? "year").toLowerCase() as "year" | "month" | "quarter";
      return {
        start: at,
        end: at + e[0].length,
        via: "unit-end",
        kind: "date",
        granularity: unit,
        parts: {},
        shift: { unit, offset: 0, anchor: "reference" },
        mod: "end",
      };
    }
    const m = execAt(THE_UNIT, ctx.text, at);
    if (!m) return null;
    const lead = ctx.text.slice(Math.max(0, at - 24), at);
    if (!/\b(?:end|beginning|start|middle|rest|remainder|turn|course|close)\s+of\s+$/i.test(lead)) return null;
    const unit = (m[1] ?? "year").toLowerCase() as "year" | "month" | "week" | "decade";
    return {
      start: at,
      end: at + m[0].length,
      via: "the-unit",
      kind: "date",
      granularity: unit,
      parts: {},
      shift: { unit, offset: 0, anchor: "reference" },
    };
  },
};
