import type { ParsedDoc, Published } from "@newsgraph/core";
import { format, weekdayOf } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { type DateDocument, dateDocument } from "./document.js";
import { resolve } from "./resolve/resolve.js";

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

interface Dated {
  c: Candidate;
  day: number;
  text: string;
  how?: string;
}

/** A label before the date on its line: "Published: May 22, 2023", "Updated on 2023-05-22". */
const LABEL = /\b(?:published|updated|posted|last\s+updated|dated?|issued|first\s+published)\b[^\n]{0,16}$/i;
/** A dateline: "SEOUL, May 22, 2023 —", "SEOUL, May 22 (Reuters) -". */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*[A-Z][A-Z .'-]{1,40}(?:,[ \t]*[A-Za-z .'-]{2,30})?,[ \t]*$/;
const DATELINE_AFTER = /^[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?[—–-]/;
/** "today, May 22," / "today (May 22)" / "May 22 (today)" */
const TODAY_BEFORE = /\btoday[ \t]*[,(][ \t]*$/i;
const TODAY_AFTER = /^[ \t]*\(today\)/i;

/** What may share a line with a date that stands alone under a headline: a weekday, a time, "By ... |". */
const LINE_BEFORE =
  /(?:^|\n)[ \t]*(?:(?:by [^\n|•]{1,60}[|•·–—-][ \t]*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]*)?)$/i;
const LINE_AFTER =
  /^[ \t]*(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4})?)?[ \t]*(?:\n|$)/i;

function publicationCue(text: string, c: Candidate): string | null {
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  const after = text.slice(c.end, c.end + 24);
  if (LABEL.test(before)) return "a publication label before it";
  if (c.parts.year !== undefined && LINE_BEFORE.test(before) && LINE_AFTER.test(after)) return "a line of its own";
  if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return "a dateline";
  if (TODAY_BEFORE.test(before) || TODAY_AFTER.test(after)) return '"today" beside it';
  return null;
}

/** Explicit days of the article (with a year stated, or fixed by a stated weekday), outside future contexts. */
function explicitDays(dd: DateDocument): Dated[] {
  const out: Dated[] = [];
  const env = {
    reference: null,
    yearFloor: dd.yearFloor,
    tense: dd.tense,
    previous: () => null,
    previousStated: () => null,
    sentenceOf: () => -1,
    textOf: () => "",
  };
  for (const c of dd.candidates) {
    if (c.kind !== "date" || c.shift || c.parts.month === undefined || c.parts.day === undefined) continue;
    if (dd.tense(c).tense === "future") continue;
    const r = resolve(c, env);
    const day = r.point?.day;
    if (day === undefined || r.value === null) continue;
    const d: Dated = { c, day, text: dd.doc.text.slice(c.start, c.end) };
    if (c.parts.year === undefined && r.note) d.how = r.note;
    out.push(d);
  }
  return out;
}

/**
 * The reference date read from the text, in this order:
 * 1. an explicit full date the article presents as its own (a publication label, a dateline, "today");
 * 2. else the latest explicit date in a past or present context (a year fixed by a stated weekday counts),
 *    moved forward to the weekday of the first bare weekday the article reports in the past when that
 *    weekday has no explicit date in the week before it (news names the newest events by weekday);
 * 3. else none: value null.
 */
export function inferReference(doc: ParsedDoc): Published {
  const none: Published = { value: null, inferred: true, evidence: null };
  if (doc.text.length === 0 || doc.tokens.length === 0) return none;
  const dd = dateDocument(doc);
  const days = explicitDays(dd);
  if (days.length === 0) return { ...none, evidence: "no explicit date in the text" };

  for (const d of days) {
    const cue = publicationCue(doc.text, d.c);
    if (cue) return { value: format.day(d.day), inferred: true, evidence: `"${d.text}" with ${cue}` };
  }

  let latest = days[0] as Dated;
  for (const d of days) if (d.day > latest.day) latest = d;
  const D = latest.day;
  let evidence = `the latest date the text states: "${latest.text}" (${format.day(D)}, a ${WEEKDAY_NAMES[weekdayOf(D)]})`;
  if (latest.how) evidence += `; ${latest.how}`;

  // The first weekday named alone (not beside a date) in a past or present context.
  const bare = dd.candidates.find(
    (c) =>
      c.kind === "date" &&
      c.parts.weekday !== undefined &&
      c.parts.month === undefined &&
      !c.beside &&
      !c.direction &&
      !c.shift &&
      dd.tense(c).tense !== "future",
  );
  if (bare && bare.parts.weekday !== undefined) {
    const w = bare.parts.weekday;
    const dated = days.some((d) => weekdayOf(d.day) === w && d.day <= D && d.day > D - 7);
    const ahead = (w - weekdayOf(D) + 7) % 7;
    if (!dated && ahead > 0) {
      const t = dd.tense(bare);
      return {
        value: format.day(D + ahead),
        inferred: true,
        evidence: `${evidence}; "${doc.text.slice(bare.start, bare.end)}" (${t.cue ? `"${t.cue}"` : "no tense cue"}) is the ${WEEKDAY_NAMES[w]} after it`,
      };
    }
  }
  return { value: format.day(D), inferred: true, evidence };
}
