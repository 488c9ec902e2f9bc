import type { Entity, Speaker, Token } from "@newsgraph/core";
import {
  ANONYMOUS_NOUNS,
  DETERMINERS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  VERB_FILLERS,
} from "./data/lexicon.js";
import { type DocIndex, type PlacedMention, SPEAKING_TYPES } from "./doc-index.js";
import { QUOTE_MARKS } from "./marks.js";

/** Words next to a speech verb that may name its speaker; token ranges [first, end). */
export type Candidate =
  | { kind: "mention"; placed: PlacedMention; first: number; end: number }
  | { kind: "pronoun"; first: number; end: number }
  | { kind: "np"; head: string; first: number; end: number }
  | { kind: "name"; first: number; end: number };

/** What pronoun resolution remembers: the last attributed speaker and where it was named. */
export interface SpeakerMemory {
  last: { speaker: Speaker; entity: Entity | undefined; sentence: number } | null;
}

const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const MAX_WALK = 40;

function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

function isProperWord(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "PROPN" && isCapitalized(t);
}

/** The first token of the noun phrase that ends at token j (determiners, adjectives, nouns, names, 's). */
function nounPhraseStart(ix: DocIndex, j: number, lo: number): number {
  let k = j;
  while (k - 1 >= lo) {
    const t = ix.token(k - 1) as Token;
    const low = t.lower;
    if (low === "'s" || low === "’s" || low === "-") {
      k--;
      continue;
    }
    if (!NP_POS.has(t.pos) && !DETERMINERS.has(low)) break;
    if (PREPOSITIONS.has(low)) break;
    k--;
    if (DETERMINERS.has(low)) break;
  }
  return k;
}

/** A candidate whose last token is j, read leftwards; null when token j cannot end one. */
export function candidateEndingAt(ix: DocIndex, j: number, lo: number): Candidate | null {
  const t = ix.token(j);
  if (!t) return null;
  const low = t.lower;
  const placed = ix.mentionAt(j);
  if (placed && placed.mention.via !== "role") {
    if (!SPEAKING_TYPES.has(placed.entity.type)) return null;
    return { kind: "mention", placed, first: Math.max(lo, placed.firstToken), end: j + 1 };
  }
  if (PERSON_PRONOUNS.has(low)) return { kind: "pronoun", first: j, end: j + 1 };
  if ((t.pos === "NOUN" || placed) && (ROLE_NOUNS.has(low) || ANONYMOUS_NOUNS.has(low))) {
    if (placed) return { kind: "mention", placed, first: Math.max(lo, placed.firstToken), end: j + 1 };
    return { kind: "np", head: low, first: nounPhraseStart(ix, j, lo), end: j + 1 };
  }
  if (isProperWord(t) && !ix.isTemporal(j)) {
    let k = j;
    while (k - 1 >= lo && (isProperWord(ix.token(k - 1)) || ix.token(k - 1)?.text === "-") && !ix.mentionAt(k - 1)) k--;
    return { kind: "name", first: k, end: j + 1 };
  }
  return null;
}

/** A candidate whose first token is j, read rightwards (an inverted "said the spokesperson"). */
export function candidateStartingAt(ix: DocIndex, j: number, hi: number): Candidate | null {
  const t = ix.token(j);
  if (!t || j >= hi) return null;
  const low = t.lower;
  const placed = ix.mentionAt(j);
  if (placed && placed.mention.via !== "role" && placed.firstToken === j) {
    if (!SPEAKING_TYPES.has(placed.entity.type)) return null;
    return { kind: "mention", placed, first: j, end: Math.min(hi, placed.endToken) };
  }
  if (PERSON_PRONOUNS.has(low)) return { kind: "pronoun", first: j, end: j + 1 };
  // a noun phrase: find its head (the last NP word) and judge it by that
  let k = j;
  while (k < hi) {
    const u = ix.token(k) as Token;
    const l = u.lower;
    if (k > j && (DETERMINERS.has(l) || PREPOSITIONS.has(l))) break;
    if (!NP_POS.has(u.pos) && !DETERMINERS.has(l) && l !== "-") break;
    if (ix.isTemporal(k) && k > j) break;
    k++;
  }
  if (k === j) return null;
  const head = ix.lower(k - 1);
  const headMention = ix.mentionAt(k - 1);
  if (headMention && headMention.mention.via !== "role") {
    if (!SPEAKING_TYPES.has(headMention.entity.type)) return null;
    return { kind: "mention", placed: headMention, first: headMention.firstToken, end: k };
  }
  if (ROLE_NOUNS.has(head) || ANONYMOUS_NOUNS.has(head)) {
    if (headMention) return { kind: "mention", placed: headMention, first: j, end: k };
    return { kind: "np", head, first: j, end: k };
  }
  if (isProperWord(ix.token(k - 1)) && !ix.isTemporal(k - 1)) {
    let first = k - 1;
    while (first - 1 >= j && (isProperWord(ix.token(first - 1)) || ix.token(first - 1)?.text === "-")) first--;
    return { kind: "name", first, end: k };
  }
  return null;
}

/** Is the candidate inside a prepositional phrase ("the spokesman for the ministry")? */
function behindPreposition(ix: DocIndex, c: Candidate, lo: number): number {
  let k = c.first - 1;
  while (k >= lo && DETERMINERS.has(ix.lower(k))) k--;
  return k >= lo && PREPOSITIONS.has(ix.lower(k)) && ix.token(k)?.pos === "ADP" ? k : -1;
}

/** The index of the matching opening token for a closing ")" or "," interruption, or -1. */
function skipInterruption(ix: DocIndex, j: number, lo: number): number {
  const t = ix.lower(j);
  if (t === ")" || t === "]") {
    const open = t === ")" ? "(" : "[";
    for (let k = j - 1; k >= lo && j - k < MAX_WALK; k--) if (ix.lower(k) === open) return k - 1;
    return -1;
  }
  if (t === ",") {
    // "X, <apposition or aside>, said": jump to the comma before the aside
    for (let k = j - 1; k >= lo && j - k < MAX_WALK; k--) {
      const l = ix.lower(k);
      if (l === "." || l === ";" || l === "!" || l === "?" || QUOTE_MARKS.has(l)) return -1;
      if (l === ",") {
        let before = k - 1;
        // "X, who, in an interview, said"
        if (RELATIVE_PRONOUNS.has(ix.lower(before))) {
          before--;
          if (ix.lower(before) === ",") before--;
        }
        return before;
      }
    }
    return -1;
  }
  return -1;
}

/**
 * The subject of the speech verb at token `verb`: walks left over auxiliaries, adverbs, dates, asides
 * between commas or parentheses and prepositional phrases, and returns the first noun phrase that can speak.
 */
export function subjectBefore(ix: DocIndex, verb: number, lo: number): Candidate | null {
  let j = verb - 1;
  let steps = 0;
  while (j >= lo && steps++ < MAX_WALK) {
    const t = ix.token(j) as Token;
    const low = t.lower;
    if (VERB_FILLERS.has(low) || t.pos === "ADV" || t.pos === "AUX" || ix.isTemporal(j)) {
      j--;
      continue;
    }
    if (low === "," || low === ")" || low === "]") {
      const k = skipInterruption(ix, j, lo);
      if (k < lo) return null;
      j = k;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(low)) {
      j--;
      if (ix.lower(j) === ",") j--;
      continue;
    }
    const c = candidateEndingAt(ix, j, lo);
    if (c) {
      const prep = behindPreposition(ix, c, lo);
      if (prep < 0) return c;
      j = prep - 1;
      continue;
    }
    // a prepositional phrase between subject and verb ("Zelenskiy in a tweet said"): skip to its preposition
    let k = j;
    while (k >= lo && j - k < 8 && (NP_POS.has(ix.token(k)?.pos ?? "") || DETERMINERS.has(ix.lower(k)))) k--;
    if (k >= lo && k < j + 1 && ix.token(k)?.pos === "ADP" && PREPOSITIONS.has(ix.lower(k))) {
      j = k - 1;
      continue;
    }
    return null;
  }
  return null;
}

/** The first speaker candidate of a clause read from its start (the subject of the main verb). */
export function clauseSubject(ix: DocIndex, lo: number, hi: number): Candidate | null {
  let j = lo;
  // skip an opening phrase up to its comma ("In a visit to Seoul, X urged ...")
  const first = ix.token(j);
  if (first && (first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "VERB" || ix.isTemporal(j))) {
    let k = j;
    while (k < hi && ix.lower(k) !== ",") k++;
    if (k < hi) j = k + 1;
  }
  while (j < hi && (DETERMINERS.has(ix.lower(j)) || ix.token(j)?.pos === "ADJ")) j++;
  let k = j;
  while (k < hi && NP_POS.has(ix.token(k)?.pos ?? "") && !ix.isTemporal(k)) k++;
  if (k === j) return PERSON_PRONOUNS.has(ix.lower(j)) ? { kind: "pronoun", first: j, end: j + 1 } : null;
  return candidateEndingAt(ix, k - 1, lo);
}

const ROLE_SYNONYMS: Record<string, string[]> = {
  spokesperson: ["spokesperson", "spokesman", "spokeswoman"],
  spokesman: ["spokesperson", "spokesman"],
  spokeswoman: ["spokesperson", "spokeswoman"],
  adviser: ["adviser", "advisor"],
  advisor: ["adviser", "advisor"],
};

function span(ix: DocIndex, first: number, end: number): { start: number; end: number; text: string } {
  const s = (ix.token(first) as Token).start;
  const e = (ix.token(end - 1) as Token).end;
  return { start: s, end: e, text: ix.text.slice(s, e) };
}

/** The entity whose role mention covers the noun phrase, or the one (nearest before) holding that title. */
function entityForRole(ix: DocIndex, head: string, first: number, end: number): Entity | undefined {
  for (let t = first; t < end; t++) {
    const m = ix.mentionAt(t);
    if (m && m.mention.via === "role") return m.entity;
  }
  const titles = ROLE_SYNONYMS[head] ?? [head];
  const at = (ix.token(first) as Token).start;
  // a person introduced with the title beside the name: "spokesman Jeon Ha Gyu", "Marinescu, a spokeswoman"
  for (let m = ix.personMentions.length - 1; m >= 0; m--) {
    const p = ix.personMentions[m] as PlacedMention;
    if (p.mention.start >= at) continue;
    for (let t = Math.max(0, p.firstToken - 4); t < p.firstToken; t++)
      if (titles.includes(ix.lower(t))) return p.entity;
    if (ix.lower(p.endToken) === ",")
      for (let t = p.endToken + 1; t < p.endToken + 5; t++) if (titles.includes(ix.lower(t))) return p.entity;
  }
  let best: { entity: Entity; at: number } | undefined;
  for (const e of ix.entities) {
    if (e.type !== "PERSON") continue;
    const holds = e.roles.some((r) =>
      r.title
        .toLowerCase()
        .split(/[\s-]+/)
        .some((w) => titles.includes(w)),
    );
    if (!holds) continue;
    let lastAt = -1;
    for (const m of e.mentions) if (m.start < at && m.start > lastAt) lastAt = m.start;
    if (!best || lastAt > best.at) best = { entity: e, at: lastAt };
  }
  return best?.entity;
}

function fromEntity(entity: Entity, via: Speaker["via"], mention: Speaker["mention"]): Speaker {
  return { id: entity.id, name: entity.name, via, mention };
}

/** Turns a candidate into a speaker: an entity (by name, role or pronoun), an anonymous source, or null. */
export function resolveCandidate(
  ix: DocIndex,
  c: Candidate,
  memory: SpeakerMemory,
  sentence: number,
): { speaker: Speaker; entity: Entity | undefined } | null {
  const words = span(ix, c.first, c.end);
  switch (c.kind) {
    case "mention": {
      const via = c.placed.mention.via === "role" ? "role" : "name";
      return { speaker: fromEntity(c.placed.entity, via, words), entity: c.placed.entity };
    }
    case "pronoun": {
      const last = memory.last;
      // quotes that follow each other (the last one ended in this or the previous sentence): its speaker
      if (last?.entity?.type === "PERSON" && sentence - last.sentence <= 1)
        return { speaker: fromEntity(last.entity, "pronoun", words), entity: last.entity };
      const p = ix.lastPersonBefore(words.start);
      if (!p) return null;
      return { speaker: fromEntity(p.entity, "pronoun", words), entity: p.entity };
    }
    case "np": {
      const holder = ROLE_NOUNS.has(c.head) ? entityForRole(ix, c.head, c.first, c.end) : undefined;
      if (holder) return { speaker: fromEntity(holder, "role", words), entity: holder };
      if (!ANONYMOUS_NOUNS.has(c.head) && !ROLE_NOUNS.has(c.head)) return null;
      return { speaker: { id: null, name: words.text, via: "anonymous", mention: words }, entity: undefined };
    }
    case "name": {
      const entity = ix.entityNamed(words.text);
      if (entity && SPEAKING_TYPES.has(entity.type)) return { speaker: fromEntity(entity, "name", words), entity };
      return { speaker: { id: null, name: words.text, via: "name", mention: words }, entity: undefined };
    }
  }
}
