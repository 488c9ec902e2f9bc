import {
  compactName,
  type EntityType,
  entityId,
  isSpellingVariant,
  nameInitials,
  nameTokens,
  orgCoreTokens,
  shortForms,
  slug,
} from "@newsgraph/core";
import { compareStrings, type Observation, type ObservedEntity } from "./observation.js";

/** One article-level entity, with its article. */
export interface LocalEntity extends ObservedEntity {
  doc: string;
}

/** A cross-article entity: the article-level entities taken for one, and why. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mergedBy: string[];
  members: LocalEntity[];
}

export const localKey = (doc: string, id: string) => `${doc}\u0000${id}`;

/** Name groups: the article-level entities of one type whose names fold to the same letters (rule a). */
interface NameGroup {
  key: string;
  type: EntityType;
  tokens: string[];
  names: string[];
  members: LocalEntity[];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y) ?? root;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }
  /** Joins two sets; the smaller key becomes the root, so the result does not depend on call order. */
  union(a: string, b: string): string {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return x;
    const [root, child] = x < y ? [x, y] : [y, x];
    this.parent.set(child, root);
    return root;
  }
}

/**
 * Cross-article entity resolution, a deterministic function of the set of observations (every loop runs over
 * sorted keys). Within one type:
 * (a) same name: names folded for case, accents, hyphens and spaces are one entity ("same-name"); for
 *     organizations the core of the name (no legal form, a leading place in its canonical spelling, a plural
 *     last word singular: see orgCoreTokens);
 * (a') a name of two or more words typed differently by different articles is one entity of the majority type;
 * (b) people only: transliteration variants (see isSpellingVariant) are one ("spelling-variant: A~B");
 * (c) a name that is a shorter form of exactly one other entity's name (people: a first or last run of its
 *     tokens; organizations: initials, the name without its last word, its last words, its first word) or an
 *     alias an article gave exactly one other entity joins it ("alias: ..."). An alias an article stated wins
 *     over a derived short form. Evidence is needed except for an acronym and for an organization's name without
 *     its last word: a shared role title or a shared co-occurring entity in their articles.
 * Two entities that one article tells apart (two article-level entities of the same article) are never joined
 * by (b) or (c); two different full names sharing a surname never match (b) or (c).
 */
export function resolveEntities(observations: Observation[]): ResolvedEntity[] {
  const groups = nameGroups(observations);
  const uf = new UnionFind();
  const reasons: { at: string; reason: string }[] = [];
  const byKey = new Map(groups.map((g) => [g.key, g]));
  // The articles and name groups of each current cluster, kept at its root (for the veto and the evidence).
  const docsOf = new Map(groups.map((g) => [g.key, new Set(g.members.map((m) => m.doc))]));
  const groupsOf = new Map(groups.map((g) => [g.key, [g]]));
  const tryUnion = (a: string, b: string, reason: string): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return false;
    const da = docsOf.get(ra) ?? new Set<string>();
    const db = docsOf.get(rb) ?? new Set<string>();
    const [small, large] = da.size <= db.size ? [da, db] : [db, da];
    for (const d of small) if (large.has(d)) return false;
    const root = uf.union(ra, rb);
    for (const d of small) large.add(d);
    docsOf.set(root, large);
    // the smaller list joins the larger one (order does not matter to its readers), so a big cluster is not copied
    const ga = groupsOf.get(ra) ?? [];
    const gb = groupsOf.get(rb) ?? [];
    const [fewer, more] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
    for (const g of fewer) more.push(g);
    groupsOf.set(root, more);
    reasons.push({ at: root, reason });
    return true;
  };
  const state: ClusterState = { uf, docsOf, groupsOf, byKey };

  for (const g of groups) {
    if (g.members.length > 1) reasons.push({ at: g.key, reason: sameNameReason(g) });
  }
  sameNameAcrossTypes(groups, tryUnion);
  spellingVariants(groups, tryUnion);
  shortFormsAndAliases(groups, state, tryUnion);

  const clusters = new Map<string, NameGroup[]>();
  for (const g of groups) {
    const root = uf.find(g.key);
    const list = clusters.get(root);
    if (list) list.push(g);
    else clusters.set(root, [g]);
  }
  const reasonsAt = new Map<string, Set<string>>();
  for (const { at, reason } of reasons) {
    const root = uf.find(at);
    const set = reasonsAt.get(root) ?? new Set<string>();
    set.add(reason);
    reasonsAt.set(root, set);
  }
  return [...clusters.entries()]
    .map(([root, gs]) => toResolved(gs, [...(reasonsAt.get(root) ?? [])].sort()))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function nameGroups(observations: Observation[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  for (const obs of observations) {
    for (const e of obs.entities) {
      // organizations by the core of their name: "Apple Inc." and "Apple", "Ford Motor Company" and "Ford Motors Co"
      const compact = e.type === "ORG" ? orgCoreTokens(e.name).join("") : compactName(e.name);
      // A nameless entity stays alone: an empty name is no evidence of identity.
      const key = compact ? `${e.type}|${compact}` : `${e.type}|?${obs.doc}|${e.id}`;
      const tokens = nameTokens(e.name);
      const local: LocalEntity = { ...e, doc: obs.doc };
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { key, type: e.type, tokens, names: [e.name], members: [local] });
        continue;
      }
      g.members.push(local);
      if (!g.names.includes(e.name)) g.names.push(e.name);
      // The tokenization with the most tokens ("yoon suk yeol" over "yoon sukyeol") represents the group.
      if (
        tokens.length > g.tokens.length ||
        (tokens.length === g.tokens.length && tokens.join(" ") < g.tokens.join(" "))
      )
        g.tokens = tokens;
    }
  }
  for (const g of groups.values()) {
    g.names.sort();
    g.members.sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.id, b.id));
  }
  return [...groups.values()].sort((a, b) => compareStrings(a.key, b.key));
}

function sameNameReason(g: NameGroup): string {
  return g.names.length > 1 ? `same-name: ${g.names.join(" = ")}` : "same-name";
}

type TryUnion = (a: string, b: string, reason: string) => boolean;

/**
 * Rule (a'): a name of two or more words that articles typed differently ("Lockheed Martin" a person in one
 * article, an organization in two) is one entity, of the type most of its articles gave it. One-word names are
 * left apart: "Washington" the place and "Washington" the person are different entities.
 */
function sameNameAcrossTypes(groups: NameGroup[], tryUnion: TryUnion): void {
  const byName = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.tokens.length < 2) continue;
    for (const compact of new Set(g.names.map(compactName))) {
      const list = byName.get(compact) ?? [];
      if (!list.includes(g)) list.push(g);
      byName.set(compact, list);
    }
  }
  for (const compact of [...byName.keys()].sort()) {
    const list = byName.get(compact) ?? [];
    const types = new Set(list.map((g) => g.type));
    if (types.size < 2) continue;
    const docCount = new Map(list.map((g) => [g, new Set(g.members.map((m) => m.doc)).size]));
    const docs = (g: NameGroup) => docCount.get(g) ?? 0;
    const [main, ...rest] = [...list].sort((a, b) => docs(b) - docs(a) || compareStrings(a.key, b.key));
    if (!main) continue;
    for (const g of rest)
      if (g.type !== main.type)
        tryUnion(
          main.key,
          g.key,
          `same-name-other-type: ${g.names[0]} (${g.type} in ${docs(g)}, ${main.type} in ${docs(main)})`,
        );
  }
}

/** The clusters as they grow: union-find plus, at each root, its articles and name groups. */
interface ClusterState {
  uf: UnionFind;
  docsOf: Map<string, Set<string>>;
  groupsOf: Map<string, NameGroup[]>;
  byKey: Map<string, NameGroup>;
}

/**
 * Rule (b), people only: pairs are compared within blocks that must share the first or the last token (at most
 * one token may differ), or for one-token names the first two letters, so the work stays near linear.
 */
function spellingVariants(groups: NameGroup[], tryUnion: TryUnion): void {
  const blocks = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.type !== "PERSON" || g.tokens.length === 0) continue;
    const n = g.tokens.length;
    const keys =
      n === 1 ? [`1|${(g.tokens[0] ?? "").slice(0, 2)}`] : [`${n}|F|${g.tokens[0]}`, `${n}|L|${g.tokens[n - 1]}`];
    for (const k of keys) {
      const list = blocks.get(k);
      if (list) list.push(g);
      else blocks.set(k, [g]);
    }
  }
  for (const k of [...blocks.keys()].sort()) {
    const list = blocks.get(k) ?? [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || !isSpellingVariant(a.tokens, b.tokens)) continue;
        tryUnion(a.key, b.key, `spelling-variant: ${a.names[0]}~${b.names[0]}`);
      }
    }
  }
}

/** Rule (c): shorter forms and aliases, joined only when they point at exactly one entity. */
function shortFormsAndAliases(groups: NameGroup[], state: ClusterState, tryUnion: TryUnion): void {
  const { uf, byKey } = state;
  // compact short form or alias → the name groups claiming it; an organization's derived short forms (first
  // word, last words, initials) are weaker than what an article said: they count only where nothing else claims
  const claims = new Map<string, Set<string>>();
  const weakClaims = new Map<string, Set<string>>();
  const claim = (to: Map<string, Set<string>>, type: string, compact: string, key: string) => {
    if (!compact) return;
    const k = `${type}|${compact}`;
    const set = to.get(k) ?? new Set<string>();
    set.add(key);
    to.set(k, set);
  };
  for (const g of groups) {
    if (g.type === "PERSON") for (const s of shortForms(g.tokens)) claim(claims, g.type, s.replace(/ /g, ""), g.key);
    if (g.type === "ORG") for (const s of orgShortForms(g)) claim(weakClaims, g.type, s, g.key);
    const fold = g.type === "ORG" ? (a: string) => orgCoreTokens(a).join("") : compactName;
    for (const m of g.members) for (const alias of m.aliases) claim(claims, g.type, fold(alias), g.key);
  }
  // doc → the name groups it mentions, for the shared co-occurring entity test
  const groupsInDoc = new Map<string, Set<string>>();
  for (const g of groups) {
    for (const m of g.members) {
      const set = groupsInDoc.get(m.doc) ?? new Set<string>();
      set.add(g.key);
      groupsInDoc.set(m.doc, set);
    }
  }
  for (const g of groups) {
    const claimants = claims.get(g.key) ?? weakClaims.get(g.key);
    if (!claimants) continue;
    const own = uf.find(g.key);
    const targets = new Set([...claimants].map((k) => uf.find(k)).filter((r) => r !== own));
    if (targets.size !== 1) continue;
    const [target] = [...targets];
    if (target === undefined) continue;
    const long = [...claimants].map((k) => byKey.get(k)).find((c) => c && uf.find(c.key) === target);
    if (!long) continue;
    // Evidence: for an organization or place, an acronym of the full name ("NATO") is enough; anything else
    // (a generic alias such as "the ministry", a person's short name) needs shared roles or company.
    const support =
      g.type !== "PERSON" && isAcronymOf(g, state.groupsOf.get(target) ?? [long])
        ? "acronym"
        : g.type === "ORG" && isLeadingPart(g, long)
          ? "leading words of the name"
          : sharedEvidence(g, target, state, groupsInDoc);
    if (!support) continue;
    const isShortForm =
      g.type === "PERSON" && shortForms(long.tokens).some((f) => f.replace(/ /g, "") === g.tokens.join(""));
    const reason = `alias: ${g.names[0]} (${isShortForm ? "shorter form" : "alias"} of ${long.names[0]}; ${support})`;
    tryUnion(g.key, target, reason);
  }
}

/**
 * The shorter names an organization may go by in another article: its initials ("General Motors Corporation" →
 * gm), its name without the last word ("China Eastern Airlines" → China Eastern), its last words ("United
 * States Air Force" → Air Force) and its first word ("Ford Motor Company" → Ford). Initials join on their own
 * (the acronym test); a short form of one word needs shared evidence.
 */
function orgShortForms(g: NameGroup): string[] {
  const out = new Set<string>();
  for (const name of g.names) {
    const tokens = orgCoreTokens(name);
    const letters = nameInitials(tokens);
    if (letters.length >= 2) out.add(letters);
    if (tokens.length >= 2) {
      out.add(orgCoreTokens(tokens.slice(0, -1).join(" ")).join(""));
      out.add(tokens[0] ?? "");
    }
    for (let k = 1; k <= tokens.length - 2; k++) out.add(orgCoreTokens(tokens.slice(k).join(" ")).join(""));
  }
  return [...out].filter(Boolean);
}

/**
 * Whether an organization's name of two or more words is another's without its last word ("China Eastern" of
 * "China Eastern Airlines"): specific enough to need no more evidence when it points at one organization only.
 */
function isLeadingPart(g: NameGroup, long: NameGroup): boolean {
  const own = g.key.slice(g.type.length + 1);
  return (
    g.tokens.length >= 2 &&
    long.names.some((name) => {
      const tokens = orgCoreTokens(name);
      return tokens.length > 2 && orgCoreTokens(tokens.slice(0, -1).join(" ")).join("") === own;
    })
  );
}

/** Whether a name written in capitals spells the initials of one of the names in a cluster (NATO, EBRD). */
function isAcronymOf(g: NameGroup, targets: NameGroup[]): boolean {
  const written = g.names.find((n) => /^[A-Z][A-Z0-9.&-]{1,9}$/.test(n.trim()));
  if (!written) return false;
  const letters = compactName(written);
  return targets.some((t) =>
    t.names.some((name) => {
      return nameInitials(t.type === "ORG" ? orgCoreTokens(name) : nameTokens(name)) === letters;
    }),
  );
}

/** Evidence that a short name and a fuller one are one entity: a shared role or co-occurring entity. */
function sharedEvidence(
  g: NameGroup,
  target: string,
  state: ClusterState,
  groupsInDoc: Map<string, Set<string>>,
): string {
  const { uf, docsOf, groupsOf, byKey } = state;
  const display = (key: string) => byKey.get(key)?.names[0] ?? key;
  const own = uf.find(g.key);
  const titles = (gs: NameGroup[]) =>
    new Set(gs.flatMap((x) => x.members.flatMap((m) => m.roles.map((r) => slug(r.title)))));
  const mine = titles(groupsOf.get(own) ?? [g]);
  const theirs = titles(groupsOf.get(target) ?? []);
  const role = [...mine].filter((t) => theirs.has(t)).sort()[0];
  if (role) return `shared role: ${role}`;
  // The other clusters named in the short form's articles that are also named in the full name's articles.
  const near = new Set<string>();
  for (const d of docsOf.get(own) ?? []) for (const k of groupsInDoc.get(d) ?? []) near.add(uf.find(k));
  near.delete(own);
  near.delete(target);
  const targetDocs = docsOf.get(target) ?? new Set<string>();
  const shared = [...near]
    .filter((r) => {
      const docs = docsOf.get(r) ?? new Set<string>();
      const [small, large] = docs.size <= targetDocs.size ? [docs, targetDocs] : [targetDocs, docs];
      for (const d of small) if (large.has(d)) return true;
      return false;
    })
    .sort();
  // One shared person or organization, or two shared entities of any type (a country alone is common ground).
  const strong = shared.find((r) => r.startsWith("PERSON|") || r.startsWith("ORG|"));
  if (strong) return `shared co-occurring: ${display(strong)}`;
  if (shared.length >= 2) return `shared co-occurring: ${shared.map(display).join(", ")}`;
  return "";
}

/**
 * The canonical name: the most tokens, then the most articles using it, then not all in capitals, then the
 * first in code order.
 */
function toResolved(gs: NameGroup[], mergedBy: string[]): ResolvedEntity {
  const members = gs
    .flatMap((g) => g.members)
    .sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.id, b.id));
  const docsUsing = new Map<string, Set<string>>();
  for (const m of members) {
    const set = docsUsing.get(m.name) ?? new Set<string>();
    set.add(m.doc);
    docsUsing.set(m.name, set);
  }
  // A name all in capitals counts against it only to break a tie: "Kyiv" over a headline's "KYIV".
  // one pass for the best, each name scored once
  let name = "";
  let best: [number, number, number] | null = null;
  for (const [candidate, docs] of docsUsing) {
    const score: [number, number, number] = [nameTokens(candidate).length, docs.size, /[a-z]/.test(candidate) ? 0 : 1];
    // more tokens, then more articles, then not all in capitals, then code order
    const d = best ? best[0] - score[0] || best[1] - score[1] || score[2] - best[2] : -1;
    const better = d < 0 || (d === 0 && compareStrings(candidate, name) < 0);
    if (better) [name, best] = [candidate, score];
  }
  // the type most of its articles gave it (rule a' may join names typed differently), ties in code order
  const typeDocs = new Map<EntityType, Set<string>>();
  for (const m of members) typeDocs.set(m.type, (typeDocs.get(m.type) ?? new Set()).add(m.doc));
  const type =
    [...typeDocs.entries()].sort((a, b) => b[1].size - a[1].size || compareStrings(a[0], b[0]))[0]?.[0] ?? "PERSON";
  const first = gs[0];
  const id =
    compactName(name) || !first
      ? entityId(type, name)
      : `${type.toLowerCase()}:x-${slug(first.members[0]?.doc ?? "")}-${slug(first.members[0]?.id ?? "")}`;
  const aliases = new Set<string>();
  for (const m of members) {
    aliases.add(m.name);
    for (const a of m.aliases) aliases.add(a);
  }
  aliases.delete(name);
  return { id, type, name, aliases: [...aliases].sort(), mergedBy, members };
}
