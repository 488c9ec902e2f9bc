import type { Role, Word } from "@newsgraph/core";
import { DEMONYM_COUNTRY, TITLE_HEADS, TITLE_WORDS } from "./data/name-words.js";
import { isDemonym } from "./lexicon.js";

/** A run of capitalized words split into what precedes a title, the title, and the name after it. */
export interface TitledRun {
  /** words before the title that are not a nationality ("NATO" in "NATO Secretary-General ...") */
  prefix: Word[];
  /** the country a leading nationality names ("Ukrainian" → "Ukraine"), or null */
  nationality: string | null;
  title: Word[];
  name: Word[];
}

const isTitleWord = (w: Word) => TITLE_WORDS.has(w.lower) || TITLE_WORDS.has(w.lower.replace(/\.$/, ""));
const isTitleHead = (w: Word) => TITLE_HEADS.has(w.lower) || TITLE_HEADS.has(w.lower.replace(/\.$/, ""));

/** The country of a nationality word or phrase ("South Korean"), the phrase itself when unknown, else null. */
export function nationalityOf(words: readonly Word[]): string | null {
  if (words.length === 0 || words.length > 2) return null;
  const key = words.map((w) => w.lower).join(" ");
  const known = DEMONYM_COUNTRY.get(key);
  if (known) return known;
  const last = words[words.length - 1];
  if (!last || !isDemonym(last.lower)) return null;
  if (words.length === 2 && !/^(north|south|east|west|central)$/.test(words[0]?.lower ?? "")) return null;
  return words.map((w) => w.text).join(" ");
}

/**
 * Finds a title inside a run: a block of title words ending in a title head ("Deputy Foreign Minister"),
 * followed by the name. Returns null when the run holds no title; a run that is only a title has an empty name.
 */
export function splitTitle(run: readonly Word[]): TitledRun | null {
  for (let k = 0; k < run.length; k++) {
    if (!isTitleWord(run[k] as Word)) continue;
    let h = k;
    while (h + 1 < run.length && isTitleWord(run[h + 1] as Word)) h++;
    // the title ends at its last head word; words after it that are title words but not heads belong to it too
    let lastHead = -1;
    for (let x = k; x <= h; x++) if (isTitleHead(run[x] as Word)) lastHead = x;
    if (lastHead < 0) {
      k = h;
      continue;
    }
    const before = run.slice(0, k);
    const nationality = nationalityOf(before);
    return {
      prefix: nationality ? [] : before,
      nationality,
      title: run.slice(k, h + 1),
      name: run.slice(h + 1),
    };
  }
  return null;
}

/** A role from title words and what they belong to. */
export function roleOf(title: readonly Word[], of: string | null, text: string): Role {
  const first = title[0];
  const last = title[title.length - 1];
  if (!first || !last) return { title: "", of };
  return { title: text.slice(first.start, last.end), of, start: first.start, end: last.end };
}
