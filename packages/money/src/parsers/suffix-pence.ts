import type { PhraseParser } from "../candidate.js";

/** Video resolutions written like pence ("1080p", "720p"): never money. */
const RESOLUTIONS = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
/** What shows an article counts in sterling, so that "300p" is pence: a pound sign or code, "pence", "sterling". */
const STERLING = /£|\bGBP\b|\bpence\b|\bsterling\b|\bpounds?\b|\bFTSE\b/;

let lastText = "";
let lastSterling = false;
const sterling = (text: string) => {
  if (text !== lastText) {
    lastText = text;
    lastSterling = STERLING.test(text);
  }
  return lastSterling;
};

/**
 * "300p", "12.5p": pence written as British news writes share prices and small sums, read as hundredths of a pound
 * (3 GBP) in an article that counts in sterling.
 */
export const suffixPence: PhraseParser = {
  name: "suffix-pence",
  parse(phrase, text, lex) {
    if (text.charAt(phrase.end) !== "p" || /[A-Za-z\d]/.test(text.charAt(phrase.end + 1))) return null;
    if (phrase.scaled || phrase.max !== null || RESOLUTIONS.has(phrase.value) || !sterling(text)) return null;
    const reading = lex.name("pence");
    if (!reading) return null;
    return { start: phrase.start, end: phrase.end + 1, reading: { ...reading, form: "p" }, via: "suffix-pence" };
  },
};
