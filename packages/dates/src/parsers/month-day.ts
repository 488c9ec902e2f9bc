import { isValidDay } from "../calendar.js";
import { type Candidate, capitalized, execAt, type Parser, sticky } from "../candidate.js";
import { DAY, MONTH, monthNumber } from "../lexicon.js";

const RELATIVE_YEAR = "(?:,?\\s+(?:of\\s+)?(last|this|next)\\s+year(?![\\w]))";
const STATED_YEAR = "(?:,?\\s+(\\d{4})(?![\\w]))";

/** "May 21", "May 21, 2023", "Sept. 5 2022", "May 21st", "May 16 last year", "May 21-22, 2023". */
const MONTH_DAY = sticky(`(${MONTH})\\s+${DAY}(?:\\s*[-–]\\s*${DAY})?(?:${STATED_YEAR}|${RELATIVE_YEAR})?`);
/** "21 May 2023", "21st of May", "5 March". */
const DAY_MONTH = sticky(`${DAY}\\s+(?:of\\s+)?(${MONTH})(?:${STATED_YEAR}|${RELATIVE_YEAR})?`);

function dayCandidate(
  start: number,
  end: number,
  via: string,
  month: number,
  day: number,
  year: number | undefined,
  relativeYear: string | undefined,
): Candidate | null {
  if (!isValidDay(year ?? 2000, month, day)) return null;
  const c: Candidate = { start, end, via, kind: "date", granularity: "day", parts: { month, day } };
  if (year !== undefined) c.parts.year = year;
  else if (relativeYear) {
    const offset = relativeYear.toLowerCase() === "last" ? -1 : relativeYear.toLowerCase() === "next" ? 1 : 0;
    c.shift = { unit: "year", offset, anchor: "reference" };
  }
  return c;
}

export const monthDay: Parser = {
  name: "month-day",
  triggers: ["#month"],
  match(ctx, at) {
    if (!capitalized(ctx.text, at)) return null;
    const m = execAt(MONTH_DAY, ctx.text, at);
    if (!m) return null;
    const month = monthNumber(m[1] ?? "");
    const day = Number(m[2]);
    if (month === undefined) return null;
    const year = m[4] ? Number(m[4]) : undefined;
    const end = at + m[0].length;
    if (m[3]) {
      // "May 21-22, 2023": a range of days in one month.
      // "May 21" and "23, 2023" in "May 21-23, 2023": each end its own span, as TimeML marks two TIMEX3
      const firstEnd =
        at + (m[1] ?? "").length + m[0].slice((m[1] ?? "").length).indexOf(String(m[2])) + String(m[2]).length;
      const lastStart = at + m[0].indexOf(String(m[3]), firstEnd - at);
      const first = dayCandidate(at, firstEnd, "month-day", month, day, year, m[5]);
      const last = dayCandidate(lastStart, end, "month-day", month, Number(m[3]), year, m[5]);
      if (!first || !last || Number(m[3]) <= day) return null;
      return {
        start: at,
        end,
        via: "month-day-range",
        kind: "range",
        granularity: "day",
        parts: {},
        ends: [first, last],
      };
    }
    const c = dayCandidate(at, end, "month-day", month, day, year, m[5]);
    // "last Oct. 23", "next May 5": the direction before it belongs to the expression
    const before = ctx.wordBefore(at);
    const lead = /(last|next|this)\s+$/i.exec(ctx.text.slice(Math.max(0, at - 8), at));
    if (c && year === undefined && !m[5] && lead && /^(?:last|next|this)$/.test(before)) {
      c.start = at - lead[0].length;
      c.direction = before === "last" ? "last" : before === "next" ? "next" : "this";
    }
    return c;
  },
};

export const dayMonth: Parser = {
  name: "day-month",
  triggers: ["#num"],
  match(ctx, at) {
    const m = execAt(DAY_MONTH, ctx.text, at);
    if (!m) return null;
    const monthAt = at + m[0].indexOf(m[2] ?? "", String(m[1]).length);
    if (!capitalized(ctx.text, monthAt)) return null;
    const month = monthNumber(m[2] ?? "");
    if (month === undefined) return null;
    return dayCandidate(at, at + m[0].length, "day-month", month, Number(m[1]), m[3] ? Number(m[3]) : undefined, m[4]);
  },
};
