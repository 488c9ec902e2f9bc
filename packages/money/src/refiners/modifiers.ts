import type { MoneyBound } from "@newsgraph/core";
import type { Candidate, Refiner } from "../candidate.js";

interface Meaning {
  approximate?: boolean;
  bound?: MoneyBound;
}

/** Words before an amount that make it approximate or a bound (kept as data, left out of the span). */
const BEFORE: Readonly<Record<string, Meaning>> = {
  about: { approximate: true },
  around: { approximate: true },
  approximately: { approximate: true },
  "approx.": { approximate: true },
  approx: { approximate: true },
  roughly: { approximate: true },
  some: { approximate: true },
  nearly: { approximate: true },
  almost: { approximate: true },
  "an estimated": { approximate: true },
  estimated: { approximate: true },
  "close to": { approximate: true },
  "just about": { approximate: true },
  circa: { approximate: true },
  "~": { approximate: true },
  over: { bound: "over" },
  "just over": { bound: "over" },
  "more than": { bound: "over" },
  "slightly more than": { bound: "over" },
  above: { bound: "over" },
  "in excess of": { bound: "over" },
  exceeding: { bound: "over" },
  "upwards of": { bound: "over" },
  "upward of": { bound: "over" },
  "north of": { bound: "over" },
  "at least": { bound: "at_least" },
  "no less than": { bound: "at_least" },
  "not less than": { bound: "at_least" },
  "a minimum of": { bound: "at_least" },
  "up to": { bound: "up_to" },
  "as much as": { bound: "up_to" },
  "as high as": { bound: "up_to" },
  "at most": { bound: "up_to" },
  "no more than": { bound: "up_to" },
  "not more than": { bound: "up_to" },
  "a maximum of": { bound: "up_to" },
  under: { bound: "under" },
  "just under": { bound: "under" },
  "less than": { bound: "under" },
  "slightly less than": { bound: "under" },
  below: { bound: "under" },
};

/** Words after an amount: "$5 million or more", "$5 million-plus", "$5 million or so". */
const AFTER: Readonly<Record<string, Meaning>> = {
  "or more": { bound: "at_least" },
  "or higher": { bound: "at_least" },
  "or less": { bound: "up_to" },
  "or so": { approximate: true },
  "-plus": { bound: "at_least" },
  "+": { bound: "at_least" },
};

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\~-]/g, "\\$&").replace(/ /g, "[ \\u00a0]+"))
    .join("|");

// anchored at the end of the text before the amount; "~" may touch the amount
const BEFORE_RE = new RegExp(`(?:^|[^A-Za-z])(${alternation(Object.keys(BEFORE))})(?:[ \\u00a0]+|(?<=~))$`, "i");
const AFTER_RE = new RegExp(`^(?:[ \\u00a0]*)(${alternation(Object.keys(AFTER))})(?![A-Za-z])`, "i");

function apply(c: Candidate, meaning: Meaning | undefined, words: string, before: boolean): void {
  if (!meaning) return;
  if (meaning.approximate) c.approximate = true;
  if (meaning.bound && !c.bound) c.bound = meaning.bound;
  c.modifier = c.modifier ? (before ? `${words} ${c.modifier}` : `${c.modifier} ${words}`) : words;
}

/** Reads the modifiers around each amount: "approximately $377 million", "up to about $5m", "$5m or more". */
export const readModifiers: Refiner = {
  name: "read-modifiers",
  refine(candidates, { text }) {
    for (const c of candidates) {
      // stacked modifiers ("up to about"): read leftwards, at most three
      for (let i = 0; i < 3; i++) {
        const m = BEFORE_RE.exec(text.slice(Math.max(0, c.outerStart - 24), c.outerStart));
        const words = m?.[1];
        if (!m || !words) break;
        apply(c, BEFORE[words.toLowerCase().replace(/\s+/g, " ")], words, true);
        c.outerStart -= m[0].length - m[0].indexOf(words);
      }
      const m = AFTER_RE.exec(text.slice(c.outerEnd, c.outerEnd + 16));
      const words = m?.[1];
      if (m && words) {
        apply(c, AFTER[words.toLowerCase()], words, false);
        c.outerEnd += m[0].length;
      }
    }
    return candidates;
  },
};
