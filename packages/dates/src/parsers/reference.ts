import type { Candidate, Parser } from "../candidate.js";
import { execAt, sticky } from "../candidate.js";

/**
 * "now", "currently", "recently", "the past", "the future": TimeML's reference points (PRESENT_REF, PAST_REF,
 * FUTURE_REF). They name the present, the past or the future without a calendar value: our value stays null, the
 * TimeML reading is in `timex`. Words chosen from TimeML's guidelines and kept to those TimeBank annotates more
 * often than not where they stand (so not "current", "soon", "previously", "already": measured on TBAQ, most of their
 * uses are not annotated).
 */
const PRESENT = sticky("(?:right\\s+now|now|currently|these\\s+days|nowadays|at\\s+present)(?![\\w'’-])");
const PAST = sticky("(?:recently|the\\s+past)(?![\\w'’-])");
const FUTURE = sticky("(?:the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short)\\s+term)(?![\\w'’-])");

/** What follows "the past" when it starts a stretch of time ("the past two years", "the past week") */
const STRETCH_AFTER =
  /^\s+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|few|several|couple|many|days?|weeks?|months?|years?|decades?|century|centuries|quarters?|weekend|summer|winter|spring|autumn|fall|season)\b)/i;

/** "now that", "for now", "until now", "by now", "just now": conjunctions and idioms that name no time of their own. */
const NOT_NOW_BEFORE = new Set(["for", "until", "till", "by", "just", "from", "than", "right"]);

function ref(start: number, end: number, value: NonNullable<Candidate["ref"]>): Candidate {
  return { start, end, via: "ref-word", kind: "date", granularity: "unknown", parts: {}, ref: value };
}

export const referenceWord: Parser = {
  name: "ref-word",
  triggers: ["now", "right", "currently", "these", "nowadays", "at", "recently", "the"],
  match(ctx, at) {
    const text = ctx.text;
    let m = execAt(PRESENT, text, at);
    if (m) {
      const end = at + m[0].length;
      if (/^now$/i.test(m[0])) {
        if (NOT_NOW_BEFORE.has(ctx.wordBefore(at)) || /^\s+that\b/i.test(text.slice(end, end + 6))) return null;
      }
      return ref(at, end, "PRESENT_REF");
    }
    m = execAt(PAST, text, at);
    if (m) {
      const end = at + m[0].length;
      // "the past two years", "the past week": a stretch with a unit (span-duration's job); "the past" alone only.
      if (/^the/i.test(m[0]) && STRETCH_AFTER.test(text.slice(end, end + 24))) return null;
      return ref(at, end, "PAST_REF");
    }
    m = execAt(FUTURE, text, at);
    if (m) {
      const end = at + m[0].length;
      // "the future of our peoples": a thing's prospects, not a time
      if (/^\s+of\b/i.test(text.slice(end, end + 4))) return null;
      return ref(at, end, "FUTURE_REF");
    }
    return null;
  },
};
