import type { Role, Word } from "@newsgraph/core";
import { ORG_CONNECTORS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from "./data/name-words.js";
import type { TypedMention } from "./types.js";

const DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their"]);
const OF_WORDS = new Set(["at", "of", "for", "with", "to"]);
const isRoleNoun = (w: Word) => ROLE_NOUNS.has(w.lower) || TITLE_HEADS.has(w.lower);

/**
 * A lower-case role noun right before a name: "Ministry of Foreign Affairs spokeswoman Mao Ning" gives
 * { title: "spokeswoman", of: "Ministry of Foreign Affairs" } when the name before the noun was just found.
 */
export function roleNounBefore(
  text: string,
  words: readonly Word[],
  from: number,
  found: readonly TypedMention[],
): Role | null {
  const noun = words[from - 1];
  if (!noun || noun.cap || noun.sentence !== words[from]?.sentence || !ROLE_NOUNS.has(noun.lower)) return null;
  const owner = words[from - 2];
  const last = found[found.length - 1];
  const of = owner && last && last.end === owner.end && last.type !== "PERSON" ? last.text : null;
  return { title: text.slice(noun.start, noun.end), of, start: noun.start, end: noun.end };
}

/**
 * An appositive role after a name: "Mark Rutte, NATO’s secretary-general," or "Maria Lopez, a senior
 * analyst at the Institute for Fiscal Studies," → the title and what it belongs to.
 */
export function appositiveRole(text: string, words: readonly Word[], to: number): Role | null {
  const comma = words[to];
  const sentence = words[to - 1]?.sentence;
  if (comma?.text !== ",") return null;
  let i = to + 1;
  let possessive: string | null = null;
  const first = words[i];
  if (!first || first.sentence !== sentence) return null;
  if (DETERMINERS.has(first.lower)) i++;
  else if (!first.cap && (isRoleNoun(first) || TITLE_WORDS.has(first.lower))) {
    // no determiner: "Jusman Syafii Djamal, minister of transport for Indonesia,"
  } else {
    // "NATO's secretary-general": a capitalized run and a possessive
    let j = i;
    while (words[j]?.cap && j - i < 6) j++;
    const mark = words[j];
    if (j === i || !mark || !/^['’]s$/.test(mark.text)) return null;
    possessive = text.slice(first.start, (words[j - 1] as Word).end);
    i = j + 1;
  }
  // the role noun within the next four words
  let r = -1;
  for (let k = i; k < i + 4 && k < words.length; k++) {
    const w = words[k] as Word;
    if (w.sentence !== sentence || w.punct) break;
    if (isRoleNoun(w)) r = k;
    else if (r >= 0) break;
  }
  if (r < 0) return null;
  const start = (words[i] as Word).start;
  const end = (words[r] as Word).end;
  let of = possessive;
  const link = words[r + 1];
  if (link && OF_WORDS.has(link.lower)) {
    let k = r + 2;
    if (words[k]?.lower === "the") k++;
    const from = k;
    while (k < words.length && k - from < 10) {
      const w = words[k] as Word;
      if (w.sentence !== sentence) break;
      if (w.cap && !w.punct) k++;
      else if (ORG_CONNECTORS.has(w.text) && words[k + 1]?.cap) k++;
      else break;
    }
    if (k > from) of = text.slice((words[from] as Word).start, (words[k - 1] as Word).end);
  }
  return { title: text.slice(start, end), of, start, end };
}
