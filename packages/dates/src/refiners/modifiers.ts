import type { Mod, Refiner } from "../candidate.js";

/** "early 2023", "late January", "mid June", "earlier this month", "later this year" */
const FUZZY = /(?:^|[^\p{L}\p{N}'’-])((early|mid|late|earlier|later)\s+)$/iu;
/** "the end of May", "the beginning of next year", "the middle of the month" */
const BOUNDARY = /(?:^|[^\p{L}\p{N}'’-])((?:the\s+)?(end|beginning|start|middle|rest|remainder|close)\s+of\s+)$/iu;

const MOD_OF: Record<string, Mod> = {
  early: "early",
  mid: "mid",
  late: "late",
  earlier: "earlier",
  later: "later",
  end: "end",
  close: "end",
  beginning: "start",
  start: "start",
  middle: "middle",
  rest: "rest",
  remainder: "rest",
};

/** Extends a date leftwards over a fuzzy part or a boundary word, which sets its `mod`. */
export const readModifiers: Refiner = (candidates, ctx) => {
  let floor = 0;
  for (const c of candidates) {
    if (c.kind === "date" && !c.mod) {
      const from = Math.max(floor, c.start - 32, ctx.text.lastIndexOf("\n", c.start - 1) + 1);
      const lead = ctx.text.slice(from, c.start);
      const m = FUZZY.exec(lead) ?? BOUNDARY.exec(lead);
      if (m?.[1] && m[2]) {
        c.start -= m[1].length;
        c.mod = MOD_OF[m[2].toLowerCase()] ?? "mid";
        c.via = `${c.mod}+${c.via}`;
      }
    }
    floor = c.end;
  }
  return candidates;
};
