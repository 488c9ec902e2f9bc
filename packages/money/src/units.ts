import type { ParsedDoc } from "@newsgraph/core";

const NOUNISH = new Set(["NOUN", "PROPN"]);

/**
 * The unit named after "per" at `offset`, from the parse's tokens: the next word ("missile"), with an
 * adjective or noun before a noun ("metric ton", "missile system"); at most three words, never past
 * punctuation or a function word ("per barrel of oil": "barrel").
 */
export function unitReader(doc: ParsedDoc): (offset: number) => { text: string; end: number } | null {
  const tokens = doc.tokens;
  return (offset) => {
    const i = doc.tokenAt(offset);
    const head = tokens[i];
    if (!head || head.start - offset > 1 || !/^[A-Za-z]/.test(head.text) || head.pos === "DET") return null;
    let last = head;
    for (let j = i + 1; j < i + 3; j++) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (!t || !prev || t.start - prev.end > 1 || !NOUNISH.has(t.pos)) break;
      if (prev.pos !== "ADJ" && !NOUNISH.has(prev.pos)) break;
      last = t;
    }
    return { text: doc.text.slice(head.start, last.end), end: last.end };
  };
}
