import type { Found, PhraseParser } from "../candidate.js";
import type { Lexicon } from "../lexicon.js";

const WORD = /[ \u00a0-]+([A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’&]|\.(?=[A-Za-z]))*\.?)/y;
const OF_AFTER = /^[ \u00a0]+of\b/;

/**
 * The longest currency name among the next words after `from`: "Korean won", "U.S. dollars", "euros".
 * Returns where the name ends; a sentence's full stop after the name is not part of it.
 */
export function nameAfter(
  text: string,
  from: number,
  lex: Lexicon,
): { end: number; form: string; hyphen: boolean } | null {
  const words: string[] = [];
  const ends: number[] = [];
  let hyphen = false;
  WORD.lastIndex = from;
  for (let i = 0; i < lex.maxNameWords; i++) {
    const m = WORD.exec(text);
    if (!m?.[1]) break;
    if (i === 0) hyphen = m[0].includes("-");
    words.push(m[1]);
    ends.push(WORD.lastIndex);
  }
  for (let k = words.length; k > 0; k--) {
    let phrase = words.slice(0, k).join(" ");
    let end = ends[k - 1] ?? from;
    // a full stop or a possessive after the name is not part of it ("5 billion dollars' worth")
    const tail = lex.name(phrase) ? null : /(?:\.|'s|’s|'|’)$/.exec(phrase);
    if (tail) {
      phrase = phrase.slice(0, tail.index);
      end -= tail[0].length;
    }
    if (lex.name(phrase)) return { end, form: phrase, hyphen };
  }
  return null;
}

/** A currency name after the number: "520 billion Korean won", "two billion dollars", "30,000 hryvnias". */
export const suffixName: PhraseParser = {
  name: "suffix-name",
  parse(phrase, text, lex): Found | null {
    const name = nameAfter(text, phrase.end, lex);
    const reading = name && lex.name(name.form);
    if (!name || !reading) return null;
    // "a 500-pound bomb", "2,000 pounds of explosives": the weight, not the currency
    // "a billion-dollar deal": "a" is the article there, and the amount an order (see scale-adjective)
    if (phrase.indefinite && name.hyphen) return null;
    if (reading.wordLike && (name.hyphen || OF_AFTER.test(text.slice(name.end, name.end + 4)))) return null;
    const weak = reading.wordLike && !phrase.scaled && !phrase.grouped;
    return { start: phrase.start, end: name.end, reading, via: "suffix-name", weak };
  },
};
