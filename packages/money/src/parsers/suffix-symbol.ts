import type { PhraseParser } from "../candidate.js";

/** A currency sign after the number, as much of Europe writes it: "5 €", "100₽", "20 zł", "500 kr". */
export const suffixSymbol: PhraseParser = {
  name: "suffix-symbol",
  parse(phrase, text, lex) {
    const at = /[ \u00a0]/.test(text[phrase.end] ?? "") ? phrase.end + 1 : phrase.end;
    for (const symbol of lex.suffixSymbols) {
      if (!text.startsWith(symbol, at)) continue;
      const end = at + symbol.length;
      // a letter symbol must end its word ("5 kroner" is a name, not "kr" + "oner")
      if (/[A-Za-z]$/.test(symbol) && /[A-Za-z\d]/.test(text[end] ?? "")) continue;
      // "by 2008 £60bn": a sign before the next number is that number's ("£60bn"), not this one's
      if (/^[ \u00a0]?\d/.test(text.slice(end, end + 2))) continue;
      const reading = lex.symbol(symbol);
      if (reading) return { start: phrase.start, end, reading, via: "suffix-symbol" };
    }
    return null;
  },
};
