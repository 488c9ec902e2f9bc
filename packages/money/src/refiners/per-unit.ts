import type { Refiner } from "../candidate.js";

// "$80 a barrel", "$50,000 a year": "a"/"an" introduces a unit only before one of these
const UNIT_WORDS = new Set([
  "year",
  "month",
  "week",
  "day",
  "hour",
  "minute",
  "night",
  "barrel",
  "ton",
  "tonne",
  "share",
  "head",
  "piece",
  "unit",
  "gallon",
  "litre",
  "liter",
  "kilo",
  "kilogram",
  "kg",
  "ounce",
  "pound",
  "person",
  "seat",
  "ticket",
  "dose",
  "megawatt-hour",
  "kilowatt-hour",
  "mile",
  "kilometre",
  "kilometer",
  "meter",
  "metre",
]);

const PER = /^[ \u00a0]*(?:per(?=[ \u00a0])|\/(?=[A-Za-z]))[ \u00a0]*/i;
// "... a year earlier", "a month ago": a time, not a unit
const A_UNIT =
  /^[ \u00a0]+an?[ \u00a0]+([A-Za-z-]+)\b(?![ \u00a0]+(?:earlier|ago|before|later|after|on|from|since|prior)\b)/;
const EACH = /^[ \u00a0]+(?:each|apiece)\b/i;

/** Per-unit prices: "1.5 billion Korean won per missile" (per: "missile"), "$80 a barrel", "$2 million each". */
export const readPerUnit: Refiner = {
  name: "read-per-unit",
  refine(candidates, { text, unitAfter }) {
    for (const c of candidates) {
      const after = text.slice(c.outerEnd, c.outerEnd + 48);
      const per = PER.exec(after);
      if (per) {
        // "per cent" is a percentage, not a price per cent
        const unit = unitAfter(c.outerEnd + per[0].length);
        if (unit && !/^cent\b/i.test(unit.text)) {
          c.per = unit.text;
          c.outerEnd = unit.end;
        }
        continue;
      }
      const a = A_UNIT.exec(after);
      const word = a?.[1];
      if (a && word && UNIT_WORDS.has(word.toLowerCase())) {
        c.per = word;
        c.outerEnd += a[0].length;
        continue;
      }
      const each = EACH.exec(after);
      if (each) {
        c.per = "each";
        c.outerEnd += each[0].length;
      }
    }
    return candidates;
  },
};
