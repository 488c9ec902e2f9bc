import type { ParsedDoc } from "@newsgraph/core";
import type { Candidate, ScanContext, ShiftUnit } from "./candidate.js";
import { anchors, type Point } from "./resolve/point.js";
import type { Resolution, ResolveEnv } from "./resolve/resolve.js";
import { type TenseReading, tenseAt } from "./resolve/tense.js";
import { scan, scanContext } from "./scan.js";

/** One document's candidates and what resolution needs of the text; built once, shared by inference and extraction. */
export interface DateDocument {
  doc: ParsedDoc;
  ctx: ScanContext;
  candidates: Candidate[];
  tense(c: Candidate): TenseReading;
  /** the latest year stated outside future contexts (null: none) */
  yearFloor: number | null;
}

const cache = new WeakMap<ParsedDoc, DateDocument>();

/** The document's candidates, scanned once per parsed document. */
export function dateDocument(doc: ParsedDoc): DateDocument {
  const cached = cache.get(doc);
  if (cached) return cached;
  const ctx = scanContext(doc);
  const candidates = scan(doc);
  const tenses = new Map<Candidate, TenseReading>();
  const tense = (c: Candidate): TenseReading => {
    let t = tenses.get(c);
    if (!t) {
      t = tenseAt(doc, c.start, c.end, ctx.tokenAt(c.start), ctx.tokenAt(Math.max(c.start, c.end - 1)));
      tenses.set(c, t);
    }
    return t;
  };
  const dd: DateDocument = { doc, ctx, candidates, tense, yearFloor: yearFloorOf(candidates, tense, ctx) };
  cache.set(doc, dd);
  return dd;
}

/** Years stated in the text ("February 2022", "in 2019", "2021-22"), except in future contexts ("by 2030"). */
function yearFloorOf(candidates: Candidate[], tense: (c: Candidate) => TenseReading, ctx: ScanContext): number | null {
  let floor: number | null = null;
  for (const c of candidates) {
    const ends = c.kind === "range" ? (c.ends ?? []) : c.kind === "date" ? [c] : [];
    for (const e of ends) {
      const y = e.parts.year;
      if (y === undefined || (floor !== null && y <= floor)) continue;
      if (tense(c).tense === "future" || /^(?:by|until|till|before)$/.test(ctx.wordBefore(c.start))) continue;
      floor = y;
    }
  }
  return floor;
}

/**
 * Resolves every candidate in text order against a reference date (a day number or null); anaphoric
 * expressions take the last point named before them.
 */
export function resolveAll(
  dd: DateDocument,
  reference: number | null,
  resolveOne: (c: Candidate, env: ResolveEnv) => Resolution,
): Resolution[] {
  // The last anchor for each unit, kept as we go (constant time per expression).
  const last = new Map<ShiftUnit, { point: Point; text: string; value: string | null; sentence: number }>();
  let lastStated: { point: Point; text: string; value: string | null; sentence: number } | null = null;
  const sentenceOf = (c: Candidate) => dd.doc.tokens[dd.ctx.tokenAt(c.start)]?.sentence ?? -1;
  const UNITS: readonly ShiftUnit[] = [
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "century",
  ];
  const env: ResolveEnv = {
    reference,
    yearFloor: dd.yearFloor,
    tense: dd.tense,
    previous: (unit) => last.get(unit) ?? null,
    previousStated: () => lastStated,
    sentenceOf,
    textOf: (c) => dd.doc.text.slice(c.start, c.end),
  };
  const out: Resolution[] = [];
  for (const c of dd.candidates) {
    const r = resolveOne(c, env);
    out.push(r);
    // A comparison period ("a year earlier", "the year-ago quarter") anchors nothing after it: the next "a year
    // earlier" compares with the same period again, not with the comparison.
    if (r.point && (c.kind === "date" || c.kind === "range") && !c.keepGranularity) {
      const entry = {
        point: r.point,
        text: dd.doc.text.slice(c.start, c.end),
        value: r.value,
        sentence: sentenceOf(c),
      };
      for (const u of UNITS) if (anchors(r.point, u)) last.set(u, entry);
      if (!r.relative) lastStated = entry;
    }
  }
  return out;
}
