import type { ParsedDoc } from "@newsgraph/core";
import type { Candidate, Parser, Refiner, ScanContext } from "./candidate.js";
import { monthNumber, weekdayNumber } from "./lexicon.js";
import { anaphoric } from "./parsers/anaphoric.js";
import { ago, dayWords, thisUnit } from "./parsers/deictic.js";
import { bareDuration, bareRelatedDuration, plainDuration, recentDuration, spanDuration } from "./parsers/duration.js";
import { midPrefix } from "./parsers/mid-prefix.js";
import { dayMonth, monthDay } from "./parsers/month-day.js";
import { directedMonth, monthYear } from "./parsers/month-year.js";
import { numericDate } from "./parsers/numeric.js";
import { fiscalYear, ordinalPart, quarterCode, season, theUnit } from "./parsers/period.js";
import { referenceWord } from "./parsers/reference.js";
import { reportingPeriod } from "./parsers/reporting.js";
import { adverbSet, everySet, timesSet, weekdaysSet } from "./parsers/set.js";
import { spelledYear } from "./parsers/spelled-year.js";
import { clockTime } from "./parsers/time.js";
import { weekday } from "./parsers/weekday.js";
import { century, decade, shortYear, year, yearSpan } from "./parsers/year.js";
import { attachTime } from "./refiners/attach-time.js";
import { linkExplicitAnchors } from "./refiners/explicit-anchor.js";
import { readModifiers } from "./refiners/modifiers.js";
import { readQuantityBounds } from "./refiners/quantity-bounds.js";
import { mergeRanges } from "./refiners/ranges.js";
import { readWeekOf } from "./refiners/week-of.js";
import { linkWeekdays } from "./refiners/weekday-beside-date.js";
import { yearForMonth } from "./refiners/year-for-month.js";

/**
 * Every parser; at each token the longest match wins, ties to the earlier parser in this list (so the more
 * specific reading of the same words comes first: "the next day" is anaphoric before it is a duration).
 */
export const PARSERS: readonly Parser[] = [
  numericDate,
  monthDay,
  dayMonth,
  monthYear,
  directedMonth,
  weekday,
  weekdaysSet,
  dayWords,
  thisUnit,
  ago,
  anaphoric,
  theUnit,
  reportingPeriod,
  season,
  quarterCode,
  ordinalPart,
  fiscalYear,
  yearSpan,
  decade,
  century,
  year,
  shortYear,
  spelledYear,
  midPrefix,
  everySet,
  adverbSet,
  timesSet,
  spanDuration,
  plainDuration,
  recentDuration,
  bareDuration,
  bareRelatedDuration,
  clockTime,
  referenceWord,
];

/** In this order: months take a year that belongs to them, times join their dates, weekdays their explicit dates,
 * then ranges, fuzzy modifiers, the bounds of lengths, and counts stated from a date ("60 years on from 1945"). */
export const REFINERS: readonly Refiner[] = [
  yearForMonth,
  attachTime,
  linkWeekdays,
  mergeRanges,
  readModifiers,
  readQuantityBounds,
  linkExplicitAnchors,
  readWeekOf,
];

const COUNT_WORDS = new Set([
  "a",
  "an",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "dozen",
  "several",
  "few",
  "couple",
]);

const BY_TRIGGER = new Map<string, Set<Parser>>();
for (const p of PARSERS) {
  for (const t of p.triggers) {
    const set = BY_TRIGGER.get(t) ?? new Set<Parser>();
    set.add(p);
    BY_TRIGGER.set(t, set);
  }
}
const NONE: readonly Parser[] = [];
/** The parsers a token calls for, once each, in PARSERS order; memoized per token text (words repeat). */
const forToken = new Map<string, readonly Parser[]>();
function parsersFor(token: string): readonly Parser[] {
  let list = forToken.get(token);
  if (list) return list;
  const sets = keysOf(token)
    .map((k) => BY_TRIGGER.get(k))
    .filter((s): s is Set<Parser> => s !== undefined);
  list = sets.length === 0 ? NONE : PARSERS.filter((p) => sets.some((s) => s.has(p)));
  if (forToken.size > 50_000) forToken.clear();
  forToken.set(token, list);
  return list;
}

/** The trigger keys of a token: its lowercase word and the classes it belongs to. */
function keysOf(token: string): string[] {
  const lower = token.toLowerCase().replace(/\.$/, "");
  const keys = [lower];
  const c = lower.charAt(0);
  if (c >= "0" && c <= "9") keys.push("#num");
  else if ((c === "'" || c === "’") && (lower.length === 1 || /^.\d/.test(lower))) keys.push("#apos");
  else {
    if (/^(?:mid|early|late)-[a-z0-9]/.test(lower)) keys.push("#mid");
    if (monthNumber(lower) !== undefined) keys.push("#month");
    if (weekdayNumber(lower) !== undefined || weekdayNumber(lower.replace(/s$/, "")) !== undefined)
      keys.push("#weekday");
    if (COUNT_WORDS.has(lower) || /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/.test(lower))
      keys.push("#count");
    if (/^fy\d/.test(lower)) keys.push("#fy");
  }
  return keys;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

export function scanContext(doc: ParsedDoc): ScanContext {
  const text = doc.text;
  const tokens = doc.tokens;
  return {
    text,
    doc,
    wordBefore(at: number): string {
      let i = at - 1;
      while (i >= 0 && /\s/.test(text.charAt(i))) i--;
      const end = i + 1;
      while (i >= 0 && WORD_CHAR.test(text.charAt(i))) i--;
      return text.slice(i + 1, end).toLowerCase();
    },
    tokenAt(at: number): number {
      let lo = 0;
      let hi = tokens.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid]?.start ?? 0) <= at) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found >= 0 && at < (tokens[found]?.end ?? 0)
        ? found
        : found >= 0 && tokens[found]?.start === at
          ? found
          : -1;
    },
  };
}

function crossesLine(text: string, c: Candidate): boolean {
  const i = text.indexOf("\n", c.start);
  return i >= 0 && i < c.end;
}

/** Candidates of one document: parsers at every token (longest match, no overlaps), then the refiners. */
export function scan(doc: ParsedDoc): Candidate[] {
  const ctx = scanContext(doc);
  const found: Candidate[] = [];
  let consumed = 0;
  for (const token of doc.tokens) {
    if (token.start < consumed) continue;
    let best: Candidate | null = null;
    for (const p of parsersFor(token.text)) {
      const c = p.match(ctx, token.start);
      // A line break ends a headline or a paragraph: no expression runs across one.
      if (c && c.end > c.start && (!best || c.end > best.end) && !crossesLine(doc.text, c)) best = c;
    }
    if (best) {
      found.push(best);
      consumed = best.end;
    }
  }
  let out = found;
  for (const refine of REFINERS) out = refine(out, ctx);
  return out;
}
