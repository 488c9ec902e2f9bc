import type { ParsedDoc, Token } from "@newsgraph/core";

/**
 * past / future / present as the sentence states it; "ahead": a deadline or a planned event told in any tense
 * ("extended to Nov. 20", "payable Dec. 7", "agreed to buy it in February"): the date lies ahead of the telling, so
 * not necessarily before the reference date; unknown: no cue.
 */
export type Tense = "past" | "future" | "present" | "ahead" | "unknown";
export interface TenseReading {
  tense: Tense;
  /** the word that decided it */
  cue: string | null;
}

/** Modals that put an event ahead of the reference ("will", "may"). "would" and "could" are not among them: they are
 * as often past ("could not be located Wednesday") or reported ("said he would ...") as ahead. */
const FUTURE_MODALS = new Set(["will", "'ll", "’ll", "shall", "wo", "might", "may", "must", "should"]);
/** Modals that say nothing of the time by themselves; a date they govern is read as the nearest ("would arrive
 * Thursday", "could not be located Wednesday"). */
const OPEN_MODALS = new Set(["would", "could", "can", "'d", "’d", "ca"]);
/** Verbs whose infinitive complement lies ahead in time: "plans to meet", "is expected to visit". */
const FUTURE_GOVERNORS = new Set([
  "plan",
  "plans",
  "planned",
  "planning",
  "expected",
  "expects",
  "expect",
  "scheduled",
  "set",
  "due",
  "going",
  "intend",
  "intends",
  "intended",
  "aim",
  "aims",
  "aiming",
  "hope",
  "hopes",
  "hoping",
  "want",
  "wants",
  "prepares",
  "preparing",
  "slated",
  "poised",
  "likely",
  "about",
  "ready",
  "willing",
  "able",
]);
/** Words right before a date that point ahead or back whatever the verb ("as early as Wednesday", "since"). */
const FUTURE_LEADS = /(?:\bas\s+(?:early|soon)\s+as|\bupcoming|\bcoming|\bstarting|\bbeginning)\s+$/i;
const PAST_LEADS = /(?:\bsince|\blast|\bpast|\bprevious|\bearlier)\s+$/i;
/** Deadlines and terms: the date is ahead of the telling ("extended to Nov. 20", "payable Dec. 7", "of record Nov. 22"). */
const AHEAD_LEADS =
  /(?:\buntil|\btill|\bthrough|\bthru|\bpayable|\bdue|\bexpires?|\bexpiring|\beffective|\bof\s+record|\bdeadline(?:\s+of)?|\bextended\s+(?:\w+\s+){0,3}to|\bno\s+later\s+than|\bby)\s+$/i;

/** Participles that, after a present "is"/"are", arrange something ahead: "is scheduled for Monday". */
const ARRANGED = new Set([
  "scheduled",
  "planned",
  "set",
  "slated",
  "due",
  "expected",
  "poised",
  "penciled",
  "pencilled",
]);

const IRREGULAR_PAST = new Set(
  (
    "was were had did said told met made took gave went came saw held began sent left led brought bought thought " +
    "found kept felt knew spoke wrote ran won lost paid put set sat stood fought caught taught sought built spent " +
    "meant heard hit cut shut let read struck stole hid flew grew threw drew drove rode rose fell chose broke woke " +
    "wore tore bore swore froze spoke shook forbade forgave undertook withdrew overcame became understood got " +
    "sold told bid fled shed quit slid split spread sprang stuck stung swept swung dealt dug fed hung lit meant " +
    "slept sped upheld withheld"
  ).split(" "),
);
/** Participles that are not also simple past forms: after no auxiliary they are still past ("taken Monday"). */
const PARTICIPLES = new Set(
  "been done gone seen taken given known shown written spoken broken chosen driven eaten fallen forgotten hidden ridden risen stolen sworn thrown woken worn torn born begun run".split(
    " ",
  ),
);
/** -eed words that are present tense (need, proceed), not past (agreed, freed). */
const EED_PRESENT = /(?:need|proceed|succeed|exceed|feed|heed|speed|bleed|breed|seed|weed|deed)$/;

function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PAST.has(w) || PARTICIPLES.has(w)) return true;
  if (!/[a-z]ed$/.test(w) || w.length < 4) return false;
  return !EED_PRESENT.test(w);
}

const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";
/** "may" the modal, not "May" the month: lowercase as written, or tagged as a verb. */
const isModal = (t: Token) => FUTURE_MODALS.has(t.text) || (isVerb(t) && FUTURE_MODALS.has(t.lower));
const isOpenModal = (t: Token) => OPEN_MODALS.has(t.lower) && (t.pos === "AUX" || t.pos === "VERB");
/** "'s" is "is" only when tagged as a verb ("He's meeting"), not the possessive ("Syria's contingent arriving"). */
const isPresentBe = (t: Token) =>
  /^(?:is|are|am|'re|’re)$/.test(t.lower) || ((t.lower === "'s" || t.lower === "’s") && isVerb(t));
const isPastBe = (t: Token) => t.lower === "was" || t.lower === "were";
/** Quotation marks end a clause; TimeBank-style text writes them `` and ''. */
const isBoundary = (t: Token) =>
  t.text === ";" ||
  t.text === ":" ||
  t.text === "“" ||
  t.text === "”" ||
  t.text === '"' ||
  t.text === "`" ||
  t.text === "``" ||
  t.text === "''";

/** Reads one verb: its tense, looking left for auxiliaries and governors ("is expected to", "has met"). */
function verbTense(tokens: Token[], i: number, first: number): TenseReading | null {
  const t = tokens[i] as Token;
  const w = t.lower;
  // an auxiliary before its verb ("has been scheduled", "was signed"): the main verb decides
  const next = tokens[i + 1];
  if (/^(?:been|be|being|has|have|had|is|are|was|were|'s|’s)$/.test(w) && next && next.pos === "VERB") return null;
  if (isModal(t)) return { tense: "future", cue: t.text };
  if (isOpenModal(t)) return { tense: "ahead", cue: t.text };
  const prev = i > first ? tokens[i - 1] : undefined;
  // "to meet", "to be published", "to have met": an infinitive takes its time from what governs it: ahead
  // with "plans to", "is due to"; else ahead of the telling ("agreed to buy it in February").
  const toAt =
    prev?.lower === "to"
      ? i - 1
      : prev && /^(?:be|have)$/.test(prev.lower) && tokens[i - 2]?.lower === "to" && i - 2 >= first
        ? i - 2
        : -1;
  if (toAt >= 0) {
    for (let j = toAt - 1; j >= Math.max(first, toAt - 3); j--) {
      const g = tokens[j] as Token;
      if (FUTURE_GOVERNORS.has(g.lower)) return { tense: "future", cue: `${g.text} to` };
    }
    return { tense: "ahead", cue: `to ${t.text}` };
  }
  // A modal or auxiliary just before a verb decides ("will visit", "would meet", "did not say").
  for (let j = i - 1; j >= Math.max(first, i - 3); j--) {
    const a = tokens[j] as Token;
    if (isModal(a)) return { tense: "future", cue: a.text };
    if (isOpenModal(a)) return { tense: "ahead", cue: a.text };
    if (!/^(?:not|n't|n’t|be|been|have)$/.test(a.lower) && a.pos !== "ADV") break;
  }
  if (/ing$/.test(w) && !/^(?:being|having)$/.test(w)) {
    // "is meeting on Monday" (an arrangement: ahead), "was meeting" (back).
    for (let j = i - 1; j >= Math.max(first, i - 3); j--) {
      const a = tokens[j] as Token;
      if (isPresentBe(a)) return { tense: "future", cue: `${a.text} ${t.text}` };
      if (isPastBe(a)) return { tense: "past", cue: `${a.text} ${t.text}` };
    }
    return null;
  }
  if (/^(?:expected|scheduled|set|due|slated|poised)$/.test(w) && tokens[i + 1]?.lower === "to")
    return { tense: "future", cue: `${t.text} to` };
  if (isPastForm(w)) {
    // "is scheduled for", "are planned for": an arrangement ahead; "is heard in May": a present passive;
    // "has scheduled a news conference Thursday", "planned a demonstration on Saturday": planned ahead of the telling.
    for (let j = i - 1; j >= Math.max(first, i - 3); j--) {
      const a = tokens[j] as Token;
      if (isPresentBe(a) || a.lower === "being")
        return ARRANGED.has(w)
          ? { tense: "future", cue: `${a.text} ${t.text}` }
          : { tense: "present", cue: `${a.text} ${t.text}` };
      if (isPastBe(a) || /^(?:has|have|had|been)$/.test(a.lower)) break;
    }
    if (ARRANGED.has(w)) return { tense: "ahead", cue: t.text };
    return { tense: "past", cue: t.text };
  }
  // "have come down", "has become": a perfect is a past event even where the participle looks like a present
  for (let j = i - 1; j >= Math.max(first, i - 2); j--) {
    const a = tokens[j] as Token;
    if (/^(?:has|have|had|'ve|’ve)$/.test(a.lower) && isVerb(a) && t.pos === "VERB")
      return { tense: "past", cue: `${a.text} ${t.text}` };
    if (a.pos !== "ADV" && a.pos !== "PART") break;
  }
  if (/^(?:is|are|am|says|tells|has|have)$/.test(w) || (t.pos === "VERB" && /[^s]s$/.test(w)))
    return { tense: "present", cue: t.text };
  return null;
}

/** How far a token is from the date, in tokens; a comma between counts as five (it usually ends a clause). */
function distance(tokens: Token[], from: number, to: number): number {
  const [a, b] = from < to ? [from, to] : [to, from];
  let d = b - a;
  for (let k = a + 1; k < b; k++) if ((tokens[k] as Token).text === ",") d += 5;
  return d;
}

/**
 * The tense around a date mention: words just before it ("as early as", "since", "until"), then the nearest verb
 * on either side within the sentence (a comma between counts as distance), stopping at quotation marks. Present
 * and unknown are read as the past by the resolver for weekdays (news reports what happened), as the nearest
 * occurrence for months and days.
 */
export function tenseAt(
  doc: ParsedDoc,
  start: number,
  end: number,
  firstToken: number,
  lastToken: number,
): TenseReading {
  const text = doc.text;
  const lead = text.slice(Math.max(0, start - 32), start);
  const future = FUTURE_LEADS.exec(lead);
  if (future) return { tense: "future", cue: future[0].trim() };
  const past = PAST_LEADS.exec(lead);
  if (past) return { tense: "past", cue: past[0].trim() };
  if (/^\s*ago\b/i.test(text.slice(end, end + 5))) return { tense: "past", cue: "ago" };
  const ahead = AHEAD_LEADS.exec(lead);
  if (ahead) return { tense: "ahead", cue: ahead[0].trim() };

  const tokens = doc.tokens;
  if (firstToken < 0) return { tense: "unknown", cue: null };
  const sentence = doc.sentences[tokens[firstToken]?.sentence ?? -1];
  const from = sentence ? sentence.firstToken : Math.max(0, firstToken - 20);
  const to = sentence ? sentence.endToken : Math.min(tokens.length, lastToken + 20);
  // Verbs on each side, nearest first, up to 25 tokens and a quotation mark.
  const found: { i: number; d: number }[] = [];
  for (let i = firstToken - 1, n = 0; i >= from && n < 25; i--, n++) {
    const t = tokens[i] as Token;
    if (isBoundary(t)) break;
    if (isVerb(t) || isModal(t)) found.push({ i, d: distance(tokens, i, firstToken) });
  }
  for (let i = lastToken + 1, n = 0; i < to && n < 25; i++, n++) {
    const t = tokens[i] as Token;
    if (isBoundary(t)) break;
    if (isVerb(t) || isModal(t)) found.push({ i, d: distance(tokens, lastToken, i) + 0.5 });
  }
  found.sort((a, b) => a.d - b.d);
  let fallback: TenseReading | null = null;
  for (const { i } of found) {
    const r = verbTense(tokens, i, from);
    if (r && r.tense !== "present") return r;
    if (r && !fallback) fallback = r;
  }
  return fallback ?? { tense: "unknown", cue: null };
}
