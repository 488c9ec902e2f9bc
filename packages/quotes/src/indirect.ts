import type { ParsedDoc, Quote, Token } from "@newsgraph/core";
import { cueEndAt, isSpeechVerb } from "./attribution.js";
import { INDIRECT_VERBS } from "./data/lexicon.js";
import type { DocIndex } from "./doc-index.js";
import type { MarkedSpan } from "./marks.js";
import { QUOTE_MARKS } from "./marks.js";
import { type Candidate, clauseSubject, resolveCandidate, type SpeakerMemory, subjectBefore } from "./speakers.js";

/**
 * Indirect speech: "<speaker> said (that) <clause>", "<speaker> told <audience> that <clause>", and the
 * reporting clause after or inside the content ("<clause>, X said." / "For many, X said, <clause>").
 * Kept only where a speaker is found (a name, a role, a resolved pronoun or an anonymous source) and the
 * clause is not mostly a marked quote: precision over recall.
 */

const SAY = new Set(["said", "says", "say"]);
const REPORTING_AFTER = new Set(["said", "says", "added", "noted", "wrote", "reported", "stated", "warned"]);
const CLAUSE_OPENERS = new Set(["PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ"]);
const CUT_WORDS = new Set(["adding", "saying", "noting", "pointing", "according", "but", "while", "although"]);
const MAX_TO_THAT = 14;

function isBreak(t: Token | undefined): boolean {
  return t === undefined || t.text === "," || t.text === ";" || t.text === "." || QUOTE_MARKS.has(t.text);
}

/** Does a clause start at token c (a subject then a verb within a few words, no comma between)? */
function clauseStartsAt(ix: DocIndex, c: number, end: number): boolean {
  const t = ix.token(c);
  if (!t || c >= end || t.lower === "that") return false;
  // a gerund opens a clause only with its noun ("said handling fees would stay")
  const gerund = t.pos === "VERB" && /ing$/.test(t.text) && ix.token(c + 1)?.pos === "NOUN";
  if (!CLAUSE_OPENERS.has(t.pos) && !gerund) return false;
  for (let k = c + 1; k < end && k < c + 10; k++) {
    const u = ix.token(k) as Token;
    if (isBreak(u)) return false;
    if (u.pos === "VERB" || u.pos === "AUX") return true;
  }
  return false;
}

/** End of the reported clause: the sentence end, or a comma before "adding", "according to", "but". */
function clauseEnd(ix: DocIndex, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const t = ix.token(k) as Token;
    if (t.text === "," && CUT_WORDS.has(ix.lower(k + 1))) return k;
    if (t.text === ";") return k;
  }
  let e = end;
  while (e > from && /^[.!?;,:]$/.test((ix.token(e - 1) as Token).text)) e--;
  return e;
}

/**
 * The subject of a participle cue ("..., adding that"): the subject of an earlier speech verb of the
 * sentence, else the subject of the clause after the last closing quote mark.
 */
function participleSubject(ix: DocIndex, lo: number, k: number): Candidate | null {
  let from = lo;
  for (let j = k - 1; j >= lo; j--)
    if (QUOTE_MARKS.has(ix.token(j)?.text ?? "")) {
      from = j + 1;
      break;
    }
  if (ix.lower(from) === ",") from++;
  for (let j = k - 1; j >= from; j--) {
    if (!isSpeechVerb(ix, j) || ix.lower(j).endsWith("ing")) continue;
    const c = subjectBefore(ix, j, from);
    if (c) return c;
  }
  return clauseSubject(ix, from, k);
}

export function findIndirect(ix: DocIndex, doc: ParsedDoc, spans: MarkedSpan[], memory: SpeakerMemory): Quote[] {
  const text = doc.text;
  // characters inside marked quotes, as a prefix count for "how much of this clause is quoted"
  const quotedBefore = new Int32Array(text.length + 1);
  {
    let si = 0;
    for (let i = 0; i < text.length; i++) {
      while (si < spans.length && (spans[si] as MarkedSpan).close < i) si++;
      const s = spans[si];
      quotedBefore[i + 1] = (quotedBefore[i] ?? 0) + (s && s.open <= i && i <= s.close ? 1 : 0);
    }
  }
  const quoted = (a: number, b: number) => (quotedBefore[b] ?? 0) - (quotedBefore[a] ?? 0);
  const out: Quote[] = [];

  const emit = (index: number, verb: number, candidate: Candidate | null, from: number, to: number) => {
    if (!candidate || to - from < 3) return;
    const resolved = resolveCandidate(ix, candidate, memory, index);
    if (!resolved) return;
    const start = (ix.token(from) as Token).start;
    const end = (ix.token(to - 1) as Token).end;
    if (quoted(start, end) * 2 > end - start) return;
    if (quoted((ix.token(verb) as Token).start, (ix.token(verb) as Token).end) > 0) return;
    const cueTo = cueEndAt(ix, verb);
    const cueSpan = {
      start: (ix.token(verb) as Token).start,
      end: (ix.token(cueTo - 1) as Token).end,
      text: "",
    };
    cueSpan.text = text.slice(cueSpan.start, cueSpan.end);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      sentence: index,
      kind: "indirect",
      speaker: resolved.speaker,
      cue: cueSpan.text,
      cueSpan,
    });
  };

  doc.sentences.forEach((sentence, index) => {
    const lo = sentence.firstToken;
    const hi = sentence.endToken;
    for (let k = lo; k < hi; k++) {
      const low = ix.lower(k);
      if (!isSpeechVerb(ix, k)) continue;
      const participle = low.endsWith("ing");
      // "<clause>, X said." and "For many, X said, <clause>"
      if (REPORTING_AFTER.has(low) && (isBreak(ix.token(k + 1)) || k + 1 >= hi)) {
        const next = ix.token(k + 1);
        if (next && QUOTE_MARKS.has(next.text)) continue;
        let comma = k - 1;
        while (comma >= lo && ix.lower(comma) !== "," && k - comma < 8) comma--;
        if (comma < lo || ix.lower(comma) !== ",") continue;
        const candidate = subjectBefore(ix, k, comma + 1);
        if (!candidate || candidate.first !== comma + 1) continue;
        if (next?.text === ",") {
          let firstComma = lo;
          while (firstComma < comma && ix.lower(firstComma) !== ",") firstComma++;
          let hasVerb = false;
          for (let j = lo; j < firstComma; j++)
            if (ix.token(j)?.pos === "VERB" || ix.token(j)?.pos === "AUX") hasVerb = true;
          if (hasVerb || firstComma < comma) emit(index, k, candidate, lo, firstComma);
          else emit(index, k, candidate, k + 2, clauseEnd(ix, k + 2, hi));
        } else emit(index, k, candidate, lo, comma);
        continue;
      }
      if (!INDIRECT_VERBS.has(low) && !participle) continue;
      // "... that <clause>"
      let from = -1;
      for (let j = cueEndAt(ix, k); j < hi && j < k + MAX_TO_THAT; j++) {
        const t = ix.token(j) as Token;
        // wink tags "that" SCONJ, ADP, PRON or DET; as DET it must open a clause ("that repairs were ...")
        if (t.lower === "that" && (t.pos !== "DET" || clauseStartsAt(ix, j + 1, hi))) {
          from = j + 1;
          break;
        }
        if (isBreak(t) || (j > k + 1 && isSpeechVerb(ix, j))) break;
      }
      if (from < 0 && SAY.has(low) && clauseStartsAt(ix, k + 1, hi)) from = k + 1;
      if (from < 0) continue;
      const candidate =
        participle && (k === lo || ix.lower(k - 1) === ",") ? participleSubject(ix, lo, k) : subjectBefore(ix, k, lo);
      emit(index, k, candidate, from, clauseEnd(ix, from, hi));
    }
  });
  return out;
}
