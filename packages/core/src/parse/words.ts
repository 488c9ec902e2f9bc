import type { Token } from "./types.js";

/** A word of the text: wink's tokens joined across hyphens ("Suk-yeol", "al-Assad", "Secretary-General"). */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** wink's POS tag (PROPN when any joined part is one) */
  pos: string;
  sentence: number;
  /** starts a line (a headline, a paragraph) */
  lineStart: boolean;
  /** first word of its sentence that is not punctuation */
  initial: boolean;
  /** starts with a capital letter */
  cap: boolean;
  /** two or more capitals and no lower-case letter ("NATO", "U.S.") */
  allCaps: boolean;
  punct: boolean;
}

const CAP = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UPPER2 = /\p{Lu}.*\p{Lu}/u;
const LETTER = /[\p{L}\p{N}]/u;
const ALPHA = /\p{L}/u;

/**
 * The document's words in order, built in one pass over the tokens: the one word view every extractor reads
 * (`ParsedDoc.words`), so that no extractor re-derives case, capitals or hyphen joins for itself.
 */
export function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let seenSentence = -1; // the last sentence in which a word (not punctuation) was seen
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const last = words[words.length - 1];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // join "-" and what follows it to the word before when there is no space on either side
    const joins =
      last &&
      prev &&
      prev.end === t.start &&
      prev.sentence === t.sentence &&
      ((t.text === "-" && next !== undefined && next.start === t.end && LETTER.test(next.text[0] ?? "")) ||
        (prev.text === "-" && last.text.endsWith("-")) ||
        // wink splits words at letters outside Latin-1 ("Timi" "ș" "oara"): rejoin letters that touch
        (ALPHA.test(t.text[0] ?? "") && ALPHA.test(last.text[last.text.length - 1] ?? "")));
    if (joins && last) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
      last.lower = last.text.toLowerCase();
      if (t.pos === "PROPN") last.pos = "PROPN";
      last.allCaps = UPPER2.test(last.text) && !LOWER.test(last.text);
      continue;
    }
    const punct = t.type === "punctuation" || !LETTER.test(t.text);
    const initial = !punct && seenSentence !== t.sentence;
    if (!punct) seenSentence = t.sentence;
    words.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase(),
      pos: t.pos,
      sentence: t.sentence,
      lineStart: t.lineStart,
      initial,
      cap: CAP.test(t.text),
      allCaps: UPPER2.test(t.text) && !LOWER.test(t.text),
      punct,
    });
  }
  return words;
}
