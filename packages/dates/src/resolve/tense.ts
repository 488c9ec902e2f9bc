import type { ParsedDoc, Token } from "@newsgraph/core";

export type Tense = "past" | "future" | "present" | "unknown";
export interface TenseReading {
  tense: Tense;
  /** the word that decided it */
  cue: string | null;
}

const FUTURE_MODALS = new Set([
  "will",
  "'ll",
  "’ll",
  "shall",
  "wo",
  "would",
  "could",
  "might",
  "may",
  "must",
  "should",
]);
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
/** -eed words that are present tense (need, proceed), not past (agreed, freed). */
const EED_PRESENT = /(?:need|proceed|succeed|exceed|feed|heed|speed|bleed|breed|seed|weed|deed)$/;

function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PAST.has(w)) return true;
  if (!/[a-z]ed$/.test(w) || w.length < 4) return false;
  return !EED_PRESENT.test(w);
}

const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";
/** "may" the modal, not "May" the month: lowercase as written, or tagged as a verb. */
const isModal = (t: Token) => FUTURE_MODALS.has(t.text) || (isVerb(t) && FUTURE_MODALS.has(t.lower));
const isBoundary = (t: Token) => t.text === ";" || t.text === ":" || t.text === "“" || t.text === "”" || t.text === '"';

/** Reads one verb: its tense, looking left for auxiliaries and governors ("is expected to", "has met"). */
function verbTense(tokens: Token[], i: number, first: number): TenseReading | null {
  const t = tokens[i] as Token;
  const w = t.lower;
  if (isModal(t)) return { tense: "future", cue: t.text };
  const prev = i > first ? tokens[i - 1] : undefined;
  const prevWord = prev?.lower ?? "";
  // An infinitive takes the tense of what governs it: "plans to meet" (ahead), "agreed to provide".
  if (prevWord === "to" && prev) {
    for (let j = i - 2; j >= Math.max(first, i - 4); j--) {
      const g = (tokens[j] as Token).lower;
      if (FUTURE_GOVERNORS.has(g)) return { tense: "future", cue: `${(tokens[j] as Token).text} to` };
    }
    return null;
  }
  if (/ing$/.test(w)) {
    // "is meeting on Monday" (an arrangement: ahead), "was meeting" (back).
    for (let j = i - 1; j >= Math.max(first, i - 3); j--) {
      const a = (tokens[j] as Token).lower;
      if (a === "is" || a === "are" || a === "am" || a === "'s" || a === "’s" || a === "'re" || a === "’re")
        return { tense: "future", cue: `${(tokens[j] as Token).text} ${t.text}` };
      if (a === "was" || a === "were") return { tense: "past", cue: `${(tokens[j] as Token).text} ${t.text}` };
      if (isModal(tokens[j] as Token)) return { tense: "future", cue: (tokens[j] as Token).text };
    }
    return null;
  }
  if (/^(?:expected|scheduled|set|due|slated|poised)$/.test(w) && tokens[i + 1]?.lower === "to")
    return { tense: "future", cue: `${t.text} to` };
  if (isPastForm(w)) {
    // "will be held", "will have met": a modal before a participle rules; "is scheduled for", "are planned
    // for": an arrangement ahead.
    for (let j = i - 1; j >= Math.max(first, i - 3); j--) {
      const a = tokens[j] as Token;
      if (isModal(a)) return { tense: "future", cue: a.text };
      if (ARRANGED.has(w) && /^(?:is|are|am|'s|’s|'re|’re|been)$/i.test(a.text))
        return { tense: "future", cue: `${a.text} ${t.text}` };
    }
    return { tense: "past", cue: t.text };
  }
  if (/^(?:is|are|am|says|tells|has|have)$/.test(w) || (t.pos === "VERB" && /[^s]s$/.test(w)))
    return { tense: "present", cue: t.text };
  return null;
}

/**
 * The tense around a date mention: words just before it ("as early as", "since"), then the nearest verb to its
 * left within the sentence, then the nearest to its right. Present and unknown are read as the past by the
 * resolver (news reports what happened).
 */
export function tenseAt(
  doc: ParsedDoc,
  start: number,
  end: number,
  firstToken: number,
  lastToken: number,
): TenseReading {
  const text = doc.text;
  const lead = text.slice(Math.max(0, start - 24), start);
  const future = FUTURE_LEADS.exec(lead);
  if (future) return { tense: "future", cue: future[0].trim() };
  const past = PAST_LEADS.exec(lead);
  if (past) return { tense: "past", cue: past[0].trim() };
  if (/^\s*ago\b/i.test(text.slice(end, end + 5))) return { tense: "past", cue: "ago" };

  const tokens = doc.tokens;
  if (firstToken < 0) return { tense: "unknown", cue: null };
  const sentence = doc.sentences[tokens[firstToken]?.sentence ?? -1];
  const from = sentence ? sentence.firstToken : Math.max(0, firstToken - 20);
  const to = sentence ? sentence.endToken : Math.min(tokens.length, lastToken + 20);
  let fallback: TenseReading | null = null;
  for (let i = firstToken - 1, n = 0; i >= from && n < 25; i--, n++) {
    const t = tokens[i] as Token;
    if (isBoundary(t)) break;
    if (!isVerb(t) && !isModal(t)) continue;
    const r = verbTense(tokens, i, from);
    if (r && r.tense !== "present") return r;
    if (r && !fallback) fallback = r;
  }
  for (let i = lastToken + 1, n = 0; i < to && n < 25; i++, n++) {
    const t = tokens[i] as Token;
    if (isBoundary(t)) break;
    if (!isVerb(t) && !isModal(t)) continue;
    const r = verbTense(tokens, i, from);
    if (r && r.tense !== "present") return r;
    if (r && !fallback) fallback = r;
  }
  return fallback ?? { tense: "unknown", cue: null };
}
