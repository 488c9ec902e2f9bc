import type { QuoteKind } from "@newsgraph/core";

/** What the classifier knows of a quoted stretch and its surroundings. */
export interface KindFeatures {
  text: string;
  /** a cue stands right beside the quote (after it, or "said," / "said:" before it) */
  adjacentCue: boolean;
  /** a speaker was found for the quote anywhere in its sentence (or carried over) */
  hasSpeaker: boolean;
  /** the quote's own sentence holds a speech verb with a speaker */
  cueInSentence: boolean;
  /** a naming word stands before the quote ("called", "dubbed") */
  named: boolean;
}

const SMALL_WORDS = new Set(["of", "the", "and", "for", "on", "in", "a", "an", "to", "at", "de", "von", "van"]);

export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Every word capitalized (small function words aside) and no sentence inside: a name of a thing. */
export function isTitleCase(text: string): boolean {
  const words = text
    .replace(/[,.;:!?]+$/, "")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?;]\s/.test(text)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

function startsUpper(text: string): boolean {
  const m = /[\p{L}\p{N}[]/u.exec(text);
  return m !== null && /[\p{Lu}[]/u.test(m[0]);
}

/**
 * Kind of a marked quote. title: a capitalized name not beside a cue; direct: a cue beside it, or a full
 * sentence of speech; partial: a phrase with a speaker in its sentence; scare: what is left (a term at a
 * distance), and a short phrase whose speaker is only carried over from earlier sentences.
 */
export function classify(f: KindFeatures): QuoteKind {
  const words = wordCount(f.text);
  if (!f.adjacentCue && isTitleCase(f.text) && (f.named || words <= 6) && !(words >= 4 && /[.!?,]$/.test(f.text)))
    return "title";
  if (f.adjacentCue) return "direct";
  const sentence = startsUpper(f.text) && words >= 4 && /[.!?]["”]?\s*$/.test(f.text.trim());
  if (sentence) return "direct";
  if (f.hasSpeaker && (f.cueInSentence || words > 3)) return "partial";
  return "scare";
}
