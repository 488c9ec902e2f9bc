import type { Range } from "../text.js";
import type { MeantimeToken } from "./read.js";

/**
 * The article's text rebuilt from MEANTIME's tokens, with the offsets of every token and sentence on it.
 *
 * Layout: the title (sentence 0), a blank line, the date line (sentence 1), a blank line, then the body with
 * one sentence per line. Within a sentence tokens are joined by one space, except:
 * - no space before , . ; : ! ? ) ] } % ... 's n't 're 've 'll 'd 'm, a closing quote and a possessive ';
 * - no space after ( [ { and currency signs ($ US$ # £ € ¥), an opening quote, or a one-letter elision such
 *   as "O'" (so "O' Leary" reads "O'Leary");
 * - a hyphen or dash that is a token of its own keeps a space on each side ("Wal - Mart" as tokenized).
 * PTB quote tokens `` and '' become a straight double quote (the tokenizer's spelling of the source's mark);
 * a straight " or a lone ' alternates between opening and closing within a sentence (a lone ' right after a
 * word ending in s is a possessive and attaches to it). Every other token is kept exactly as written.
 */
export interface RebuiltText {
  text: string;
  /** offsets of each token (same order as the input) */
  tokens: Range[];
  /** offsets of each sentence, by sentence number (sentences without tokens: undefined) */
  sentences: (Range | undefined)[];
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'s", "'S", "n't", "N'T"]);
const CLITICS = new Set(["'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "#", "£", "€", "¥", "US$", "AU$", "C$", "A$", "NZ$", "HK$", "S$"]);
const OPENING = new Set(["``", "“", "‘"]);
const CLOSING = new Set(["''", "”", "’"]);

type QuoteRole = "open" | "close" | "possessive" | null;

/** What a token is as a quote mark, given whether a quote is open in the sentence and the token before. */
function quoteRole(token: string, quoteOpen: boolean, prev: string | null): QuoteRole {
  if (OPENING.has(token)) return "open";
  if (CLOSING.has(token)) return "close";
  if (token === "'" && prev !== null && /[sS]$/.test(prev)) return "possessive";
  if (token === '"' || token === "'") return quoteOpen ? "close" : "open";
  return null;
}

/** Rebuilds the text (see RebuiltText for the rule). Tokens must be in document order. */
export function rebuildText(tokens: readonly MeantimeToken[]): RebuiltText {
  let text = "";
  const spans: Range[] = [];
  const sentences: (Range | undefined)[] = [];
  let prev: string | null = null;
  let prevRole: QuoteRole = null;
  let sentence = -1;
  let quoteOpen = false;
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      if (sentence >= 0) text += sentence <= 1 ? "\n\n" : "\n";
      prev = null;
      prevRole = null;
      quoteOpen = false;
      sentence = t.sentence;
    }
    const role = quoteRole(t.text, quoteOpen, prev);
    if (prev !== null) {
      const attach =
        NO_SPACE_BEFORE.has(t.text) ||
        CLITICS.has(t.text) ||
        role === "close" ||
        role === "possessive" ||
        NO_SPACE_AFTER.has(prev) ||
        prevRole === "open" ||
        /^[A-Za-z]'$/.test(prev);
      if (!attach) text += " ";
    }
    if (role === "open") quoteOpen = true;
    else if (role === "close") quoteOpen = false;
    const start = text.length;
    text += t.text === "``" || t.text === "''" ? '"' : t.text;
    spans.push({ start, end: text.length });
    const s = sentences[t.sentence];
    sentences[t.sentence] = { start: s ? s.start : start, end: text.length };
    prev = t.text;
    prevRole = role;
  }
  return { text, tokens: spans, sentences };
}
