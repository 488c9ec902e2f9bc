import type { Candidate, Parser, ScanContext } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";

const YEAR_ALONE = sticky("(\\d{4})(?![\\w%]|[.,]\\d|-\\d)");
/** "2022-23", "2022–2024", "2022/23": a span of years */
const YEAR_SPAN = sticky("(\\d{4})\\s*[-–/]\\s*(\\d{4}|\\d{2})(?![\\w%]|[.,/-]\\d)");
/** "the 1990s", "1990s", "the '90s", "the 90s" */
const DECADE = sticky("(?:(\\d{3})0|['’](\\d)0|(\\d)0)s(?![\\w])");
/** "the 20th century", "the twenty-first century" */
const CENTURY = sticky(
  "(?:(\\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first|twenty first|eighteenth))\\s+century(?![\\w])",
);
const CENTURY_WORDS: Record<string, number> = {
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  "twenty first": 21,
};

/** Words before a number that make it a year. */
const YEAR_CUES = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "from",
  "through",
  "during",
  "of",
  "early",
  "mid",
  "late",
  "year",
  "before",
  "after",
  "between",
  "and",
  "to",
  "fiscal",
  "the",
  "around",
  "circa",
  "throughout",
  "as",
]);

/** Is a four-digit number a year here, rather than a count ("2000 troops") or an amount ("$2023")? */
export function readsAsYear(ctx: ScanContext, start: number, end: number, value: number): boolean {
  if (value < 1000 || value > 2199) return false;
  const text = ctx.text;
  const prev = text.charAt(start - 1);
  if (/[$€£¥₩#\d.,]/.test(prev) || /(?:No\.|Nos\.|[A-Z]{2,}-?)$/.test(text.slice(Math.max(0, start - 4), start)))
    return false;
  const before = ctx.wordBefore(start);
  const cued = YEAR_CUES.has(before);
  // "Russell 2000 Index", "Windows 2000 Server": a number inside a name.
  if (
    !cued &&
    /^[A-Z][a-z]+ $/.test(text.slice(Math.max(0, start - before.length - 1), start)) &&
    /^ [A-Z][a-z]/.test(text.slice(end, end + 3))
  )
    if (!/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)/.test(before))
      return false;
  if (!cued && (value < 1900 || value > 2099)) return false;
  const t = ctx.tokenAt(start);
  const next = t >= 0 ? ctx.doc.tokens[t + 1] : undefined;
  if (next && next.start - end <= 1) {
    const w = next.lower;
    // A plural noun right after ("2000 soldiers") makes a count; a possessive or a singular noun ("the 2022
    // invasion") does not.
    // "a 2009 analysis": after "a" the number modifies a singular noun, it counts nothing.
    const plural = /[a-z]s$/.test(w) && !/(?:ss|is|us|ics|news|series|species)$/.test(w);
    if (next.pos === "NOUN" && plural && !cued && before !== "a") return false;
    if (
      /^(?:percent|per|km|kg|mm|cm|m|tons?|tonnes?|miles?|meters?|metres?|feet|people|times|hours?|minutes?)$/.test(w)
    )
      return false;
  }
  return true;
}

export const year: Parser = {
  name: "year",
  triggers: ["#num"],
  match(ctx, at) {
    const m = execAt(YEAR_ALONE, ctx.text, at);
    if (!m) return null;
    const y = Number(m[1]);
    const end = at + m[0].length;
    if (!readsAsYear(ctx, at, end, y)) return null;
    return { start: at, end, via: "year", kind: "date", granularity: "year", parts: { year: y } };
  },
};

/** "'82", "’22": a year with its century left out (the nearest reading: '82 is 1982, '22 is 2022). */
const SHORT_YEAR = sticky("['’](\\d{2})(?![\\w'’])");
export const shortYear: Parser = {
  name: "short-year",
  triggers: ["#apos"],
  match(ctx, at) {
    const m = execAt(SHORT_YEAR, ctx.text, at);
    if (!m) return null;
    const n = Number(m[1]);
    const y = n < 40 ? 2000 + n : 1900 + n;
    return {
      start: at,
      end: at + m[0].length,
      via: "short-year",
      kind: "date",
      granularity: "year",
      parts: { year: y },
    };
  },
};

export const yearSpan: Parser = {
  name: "year-span",
  triggers: ["#num"],
  match(ctx, at) {
    const m = execAt(YEAR_SPAN, ctx.text, at);
    if (!m) return null;
    const first = Number(m[1]);
    const raw = m[2] ?? "";
    const last = raw.length === 2 ? Math.floor(first / 100) * 100 + Number(raw) : Number(raw);
    if (last <= first || last - first > 100 || !readsAsYear(ctx, at, at + 4, first)) return null;
    if (first < 1800 || last > 2199) return null;
    const end = at + m[0].length;
    // each end keeps its own span ("2009" and "2010" in "2009-2010"), as TimeML marks a range as two TIMEX3
    const one = (y: number, start: number, stop: number): Candidate => ({
      start,
      end: stop,
      via: "year",
      kind: "date",
      granularity: "year",
      parts: { year: y },
    });
    return {
      start: at,
      end,
      via: "year-span",
      kind: "range",
      granularity: "year",
      parts: {},
      ends: [one(first, at, at + 4), one(last, end - raw.length, end)],
    };
  },
};

export const decade: Parser = {
  name: "decade",
  triggers: ["#num", "#apos"],
  match(ctx, at) {
    const m = execAt(DECADE, ctx.text, at);
    if (!m) return null;
    let first: number;
    if (m[1]) first = Number(m[1]) * 10;
    else {
      // "the '90s", "the 90s": the twentieth century unless the decade is one of the first three of this one.
      const d = Number(m[2] ?? m[3]);
      if (m[3] && !/^(?:the|and|or|to|early|mid|late)$/.test(ctx.wordBefore(at))) return null;
      first = d <= 2 ? 2000 + d * 10 : 1900 + d * 10;
    }
    if (first < 1000 || first > 2190) return null;
    return {
      start: at,
      end: at + m[0].length,
      via: "decade",
      kind: "date",
      granularity: "decade",
      parts: { decade: first },
    };
  },
};

export const century: Parser = {
  name: "century",
  triggers: ["#num", "nineteenth", "twentieth", "twenty-first", "twenty", "eighteenth"],
  match(ctx, at) {
    const m = execAt(CENTURY, ctx.text, at);
    if (!m) return null;
    const ordinal = m[1] ? Number(m[1]) : (CENTURY_WORDS[(m[2] ?? "").toLowerCase()] ?? 0);
    if (ordinal < 1 || ordinal > 22) return null;
    return {
      start: at,
      end: at + m[0].length,
      via: "century",
      kind: "date",
      granularity: "century",
      parts: { century: ordinal - 1 },
    };
  },
};
