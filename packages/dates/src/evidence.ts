import type { Reason } from "@newsgraph/core";
import type { Candidate } from "./candidate.js";
import type { Resolution } from "./resolve/resolve.js";
import type { TenseReading } from "./resolve/tense.js";

/**
 * How sure a value is depends on what fixed it. Each reason names the rule and its weight; the confidence is the
 * product of the recognition's weight and the anchoring's. The anchoring weights are the value accuracy each rule
 * had on TempEval-3's training data (TBAQ, creation time given: the share of TIMEX3 matched to a gold one whose
 * TimeML value is the gold's), rounded; the package README has the calibration table.
 */
const ANCHORING = {
  /** a date with its year stated ("May 21, 2023", "1990s"): 0.89 on TBAQ */
  stated: 0.9,
  /** a length or a recurrence ("three weeks", "every Monday"): 0.91, 0.87 */
  duration: 0.9,
  set: 0.87,
  /** "several months", "for years": 0.70 */
  vague: 0.7,
  /** counted from the reference date ("last week", "two years ago"): 0.79 */
  reference: 0.8,
  /** a weekday, month or quarter without its year, by the sentence's tense: past 0.91, future 0.85, ahead 0.85 */
  past: 0.9,
  future: 0.85,
  ahead: 0.85,
  /** present or no tense cue: 0.93 and 0.91 on few cases; held lower */
  open: 0.85,
  /** counted from the date named before ("the next day", "a year earlier"): 0.62 */
  previous: 0.62,
  /** "now", "recently": 1.00 on 90; the word itself is the doubt (recognition) */
  referencePoint: 0.95,
  /** anaphoric with no date named before: counted from the reference date */
  fallback: 0.55,
  /** no reference date: the value stays null */
  none: 0.5,
} as const;

/** Recognition: a form that is only a date, or a word also common otherwise read from a cue ("in May", "now"). */
const RECOGNIZED = 0.97;
const AMBIGUOUS_VIA =
  /^(?:month-year|season|the-day|the-weekend|ref-word|bare-duration|bare-related-duration|the-unit)$/;

export interface Judged {
  confidence: number;
  evidence: Reason[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function judge(c: Candidate, r: Resolution, tense: TenseReading | null): Judged {
  const evidence: Reason[] = [];
  const base = c.via.split("+").pop() ?? c.via;
  const recognized = AMBIGUOUS_VIA.test(base) ? 0.9 : RECOGNIZED;
  evidence.push({ rule: `parser:${c.via}`, weight: recognized, type: c.kind ?? "date" });
  if (c.mod) evidence.push({ rule: "refiner:modifiers", weight: 1, type: c.mod });
  const reason = (rule: string, weight: number, type?: string) => {
    evidence.push(type === undefined ? { rule, weight } : { rule, weight, type });
    return weight;
  };
  let anchoring: number;
  if (c.ref) anchoring = reason("anchor:reference-point", ANCHORING.referencePoint, c.ref);
  else if (c.kind === "duration")
    anchoring = /X/.test(c.duration ?? "")
      ? reason("value:vague-count", ANCHORING.vague)
      : reason("value:length", ANCHORING.duration);
  else if (c.kind === "set") anchoring = reason("value:recurrence", ANCHORING.set);
  else if (r.value === null) anchoring = reason("anchor:none", ANCHORING.none, "no reference date: value left null");
  else if (r.anchor === "DCT") {
    const byTense = !c.shift && !c.direction && c.parts.year === undefined;
    if (byTense && tense) {
      const w =
        tense.tense === "past"
          ? ANCHORING.past
          : tense.tense === "future"
            ? ANCHORING.future
            : tense.tense === "ahead"
              ? ANCHORING.ahead
              : ANCHORING.open;
      anchoring = reason(`tense:${tense.tense}`, w, tense.cue ?? "no cue");
    } else anchoring = reason("anchor:reference-date", ANCHORING.reference);
  } else if (r.anchor) anchoring = reason("anchor:previous-date", ANCHORING.previous, r.anchor);
  else if (c.shift?.anchor === "previous") anchoring = reason("anchor:reference-date-fallback", ANCHORING.fallback);
  else anchoring = reason("anchor:stated", ANCHORING.stated);
  return { confidence: round(recognized * anchoring), evidence };
}
