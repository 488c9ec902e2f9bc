import type { EntityType } from "@newsgraph/core";
import { findOccurrences, isBetweenMarks, longestMatch, type Range, RangeSet } from "../text.js";
import type { GoldProblem } from "./load.js";
import type { Gold, GoldDate, GoldMoney, GoldQuote } from "./schema.js";

/** One counted occurrence of a gold entity's listed string. */
export interface GoldMention extends Range {
  entity: number;
  type: EntityType;
  text: string;
}

export interface ResolvedEntity {
  index: number;
  canonical: string;
  type: EntityType;
  /** canonical name and every listed surface form */
  names: string[];
  /** the counted occurrences (longest-match reading, outside ignoreSpans), in text order */
  occurrences: GoldMention[];
}

/** A gold item (quote, amount, date) placed at one occurrence of its text. */
export interface Placed<T> extends Range {
  /** index of the item in the gold file's list */
  index: number;
  item: T;
  text: string;
}

/** A gold file read against its article: every listed string placed at the occurrences that count. */
export interface ResolvedGold {
  gold: Gold;
  ignore: RangeSet;
  ignoreRanges: Range[];
  entities: ResolvedEntity[];
  mentions: GoldMention[];
  quotes: Placed<GoldQuote>[];
  money: Placed<GoldMoney>[];
  dates: Placed<GoldDate>[];
  /** strings that do not occur in the article, and other annotation problems the scorer works around */
  problems: GoldProblem[];
}

/**
 * Reads a gold file against its article text (the surface-string check and the placement the scorer uses).
 * - entities: each listed string counts at each word-bounded occurrence that does not lie inside an occurrence
 *   of a longer listed string (of any entity); a string listed by two entities counts for the first.
 * - quotes: each text is placed at its occurrences between quote marks (indirect ones: anywhere); the k-th
 *   entry with the same text takes the k-th occurrence, further occurrences repeat the last entry.
 * - money and dates: like quotes, word-bounded, longest match within the category.
 * Anything touching an occurrence of an `ignoreSpans` string is dropped.
 */
export function resolveGold(gold: Gold, text: string, file = `${gold.doc}.gold.json`): ResolvedGold {
  const problems: GoldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  const ignoreRanges: Range[] = [];
  (gold.ignoreSpans ?? []).forEach((s, i) => {
    const found = findOccurrences(text, s, false);
    if (found.length === 0) problem(`ignoreSpans[${i}]`, `${JSON.stringify(s)} does not occur in the article`);
    ignoreRanges.push(...found);
  });
  (gold.ignoreRanges ?? []).forEach((r, i) => {
    if (r.end > text.length) problem(`ignoreRanges[${i}]`, `[${r.start},${r.end}) lies outside the article`);
    else ignoreRanges.push({ start: r.start, end: r.end });
  });
  const ignore = new RangeSet(ignoreRanges);

  // Entities given by offsets (`spans`) count exactly there; the others by their strings: candidates from every
  // listed string (none inside a given span), then the longest-match reading.
  const given = givenSpans(gold.entities, "entities", text, problem);
  const givenMentions: GoldMention[] = given.map((g) => {
    const entity = gold.entities[g.index] as Gold["entities"][number];
    return { start: g.start, end: g.end, entity: g.index, type: entity.type, text: g.text };
  });
  const givenSet = new RangeSet(given);
  const owner = new Map<string, number>();
  const candidates: GoldMention[] = [];
  gold.entities.forEach((entity, e) => {
    if (entity.spans) return;
    const strings = new Set(entity.mentions);
    [...strings].forEach((s) => {
      const field = `entities[${e}].mentions[${entity.mentions.indexOf(s)}]`;
      const first = owner.get(s);
      if (first !== undefined) {
        const other = gold.entities[first];
        problem(
          field,
          `${JSON.stringify(s)} is also listed by entities[${first}] (${other?.canonical}); it counts for that one`,
        );
        return;
      }
      owner.set(s, e);
      const found = findOccurrences(text, s, true);
      if (found.length === 0)
        problem(field, `${JSON.stringify(s)} does not occur in the article (exact, case-sensitive, as a whole word)`);
      for (const r of found) if (!givenSet.touches(r)) candidates.push({ ...r, entity: e, type: entity.type, text: s });
    });
  });
  const kept = longestMatch(candidates, text.length);
  const counted = new Set(kept.map((m) => `${m.entity}:${m.text}`));
  for (const [s, e] of owner) {
    if (counted.has(`${e}:${s}`) || !candidates.some((c) => c.entity === e && c.text === s)) continue;
    const entity = gold.entities[e];
    problem(
      `entities[${e}].mentions[${entity?.mentions.indexOf(s)}]`,
      `${JSON.stringify(s)} occurs only inside longer listed strings, so it is never scored`,
    );
  }
  const mentions = (
    givenMentions.length > 0
      ? [...kept, ...givenMentions].sort((a, b) => a.start - b.start || a.end - b.end || a.entity - b.entity)
      : kept
  ).filter((m) => !ignore.touches(m));
  const entities: ResolvedEntity[] = gold.entities.map((entity, index) => ({
    index,
    canonical: entity.canonical,
    type: entity.type,
    names: [entity.canonical, ...entity.mentions],
    occurrences: mentions.filter((m) => m.entity === index),
  }));

  // Speakers should name a gold entity, so that a predicted speaker can be checked against its names.
  const allNames = new Set(gold.entities.flatMap((e) => [e.canonical, ...e.mentions]));
  gold.quotes.forEach((q, i) => {
    if (q.speaker !== null && !q.anonymous && !allNames.has(q.speaker))
      problem(`quotes[${i}].speaker`, `${JSON.stringify(q.speaker)} is not the name of a gold entity`);
  });

  const quotes = place(gold.quotes, "quotes", text, problem, {
    occurrences: (q, all) => {
      if (q.kind === "indirect") return all;
      const marked = all.filter((r) => isBetweenMarks(text, r));
      return marked.length > 0 ? marked : all;
    },
    wordBounded: false,
    longest: false,
    groupKey: (q) => `${q.kind === "indirect" ? "i" : "q"}|${q.text}`,
  }).filter((q) => !ignore.touches(q));
  const money = place(gold.money, "money", text, problem, { wordBounded: true, longest: true }).filter(
    (m) => !ignore.touches(m),
  );
  const dates = placeWithSpans(gold.dates, "dates", text, problem, { wordBounded: true, longest: true }).filter(
    (d) => !ignore.touches(d),
  );
  return { gold, ignore, ignoreRanges, entities, mentions, quotes, money, dates, problems };
}

interface PlaceOptions<T> {
  wordBounded: boolean;
  /** apply the longest-match reading across the list's strings */
  longest: boolean;
  occurrences?: (item: T, all: Range[]) => Range[];
  groupKey?: (item: T) => string;
  /** items placed elsewhere (by their spans) */
  skip?: (item: T) => boolean;
  /** stretches already placed: occurrences touching them do not count */
  taken?: RangeSet;
}

/** Places the items of one gold list at the occurrences of their texts (see resolveGold). */
function place<T extends { text: string }>(
  items: T[],
  list: string,
  text: string,
  problem: (field: string, message: string) => void,
  options: PlaceOptions<T>,
): Placed<T>[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (options.skip?.(item)) return;
    const key = options.groupKey?.(item) ?? item.text;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const found: { range: Range; group: number[] }[] = [];
  for (const group of groups.values()) {
    const first = items[group[0] as number] as T;
    let ranges = findOccurrences(text, first.text, options.wordBounded);
    if (options.occurrences) ranges = options.occurrences(first, ranges);
    if (options.taken) ranges = ranges.filter((r) => !options.taken?.touches(r));
    if (ranges.length === 0)
      problem(
        `${list}[${group[0]}].text`,
        `${JSON.stringify(first.text)} does not occur in the article${options.wordBounded ? " (as whole words)" : ""}`,
      );
    for (const range of ranges) found.push({ range, group });
  }
  const kept = options.longest
    ? longestMatch(
        found.map((f) => ({ ...f.range, group: f.group })),
        text.length,
      ).map((k) => ({ range: { start: k.start, end: k.end }, group: k.group }))
    : found;
  const out: Placed<T>[] = [];
  for (const group of groups.values()) {
    const ranges = kept
      .filter((k) => k.group === group)
      .map((k) => k.range)
      .sort((a, b) => a.start - b.start);
    if (ranges.length === 0) {
      if (found.some((f) => f.group === group))
        problem(
          `${list}[${group[0]}].text`,
          `${JSON.stringify(items[group[0] as number]?.text)} occurs only inside longer listed strings, so it is never scored`,
        );
      continue;
    }
    if (group.length > ranges.length)
      problem(
        `${list}[${group[ranges.length]}].text`,
        `${JSON.stringify(items[group[0] as number]?.text)} is listed ${group.length} times but counts at only ${ranges.length} place(s)`,
      );
    ranges.forEach((range, k) => {
      const index = group[Math.min(k, group.length - 1)] as number;
      const item = items[index] as T;
      out.push({ ...range, index, item, text: text.slice(range.start, range.end) });
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface WithSpans {
  spans?: { start: number; end: number }[] | undefined;
}

/**
 * Items given by offsets (`spans`): each span counts exactly there. A span outside the text is a problem (and
 * dropped); for entities, a span whose text is not among the listed `mentions` is reported (and kept).
 */
function givenSpans<T extends WithSpans & { mentions?: string[] }>(
  items: readonly T[],
  list: string,
  text: string,
  problem: (field: string, message: string) => void,
): (Range & { index: number; text: string })[] {
  const out: (Range & { index: number; text: string })[] = [];
  items.forEach((item, index) => {
    item.spans?.forEach((r, k) => {
      if (r.end > text.length) {
        problem(`${list}[${index}].spans[${k}]`, `[${r.start},${r.end}) lies outside the article`);
        return;
      }
      const surface = text.slice(r.start, r.end);
      if (item.mentions && !item.mentions.includes(surface))
        problem(`${list}[${index}].spans[${k}]`, `${JSON.stringify(surface)} is not among the listed mentions`);
      out.push({ start: r.start, end: r.end, index, text: surface });
    });
  });
  return out;
}

/** A list whose items may carry `spans`: those are placed exactly, the others by their text (see place). */
function placeWithSpans<T extends { text: string } & WithSpans>(
  items: T[],
  list: string,
  text: string,
  problem: (field: string, message: string) => void,
  options: PlaceOptions<T>,
): Placed<T>[] {
  if (!items.some((i) => i.spans)) return place(items, list, text, problem, options);
  const given: Placed<T>[] = givenSpans(items, list, text, problem).map((g) => ({
    ...g,
    item: items[g.index] as T,
  }));
  const byText = place(items, list, text, problem, {
    ...options,
    skip: (item) => item.spans !== undefined,
    taken: new RangeSet(given),
  });
  return [...byText, ...given].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The surface-string check alone: every problem of a gold file read against its article. */
export function checkSurfaces(gold: Gold, text: string, file?: string): GoldProblem[] {
  return resolveGold(gold, text, file).problems;
}
