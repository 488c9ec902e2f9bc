import { type DocResult, ENTITY_TYPES, type EntityType } from "@newsgraph/core";
import type { GoldMention } from "../gold/resolve.js";
import type { Range } from "../text.js";
import type { DocScoring } from "./context.js";

interface PredMention extends Range {
  type: EntityType;
  entity: number;
}

const key = (r: Range) => `${r.start}:${r.end}`;

/** Mentions that name the entity: via name or alias, or without `via` (role nouns and pronouns are not names). */
export function nameMentions(result: DocResult, s: DocScoring): PredMention[] {
  const out: PredMention[] = [];
  result.entities.forEach((entity, e) => {
    for (const m of entity.mentions) {
      if (m.via === "role" || m.via === "pronoun") continue;
      if (s.usable(m)) out.push({ start: m.start, end: m.end, type: entity.type, entity: e });
    }
  });
  return out;
}

/**
 * Mention-level scoring: gold (surface, type) occurrences against predicted name mentions, by exact offsets.
 * A span predicted twice with the same type (by two entities) counts once.
 */
export function scoreMentions(result: DocResult, s: DocScoring, preds: PredMention[]): void {
  const gold = s.gold.mentions;
  const goldTyped = new Map(gold.map((g) => [`${key(g)}:${g.type}`, g]));
  const goldSpan = new Map<string, GoldMention>(gold.map((g) => [key(g), g]));
  const predTyped = new Map<string, PredMention>();
  const predSpanTypes = new Map<string, Set<EntityType>>();
  for (const p of preds) {
    predTyped.set(`${key(p)}:${p.type}`, p);
    const types = predSpanTypes.get(key(p)) ?? new Set<EntityType>();
    types.add(p.type);
    predSpanTypes.set(key(p), types);
  }

  for (const type of ENTITY_TYPES) {
    const g = gold.filter((m) => m.type === type);
    const p = [...predTyped.values()].filter((m) => m.type === type);
    const matched = g.filter((m) => predTyped.has(`${key(m)}:${type}`)).length;
    const t = { gold: g.length, predicted: p.length, matchedGold: matched, matchedPredicted: matched };
    s.add(`entities.${type}`, t);
    s.add("entities", t);
  }
  const spanMatched = [...goldSpan.keys()].filter((k) => predSpanTypes.has(k)).length;
  s.add("entities.untyped", {
    gold: goldSpan.size,
    predicted: predSpanTypes.size,
    matchedGold: spanMatched,
    matchedPredicted: spanMatched,
  });

  for (const g of gold) {
    if (predTyped.has(`${key(g)}:${g.type}`)) continue;
    const types = predSpanTypes.get(key(g));
    if (types) s.find("entities", "wrong-type", g, { expected: g.type, got: [...types].join("/") });
    else s.find("entities", "missed", g, { expected: `${g.type} ${canonical(s, g)}` });
  }
  for (const p of predTyped.values()) {
    if (goldTyped.has(`${key(p)}:${p.type}`) || goldSpan.has(key(p))) continue;
    s.find("entities", "false", p, { got: `${p.type} ${result.entities[p.entity]?.name ?? ""}` });
  }
}

function canonical(s: DocScoring, g: GoldMention): string {
  return s.gold.entities[g.entity]?.canonical ?? "";
}

/**
 * Entity-level scoring. A gold entity is found when one predicted entity of its type holds more than half of
 * its counted occurrences (by name mentions); a predicted entity is right when it is the holder of a found
 * gold entity. Splits (a gold entity's occurrences held by two or more predicted entities) and merges (a
 * predicted entity holding occurrences of two or more gold entities; PERSON merges counted apart) are
 * reported. Returns the holder of each gold entity (index into result.entities), for speaker checks.
 */
export function scoreClusters(result: DocResult, s: DocScoring, preds: PredMention[]): Map<number, number> {
  const holdersOfSpan = new Map<string, Set<number>>();
  for (const p of preds) {
    const set = holdersOfSpan.get(key(p)) ?? new Set<number>();
    set.add(p.entity);
    holdersOfSpan.set(key(p), set);
  }
  const counted = new Set(preds.map((p) => p.entity));
  const goldEntities = s.gold.entities.filter((e) => e.occurrences.length > 0);
  const holders = new Map<number, number>();
  const right = new Set<number>();
  let found = 0;
  let splits = 0;
  const goldOfPred = new Map<number, Set<number>>();

  for (const g of goldEntities) {
    const held = new Map<number, number>();
    for (const occ of g.occurrences)
      for (const e of holdersOfSpan.get(key(occ)) ?? []) {
        held.set(e, (held.get(e) ?? 0) + 1);
        const golds = goldOfPred.get(e) ?? new Set<number>();
        golds.add(g.index);
        goldOfPred.set(e, golds);
      }
    let best = -1;
    let bestCount = 0;
    for (const [e, n] of held) if (n > bestCount || (n === bestCount && e < best)) [best, bestCount] = [e, n];
    const first = g.occurrences[0] as Range;
    const share = (e: number) => `${result.entities[e]?.name ?? e} (${held.get(e)}/${g.occurrences.length})`;
    if (held.size >= 2) {
      splits++;
      s.find("clusters", "split", first, {
        text: g.canonical,
        got: [...held.keys()].map(share).join(", "),
      });
    }
    if (best >= 0 && bestCount * 2 > g.occurrences.length) {
      holders.set(g.index, best);
      const type = result.entities[best]?.type;
      if (type === g.type) {
        found++;
        right.add(best);
        continue;
      }
      s.find("clusters", "wrong-type", first, { text: g.canonical, expected: g.type, got: `${type} ${share(best)}` });
      continue;
    }
    s.find("clusters", "missed", first, {
      text: g.canonical,
      expected: `${g.type}, ${g.occurrences.length} mention(s)`,
      got: held.size ? [...held.keys()].map(share).join(", ") : "none",
    });
  }

  let merges = 0;
  let mergesPerson = 0;
  for (const [e, golds] of goldOfPred) {
    if (golds.size < 2) continue;
    merges++;
    const names = [...golds].map((i) => s.gold.entities[i]);
    if (names.filter((g) => g?.type === "PERSON").length >= 2) mergesPerson++;
    const entity = result.entities[e];
    const m = preds.find((p) => p.entity === e) as Range;
    s.find("clusters", "merge", m, {
      text: entity?.name ?? "",
      got: names.map((g) => `${g?.type} ${g?.canonical}`).join(" + "),
    });
  }
  for (const e of counted) {
    if (right.has(e) || goldOfPred.has(e)) continue;
    const m = preds.find((p) => p.entity === e) as Range;
    const entity = result.entities[e];
    s.find("clusters", "false", m, { text: entity?.name ?? "", got: `${entity?.type} ${entity?.name}` });
  }
  s.add("clusters", {
    gold: goldEntities.length,
    predicted: counted.size,
    matchedGold: found,
    matchedPredicted: right.size,
    extra: { merges, mergesPerson, splits },
  });
  return holders;
}
