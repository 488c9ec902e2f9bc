import type { Token } from "@newsgraph/core";
import { VERB_FILLERS, VERB_PARTICLES } from "./data/lexicon.js";
import type { DocIndex } from "./doc-index.js";
import { QUOTE_MARKS } from "./marks.js";
import { type Candidate, candidateStartingAt, clauseSubject, subjectBefore } from "./speakers.js";

/** A speech cue and the words that may name its speaker. */
export interface Attribution {
  /** token range of the cue ("said", "told reporters", "according to") */
  cueFirst: number;
  cueEnd: number;
  candidate: Candidate | null;
  /** where the cue stands: right after the quote, right before it (", said X:"), or further in the sentence */
  place: "after" | "before" | "sentence";
}

const TERMINALS = new Set([".", "!", "?", ";"]);
const MAX_REGION = 60;

/** Whether token i is a speech verb used as one (computed once per document by DocIndex). */
export function isSpeechVerb(ix: DocIndex, i: number): boolean {
  return ix.isSpeechVerb(i);
}

/** Token range of the cue that starts with the speech verb at i ("told reporters", "pointed out"). */
export function cueEndAt(ix: DocIndex, i: number): number {
  const low = ix.lower(i);
  if (VERB_PARTICLES.has(low)) return i + 2;
  if ((low === "told" || low === "tells" || low === "tell") && ix.lower(i + 1) === "reporters") return i + 2;
  if (
    /^(wrote|writes|posted|posts|said|says)$/.test(low) &&
    ix.lower(i + 1) === "on" &&
    ix.token(i + 2)?.pos === "PROPN"
  )
    return i + 3;
  return i + 1;
}

/** Start of the clause before token i: after a terminal, a quote mark, or at a line start. */
export function regionStart(ix: DocIndex, i: number): number {
  let k = i - 1;
  for (let steps = 0; k >= 0 && steps < MAX_REGION; steps++, k--) {
    const t = ix.token(k) as Token;
    if (TERMINALS.has(t.text) || QUOTE_MARKS.has(t.text)) return k + 1;
    if (t.lineStart) return k;
  }
  return k + 1;
}

/** End (exclusive) of the clause from token i on: before a terminal, a quote mark or a new line. */
export function regionEnd(ix: DocIndex, i: number): number {
  let k = i;
  for (let steps = 0; k < ix.tokens.length && steps < MAX_REGION; steps++, k++) {
    const t = ix.token(k) as Token;
    if (k > i && t.lineStart) return k;
    if (TERMINALS.has(t.text) || QUOTE_MARKS.has(t.text)) return k;
  }
  return k;
}

function skipFillers(ix: DocIndex, k: number, hi: number): number {
  while (k < hi && (VERB_FILLERS.has(ix.lower(k)) || ix.token(k)?.pos === "ADV" || ix.token(k)?.pos === "AUX")) k++;
  return k;
}

/** `"...," X said` / `"...," said X`: attribution right after the closing mark (first token `after`). */
export function attributionAfter(ix: DocIndex, after: number): Attribution | null {
  if (ix.token(after)?.lineStart) return null;
  const hi = regionEnd(ix, after);
  let j = after;
  if (ix.lower(j) === ",") j++;
  if (j >= hi) return null;
  if (isSpeechVerb(ix, j)) {
    const cueEnd = cueEndAt(ix, j);
    return { cueFirst: j, cueEnd, candidate: candidateStartingAt(ix, cueEnd, hi), place: "after" };
  }
  const candidate = candidateStartingAt(ix, j, hi);
  if (candidate) {
    const k = skipFillers(ix, candidate.end, hi);
    const t = ix.token(k);
    // any verb right after the speaker reports the quote ("Kim considered"), speech verb or not
    if (t && k < hi && (isSpeechVerb(ix, k) || (t.pos === "VERB" && /ed$|s$/.test(t.text))))
      return { cueFirst: k, cueEnd: cueEndAt(ix, k), candidate, place: "after" };
  }
  return null;
}

/** Speech verbs of a token range, in order. */
function speechVerbsIn(ix: DocIndex, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let k = lo; k < hi; k++) if (isSpeechVerb(ix, k)) out.push(k);
  return out;
}

/** The subject of a cue: read leftwards, or for a participle ("..., saying") the clause's subject. */
function subjectOf(ix: DocIndex, verb: number, lo: number): Candidate | null {
  const low = ix.lower(verb);
  if (low.endsWith("ing") && (verb === lo || ix.lower(verb - 1) === ",")) return clauseSubject(ix, lo, verb);
  return subjectBefore(ix, verb, lo) ?? (low.endsWith("ing") ? clauseSubject(ix, lo, verb) : null);
}

/** A cue in the clause before the quote (tokens lo..open): the speech verb closest to the quote. */
export function attributionBefore(ix: DocIndex, open: number): Attribution | null {
  const lo = regionStart(ix, open);
  const verbs = speechVerbsIn(ix, lo, open);
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v] as number;
    const candidate = subjectOf(ix, verb, lo);
    if (!candidate) continue;
    const near = ix.lower(open - 1) === "," || ix.lower(open - 1) === ":";
    return { cueFirst: verb, cueEnd: cueEndAt(ix, verb), candidate, place: near ? "before" : "sentence" };
  }
  return accordingTo(ix, lo, open);
}

/** "according to X" between tokens lo and hi, X a name, pronoun, role or source (not any noun phrase). */
function accordingTo(ix: DocIndex, lo: number, hi: number): Attribution | null {
  for (let k = lo; k + 1 < hi; k++) {
    if (ix.lower(k) === "according" && ix.lower(k + 1) === "to") {
      const candidate = candidateStartingAt(ix, k + 2, hi);
      if (candidate && candidate.kind !== "np") return { cueFirst: k, cueEnd: k + 2, candidate, place: "sentence" };
    }
  }
  return null;
}

/** A cue later in the quote's sentence (", the source said, speaking anonymously", "according to X"). */
export function attributionLater(ix: DocIndex, after: number): Attribution | null {
  const hi = regionEnd(ix, after);
  for (const verb of speechVerbsIn(ix, after, hi)) {
    const candidate = subjectBefore(ix, verb, after);
    if (candidate) return { cueFirst: verb, cueEnd: cueEndAt(ix, verb), candidate, place: "sentence" };
  }
  return accordingTo(ix, after, hi);
}
