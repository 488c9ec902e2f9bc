/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC), so that nothing here
 * depends on the machine's clock or time zone. Weekdays are 0 = Monday ... 6 = Sunday (ISO 8601).
 */

const MS_PER_DAY = 86_400_000;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function ymd(day: number): YMD {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A YYYY-MM-DD string as a day number, or null when it is not a valid calendar day. */
export function parseDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - weekdayOf(day) + 3;
  const year = ymd(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Adds months to a (year, month) pair. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const year4 = (y: number) => (y < 0 ? `-${pad(y, 4)}` : pad(y, 4));

export const format = {
  day: (day: number) => {
    const { y, m, d } = ymd(day);
    return `${year4(y)}-${pad(m)}-${pad(d)}`;
  },
  month: (y: number, m: number) => `${year4(y)}-${pad(m)}`,
  year: (y: number) => year4(y),
  week: (day: number) => {
    const w = isoWeek(day);
    return `${year4(w.year)}-W${pad(w.week)}`;
  },
  quarter: (y: number, q: number) => `${year4(y)}-Q${q}`,
  half: (y: number, h: number) => `${year4(y)}-H${h}`,
  season: (y: number, s: string) => `${year4(y)}-${s}`,
  /** a decade as the schema spells it: 1990s */
  decade: (firstYear: number) => `${firstYear}s`,
  /** ISO 8601 century: its first two digits (19 = 1900-1999) */
  century: (hundreds: number) => pad(hundreds),
  time: (day: number, hour: number, minute: number) => `${format.day(day)}T${pad(hour)}:${pad(minute)}`,
};

/** The quarter (1-4) of a month. */
export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;

/** Meteorological seasons of the northern hemisphere, in TIMEX3's codes; winter takes the year of its December. */
export const SEASONS = ["WI", "SP", "SU", "FA"] as const;
export type Season = (typeof SEASONS)[number];
export function seasonOf(y: number, m: number): { y: number; s: Season } {
  if (m === 12) return { y, s: "WI" };
  if (m <= 2) return { y: y - 1, s: "WI" };
  return { y, s: SEASONS[Math.floor(m / 3)] as Season };
}
/** First month of a season of a year (winter: December of that year). */
export function seasonStart(s: Season): number {
  return s === "WI" ? 12 : s === "SP" ? 3 : s === "SU" ? 6 : 9;
}
