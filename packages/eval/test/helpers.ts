import { readFileSync } from "node:fs";
import type { DocResult } from "@newsgraph/core";
import { type Gold, goldToDocResult, parseGold } from "@newsgraph/eval";

export const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;

export function fixture(id: "alpha" | "beta"): { gold: Gold; text: string; perfect: DocResult } {
  const text = readFileSync(`${FIXTURES}articles/${id}.txt`, "utf8");
  const { gold } = parseGold(readFileSync(`${FIXTURES}gold/${id}.gold.json`, "utf8"), `${id}.gold.json`);
  return { gold, text, perfect: goldToDocResult(gold, text) };
}

/** A minimal gold file for one short text. */
export function gold(partial: Partial<Gold>): Gold {
  return { doc: "t", entities: [], quotes: [], money: [], dates: [], ...partial };
}

/** An empty result for article "t". */
export function result(partial: Partial<DocResult> = {}): DocResult {
  return {
    id: "t",
    source: null,
    published: { value: null, inferred: true, evidence: null },
    entities: [],
    quotes: [],
    money: [],
    dates: [],
    warnings: [],
    ...partial,
  };
}

/** A span of `text` at the n-th occurrence (0-based) of `needle`. */
export function at(text: string, needle: string, n = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${n} not in text`);
  }
  return { start: i, end: i + needle.length, text: needle };
}
