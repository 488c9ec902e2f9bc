import type { DateMention, ParsedDoc, Published, Warning } from "@newsgraph/core";
import { parseDay } from "./calendar.js";
import { dateDocument, resolveAll } from "./document.js";
import { resolve } from "./resolve/resolve.js";

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
    if (c.mod) m.mod = c.mod;
    if (r.partial) m.partial = r.partial;
    if (r.note) m.note = r.note;
    out.push(m);
  });
  return out;
}
