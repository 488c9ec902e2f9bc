import type { PhraseParser } from "../candidate.js";

/** A currency sign before the number: "$3.2 billion", "US$5m", "HK$ 3.5 trillion", "₩1,000", "Rs 500 crore". */
export const prefixSymbol: PhraseParser = {
  name: "prefix-symbol",
  parse(phrase, text, lex) {
    // one space may stand between sign and number ("US$ 5 million")
    const at = /[ \u00a0]/.test(text[phrase.start - 1] ?? "") ? phrase.start - 1 : phrase.start;
    for (const symbol of lex.prefixSymbols) {
      const start = at - symbol.length;
      if (start < 0 || !text.startsWith(symbol, start)) continue;
      // "HK$", "Rs": not the end of a longer word ("Mrs 5", "XHK$5")
      if (/[A-Za-z]/.test(symbol[0] ?? "") && /[A-Za-z\d]/.test(text[start - 1] ?? "")) continue;
      const reading = lex.symbol(symbol);
      if (!reading) continue;
      // "$" glued to letters that form no known symbol ("Z$5"): still a dollar, of no known country
      return { start, end: phrase.end, reading, via: "prefix-symbol" };
    }
    return null;
  },
};
