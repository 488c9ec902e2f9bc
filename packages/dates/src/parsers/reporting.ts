import type { Candidate, Parser } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";
import { ORDINAL_WORDS } from "../lexicon.js";

/**
 * Reporting periods of company and economic news (general English of results reports, no article's phrases):
 * "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago third quarter", "the 1988 second
 * quarter", "the current quarter", "this fiscal year", "the latest fiscal year".
 */

const ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th)";
/** "the year-ago third quarter", "the year-earlier quarter", "the comparable year-ago period", "the 1988 quarter" */
const QUARTER_OF = sticky(
  `(?:the|its|that|their)\\s+(?:(?:comparable|corresponding|same)\\s+)?(?:(year-ago|year-earlier|year-before|prior-year|previous-year|year\\s+earlier|year\\s+ago)|(\\d{4}))\\s+(?:fiscal\\s+)?(?:${ORDINAL}(?:\\s+|-))?(quarter|period|half)(?![\\w-])`,
);
/** "the quarter", "the latest quarter", "the most recent quarter", "that quarter", "the just-ended quarter" */
const THE_QUARTER = sticky(
  "(?:the|that|this)\\s+(?:(latest|most\\s+recent|recent|just-ended|just\\s+ended|current|fiscal|past|previous|prior|same)\\s+)?(?:fiscal\\s+)?quarter(?![\\w-]|\\s+(?:of|century|mile|point|percent|hour)\\b)",
);
/** "this fiscal year", "next fiscal year", "the current fiscal year", "the latest fiscal year", "last fiscal year" */
const FISCAL_YEAR = sticky(
  "(this|next|last|the\\s+(?:current|latest|previous|prior|past|next|coming))\\s+fiscal\\s+year(?![\\w-])",
);
/** "the year ended March 31", "the fiscal year ending June 30, 1990": a twelve-month period, a length (TimeML DURATION) */
const YEAR_ENDED = sticky("the\\s+(?:fiscal\\s+)?year(?=\\s+(?:ended|ending|that\\s+ended|to)\\s)");
/** "the full year", "the entire year", "for the year": the reference date's year in results reporting */
const WHOLE_YEAR = sticky("the\\s+(?:full|entire|whole)\\s+(?:fiscal\\s+)?year(?![\\w'’-])");
/** "the current year", "the current month", "the current week" (no boundary word needed, unlike "the year") */
const THE_YEAR = sticky("the\\s+year(?![\\w'’-]|\\s+(?:ended|ending|before|after|earlier|later|ago|to)\\b)");
const CURRENT = sticky("the\\s+(?:current|present)\\s+(year|month|week|decade)(?![\\w'’-])");

export const reportingPeriod: Parser = {
  name: "reporting-period",
  triggers: ["the", "its", "that", "this", "their", "next", "last"],
  match(ctx, at) {
    const text = ctx.text;
    let m = execAt(QUARTER_OF, text, at);
    if (m) {
      const unit = (m[4] ?? "").toLowerCase();
      const n = m[3] ? (ORDINAL_WORDS[m[3].toLowerCase()] ?? 0) : 0;
      const c: Candidate = {
        start: at,
        end: at + m[0].length,
        via: "year-ago-period",
        kind: "date",
        granularity: unit === "half" ? "unknown" : "quarter",
        parts: {},
      };
      if (unit === "half") c.parts.half = n === 1 ? 1 : 2;
      else if (n) c.parts.quarter = n;
      if (unit === "quarter") c.asQuarter = true;
      if (m[2]) {
        c.parts.year = Number(m[2]);
        // "the 1988 period", "the 1988 quarter": the period named before, in that year
        if (!n) {
          c.shift = { unit: "year", offset: 0, anchor: "previous" };
          c.inYear = Number(m[2]);
        }
      } else {
        // a year back from the period it names ("the year-ago third quarter") or, without one, the period named before
        c.shift = { unit: "year", offset: -1, anchor: "previous" };
        c.keepGranularity = true;
        if (n) c.yearBack = true;
      }
      return c;
    }
    m = execAt(THE_QUARTER, text, at);
    if (m) {
      const which = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const c: Candidate = {
        start: at,
        end: at + m[0].length,
        via: "the-quarter",
        kind: "date",
        granularity: "quarter",
        parts: {},
      };
      if (which === "current") c.shift = { unit: "quarter", offset: 0, anchor: "reference" };
      // "the latest quarter": the last one reported, the one before the reference date's (results come after a
      // quarter ends)
      else if (/latest|recent|just/.test(which)) c.shift = { unit: "quarter", offset: -1, anchor: "reference" };
      else if (which === "previous" || which === "prior" || which === "past")
        c.shift = { unit: "quarter", offset: -1, anchor: "previous", exact: true, fallback: -2 };
      // "the quarter", "that quarter": the quarter named before, else the last one reported
      else c.shift = { unit: "quarter", offset: 0, anchor: "previous", exact: true, fallback: -1 };
      return c;
    }
    m = execAt(FISCAL_YEAR, text, at);
    if (m) {
      const w = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const offset = /^(?:last|the latest|the previous|the prior|the past)$/.test(w)
        ? -1
        : /next|coming/.test(w)
          ? 1
          : 0;
      return {
        start: at,
        end: at + m[0].length,
        via: "fiscal-year-relative",
        kind: "date",
        granularity: "year",
        parts: {},
        shift: { unit: "year", offset, anchor: "reference" },
      };
    }
    m = execAt(YEAR_ENDED, text, at);
    if (m)
      return {
        start: at,
        end: at + m[0].length,
        via: "year-ended",
        kind: "duration",
        granularity: "year",
        parts: {},
        duration: "P1Y",
      };
    m = execAt(WHOLE_YEAR, text, at);
    if (m || (execAt(THE_YEAR, text, at) && ctx.wordBefore(at) === "for")) {
      const end = at + (m ? m[0].length : 8);
      return {
        start: at,
        end,
        via: "whole-year",
        kind: "date",
        granularity: "year",
        parts: {},
        shift: { unit: "year", offset: 0, anchor: "reference" },
      };
    }
    m = execAt(CURRENT, text, at);
    if (m) {
      const unit = (m[1] ?? "year").toLowerCase() as "year" | "month" | "week" | "decade";
      return {
        start: at,
        end: at + m[0].length,
        via: "the-current-unit",
        kind: "date",
        granularity: unit,
        parts: {},
        shift: { unit, offset: 0, anchor: "reference" },
      };
    }
    return null;
  },
};
