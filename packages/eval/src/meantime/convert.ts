import type { EntityType } from "@newsgraph/core";
import { z } from "zod";
import { type Gold, type GoldDate, type GoldEntity, GoldSchema } from "../gold/schema.js";
import { longestMatch, overlaps, type Range } from "../text.js";
import { nameCore } from "./names.js";
import { type MeantimeDoc, readMeantimeXml } from "./read.js";
import { rebuildText } from "./text.js";

/**
 * The last sentence MEANTIME annotates in full. Sentence 0 is the title, 1 the date line, 2-5 the first four
 * sentences of the body; later sentences carry only the entities and times linked to events annotated at
 * corpus level (about 60% of the names, no times), so nothing is scored there.
 */
export const MEANTIME_LAST_SCORED_SENTENCE = 5;

/** MEANTIME entity classes we score, and the type each becomes (LOC: a place, scored as GPE-or-LOC). */
export const MEANTIME_TYPES: Readonly<Record<string, EntityType>> = { PER: "PERSON", ORG: "ORG", LOC: "GPE" };
/** Named mentions: NAM (a name as the mention's head) and PRE.NAM (a name used as a premodifier: "US troops"). */
const NAMED = new Set(["NAM", "PRE.NAM"]);
/** Words after a duration that anchor it to a point in time ("two years ago"). */
const ANCHORING = new Set(["ago", "after", "before", "later", "earlier"]);

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const MeantimeMentionSchema = SpanSchema.extend({
  doc: z.string(),
  /** cross-document instance id (instance_id), or "<doc>#<m_id>" for an entity of one document only */
  instance: z.string(),
  crossDoc: z.boolean().describe("the entity has a corpus-level instance id"),
  type: z.enum(["PER", "ORG", "LOC"]),
  text: z.string(),
});
export type MeantimeMention = z.infer<typeof MeantimeMentionSchema>;

export const MeantimeStatsSchema = z.object({
  /** named PER/ORG/LOC mentions in the scored sentences, as annotated */
  named: z.number().int(),
  /** of those, scored as a gold mention (after narrowing to the name) */
  scored: z.number().int(),
  /** narrowed: the name is shorter than MEANTIME's extent */
  narrowed: z.number().int(),
  /** nationality adjectives ("American"): left unscored */
  demonyms: z.number().int(),
  /** a named mention with no proper name of its entity ("the firm's chief executive officer") */
  noName: z.number().int(),
  /** a mention of a group ("Boeing and Lockheed Martin"): left unscored */
  groups: z.number().int(),
  /** the same name span annotated twice, or a name inside a longer gold name: counted once */
  duplicates: z.number().int(),
  /** named PRO/FIN/MIX mentions: left unscored */
  outOfScope: z.number().int(),
  /** TIMEX3 in the scored sentences (not the creation time) */
  timexes: z.number().int(),
  /** of those, with a value we do not check (XXXX, PAST_REF, TimeML-only notations) */
  timexNoValue: z.number().int(),
});
export type MeantimeStats = z.infer<typeof MeantimeStatsSchema>;

export const MeantimeArticleSchema = z.object({
  id: z.string().describe("doc_name: the file name without .xml"),
  docId: z.string(),
  topic: z.string().describe("the corpus folder (corpus_airbus, ...)"),
  url: z.string().nullable(),
  title: z.string(),
  text: z.string().describe("rebuilt from the tokens; every offset indexes it"),
  creationTime: z.string().nullable().describe("the article's creation time, YYYY-MM-DD"),
  gold: GoldSchema,
  /** every scored gold name mention with its entity (cross-article identity) */
  mentions: z.array(MeantimeMentionSchema),
  stats: MeantimeStatsSchema,
});
export type MeantimeArticle = z.infer<typeof MeantimeArticleSchema>;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?|-W\d{2}|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?$/;
const ISO_DURATION =
  /^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

/**
 * A TIMEX3 value as an ISO value of our gold format, or null for a value we do not check: unknown parts
 * (XXXX-XX-XX, PXY), PAST_REF/PRESENT_REF/FUTURE_REF, parts of day (T MO), fiscal years (FY2009) and malformed
 * values. A decade "200" becomes "2000s"; a time's "Z" is dropped (our times carry no zone).
 */
export function isoValueOfTimex(value: string): string | null {
  const v = value.trim().replace(/(T\d{2}(:\d{2})*)Z$/, "$1");
  if (/^\d{3}$/.test(v)) return `${v}0s`;
  return ISO_DATE.test(v) || ISO_DURATION.test(v) ? v : null;
}

function kindOfTimex(type: string, value: string): GoldDate["kind"] {
  if (type === "SET") return "set";
  if (type === "DURATION" || /^P(\d|T)/.test(value)) return "duration";
  return "date";
}

/**
 * A name's span without what the tokenizer glued to it: trailing commas, semicolons or colons ("Inc.,") and a
 * lower-case hyphenated suffix ("EADS-led" -> "EADS", "Craiova-based" -> "Craiova").
 */
function trimSpan(r: Range, text: string): Range {
  let end = r.end;
  while (end > r.start + 1 && /[,;:]/.test(text[end - 1] ?? "")) end--;
  const suffix = /-[a-z]+$/.exec(text.slice(r.start, end));
  if (suffix && suffix.index > 0) end = r.start + suffix.index;
  return { start: r.start, end };
}

/** Removes `cut` ranges from `zones` (both sorted or not); returns the pieces left, non-empty. */
function subtract(zones: Range[], cut: Range[]): Range[] {
  const out: Range[] = [];
  const sorted = [...cut].sort((a, b) => a.start - b.start);
  for (const z of zones) {
    let pieces: Range[] = [z];
    for (const c of sorted) {
      if (c.end <= z.start || c.start >= z.end) continue;
      pieces = pieces.flatMap((p) =>
        overlaps(p, c)
          ? [
              { start: p.start, end: c.start },
              { start: c.end, end: p.end },
            ].filter((x) => x.end > x.start)
          : [p],
      );
    }
    out.push(...pieces);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One MEANTIME document turned into an article and its gold (mapping rules in packages/eval/README.md). */
export function convertMeantime(doc: MeantimeDoc, topic = ""): MeantimeArticle {
  const id = doc.docName || doc.docId;
  const rebuilt = rebuildText(doc.tokens);
  const text = rebuilt.text;
  const position = new Map(doc.tokens.map((t, i) => [t.id, i]));
  const sentenceOf = (i: number) => doc.tokens[i]?.sentence ?? 0;
  const scoredSentence = (s: number) => s === 0 || (s >= 2 && s <= MEANTIME_LAST_SCORED_SENTENCE);
  const spanOf = (from: number, to: number): Range => ({
    start: (rebuilt.tokens[from] as Range).start,
    end: (rebuilt.tokens[to - 1] as Range).end,
  });
  /** token positions of a markable, as one contiguous stretch [from, to) */
  const stretch = (tokens: string[]): [number, number] | null => {
    const ps = tokens.map((t) => position.get(t)).filter((p): p is number => p !== undefined);
    if (ps.length === 0) return null;
    return [Math.min(...ps), Math.max(...ps) + 1];
  };

  const entityOf = new Map<string, MeantimeDoc["entities"][number]>();
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const r of doc.refersTo) {
    const e = byId.get(r.target);
    if (e) for (const s of r.sources) entityOf.set(s, e);
  }

  const stats: MeantimeStats = {
    named: 0,
    scored: 0,
    narrowed: 0,
    demonyms: 0,
    noName: 0,
    groups: 0,
    duplicates: 0,
    outOfScope: 0,
    timexes: 0,
    timexNoValue: 0,
  };
  interface Candidate extends Range {
    key: string;
    crossDoc: boolean;
    type: "PER" | "ORG" | "LOC";
    descriptor: string;
  }
  const candidates: Candidate[] = [];
  const unscored: Range[] = [];
  for (const m of doc.entityMentions) {
    const entity = entityOf.get(m.id);
    const where = stretch(m.tokens);
    if (!entity || !where || !m.syntacticType || !NAMED.has(m.syntacticType)) continue;
    if (!scoredSentence(sentenceOf(where[0]))) continue;
    if (!(entity.type in MEANTIME_TYPES)) {
      stats.outOfScope++;
      unscored.push(spanOf(where[0], where[1]));
      continue;
    }
    stats.named++;
    const words = doc.tokens.slice(where[0], where[1]).map((t) => t.text);
    const core = nameCore(words, entity.descriptor, entity.type);
    if (core.kind === "none") {
      stats.noName++;
      continue;
    }
    const span = trimSpan(spanOf(where[0] + core.from, where[0] + core.to), text);
    const coreWords = words.slice(core.from, core.to);
    if (core.kind === "demonym") {
      stats.demonyms++;
      unscored.push(span);
      continue;
    }
    if (!entity.instance && coreWords.some((w) => w === "and" || w === "&")) {
      stats.groups++;
      unscored.push(span);
      continue;
    }
    if (core.from > 0 || core.to < words.length) stats.narrowed++;
    candidates.push({
      ...span,
      key: entity.instance ?? `${id}#${entity.id}`,
      crossDoc: entity.instance !== null,
      type: entity.type as Candidate["type"],
      descriptor: entity.descriptor,
    });
  }
  // One gold mention per name span: the longest-match reading drops a name inside a longer gold name (our
  // guidelines: "Korea" inside "South Korea" is no mention) and a span annotated twice.
  const kept = longestMatch(candidates, text.length);
  stats.duplicates = candidates.length - kept.length;
  stats.scored = kept.length;

  const clusters = new Map<string, Candidate[]>();
  for (const c of kept) {
    const list = clusters.get(c.key);
    if (list) list.push(c);
    else clusters.set(c.key, [c]);
  }
  const entities: GoldEntity[] = [...clusters.values()].map((list) => {
    const texts = list.map((c) => text.slice(c.start, c.end));
    const canonical = texts.reduce((a, b) => (b.length > a.length ? b : a));
    const first = list[0] as Candidate;
    return {
      canonical,
      type: MEANTIME_TYPES[first.type] as EntityType,
      mentions: [...new Set(texts)],
      spans: list.map((c) => ({ start: c.start, end: c.end })),
      note: `MEANTIME ${first.type} ${first.crossDoc ? first.key : "(this article only)"}: ${first.descriptor}`,
    };
  });
  const mentions: MeantimeMention[] = kept.map((c) => ({
    doc: id,
    instance: c.key,
    crossDoc: c.crossDoc,
    type: c.type,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
  }));

  let creationTime: string | null = null;
  const dates: GoldDate[] = [];
  for (const t of doc.timexes) {
    if (t.creationTime) {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(t.value)?.[0];
      if (day && !creationTime) creationTime = day;
      continue;
    }
    const where = stretch(t.tokens);
    if (!where || !scoredSentence(sentenceOf(where[0]))) continue;
    if (!["DATE", "TIME", "DURATION", "SET"].includes(t.type)) continue;
    const span = spanOf(where[0], where[1]);
    // "two years ago", "three days after": MEANTIME marks the length ("two years", P2Y) and leaves "ago" as a
    // signal; our format gives the whole expression's anchored date, which MEANTIME does not state. The span
    // is scored, the value is not.
    const anchored = t.type === "DURATION" && ANCHORING.has(doc.tokens[where[1]]?.text.toLowerCase() ?? "");
    const value = anchored ? null : isoValueOfTimex(t.value);
    stats.timexes++;
    if (value === null) stats.timexNoValue++;
    dates.push({
      text: text.slice(span.start, span.end),
      value,
      kind: kindOfTimex(t.type, t.value),
      spans: [span],
      note: `TIMEX3 ${t.type} ${t.value}${anchored ? " (anchored duration: value not checked)" : ""}`,
    });
  }
  dates.sort((a, b) => (a.spans?.[0]?.start ?? 0) - (b.spans?.[0]?.start ?? 0));

  // Unscored stretches: the date line, the sentences after the fully annotated ones, and names we do not score
  // (nationality adjectives, groups, products and financial entities) less the gold names and dates inside them.
  const ignoreRanges: Range[] = [];
  const dateLine = rebuilt.sentences[1];
  if (dateLine) ignoreRanges.push(dateLine);
  const after = rebuilt.sentences.find((s, i) => s !== undefined && i > MEANTIME_LAST_SCORED_SENTENCE);
  if (after) ignoreRanges.push({ start: after.start, end: text.length });
  const goldSpans = [...kept, ...dates.flatMap((d) => d.spans ?? [])];
  ignoreRanges.push(...subtract(unscored, goldSpans));
  ignoreRanges.sort((a, b) => a.start - b.start || a.end - b.end);

  const gold: Gold = GoldSchema.parse({
    doc: id,
    publishedHint: creationTime,
    ...(creationTime ? { publishedReason: "MEANTIME creation time (TIMEX3 functionInDocument=CREATION_TIME)" } : {}),
    ignoreRanges,
    entities,
    quotes: [],
    money: [],
    dates,
    note: "converted from MEANTIME (CC BY 4.0, (c) 2015 FBK, VU University Amsterdam, UPV/EHU)",
  });
  const title = rebuilt.sentences[0] ? text.slice(rebuilt.sentences[0].start, rebuilt.sentences[0].end) : "";
  return { id, docId: doc.docId, topic, url: doc.url, title, text, creationTime, gold, mentions, stats };
}

/** Reads and converts one MEANTIME XML file. */
export function meantimeArticle(xml: string, file?: string, topic?: string): MeantimeArticle {
  return convertMeantime(readMeantimeXml(xml, file), topic);
}
