import type { ParsedDoc, Published, Reason } from "@newsgraph/core";
import { format, weekdayOf, ymd } from "./calendar.js";
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

/** How much each kind of evidence is worth (the confidence it gives the publication date). */
const WEIGHT = {
  "publication-label": 0.95,
  dateline: 0.9,
  "stated-today": 0.9,
  "date-line": 0.85,
  "weekday-date-pair": 0.6,
  /** a pair further into the article reports older events more often */
  "weekday-date-pair-late": 0.45,
  /** the same event named with its date in one sentence and with its weekday in another (sharing a name) */
  "weekday-date-pair-across": 0.45,
} as const;
type Cue = keyof typeof WEIGHT;
const CUE_OF: Record<string, Cue> = {
  "a publication label before it": "publication-label",
  "a line of its own": "date-line",
  "a dateline": "dateline",
  '"today" beside it': "stated-today",
};
/** A pair counts as evidence in the lead: within the article's first sentences. */
const LEAD_SENTENCES = 6;

interface Found {
  d: Dated;
  cue: Cue;
  how: string;
  weight: number;
}

/**
 * The reference date read from the text, only from positive evidence (each a named reason with its weight):
 * 1. a full date the article presents as its own: a publication label ("Published:", "Updated"), a dateline
 *    ("SEOUL, May 22, 2023 —"), a date on a line of its own (under a headline), a date stated as today ("today
 *    (May 22)");
 * 2. else a weekday-date pair ("Thursday (July 11)", "Tuesday, March 11, 2025") in a past or present context,
 *    the latest one, when no later year is named (a historical "Tuesday, September 11, 2001" in a 2004 article is
 *    not the article's date); or, across two sentences that name the same event with two names in common, a
 *    date whose weekday a past sentence reports (pairAcross): an event's date, moved forward to the weekday of the
 *    first bare weekday the lead reports after it when no explicit date in the week before names that weekday
 *    (news names the newest events by weekday);
 * 3. else none: value null, confidence 0, and the reason. Never "the latest date the text states": a date the
 *    text mentions is not the date it was written.
 */
export function inferReference(doc: ParsedDoc): Published {
  const none = (why: string): Published => ({
    value: null,
    inferred: true,
    evidence: why,
    confidence: 0,
    reasons: [{ rule: "none", weight: 0, type: why }],
  });
  if (doc.text.length === 0 || doc.tokens.length === 0) return none("empty text");
  const dd = dateDocument(doc);
  const days = explicitDays(dd);
  if (days.length === 0) return none("no explicit date in the text");

  const found: Found[] = [];
  for (const d of days) {
    const how = publicationCue(doc.text, d.c);
    if (how) {
      const cue = CUE_OF[how] ?? "date-line";
      found.push({ d, cue, how, weight: WEIGHT[cue] });
    } else if (d.c.parts.weekday !== undefined && ymd(d.day).y >= (dd.yearFloor ?? 0)) {
      const sentence = doc.tokens[dd.ctx.tokenAt(d.c.start)]?.sentence ?? 0;
      const cue: Cue = sentence < LEAD_SENTENCES ? "weekday-date-pair" : "weekday-date-pair-late";
      found.push({ d, cue, how: "its weekday beside it", weight: WEIGHT[cue] });
    }
  }
  if (found.length === 0) {
    const across = pairAcross(dd, days);
    if (across) found.push(across);
  }
  if (found.length === 0)
    return none(
      "no positive evidence of the publication date (no publication label, dateline, date line, weekday-date pair or date stated as today)",
    );
  // The strongest evidence; among labels and datelines the first, among pairs the latest day.
  let best = found[0] as Found;
  for (const f of found) {
    if (f.weight > best.weight) best = f;
    else if (f.weight === best.weight && f.cue.startsWith("weekday") && f.d.day > best.d.day) best = f;
  }
  const D = best.d.day;
  const reasons: Reason[] = [{ rule: best.cue, weight: best.weight, type: best.d.text }];
  let confidence = best.weight;
  let evidence = `"${best.d.text}" with ${best.how}`;
  if (best.d.how) {
    evidence += `; ${best.d.how}`;
    reasons.push({ rule: "year-from-weekday", weight: 0.85, type: best.d.how });
    confidence *= 0.85;
  }
  // An event's date found through its weekday ("met Sunday" ... "May 21, 2023") is not yet the news day: a later
  // weekday of the lead ("told reporters Monday") is. A pair the text states itself is its own date.
  if (best.cue === "weekday-date-pair-across") {
    const moved = laterWeekday(dd, days, D);
    if (moved) {
      reasons.push({ rule: "later-weekday", weight: 0.9, type: moved.text });
      return {
        value: format.day(moved.day),
        inferred: true,
        evidence: `${evidence} (${format.day(D)}, a ${WEEKDAY_NAMES[weekdayOf(D)]}); ${moved.why}`,
        confidence: round(confidence * 0.9),
        reasons,
      };
    }
  }
  return { value: format.day(D), inferred: true, evidence, confidence: round(confidence), reasons };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The proper names of a sentence (lower case, four letters or more): what ties two mentions of one event. */
function namesOf(doc: ParsedDoc, sentence: number): Set<string> {
  const s = doc.sentences[sentence];
  const out = new Set<string>();
  if (!s) return out;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i];
    if (t && t.pos === "PROPN" && t.text.length >= 4 && !WEEKDAY_NAMES.includes(t.text)) out.add(t.lower);
  }
  return out;
}

/**
 * A weekday-date pair across sentences: an explicit date with its year (the latest the text states, no later
 * year named) and a bare weekday reported in the past that is that date's weekday, in sentences that name the same
 * place or name ("pose during the summit in Hiroshima, Japan, May 21, 2023" ... "they met Sunday at the summit in
 * Hiroshima"): one event, told once with its date and once with its weekday.
 */
function pairAcross(dd: DateDocument, days: Dated[]): Found | null {
  const stated = days.filter((d) => d.c.parts.year !== undefined && ymd(d.day).y >= (dd.yearFloor ?? 0));
  if (stated.length === 0) return null;
  let latest = stated[0] as Dated;
  for (const d of stated) if (d.day > latest.day) latest = d;
  if (days.some((d) => d.day > latest.day)) return null;
  const sentenceOf = (start: number) => dd.doc.tokens[dd.ctx.tokenAt(start)]?.sentence ?? -1;
  const dateNames = namesOf(dd.doc, sentenceOf(latest.c.start));
  for (const c of dd.candidates) {
    if (c.kind !== "date" || c.parts.weekday === undefined || c.parts.month !== undefined || c.beside || c.direction)
      continue;
    if (c.shift || c.parts.weekday !== weekdayOf(latest.day) || dd.tense(c).tense !== "past") continue;
    // two shared names at least: one ("South") is as often chance as the same event
    const shared = [...namesOf(dd.doc, sentenceOf(c.start))].filter((n) => dateNames.has(n));
    if (shared.length < 2) continue;
    const text = dd.doc.text.slice(c.start, c.end);
    return {
      d: latest,
      cue: "weekday-date-pair-across",
      how: `"${text}" naming the same event (${shared.slice(0, 3).join(", ")}) with its weekday`,
      weight: WEIGHT["weekday-date-pair-across"],
    };
  }
  return null;
}

/**
 * The first weekday named alone (not beside a date) in a past or present context, in the lead, when it falls in the
 * six days after D and no explicit date in the week before names it: the article was written on that day.
 */
function laterWeekday(dd: DateDocument, days: Dated[], D: number): { day: number; text: string; why: string } | null {
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
  if (!bare || bare.parts.weekday === undefined) return null;
  // only a weekday of the lead tells the news day; deeper in, a weekday recalls what led up to it
  if ((dd.doc.tokens[dd.ctx.tokenAt(bare.start)]?.sentence ?? 0) >= LEAD_SENTENCES) return null;
  const w = bare.parts.weekday;
  const dated = days.some((d) => weekdayOf(d.day) === w && d.day <= D && d.day > D - 7);
  const ahead = (w - weekdayOf(D) + 7) % 7;
  if (dated || ahead === 0) return null;
  const t = dd.tense(bare);
  const text = dd.doc.text.slice(bare.start, bare.end);
  return {
    day: D + ahead,
    text,
    why: `"${text}" (${t.cue ? `"${t.cue}"` : "no tense cue"}) is the ${WEEKDAY_NAMES[w]} after it`,
  };
}
