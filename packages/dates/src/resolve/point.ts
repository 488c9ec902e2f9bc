import type { Granularity } from "@newsgraph/core";
import {
  addMonths,
  dayNumber,
  format,
  quarterOf,
  SEASONS,
  type Season,
  seasonOf,
  seasonStart,
  ymd,
} from "../calendar.js";
import type { ShiftUnit } from "../candidate.js";

/** A resolved point in time, kept to anchor later expressions ("the same day", "the previous year"). */
export interface Point {
  granularity: Granularity;
  year: number;
  month?: number;
  /** day number (calendar.ts), for day, week and time points */
  day?: number;
}

export interface Shifted {
  value: string | null;
  granularity: Granularity;
  point: Point | null;
}

const SEASON_INDEX: Record<Season, number> = { WI: 0, SP: 1, SU: 2, FA: 3 };

/** The point `offset` units away from a day, written at the unit's granularity. */
export function shiftFrom(base: number, unit: ShiftUnit, offset: number): Shifted {
  const { y, m } = ymd(base);
  switch (unit) {
    case "day": {
      const day = base + offset;
      return {
        value: format.day(day),
        granularity: "day",
        point: { granularity: "day", year: ymd(day).y, month: ymd(day).m, day },
      };
    }
    case "week":
    case "weekend": {
      const day = base + 7 * offset;
      const value = format.week(day) + (unit === "weekend" ? "-WE" : "");
      return { value, granularity: "week", point: { granularity: "week", year: ymd(day).y, month: ymd(day).m, day } };
    }
    case "month": {
      const to = addMonths(y, m, offset);
      return {
        value: format.month(to.y, to.m),
        granularity: "month",
        point: { granularity: "month", year: to.y, month: to.m },
      };
    }
    case "quarter": {
      const index = y * 4 + quarterOf(m) - 1 + offset;
      const qy = Math.floor(index / 4);
      const q = index - qy * 4 + 1;
      return {
        value: format.quarter(qy, q),
        granularity: "quarter",
        point: { granularity: "quarter", year: qy, month: (q - 1) * 3 + 1 },
      };
    }
    case "season": {
      const now = seasonOf(y, m);
      const index = now.y * 4 + SEASON_INDEX[now.s] + offset;
      const sy = Math.floor(index / 4);
      const s = SEASONS[index - sy * 4] as Season;
      return {
        value: format.season(sy, s),
        granularity: "season",
        point: { granularity: "season", year: sy, month: seasonStart(s) },
      };
    }
    case "year":
      return { value: format.year(y + offset), granularity: "year", point: { granularity: "year", year: y + offset } };
    case "decade": {
      const first = Math.floor(y / 10) * 10 + 10 * offset;
      return { value: format.decade(first), granularity: "decade", point: { granularity: "decade", year: first } };
    }
    case "century": {
      const hundreds = Math.floor(y / 100) + offset;
      return {
        value: format.century(hundreds),
        granularity: "century",
        point: { granularity: "century", year: hundreds * 100 },
      };
    }
  }
}

/** The day a point stands for when a finer unit is counted from it (its first day). */
export function baseDay(p: Point): number {
  return p.day ?? dayNumber(p.year, p.month ?? 1, 1);
}

/** Can a point anchor a shift of this unit ("the next day" needs a day; "the previous year" any year)? */
export function anchors(p: Point, unit: ShiftUnit): boolean {
  const fine = p.granularity === "day" || p.granularity === "time";
  switch (unit) {
    case "day":
      return fine;
    case "week":
    case "weekend":
      return fine || p.granularity === "week";
    case "month":
      return fine || p.granularity === "week" || p.granularity === "month";
    case "quarter":
    case "season":
      return p.month !== undefined;
    default:
      return true;
  }
}
