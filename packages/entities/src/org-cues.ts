import type { Word } from "@newsgraph/core";
import { CORPORATE_AFTER, ORG_DESCRIPTORS } from "./data/name-words.js";

const POSSESSIVE = /^['’]s?$/;
/** Words that may follow a descriptor noun that closes an appositive ("..., the aircraft maker based in ..."). */
const AFTER_DESCRIPTOR = new Set("that which based headquartered owned in of with for and whose".split(" "));
const APPOSITIVE_OPENERS = new Set("the a an its".split(" "));

/**
 * Whether the words around a name (words[from..to)) say it is a company or another organization: a descriptor
 * before it ("European airframer Airbus", "aircraft manufacturer, Airbus"), a corporate word after it or its
 * possessive ("Airbus chief executive", "Apple's shares"), or an appositive whose head is a descriptor
 * ("Airbus, Europe's biggest aircraft manufacturer,"). Only asked for names that nothing else typed surely.
 */
export function hasOrgCue(words: readonly Word[], from: number, to: number): boolean {
  const sentence = words[from]?.sentence;
  const same = (w: Word | undefined): w is Word => !!w && w.sentence === sentence;
  // before: "airline Lufthansa", "manufacturer, Airbus"
  let b = words[from - 1];
  if (b?.text === ",") b = words[from - 2];
  if (same(b) && !b.cap && ORG_DESCRIPTORS.has(b.lower)) return true;
  // after: "Airbus chief executive", "Apple's iTunes store"? (only corporate words), "Apple’s C.E.O."
  let a = words[to];
  if (same(a) && POSSESSIVE.test(a.text) && a.start === words[to - 1]?.end) a = words[to + 1];
  if (same(a) && CORPORATE_AFTER.has(a.lower.replace(/\.$/, ""))) return true;
  // appositive: ", the/a/its ... <descriptor>" or ", Europe's biggest ... <descriptor>", within seven words
  if (words[to]?.text !== ",") return false;
  let i = to + 1;
  const opener = words[i];
  if (!same(opener)) return false;
  if (!APPOSITIVE_OPENERS.has(opener.lower)) {
    // a capitalized owner and its possessive: ", Europe's ..."
    while (same(words[i]) && words[i]?.cap && i - to < 4) i++;
    if (i === to + 1 || !POSSESSIVE.test(words[i]?.text ?? "")) return false;
  }
  for (let k = i + 1; k < i + 8; k++) {
    const w = words[k];
    if (!same(w) || (w.punct && w.text !== "-")) return false;
    if (!w.cap && ORG_DESCRIPTORS.has(w.lower)) {
      const next = words[k + 1];
      return !same(next) || next.punct || AFTER_DESCRIPTOR.has(next.lower);
    }
  }
  return false;
}
