import type { Reason } from "@newsgraph/core";
import type { Candidate } from "./candidate.js";
import type { Resolution } from "./resolve/resolve.js";
import type { TenseReading } from "./resolve/tense.js";

/**
 * How sure a value is depends on what fixed it; each reason below names the rule and its weight, and the
 * confidence is the product of the weights of the recognition and of the anchoring (so a value counted from a
 * tense cue is less sure than a date with its year stated). The weights are set by hand; how well they are
 * calibrated on TempEval-3's training data (TBAQ) is in the package README.
 */
const RECOGNIZED = 0.97;
/** Words that are also ordinary words and were read as a date from a cue ("in May", "this fall", "now"). */
const AMBIGUOUS_VIA = /^(?:month-year|season|the-day|the-weekend|ref-word|bare-duration|the-unit)$/;

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
  let anchoring = 1;
  if (r.value === null && !c.ref) {
    anchoring = 0.5;
    evidence.push({ rule: "anchor:none", weight: 0.5, type: "no reference date: value left null" });
  } else if (c.ref) {
    anchoring = 0.85;
    evidence.push({ rule: "anchor:reference-point", weight: 0.85, type: c.ref });
  } else if (r.anchor === "DCT") {
    const byTense = !c.shift && !c.direction && c.parts.year === undefined;
    if (byTense && tense) {
      anchoring = tense.tense === "past" || tense.tense === "future" ? 0.85 : tense.tense === "ahead" ? 0.75 : 0.7;
      evidence.push({ rule: `tense:${tense.tense}`, weight: anchoring, type: tense.cue ?? "no cue" });
    } else {
      anchoring = 0.92;
      evidence.push({ rule: "anchor:reference-date", weight: 0.92 });
    }
  } else if (r.anchor) {
    anchoring = 0.8;
    evidence.push({ rule: "anchor:previous-date", weight: 0.8, type: r.anchor });
  } else if (c.shift?.anchor === "previous") {
    anchoring = 0.6;
    evidence.push({ rule: "anchor:reference-date-fallback", weight: 0.6 });
  } else if (c.kind === "duration" && /X/.test(c.duration ?? "")) {
    anchoring = 0.8;
    evidence.push({ rule: "value:vague-count", weight: 0.8 });
  }
  return { confidence: round(recognized * anchoring), evidence };
}
