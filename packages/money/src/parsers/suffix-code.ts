import type { PhraseParser } from "../candidate.js";

const CODE_AFTER = /[ \u00a0]?([A-Z]{3})(?![A-Za-z\d])/y;

/** An ISO 4217 code after the number: "3 billion KRW", "5m USD", "1,200 EUR". */
export const suffixCode: PhraseParser = {
  name: "suffix-code",
  parse(phrase, text, lex) {
    CODE_AFTER.lastIndex = phrase.end;
    const m = CODE_AFTER.exec(text);
    const code = m?.[1];
    if (!m || !code) return null;
    const reading = lex.code(code);
    if (!reading) return null;
    return { start: phrase.start, end: phrase.end + m[0].length, reading, via: "suffix-code" };
  },
};
