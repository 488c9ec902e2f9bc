import type { DateMention, ParsedDoc, Published, Warning } from "@newsgraph/core";
import { parseDay } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { dateDocument, resolveAll } from "./document.js";
import { type Judged, judge } from "./evidence.js";
import { type Resolution, resolve } from "./resolve/resolve.js";
import type { TenseReading } from "./resolve/tense.js";
import { timexOf } from "./timex.js";

/**
 * Every temporal expression of a parsed document as DateMentions in text order, resolved against the
 * reference date (`published.value`; null leaves relative expressions unresolved, never guessed from the clock).
 */
export function findDates(doc: ParsedDoc, published: Published | null, warn?: (w: Warning) => void): DateMention[] {
  if (doc.text.length === 0 || doc.tokens.length === 0) return [];
  let reference: number | null = null;
  if (published?.value) {
    reference = parseDay(published.value);
    if (reference === null)
      warn?.({
        code: "dates-bad-reference",
        message: `the reference date ${JSON.stringify(published.value)} is not YYYY-MM-DD; relative dates are left unresolved`,
      });
  }
  const dd = dateDocument(doc);
  const resolutions = resolveAll(dd, reference, resolve);
  const out: DateMention[] = [];
  dd.candidates.forEach((c, i) => {
    const r = resolutions[i];
    if (!r) return;
    const token = dd.ctx.tokenAt(c.start);
    const m: DateMention = {
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      value: r.value,
      granularity: r.granularity,
      relative: r.relative,
      kind: c.kind,
    };
    if (token >= 0) m.sentence = doc.tokens[token]?.sentence ?? 0;
    if (r.rangeStart !== undefined) m.rangeStart = r.rangeStart;
    if (r.rangeEnd !== undefined) m.rangeEnd = r.rangeEnd;
    if (r.duration !== undefined) m.duration = r.duration;
    // a date counted from another ("two years ago", "three days later") also says the length counted
    else if (c.kind === "date" && c.duration && c.shift) m.duration = c.duration;
    if (c.mod) m.mod = c.mod;
    if (r.partial) m.partial = r.partial;
    if (r.note) m.note = r.note;
    Object.assign(m, timexOf(c, r, doc.text));
    const j = judged(c, r, dd.tense);
    m.confidence = j.confidence;
    m.evidence = j.evidence;
    out.push(m);
  });
  return out;
}

/** Confidence and evidence of a candidate; a range is as sure as its less sure end. */
function judged(c: Candidate, r: Resolution, tense: (c: Candidate) => TenseReading): Judged {
  const needsTense = (x: Candidate) => x.kind === "date" && !x.shift && x.parts.year === undefined;
  if (c.kind === "range" && c.ends && r.ends) {
    const ends = [
      judge(c.ends[0], r.ends[0], needsTense(c.ends[0]) ? tense(c) : null),
      judge(c.ends[1], r.ends[1], needsTense(c.ends[1]) ? tense(c) : null),
    ];
    const own = judge(c, r, null);
    return {
      confidence: Math.min(own.confidence, ...ends.map((e) => e.confidence)),
      evidence: [...own.evidence, ...ends.flatMap((e) => e.evidence.filter((x) => !x.rule.startsWith("parser:")))],
    };
  }
  return judge(c, r, needsTense(c) ? tense(c) : null);
}
