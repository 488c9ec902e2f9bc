import type { ExtractorContext, ParsedDoc, Quote, Span, Speaker, Token } from "@newsgraph/core";
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionLater,
  isSpeechVerb,
  regionStart,
} from "./attribution.js";
import { NAMING_WORDS } from "./data/lexicon.js";
import { DocIndex } from "./doc-index.js";
import { findIndirect } from "./indirect.js";
import { classify } from "./kind.js";
import { findMarkedSpans, type MarkedSpan } from "./marks.js";
import { resolveCandidate, type SpeakerMemory, subjectBefore } from "./speakers.js";
import type { QuoteInput } from "./types.js";

/** Marked spans that form one quote: one span, or the parts of a quote broken by its attribution. */
interface Group {
  parts: MarkedSpan[];
  attribution: Attribution | null;
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** First token at or after `offset`. */
function tokenFrom(ix: DocIndex, offset: number): number {
  let i = ix.tokenAt(offset);
  while (i < ix.tokens.length && (ix.token(i) as Token).start < offset) i++;
  return i;
}

/**
 * Is the gap between two marked spans nothing but the first one's attribution (`," he said, "`)? Then the
 * two are parts of one quote.
 */
function gapIsAttribution(ix: DocIndex, a: Attribution, nextOpen: number): boolean {
  let k = Math.max(a.cueEnd, a.candidate?.end ?? 0);
  while (k < nextOpen) {
    const t = ix.token(k) as Token;
    if (t.text !== "," && t.text !== "." && t.text !== ":" && !ix.isTemporal(k)) return false;
    k++;
  }
  return true;
}

/** Speaker of the previous sentence's speech verb ("X mentioned ... . Describing it as '...'"). */
function previousSentenceAttribution(ix: DocIndex, open: number): Attribution | null {
  const lo = regionStart(ix, open);
  if (lo <= 0) return null;
  const prevLo = regionStart(ix, lo - 1);
  for (let k = lo - 1; k >= prevLo; k--) {
    if (!isSpeechVerb(ix, k)) continue;
    const candidate = subjectBefore(ix, k, prevLo);
    if (candidate) return { cueFirst: k, cueEnd: k + 1, candidate, place: "sentence" };
  }
  return null;
}

export function extractQuotes(doc: ParsedDoc, context: ExtractorContext, input: QuoteInput): Quote[] {
  const text = doc.text;
  if (text.length === 0 || doc.tokens.length === 0) return [];
  const { spans, problems } = findMarkedSpans(text);
  for (const p of problems) context.warn(p);
  const ix = new DocIndex(doc, input.entities);
  const memory: SpeakerMemory = { last: null };
  const quotes: Quote[] = [];

  for (let i = 0; i < spans.length; i++) {
    const first = spans[i] as MarkedSpan;
    const group: Group = { parts: [first], attribution: null };
    const openTok = tokenFrom(ix, first.open);
    const after = tokenFrom(ix, first.close + 1);
    let attribution = attributionAfter(ix, after);
    let adjacent = attribution !== null;
    // split quotes: "We hope," X said, "that ..." (in the same paragraph); one attribution joins two parts
    if (attribution && i + 1 < spans.length) {
      const next = spans[i + 1] as MarkedSpan;
      const last = group.parts[group.parts.length - 1] as MarkedSpan;
      const joins =
        !text.slice(last.close, next.open).includes("\n") &&
        gapIsAttribution(ix, attribution, tokenFrom(ix, next.open)) &&
        // a next quote with its own attribution ("“A,” X said. “B,” Y said.") is a quote of its own
        (text
          .slice(last.close + 1, next.open)
          .trimEnd()
          .endsWith(",") ||
          !attributionAfter(ix, tokenFrom(ix, next.close + 1)));
      if (joins) {
        group.parts.push(next);
        i++;
      }
    }
    if (!attribution) {
      const before = attributionBefore(ix, openTok);
      if (before?.place === "before") adjacent = true;
      attribution = before ?? attributionLater(ix, after);
    }
    group.attribution = attribution;
    const cueInSentence = attribution !== null;

    const last = group.parts[group.parts.length - 1] as MarkedSpan;
    const sentence = Math.max(0, doc.sentenceAt(first.open));
    const endSentence = Math.max(0, doc.sentenceAt(last.close));
    let resolved = attribution?.candidate ? resolveCandidate(ix, attribution.candidate, memory, sentence) : null;
    let carried = false;
    if (!resolved) {
      // no cue in its sentence: a quote that follows another goes on in the last speaker's voice
      if (memory.last && sentence - memory.last.sentence <= 1) {
        resolved = { speaker: memory.last.speaker, entity: memory.last.entity };
        carried = true;
      } else {
        const prev = previousSentenceAttribution(ix, openTok);
        if (prev?.candidate) {
          resolved = resolveCandidate(ix, prev.candidate, memory, sentence);
          attribution = prev;
          carried = true;
        }
      }
    }
    const named = NAMING_WORDS.has(ix.lower(openTok - 1)) || NAMING_WORDS.has(ix.lower(openTok - 2));
    const body = text.slice(first.start, last.end);
    const kind = classify({
      text: group.parts.length > 1 ? text.slice(first.start, first.end) : body,
      adjacentCue: adjacent,
      hasSpeaker: resolved !== null,
      cueInSentence: cueInSentence && resolved !== null && !carried,
      named,
    });
    const speaks = kind === "direct" || kind === "partial";
    let speaker: Speaker | null = null;
    let cue: string | null = null;
    let cueSpan: Span | undefined;
    if (speaks && resolved) {
      speaker = carried ? { ...resolved.speaker } : resolved.speaker;
      memory.last = { speaker: resolved.speaker, entity: resolved.entity, sentence: endSentence };
    }
    if (speaks && attribution) {
      const a = ix.token(attribution.cueFirst) as Token;
      const b = ix.token(attribution.cueEnd - 1) as Token;
      cueSpan = spanOf(text, a.start, b.end);
      cue = cueSpan.text;
    }
    const quote: Quote = {
      ...spanOf(text, first.start, last.end),
      sentence,
      kind,
      speaker,
      cue,
    };
    if (cueSpan) quote.cueSpan = cueSpan;
    if (group.parts.length > 1) quote.parts = group.parts.map((p) => spanOf(text, p.start, p.end));
    quotes.push(quote);
  }
  quotes.push(...findIndirect(ix, doc, spans, memory));
  return quotes;
}
