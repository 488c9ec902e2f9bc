import { isValidDay } from "../calendar.js";
import { execAt, type Parser, sticky } from "../candidate.js";

/** 2023-05-21, 2023/05/21 */
const ISO = sticky("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\w/.-]|\\.\\d)");
/** 5/21/2023, 05/21/23, 21/05/2023 (month first unless the first number cannot be a month) */
const SLASHED = sticky("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\w/]|\\.\\d)");
/** 21.05.2023 (day first, the European style) */
const DOTTED = sticky("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\w.]|\\.\\d)");

function fullYear(raw: string): number {
  const n = Number(raw);
  return raw.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** Dates written in digits. */
export const numericDate: Parser = {
  name: "numeric",
  triggers: ["#num"],
  match(ctx, at) {
    const text = ctx.text;
    let y: number;
    let m: number;
    let d: number;
    let match = execAt(ISO, text, at);
    if (match) [y, m, d] = [Number(match[1]), Number(match[3]), Number(match[4])];
    else {
      match = execAt(SLASHED, text, at);
      if (match) {
        const a = Number(match[1]);
        const b = Number(match[2]);
        y = fullYear(match[3] ?? "");
        [m, d] = a > 12 ? [b, a] : [a, b];
      } else {
        match = execAt(DOTTED, text, at);
        if (!match) return null;
        [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
      }
    }
    if (!isValidDay(y, m, d) || y < 1000) return null;
    return {
      start: at,
      end: at + match[0].length,
      via: "numeric",
      kind: "date",
      granularity: "day",
      parts: { year: y, month: m, day: d },
    };
  },
};
