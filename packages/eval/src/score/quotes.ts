import type { DocResult, Entity, QuoteKind, Speaker } from "@newsgraph/core";
import type { Placed } from "../gold/resolve.js";
import type { GoldQuote } from "../gold/schema.js";
import { normalizeName, overlapLength, type Range, wordTokens } from "../text.js";
import type { DocScoring } from "./context.js";
import { matchOneToOne } from "./match.js";

/** Share of the gold quote's word tokens a prediction must cover. */
export const QUOTE_TOKEN_OVERLAP = 0.8;

interface PredQuote extends Range {
  quote: number;
  kind: QuoteKind;
  speaker: Speaker | null;
}

/** A quote broken by its attribution is scored by its parts, each carrying the quote's kind and speaker. */
function predictedParts(result: DocResult, s: DocScoring): PredQuote[] {
  const out: PredQuote[] = [];
  result.quotes.forEach((q, i) => {
    const spans = q.parts && q.parts.length > 0 ? q.parts : [q];
    for (const span of spans)
      if (s.usable(span)) out.push({ start: span.start, end: span.end, quote: i, kind: q.kind, speaker: q.speaker });
  });
  return out;
}

/** Eligible when the prediction covers (touches) at least 80% of the gold quote's word tokens. */
function quoteScore(text: string) {
  const tokens = new Map<string, Range[]>();
  return (g: Range, p: Range): number | null => {
    const k = `${g.start}:${g.end}`;
    let t = tokens.get(k);
    if (!t) {
      t = wordTokens(text, g);
      tokens.set(k, t);
    }
    if (t.length === 0) return overlapLength(g, p) > 0 ? 1 : null;
    const covered = t.filter((tok) => tok.start < p.end && p.start < tok.end).length;
    if (covered < QUOTE_TOKEN_OVERLAP * t.length) return null;
    // Tie-break: of two predictions covering the quote, the one with less text outside it.
    return covered / t.length + overlapLength(g, p) / (Math.max(g.end, p.end) - Math.min(g.start, p.start)) / 1000;
  };
}

interface Matched {
  gold: Placed<GoldQuote>;
  pred: PredQuote;
}

/**
 * Matches one group of quotes (marked, or indirect) one to one and tallies it under `key`. Debatable gold
 * quotes are not scored either way: they and the predictions matched to them (or overlapping them unmatched)
 * drop out. Returns the scored pairs and the predictions that count.
 */
function scoreGroup(
  s: DocScoring,
  key: "quotes" | "quotes.indirect",
  gold: Placed<GoldQuote>[],
  pred: PredQuote[],
): { pairs: Matched[]; counted: PredQuote[] } {
  const pairs = matchOneToOne(gold, pred, quoteScore(s.text));
  const predToGold = new Map(pairs.map((p) => [p.pred, p.gold]));
  const debatable = gold.filter((g) => g.item.debatable);
  const counted: PredQuote[] = [];
  pred.forEach((p, i) => {
    const g = predToGold.get(i);
    if (g !== undefined ? gold[g]?.item.debatable : debatable.some((d) => overlapLength(d, p) > 0)) return;
    counted.push(p);
  });
  const scored: Matched[] = pairs
    .map((p) => ({ gold: gold[p.gold] as Placed<GoldQuote>, pred: pred[p.pred] as PredQuote }))
    .filter((m) => !m.gold.item.debatable);
  const kindRight = scored.filter((m) => m.pred.kind === m.gold.item.kind).length;
  s.add(key, {
    gold: gold.length - debatable.length,
    predicted: counted.length,
    matchedGold: scored.length,
    matchedPredicted: scored.length,
    ...(key === "quotes" ? { valueChecked: scored.length, valueCorrect: kindRight } : {}),
  });
  const matchedGold = new Set(scored.map((m) => m.gold));
  const matchedPred = new Set(scored.map((m) => m.pred));
  for (const g of gold)
    if (!g.item.debatable && !matchedGold.has(g))
      s.find(key, "missed", g, { expected: `${g.item.kind}${g.item.speaker ? `, ${g.item.speaker}` : ""}` });
  for (const p of counted) if (!matchedPred.has(p)) s.find(key, "false", p, { got: p.kind });
  if (key === "quotes")
    for (const m of scored)
      if (m.pred.kind !== m.gold.item.kind)
        s.find(key, "wrong-kind", m.gold, { expected: m.gold.item.kind, got: m.pred.kind });
  return { pairs: scored, counted };
}

const SPEECH: ReadonlySet<QuoteKind> = new Set(["direct", "partial"]);

/**
 * Quotes (marked: direct, partial, scare, title), indirect quotes, and speakers. Speaker figures: P/R/F1 of
 * attributed quotes (gold: direct and partial quotes with a speaker; predicted: quotes with a speaker; right:
 * matched with the right speaker), and accuracy over matched direct+partial quotes with a named gold speaker;
 * anonymous gold speakers are counted apart (right when the predicted speaker is anonymous: via "anonymous" or
 * no entity id).
 */
export function scoreQuotes(result: DocResult, s: DocScoring, holders: Map<number, number>): void {
  const preds = predictedParts(result, s);
  const marked = scoreGroup(
    s,
    "quotes",
    s.gold.quotes.filter((q) => q.item.kind !== "indirect"),
    preds.filter((p) => p.kind !== "indirect"),
  );
  scoreGroup(
    s,
    "quotes.indirect",
    s.gold.quotes.filter((q) => q.item.kind === "indirect"),
    preds.filter((p) => p.kind === "indirect"),
  );

  const isRight = speakerCheck(result, s, holders);
  const goldAttributed = s.gold.quotes.filter(
    (q) => q.item.kind !== "indirect" && !q.item.debatable && SPEECH.has(q.item.kind) && q.item.speaker !== null,
  );
  let right = 0;
  let named = 0;
  let namedRight = 0;
  let anonymous = 0;
  let anonymousRight = 0;
  for (const m of marked.pairs) {
    const g = m.gold.item;
    if (!SPEECH.has(g.kind) || g.speaker === null) continue;
    const ok = isRight(m.pred.speaker, g);
    if (ok) right++;
    if (g.anonymous) {
      anonymous++;
      if (ok) anonymousRight++;
    } else {
      named++;
      if (ok) namedRight++;
    }
    if (!ok)
      s.find("speakers", "wrong-speaker", m.gold, {
        expected: g.anonymous ? `anonymous (${g.speaker})` : g.speaker,
        got: m.pred.speaker
          ? `${m.pred.speaker.name}${m.pred.speaker.id ? ` [${m.pred.speaker.id}]` : " [no id]"}`
          : "none",
      });
  }
  s.add("speakers", {
    gold: goldAttributed.length,
    predicted: marked.counted.filter((p) => p.speaker !== null).length,
    matchedGold: right,
    matchedPredicted: right,
    valueChecked: named,
    valueCorrect: namedRight,
    extra: { anonymousChecked: anonymous, anonymousCorrect: anonymousRight },
  });
}

/**
 * Is the predicted speaker the gold one? Named gold speaker: the predicted speaker entity (speaker.id looked up
 * among the result's entities; the speaker's own name when the id is not among them) has the gold speaker among
 * its name and aliases, compared without case, accents, hyphens or spaces; or it is the entity that holds the
 * gold speaker entity's mentions (entity-level scoring). Anonymous gold speaker: the predicted one is anonymous.
 */
function speakerCheck(result: DocResult, s: DocScoring, holders: Map<number, number>) {
  const byId = new Map<string, { entity: Entity; index: number }>();
  result.entities.forEach((entity, index) => {
    if (!byId.has(entity.id)) byId.set(entity.id, { entity, index });
  });
  const goldIndexOf = (name: string): number | undefined => {
    const n = normalizeName(name);
    const exact = s.gold.entities.find((e) => normalizeName(e.canonical) === n);
    return (exact ?? s.gold.entities.find((e) => e.names.some((x) => normalizeName(x) === n)))?.index;
  };
  return (speaker: Speaker | null, g: GoldQuote): boolean => {
    if (!speaker || g.speaker === null) return false;
    if (g.anonymous) return speaker.via === "anonymous" || speaker.id === null;
    if (speaker.id === null || speaker.via === "anonymous") return false;
    const found = byId.get(speaker.id);
    const names = found ? [found.entity.name, ...found.entity.aliases] : [speaker.name];
    const want = normalizeName(g.speaker);
    if (names.some((n) => normalizeName(n) === want)) return true;
    const gi = goldIndexOf(g.speaker);
    return found !== undefined && gi !== undefined && holders.get(gi) === found.index;
  };
}
