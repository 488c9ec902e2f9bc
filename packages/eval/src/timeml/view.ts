import type { DateMention, DocResult, Timex } from "@newsgraph/core";

/** One predicted TIMEX3: a span of the text with TimeML's type and value. */
export interface PredictedTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  /** index of the date mention it comes from, in `result.dates` */
  date: number;
}

/**
 * The plain TIMEX3 reading of a date mention that carries no `timex` (results of older runs, peers): its kind
 * gives the type (a time-granularity date is TIME), our value the value, a decade written TimeML's way
 * ("1990s" → "199"), a range read as its first end.
 */
export function plainTimex(d: DateMention): Timex {
  if (d.kind === "duration") return { type: "DURATION", value: d.duration ?? d.value ?? "" };
  if (d.kind === "set") return { type: "SET", value: d.value ?? d.duration ?? "" };
  let value = (d.kind === "range" ? d.rangeStart : d.value) ?? d.partial ?? "";
  const decade = /^(\d{3})0s$/.exec(value);
  if (decade) value = decade[1] ?? value;
  return { type: d.granularity === "time" ? "TIME" : "DATE", value };
}

/**
 * The TIMEX3 a result offers: each date's `timex` over its span, each end of a range (`timexes`) over its own
 * span, and the plain reading (plainTimex) of a date without either.
 */
export function predictedTimexes(result: DocResult): PredictedTimex[] {
  const out: PredictedTimex[] = [];
  result.dates.forEach((d, i) => {
    if (d.timexes && d.timexes.length > 0) {
      for (const t of d.timexes)
        out.push({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, date: i });
      return;
    }
    const t = d.timex ?? plainTimex(d);
    out.push({ start: d.start, end: d.end, text: d.text, type: t.type, value: t.value, date: i });
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
