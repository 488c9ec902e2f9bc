import { capitalized, type Direction, execAt, type Parser, sticky } from "../candidate.js";
import { isMonthWord, partOfDayOf, WEEKDAY, WEEKDAY_NAME_PREFIXES, weekdayNumber } from "../lexicon.js";

/** "Monday", "last Monday", "next Friday", "this Thursday", "Monday morning", "this coming Tuesday". */
const WEEKDAY_PHRASE = sticky(
  `(?:(last|next|this|this\\s+coming|coming|this\\s+past|past)\\s+)?(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?(?![\\w])`,
);

const PREPOSITIONS = new Set([
  "on",
  "by",
  "until",
  "till",
  "since",
  "from",
  "before",
  "after",
  "early",
  "late",
  "every",
]);

/** Is the weekday part of a name ("Sunday Times", "Monday Night Football") or a holiday ("Bloody Sunday")? */
function partOfName(text: string, start: number, end: number, before: string): boolean {
  if (WEEKDAY_NAME_PREFIXES.has(before) && capitalized(text, start - before.length - 1)) return true;
  const next = /^ ([A-Z][A-Za-z]+)/.exec(text.slice(end, end + 30));
  return next !== null && !isMonthWord(next[1] ?? "") && !/^(?:Morning|Afternoon|Evening|Night)$/.test(next[1] ?? "");
}

export const weekday: Parser = {
  name: "weekday",
  triggers: ["#weekday", "last", "next", "this", "coming", "past"],
  match(ctx, at) {
    const text = ctx.text;
    const m = execAt(WEEKDAY_PHRASE, text, at);
    if (!m) return null;
    const word = m[2] ?? "";
    const wordAt = at + m[0].indexOf(word, (m[1] ?? "").length);
    if (!capitalized(text, wordAt)) return null;
    const wd = weekdayNumber(word);
    if (wd === undefined) return null;
    const end = at + m[0].length;
    const before = ctx.wordBefore(at);
    if (!m[1] && !PREPOSITIONS.has(before) && partOfName(text, at, wordAt + word.length, before)) return null;
    const w = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    const direction: Direction | undefined = !w
      ? undefined
      : w === "last" || w === "this past" || w === "past"
        ? "last"
        : w === "this"
          ? "this"
          : "next";
    const part = m[3] ? partOfDayOf(m[3]) : undefined;
    return {
      start: at,
      end,
      via: "weekday",
      kind: "date",
      granularity: "day",
      parts: { weekday: wd },
      ...(direction ? { direction } : {}),
      ...(part ? { partOfDay: part } : {}),
    };
  },
};
