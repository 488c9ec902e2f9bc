import type { PhraseParser } from "../candidate.js";

const CODE_BEFORE = /(?:^|[^A-Za-z\d])([A-Z]{3})[ \u00a0]?$/;

/** An ISO 4217 code before the number: "USD 5m", "EUR1.2bn", "KRW 3 billion", "RMB 10 billion". */
export const prefixCode: PhraseParser = {
  name: "prefix-code",
  parse(phrase, text, lex) {
    const before = text.slice(Math.max(0, phrase.start - 5), phrase.start);
    const m = CODE_BEFORE.exec(before);
    const code = m?.[1];
    if (!m || !code) return null;
    const reading = lex.code(code);
    if (!reading) return null;
    return { start: phrase.start - (m[0].length - m[0].indexOf(code)), end: phrase.end, reading, via: "prefix-code" };
  },
};
