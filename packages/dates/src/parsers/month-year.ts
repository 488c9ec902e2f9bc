import { type Candidate, capitalized, type Direction, execAt, type Parser, sticky } from "../candidate.js";
import { AMBIGUOUS_MONTHS, FULL_MONTH_NAMES, MONTH, MONTH_CUES, monthNumber } from "../lexicon.js";

/** "February 2022", "Feb. 2022", "February of 2022", "June", "August last year". */
const MONTH_YEAR = sticky(
  `(${MONTH})(?:(?:,?\\s+(?:of\\s+)?(\\d{4})(?![\\w]))|(?:,?\\s+(?:of\\s+)?(last|this|next)\\s+year(?![\\w])))?`,
);
/** "last June", "next March", "this May", "this coming April" */
const DIRECTED = sticky(`(last|next|this|this\\s+coming|coming|this\\s+past|past)\\s+(${MONTH})(?![\\w])`);

/** Does the word after the month start a name ("April Ryan", "June Carter")? */
function nameFollows(text: string, end: number): boolean {
  const m = /^ +([A-Z][a-z]+)/.exec(text.slice(end, end + 30));
  return m !== null && monthNumber(m[1] ?? "") === undefined;
}

export const monthYear: Parser = {
  name: "month-year",
  triggers: ["#month"],
  match(ctx, at) {
    const text = ctx.text;
    if (!capitalized(text, at)) return null;
    const m = execAt(MONTH_YEAR, text, at);
    if (!m) return null;
    const word = (m[1] ?? "").toLowerCase().replace(/\.$/, "");
    const month = monthNumber(word);
    if (month === undefined) return null;
    const end = at + m[0].length;
    const c: Candidate = { start: at, end, via: "month-year", kind: "date", granularity: "month", parts: { month } };
    if (m[2]) {
      c.parts.year = Number(m[2]);
      return c;
    }
    if (m[3]) {
      const w = m[3].toLowerCase();
      c.shift = { unit: "year", offset: w === "last" ? -1 : w === "next" ? 1 : 0, anchor: "reference" };
      return c;
    }
    // A month alone: abbreviations never; words that are also verbs or names only after a cue ("in May").
    if (!FULL_MONTH_NAMES.has(word)) return null;
    const before = ctx.wordBefore(at);
    const cued = MONTH_CUES.has(before) || /-$/.test(text.slice(Math.max(0, at - 1), at));
    if (AMBIGUOUS_MONTHS.has(word) && !cued) return null;
    if (!cued && nameFollows(text, end)) return null;
    // "May I ...", "March on Washington": a month word followed by a pronoun or verb is not a month.
    if (AMBIGUOUS_MONTHS.has(word)) {
      const t = ctx.tokenAt(at);
      const next = t >= 0 ? ctx.doc.tokens[t + 1] : undefined;
      if (next && (next.pos === "PRON" || next.pos === "VERB" || next.pos === "AUX") && next.start - end < 2)
        return null;
    }
    return c;
  },
};

export const directedMonth: Parser = {
  name: "directed-month",
  triggers: ["last", "next", "this", "coming", "past"],
  match(ctx, at) {
    const m = execAt(DIRECTED, ctx.text, at);
    if (!m) return null;
    // "last Oct. 23": a day of that month, month-day's job (it reads the direction)
    if (/^\s+\d{1,2}(?:st|nd|rd|th)?\b/.test(ctx.text.slice(at + m[0].length, at + m[0].length + 6))) return null;
    const monthAt = at + m[0].length - (m[2] ?? "").length;
    if (!capitalized(ctx.text, monthAt)) return null;
    const month = monthNumber(m[2] ?? "");
    if (month === undefined) return null;
    const w = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const direction: Direction =
      w === "last" || w === "this past" || w === "past" ? "last" : w === "this" ? "this" : "next";
    return {
      start: at,
      end: at + m[0].length,
      via: "directed-month",
      kind: "date",
      granularity: "month",
      parts: { month },
      direction,
    };
  },
};
