/**
 * Words of English temporal expressions (general English; no article's phrases). Regex fragments are written
 * case-insensitively; parsers check capitalization where a word is also a common word ("May", "March").
 */

const MONTH_WORDS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const FULL_MONTH_NAMES = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** Month words that are also common English words or names: alone they need a cue ("in May"). */
export const AMBIGUOUS_MONTHS = new Set(["may", "march", "august", "jan", "mar", "sep", "dec", "jun", "jul"]);

const WEEKDAY_WORDS: Record<string, number> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};
const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  mon: 0,
  tue: 1,
  tues: 1,
  wed: 2,
  thu: 3,
  thur: 3,
  thurs: 3,
  fri: 4,
  sat: 5,
  sun: 6,
};

export function monthNumber(word: string): number | undefined {
  return MONTH_WORDS[word.toLowerCase().replace(/\.$/, "")];
}
export function weekdayNumber(word: string, abbreviations = false): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  return WEEKDAY_WORDS[w] ?? (abbreviations ? WEEKDAY_ABBREVIATIONS[w] : undefined);
}
export const isMonthWord = (w: string) => monthNumber(w) !== undefined;
export const isWeekdayWord = (w: string) => weekdayNumber(w) !== undefined;

/** Longest alternatives first, so that the regex engine takes the whole word. */
export const MONTH =
  "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\\.?)";
export const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])";
export const WEEKDAY_ABBR = "(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![a-z])\\.?";
/** A day of the month, 1-31, with an optional ordinal suffix. */
export const DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\w])";
export const YEAR = "(\\d{4})(?![\\w])";

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  "a dozen": 12,
  "a hundred": 100,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
};
/** Counts that say "some number of" without a number: ISO writes them as X ("PXY"). */
export const VAGUE_COUNTS = new Set(["a few", "few", "several", "some", "many", "a number of", "numerous"]);

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine";
/** A count written in digits or words ("3", "three", "twenty-four", "a few", "several"). */
export const COUNT = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})(?:[-\\s](?:${UNITS_WORDS}))?|a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|a\\s+hundred|a\\s+few|a\\s+number\\s+of|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${UNITS_WORDS}|several|few|dozen|hundred|an|a)(?![\\w])`;

/** The number a COUNT stands for, or null for a vague count ("several"). */
export function countValue(raw: string): number | null {
  const w = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d/.test(w)) return Number(w);
  if (VAGUE_COUNTS.has(w)) return null;
  const direct = NUMBER_WORDS[w];
  if (direct !== undefined) return direct;
  const parts = w.split(/[-\s]/);
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0] ?? ""];
    const ones = NUMBER_WORDS[parts[1] ?? ""];
    if (tens !== undefined && ones !== undefined) return tens + ones;
  }
  return null;
}

/** Calendar units of durations and relative expressions. */
export type TimeUnit = "minute" | "hour" | "day" | "week" | "fortnight" | "month" | "year" | "decade" | "century";
export const UNIT = "(minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)(?![\\w])";
export function unitOf(word: string): TimeUnit {
  const w = word.toLowerCase();
  if (w.startsWith("minute")) return "minute";
  if (w.startsWith("hour")) return "hour";
  if (w.startsWith("day")) return "day";
  if (w.startsWith("week")) return "week";
  if (w.startsWith("fortnight")) return "fortnight";
  if (w.startsWith("month")) return "month";
  if (w.startsWith("decade")) return "decade";
  if (w.startsWith("centur")) return "century";
  return "year";
}

export const SEASON_WORDS = "spring|summer|autumn|fall|winter";
export const SEASON = `(${SEASON_WORDS})(?![\\w])`;
export function seasonCode(word: string): "SP" | "SU" | "FA" | "WI" {
  const w = word.toLowerCase();
  return w === "spring" ? "SP" : w === "summer" ? "SU" : w === "winter" ? "WI" : "FA";
}

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
  latter: 2,
};

/** Named days around a weekday that make it part of a name or a holiday ("Bloody Sunday", "Super Tuesday"). */
export const WEEKDAY_NAME_PREFIXES = new Set([
  "bloody",
  "black",
  "super",
  "easter",
  "good",
  "ash",
  "cyber",
  "palm",
  "holy",
  "maundy",
  "giving",
  "shrove",
  "whit",
  "low",
]);

/** Words before a bare month name that make it a month ("in May"), not a modal verb or a name. */
export const MONTH_CUES = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "from",
  "through",
  "thru",
  "during",
  "of",
  "early",
  "mid",
  "late",
  "last",
  "next",
  "this",
  "before",
  "after",
  "between",
  "and",
  "or",
  "to",
  "every",
  "each",
  "throughout",
  "around",
  "for",
  "on",
  "starting",
  "beginning",
  "ending",
  "as",
  "an",
  "a",
]);

/** Parts of the day and TimeML's codes for them (TimeML 1.2.1: MO, AF, EV, NI; DT for the daytime). */
const PARTS_OF_DAY: Record<string, "MO" | "AF" | "EV" | "NI" | "DT"> = {
  morning: "MO",
  mornings: "MO",
  afternoon: "AF",
  afternoons: "AF",
  "mid-afternoon": "AF",
  evening: "EV",
  evenings: "EV",
  night: "NI",
  nights: "NI",
  tonight: "NI",
  overnight: "NI",
  daytime: "DT",
};
export function partOfDayOf(word: string): "MO" | "AF" | "EV" | "NI" | "DT" | undefined {
  return PARTS_OF_DAY[word.toLowerCase()];
}

/**
 * Time zones as offsets from UTC, as TimeML writes them after a time (T09:00-05:00); GMT and UTC are Z. North
 * American zones and a few common elsewhere (source: the zones' standard definitions, IANA tz database).
 */
export const ZONE_OFFSETS: Record<string, string> = {
  GMT: "Z",
  UTC: "Z",
  Z: "Z",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  AKST: "-09:00",
  HST: "-10:00",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  IST: "+05:30",
  JST: "+09:00",
  KST: "+09:00",
  AEST: "+10:00",
  AEDT: "+11:00",
};
