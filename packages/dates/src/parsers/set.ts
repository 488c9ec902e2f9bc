import type { Parser } from "../candidate.js";
import { capitalized, execAt, sticky } from "../candidate.js";
import {
  COUNT,
  countValue,
  MONTH,
  monthNumber,
  partOfDayOf,
  SEASON_WORDS,
  seasonCode,
  weekdayNumber,
} from "../lexicon.js";
import { isoDuration } from "./duration.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** every Monday, each year, every two weeks, every other day, every summer, every May */
const EVERY = sticky(
  `(?:every|each)\\s+(?:(other)\\s+|(${COUNT})\\s+)?(days?|weeks?|months?|years?|quarters?|decades?|seasons?|mornings?|afternoons?|evenings?|nights?|weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH}|${SEASON_WORDS})(?![\\w])`,
);
/** daily, weekly, monthly, annually */
const ADVERB = sticky("(daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)(?![\\w-])");
/** once a week, twice a year, three times a month */
const TIMES = sticky(
  `(?:once|twice|thrice|(?:${COUNT})\\s+times)\\s+(?:a|an|per|every|each)\\s+(day|week|month|year)(?![\\w])`,
);
/** Mondays (as in "on Mondays") */
const WEEKDAYS = sticky(
  "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s|\\s+(mornings|afternoons|evenings|nights))(?![\\w])",
);

const PERIODS: Record<string, string> = {
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  quarterly: "P3M",
  annually: "P1Y",
  yearly: "P1Y",
  hourly: "PT1H",
};

function periodOf(word: string, count: number): string {
  const w = word.toLowerCase().replace(/s$/, "");
  if (w === "quarter") return `P${3 * count}M`;
  if (partOfDayOf(w)) return `P${count}D`;
  if (w === "season") return `P${3 * count}M`;
  if (w === "weekend") return `P${count}W`;
  const unit =
    w === "day" ? "day" : w === "week" ? "week" : w === "month" ? "month" : w === "decade" ? "decade" : "year";
  return isoDuration(count, unit);
}

export const everySet: Parser = {
  name: "every",
  triggers: ["every", "each"],
  match(ctx, at) {
    const m = execAt(EVERY, ctx.text, at);
    if (!m) return null;
    const end = at + m[0].length;
    const word = m[3] ?? "";
    const count = m[1] ? 2 : m[2] ? (countValue(m[2]) ?? 1) : 1;
    const quant = /^each/i.test(m[0]) ? "EACH" : "EVERY";
    const base = { start: at, end, via: "every", kind: "set" as const, parts: {}, quant };
    const wd = weekdayNumber(word);
    if (wd !== undefined) {
      if (!capitalized(ctx.text, end - word.length)) return null;
      return { ...base, granularity: "day" as const, pattern: `XXXX-WXX-${wd + 1}`, duration: `P${count}W` };
    }
    const month = monthNumber(word);
    if (month !== undefined && capitalized(ctx.text, end - word.length))
      return { ...base, granularity: "month" as const, pattern: `XXXX-${pad(month)}`, duration: `P${count}Y` };
    if (/^(?:spring|summer|autumn|fall|winter)$/i.test(word))
      return { ...base, granularity: "season" as const, pattern: `XXXX-${seasonCode(word)}`, duration: `P${count}Y` };
    if (month !== undefined) return null;
    const period = periodOf(word, count);
    const unit = word.toLowerCase().replace(/s$/, "");
    const part = partOfDayOf(unit);
    // "every morning": TimeML's pattern of one occurrence, XXXX-XX-XXTMO
    if (part) return { ...base, granularity: "day" as const, pattern: `XXXX-XX-XXT${part}`, duration: period };
    const granularity = unit === "weekend" ? "week" : unit === "season" ? "season" : unit;
    return {
      ...base,
      granularity: granularity as "day" | "week" | "month" | "year" | "quarter" | "decade" | "season",
      duration: period,
    };
  },
};

export const adverbSet: Parser = {
  name: "adverb-set",
  triggers: Object.keys(PERIODS),
  match(ctx, at) {
    const m = execAt(ADVERB, ctx.text, at);
    if (!m) return null;
    // "a daily email", "Daily Headlines": the adjective names a kind of thing, not when something happens.
    const t = ctx.tokenAt(at);
    const next = t >= 0 ? ctx.doc.tokens[t + 1] : undefined;
    if (next && next.start - (at + m[0].length) <= 1 && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) return null;
    const word = (m[1] ?? "").toLowerCase();
    const period = PERIODS[word] ?? "P1D";
    return {
      start: at,
      end: at + m[0].length,
      via: "adverb-set",
      kind: "set",
      granularity:
        word === "hourly"
          ? "time"
          : word === "daily" || word === "nightly"
            ? "day"
            : word === "weekly"
              ? "week"
              : word === "monthly"
                ? "month"
                : word === "quarterly"
                  ? "quarter"
                  : "year",
      parts: {},
      duration: period,
    };
  },
};

export const timesSet: Parser = {
  name: "times-set",
  triggers: ["once", "twice", "thrice", "#num", "#count"],
  match(ctx, at) {
    const m = execAt(TIMES, ctx.text, at);
    if (!m) return null;
    const unit = (m[1] ?? "year").toLowerCase() as "day" | "week" | "month" | "year";
    const times = /^once/i.test(m[0])
      ? 1
      : /^twice/i.test(m[0])
        ? 2
        : /^thrice/i.test(m[0])
          ? 3
          : countValue(m[0].split(/\s+times/i)[0] ?? "");
    return {
      ...(times !== null ? { freq: `${times}X` } : {}),
      start: at,
      end: at + m[0].length,
      via: "times-set",
      kind: "set",
      granularity: unit,
      parts: {},
      duration: isoDuration(1, unit),
    };
  },
};

export const weekdaysSet: Parser = {
  name: "weekdays-set",
  triggers: ["#weekday"],
  match(ctx, at) {
    if (!capitalized(ctx.text, at)) return null;
    const m = execAt(WEEKDAYS, ctx.text, at);
    if (!m) return null;
    const wd = weekdayNumber(m[1] ?? "") ?? 0;
    const part = m[2] ? partOfDayOf(m[2]) : undefined;
    return {
      start: at,
      end: at + m[0].length,
      via: "weekdays-set",
      kind: "set",
      granularity: "day",
      parts: {},
      pattern: `XXXX-WXX-${wd + 1}${part ? `T${part}` : ""}`,
      duration: "P1W",
    };
  },
};
