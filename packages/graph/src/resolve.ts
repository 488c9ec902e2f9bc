import {
  type AliasMatch,
  type EntityType,
  entityId,
  honorificOf,
  isAcronymText,
  isGenericInstitution,
  isShortFormOf,
  isSpellingVariant,
  nameInitials,
  nameTokens,
  type OrgShortFormKind,
  orgCoreTokens,
  orgShortForms,
  type PersonCues,
  peopleClash,
  personShortForms,
  placeWikidata,
  shortForms,
  slug,
} from "@newsgraph/core";
import { foldAlias, type LocalEntity, type NameKind, profileOf, variantKeys } from "./blocking.js";
import { compareStrings, type Observation } from "./observation.js";

export type { LocalEntity } from "./blocking.js";

/** A cross-article entity: the article-level entities taken for one, and why. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mergedBy: string[];
  members: LocalEntity[];
  /** the Wikidata item the alias table or the place table gives the entity */
  wikidata?: string;
}

export const localKey = (doc: string, id: string) => `${doc}\u0000${id}`;

/**
 * Name groups, the units of resolution: the article-level entities of one type whose names fold to the same
 * letters (rule a), except names that are no evidence of identity on their own (a person's single word, a
 * descriptor, an organization named like a place: "Newcastle"), which stay one group per article-level entity.
 */
interface NameGroup {
  key: string;
  type: EntityType;
  kind: NameKind;
  /** the folded name, without the per-article part of the key */
  compact: string;
  tokens: string[];
  names: string[];
  members: LocalEntity[];
  alias: AliasMatch | undefined;
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

/** A cluster as it grows, kept at its root: its articles, name groups, full names of people and role titles. */
interface Cluster {
  docs: Set<string>;
  groups: NameGroup[];
  fullNames: string[][];
  titles: Set<string>;
}

/** How two clusters may be joined: `force` (the alias table) skips the veto of one article's two entities. */
type TryUnion = (a: string, b: string, reason: string, force?: boolean) => boolean;

interface State {
  uf: UnionFind;
  clusters: Map<string, Cluster>;
  byKey: Map<string, NameGroup>;
  /** per article: the name keys (type|folded name) of its entities, and whether each is a full name */
  context: Map<string, Map<string, boolean>>;
  /** name key → the articles naming it */
  keyDocs: Map<string, Set<string>>;
  /** name key → the name it is shown by in a reason (the first in code order) */
  keyNames: Map<string, string>;
}

/**
 * Cross-article entity resolution, a deterministic function of the set of observations (every loop runs over
 * sorted keys), joining only entities that share a blocking key (blocking.ts). Within one type:
 * (a) same name: names folded for case, accents, hyphens, spaces, a possessive and a glued descriptor are one
 *     entity ("same-name"); for organizations the core of the name (orgCoreTokens). A person's single word
 *     ("Smith"), a descriptor ("The Scot"), an organization named like a place ("Newcastle") or by its kind
 *     alone ("Parliament") are not names enough: each article's stays apart until (c) or (d) joins it;
 * (t) the alias table (core identity data): names of one referent ("Tories", "Conservative Party") are one
 *     entity, with the table's name and Wikidata item ("alias-table: ...");
 * (a') a name of two or more words typed differently by different articles is one entity of the majority type;
 * (b) people only: transliteration variants (isSpellingVariant) with supporting evidence ("spelling-variant");
 * (c) a name that is a shorter form of another entity's name (people: a first or last run of its tokens;
 *     organizations: initials, the name without its last word, its last words, its first word) or an alias an
 *     article gave another entity joins it ("alias: ..."). A person's short form joins the one full name that
 *     has supporting evidence and no conflicting honorific; an organization's, the one organization claiming
 *     it (an alias an article stated wins over a derived short form), with evidence unless it is an acronym or
 *     the name without its last word;
 * (d) single words left alone (a person's surname with no full name to join, an organization named like a
 *     place) join the same word of other articles with evidence: a shared full name or organization named
 *     beside them, or two shared entities ("same-word").
 * Evidence: a shared role title (not an honorific), or a name named in both entities' articles (their
 * observations' other entities, compared by name, never by how they resolved). Vetoes: two entities that one
 * article tells apart are never joined by (b) to (d); two people's different full names (neither the same,
 * nor a spelling variant, nor a run of the other's words) are never joined; honorifics or given names of
 * different people (Prince / Mr, Mr / Mrs, Louis / Louise) keep a short form or a variant apart.
 */
export function resolveEntities(observations: Observation[]): ResolvedEntity[] {
  const groups = nameGroups(observations);
  const uf = new UnionFind();
  const reasons: { at: string; reason: string }[] = [];
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const clusters = new Map<string, Cluster>(
    groups.map((g) => [
      g.key,
      {
        docs: new Set(g.members.map((m) => m.doc)),
        groups: [g],
        fullNames: g.kind === "full" ? [g.tokens] : [],
        titles: new Set(g.members.flatMap((m) => m.roles.map((r) => r.title))),
      },
    ]),
  );
  const state: State = { uf, clusters, byKey, ...contextIndex(observations) };
  const tryUnion: TryUnion = (a, b, reason, force = false) => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return false;
    const ca = clusters.get(ra) as Cluster;
    const cb = clusters.get(rb) as Cluster;
    // an article's two people are two people; an article's organizations and places may be one that its
    // clustering missed ("Ford" beside "Ford Motor Company"), so for them only the rule's own evidence counts
    if (!force && isPeople(ca) && isPeople(cb) && sharesDoc(ca.docs, cb.docs)) return false;
    if (!fullNamesCompatible(ca.fullNames, cb.fullNames)) return false;
    const root = uf.union(ra, rb);
    clusters.set(root, mergeClusters(ca, cb));
    clusters.delete(root === ra ? rb : ra);
    reasons.push({ at: root, reason });
    return true;
  };

  for (const g of groups) if (g.members.length > 1) reasons.push({ at: g.key, reason: sameNameReason(g) });
  aliasTable(groups, tryUnion);
  sameNameAcrossTypes(groups, tryUnion);
  spellingVariants(groups, state, tryUnion);
  sharedAcronyms(groups, state, tryUnion);
  const claimed = shortFormsAndAliases(groups, state, tryUnion);
  sameWord(groups, state, tryUnion, claimed);

  const byRoot = new Map<string, NameGroup[]>();
  for (const g of groups) {
    const root = uf.find(g.key);
    const list = byRoot.get(root);
    if (list) list.push(g);
    else byRoot.set(root, [g]);
  }
  const reasonsAt = new Map<string, Set<string>>();
  for (const { at, reason } of reasons) {
    const root = uf.find(at);
    const set = reasonsAt.get(root) ?? new Set<string>();
    set.add(reason);
    reasonsAt.set(root, set);
  }
  const resolved = [...byRoot.entries()].map(([root, gs]) => toResolved(gs, [...(reasonsAt.get(root) ?? [])].sort()));
  return uniqueIds(resolved).sort((a, b) => compareStrings(a.id, b.id));
}

const isPeople = (c: Cluster) => c.groups.some((g) => g.type === "PERSON");

function sharesDoc(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const d of small) if (large.has(d)) return true;
  return false;
}

/** The larger cluster takes in the smaller one (so a big cluster is not copied). */
function mergeClusters(a: Cluster, b: Cluster): Cluster {
  const [small, large] = a.docs.size + a.groups.length <= b.docs.size + b.groups.length ? [a, b] : [b, a];
  for (const d of small.docs) large.docs.add(d);
  for (const g of small.groups) large.groups.push(g);
  for (const f of small.fullNames) large.fullNames.push(f);
  for (const t of small.titles) large.titles.add(t);
  return large;
}

/**
 * Whether two clusters' people may be one: every full name of one is the same as, a spelling variant of, or a
 * run of the words of every full name of the other ("Ben Carson" in "Candidates Ben Carson"). "Joe Biden" and
 * "Hunter Biden" never are, whatever short form would bridge them.
 */
function fullNamesCompatible(a: string[][], b: string[][]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const x of a)
    for (const y of b) {
      if (x.join(" ") === y.join(" ") || isSpellingVariant(x, y)) continue;
      if (isShortFormOf(x, y) || isShortFormOf(y, x) || isInnerRun(x, y) || isInnerRun(y, x)) continue;
      return false;
    }
  return true;
}

/** Whether `short` is a run of `long`'s tokens anywhere ("ben carson" in "candidates ben carson said"). */
function isInnerRun(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const s = short.join(" ");
  for (let i = 0; i + short.length <= long.length; i++)
    if (long.slice(i, i + short.length).join(" ") === s) return true;
  return false;
}

/** Folded names of the GPE and LOC entities: an organization of one word named like one of them is ambiguous. */
function placeNames(observations: Observation[]): Set<string> {
  const out = new Set<string>();
  for (const obs of observations)
    for (const e of obs.entities) if (e.type === "GPE" || e.type === "LOC") out.add(profileOf(e).compact);
  return out;
}

function nameGroups(observations: Observation[]): NameGroup[] {
  const places = placeNames(observations);
  const groups = new Map<string, NameGroup>();
  for (const obs of observations) {
    for (const e of obs.entities) {
      const p = profileOf(e);
      // a single word of a person, a descriptor, an organization named like a place: one group per article entity
      const placeLike =
        p.type === "ORG" &&
        p.tokens.length === 1 &&
        !p.alias &&
        (places.has(p.compact) || isGenericInstitution(p.display));
      const kind: NameKind = placeLike ? "lone" : p.kind;
      const key =
        kind === "nameless"
          ? `${e.type}|?${obs.doc}|${e.id}`
          : kind === "lone" || kind === "descriptor"
            ? `${e.type}|${p.compact}|#${obs.doc}|${e.id}`
            : `${e.type}|${p.compact}`;
      const local: LocalEntity = { ...e, doc: obs.doc };
      profileOfLocal.set(local, p);
      const g = groups.get(key);
      if (!g) {
        groups.set(key, {
          key,
          type: e.type,
          kind,
          compact: p.compact,
          tokens: p.tokens,
          names: [p.display],
          members: [local],
          alias: p.alias,
        });
        continue;
      }
      g.members.push(local);
      if (!g.names.includes(p.display)) g.names.push(p.display);
      g.alias ??= p.alias;
      // The tokenization with the most tokens ("yoon suk yeol" over "yoon sukyeol") represents the group.
      if (
        p.tokens.length > g.tokens.length ||
        (p.tokens.length === g.tokens.length && p.tokens.join(" ") < g.tokens.join(" "))
      )
        g.tokens = p.tokens;
    }
  }
  for (const g of groups.values()) {
    g.names.sort(compareStrings);
    g.members.sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.id, b.id));
    // the alias-table referent does not depend on which member came first
    g.alias = g.members.map((m) => profileOfLocal.get(m)?.alias).find((a) => a !== undefined);
  }
  return [...groups.values()].sort((a, b) => compareStrings(a.key, b.key));
}
/** The profile of a LocalEntity copy, as computed on its observed entity. */
const profileOfLocal = new WeakMap<LocalEntity, ReturnType<typeof profileOf>>();
const profile = (m: LocalEntity) => profileOfLocal.get(m) ?? profileOf(m);

function sameNameReason(g: NameGroup): string {
  return g.names.length > 1 ? `same-name: ${g.names.join(" = ")}` : "same-name";
}

/** Rule (t): the names of one alias-table referent are one entity, whatever type each article gave it. */
function aliasTable(groups: NameGroup[], tryUnion: TryUnion): void {
  const byEntry = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (!g.alias) continue;
    const list = byEntry.get(g.alias.key) ?? [];
    list.push(g);
    byEntry.set(g.alias.key, list);
  }
  for (const key of [...byEntry.keys()].sort()) {
    const [first, ...rest] = byEntry.get(key) ?? [];
    if (!first) continue;
    const { entry } = first.alias as AliasMatch;
    for (const g of rest)
      tryUnion(
        first.key,
        g.key,
        `alias-table: ${[first.names[0] ?? "", g.names[0] ?? ""].sort(compareStrings).join(" = ")} (${entry.name}${entry.wikidata ? `, ${entry.wikidata}` : ""})`,
        true,
      );
  }
}

/**
 * Rule (a'): a name of two or more words that articles typed differently ("Lockheed Martin" a person in one
 * article, an organization in two) is one entity, of the type most of its articles gave it. One-word names are
 * left apart: "Washington" the place and "Washington" the person are different entities.
 */
function sameNameAcrossTypes(groups: NameGroup[], tryUnion: TryUnion): void {
  const byName = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.kind !== "full" && g.kind !== "name") continue;
    for (const name of g.names) {
      const tokens = nameTokens(name);
      if (tokens.length < 2) continue;
      const compact = tokens.join("");
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

/** The cues of a cluster's people for the honorific and given-name vetoes. */
function cuesOf(c: Cluster, givenName?: string): PersonCues {
  return { titles: c.titles, givenName };
}

/**
 * Rule (b), people's full names only: pairs compared within their variant keys (blocking.ts), so the work stays
 * near linear. A variant needs supporting evidence and no honorific or given name of another person: a fuzzy
 * match alone never joins two people (McCaul / McFaul, Louis / Louise).
 */
function spellingVariants(groups: NameGroup[], state: State, tryUnion: TryUnion): void {
  const blocks = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.type !== "PERSON" || g.kind !== "full") continue;
    for (const k of variantKeys(g.tokens)) {
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
        const ra = state.uf.find(a.key);
        const rb = state.uf.find(b.key);
        if (ra === rb) continue;
        const ca = state.clusters.get(ra) as Cluster;
        const cb = state.clusters.get(rb) as Cluster;
        if (peopleClash(cuesOf(ca, a.tokens[0]), cuesOf(cb, b.tokens[0]))) continue;
        const support = sharedEvidence(ra, rb, state);
        if (!support) continue;
        tryUnion(a.key, b.key, `spelling-variant: ${a.names[0]}~${b.names[0]}; ${support}`);
      }
    }
  }
}

/**
 * Rule (c'), organizations: two whose articles state the same acronym for them ("... (EADS)") are one when
 * their articles share context, so that the acronym then points at one cluster.
 */
function sharedAcronyms(groups: NameGroup[], state: State, tryUnion: TryUnion): void {
  const byAcronym = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.type !== "ORG" || g.kind !== "name") continue;
    const stated = new Set(g.members.flatMap((m) => m.aliases.filter(isAcronymText).map((a) => foldAlias("ORG", a))));
    for (const a of stated) byAcronym.set(a, [...(byAcronym.get(a) ?? []), g]);
  }
  for (const a of [...byAcronym.keys()].sort()) {
    const [first, ...rest] = byAcronym.get(a) ?? [];
    if (!first) continue;
    for (const g of rest) {
      const support = sharedEvidence(state.uf.find(first.key), state.uf.find(g.key), state);
      if (support)
        tryUnion(
          first.key,
          g.key,
          `alias: ${a.toUpperCase()} (stated for ${first.names[0]} and ${g.names[0]}; ${support})`,
        );
    }
  }
}

/** Rule (c): shorter forms and aliases. Returns the type|word keys some other entity claims. */
function shortFormsAndAliases(groups: NameGroup[], state: State, tryUnion: TryUnion): Set<string> {
  const { uf, byKey } = state;
  // type|compact short form or alias → the name groups claiming it; an organization's derived short forms (first
  // word, last words, initials) are weaker than what an article said: they count only where nothing else claims
  const claims = new Map<string, Set<string>>();
  const weakClaims = new Map<string, Map<string, OrgShortFormKind>>();
  const claim = (type: string, compact: string, key: string) => {
    if (!compact) return;
    const k = `${type}|${compact}`;
    const set = claims.get(k) ?? new Set<string>();
    set.add(key);
    claims.set(k, set);
  };
  for (const g of groups) {
    if (g.kind === "descriptor" || g.kind === "nameless") continue;
    if (g.type === "PERSON" && g.kind === "full")
      for (const s of personShortForms(g.tokens)) claim(g.type, s.replace(/ /g, ""), g.key);
    if (g.type === "ORG" && g.kind === "name")
      for (const name of g.names)
        for (const { form, kind } of orgShortForms(name)) {
          const k = `${g.type}|${form}`;
          const map = weakClaims.get(k) ?? new Map<string, OrgShortFormKind>();
          if (!map.has(g.key)) map.set(g.key, kind);
          weakClaims.set(k, map);
        }
    for (const m of g.members) for (const alias of m.aliases) claim(g.type, foldAlias(g.type, alias), g.key);
  }
  for (const g of groups) {
    if (g.kind === "descriptor" || g.kind === "nameless") continue;
    const k = `${g.type}|${g.compact}`;
    const stated = claims.get(k);
    const claimants = stated && [...stated].some((c) => c !== g.key) ? stated : weakClaims.get(k)?.keys();
    if (!claimants) continue;
    const own = uf.find(g.key);
    const byTarget = new Map<string, NameGroup>();
    for (const c of [...claimants].sort()) {
      const root = uf.find(c);
      const long = byKey.get(c);
      if (root !== own && long && !byTarget.has(root)) byTarget.set(root, long);
    }
    if (byTarget.size === 0) continue;
    if (g.type === "PERSON") personShortForm(g, own, byTarget, state, tryUnion);
    else otherShortForm(g, own, byTarget, state, tryUnion);
  }
  return new Set([...claims.keys(), ...weakClaims.keys()]);
}

/** The least evidence weight for a short form to choose one of several people of its name (see evidence). */
const MIN_DOMINANT_SCORE = 6;

/**
 * A person's short form or alias: the one claiming cluster (of those whose honorifics and given name fit) that
 * has supporting evidence, or among several the one whose shared context outweighs the next at least twice and
 * by a weight of 6 or more: a surname joins the one person of that name in the corpus context.
 */
function personShortForm(
  g: NameGroup,
  own: string,
  byTarget: Map<string, NameGroup>,
  state: State,
  tryUnion: TryUnion,
): void {
  const mine = state.clusters.get(own) as Cluster;
  const supported: { target: string; long: NameGroup; support: string; score: number }[] = [];
  for (const [target, long] of byTarget) {
    const theirs = state.clusters.get(target) as Cluster;
    // the given name is the end the short form did not take ("Smith" of "Anna Smith": Anna)
    const given =
      long.tokens.length >= 2 && long.tokens[long.tokens.length - 1] === g.tokens[g.tokens.length - 1]
        ? long.tokens[0]
        : undefined;
    if (peopleClash(cuesOf(mine), cuesOf(theirs, given))) continue;
    if (!fullNamesCompatible(mine.fullNames, theirs.fullNames)) continue;
    const { reason, score } = evidence(own, target, state);
    if (reason) supported.push({ target, long, support: reason, score });
  }
  // one person with evidence; or, of several (a family: "Trump"), the one whose context outweighs the others'
  // at least twice over
  supported.sort((x, y) => y.score - x.score || compareStrings(x.target, y.target));
  const [best, second] = supported;
  if (!best || (second && (best.score < 2 * second.score || best.score < MIN_DOMINANT_SCORE))) return;
  const { target, long } = best;
  const support = second ? `${best.support}; context ${best.score} against ${second.score}` : best.support;
  const isShort = shortForms(long.tokens).some((f) => f.replace(/ /g, "") === g.compact);
  tryUnion(
    g.key,
    target,
    `alias: ${g.names[0]} (${isShort ? "shorter form" : "alias"} of ${long.names[0]}; ${support})`,
  );
}

/** An organization's or place's short form or alias: the one claiming cluster, with support where needed. */
function otherShortForm(
  g: NameGroup,
  own: string,
  byTarget: Map<string, NameGroup>,
  state: State,
  tryUnion: TryUnion,
): void {
  if (byTarget.size !== 1) return;
  const [[target, long]] = [...byTarget] as [[string, NameGroup]];
  const targetGroups = (state.clusters.get(target) as Cluster).groups;
  // Evidence: for an organization or place, an acronym of the full name ("NATO") is enough; anything else
  // (a generic alias such as "the ministry", a one-word short form) needs shared roles or company.
  const support = isAcronymOf(g, targetGroups)
    ? "acronym"
    : g.type === "ORG" && isLeadingPart(g, long)
      ? "leading words of the name"
      : sharedEvidence(own, target, state);
  if (!support) return;
  tryUnion(g.key, target, `alias: ${g.names[0]} (alias of ${long.names[0]}; ${support})`);
}

/**
 * Rule (d): a single word no other name claims (a person's surname, a mononym, an organization named like a
 * place) joins the same word of other articles where their articles share context. Each word is compared with
 * the clusters of that word formed so far, in key order.
 */
function sameWord(groups: NameGroup[], state: State, tryUnion: TryUnion, claimed: Set<string>): void {
  const { uf } = state;
  const byWord = new Map<string, NameGroup[]>();
  for (const g of groups) {
    if (g.kind !== "lone") continue;
    const k = `${g.type}|${g.compact}`;
    // a word that a full name claims joins that name or nothing: two articles' "Clinton" may be two people
    if (claimed.has(k)) continue;
    const list = byWord.get(k);
    if (list) list.push(g);
    else byWord.set(k, [g]);
  }
  for (const k of [...byWord.keys()].sort()) {
    const list = (byWord.get(k) ?? []).filter((g) => uf.find(g.key) === g.key);
    const heads: string[] = [];
    for (const g of list) {
      const mine = state.clusters.get(g.key) as Cluster;
      let joined = false;
      for (const head of heads) {
        const root = uf.find(head);
        const theirs = state.clusters.get(root) as Cluster;
        if (g.type === "PERSON" && peopleClash(cuesOf(mine), cuesOf(theirs))) continue;
        const support = sharedEvidence(g.key, root, state, true);
        if (support && tryUnion(root, g.key, `same-word: ${g.names[0]}; ${support}`)) {
          joined = true;
          break;
        }
      }
      if (!joined) heads.push(g.key);
    }
  }
}

/**
 * Whether an organization's name of two or more words is another's without its last word ("China Eastern" of
 * "China Eastern Airlines"): specific enough to need no more evidence when it points at one organization only.
 */
function isLeadingPart(g: NameGroup, long: NameGroup): boolean {
  return (
    g.tokens.length >= 2 &&
    long.names.some((name) => {
      const tokens = orgCoreTokens(name);
      return (
        tokens.length > 2 &&
        orgShortForms(name).some((f) => f.kind === "leading" && f.form === g.compact) &&
        orgCoreTokens(tokens.slice(0, -1).join(" ")).join("") === g.compact
      );
    })
  );
}

/** Whether a name written in capitals spells the initials of one of the names in a cluster (NATO, EBRD). */
function isAcronymOf(g: NameGroup, targets: NameGroup[]): boolean {
  const written = g.names.find((n) => isAcronymText(n));
  if (!written) return false;
  return targets.some((t) =>
    t.names.some((name) => nameInitials(t.type === "ORG" ? orgCoreTokens(name) : nameTokens(name)) === g.compact),
  );
}

/**
 * Per article: the name keys (type|folded name) of its entities and whether each is a full name or an
 * organization's (evidence enough on its own when shared); and the articles of each key.
 */
function contextIndex(observations: Observation[]) {
  const context = new Map<string, Map<string, boolean>>();
  const keyDocs = new Map<string, Set<string>>();
  const keyNames = new Map<string, string>();
  for (const obs of observations) {
    const keys = new Map<string, boolean>();
    for (const e of obs.entities) {
      const p = profileOf(e);
      if (p.kind === "nameless" || p.kind === "descriptor") continue;
      const k = `${p.type}|${p.compact}`;
      const strong = (p.type === "PERSON" && p.kind === "full") || p.type === "ORG";
      keys.set(k, (keys.get(k) ?? false) || strong);
      const docs = keyDocs.get(k) ?? new Set<string>();
      docs.add(obs.doc);
      keyDocs.set(k, docs);
      const shown = keyNames.get(k);
      if (shown === undefined || compareStrings(p.display, shown) < 0) keyNames.set(k, p.display);
    }
    context.set(obs.doc, keys);
  }
  return { context, keyDocs, keyNames };
}

/**
 * Evidence that two clusters are one entity: a shared role title that is not an honorific, or names found in
 * the articles of both (by name, not by resolution: the decision stays inside the block): one full name of a
 * person or an organization, or two names of any kind. `strict` (rule d): a role alone is not enough.
 */
function sharedEvidence(a: string, b: string, state: State, strict = false): string {
  return evidence(a, b, state, strict).reason;
}

/**
 * The evidence and its weight: 2 for a shared role, 2 for each shared full name or organization, 1 for each other
 * shared name. `reason` is empty when the evidence is not enough (see sharedEvidence).
 */
function evidence(a: string, b: string, state: State, strict = false): { reason: string; score: number } {
  const ca = state.clusters.get(a) as Cluster;
  const cb = state.clusters.get(b) as Cluster;
  const titles = (c: Cluster) => new Set([...c.titles].filter((t) => honorificOf(t) === undefined).map((t) => slug(t)));
  const theirs = titles(cb);
  const role = [...titles(ca)].filter((t) => theirs.has(t)).sort()[0];
  const ownKeys = new Set([...ca.groups, ...cb.groups].map((g) => `${g.type}|${g.compact}`));
  // the side with fewer articles reads its context; the other side is looked up through keyDocs
  const [few, many] = ca.docs.size <= cb.docs.size ? [ca, cb] : [cb, ca];
  const near = new Map<string, boolean>();
  for (const d of few.docs)
    for (const [k, strong] of state.context.get(d) ?? [])
      if (!ownKeys.has(k)) near.set(k, (near.get(k) ?? false) || strong);
  const shared: string[] = [];
  for (const k of [...near.keys()].sort()) {
    const docs = state.keyDocs.get(k);
    if (docs && sharesDoc(docs, many.docs)) shared.push(k);
  }
  const score = (role ? 2 : 0) + shared.reduce((n, k) => n + (near.get(k) ? 2 : 1), 0);
  const display = (k: string) => state.keyNames.get(k) ?? k;
  const strong = shared.find((k) => near.get(k));
  const reason =
    role && !strict
      ? `shared role: ${role}`
      : strong
        ? `shared co-occurring: ${display(strong)}`
        : shared.length >= 2
          ? `shared co-occurring: ${shared.slice(0, 3).map(display).join(", ")}`
          : "";
  return { reason, score };
}

/**
 * The canonical name: the alias table's name where a referent of the table; else a name of two or more words
 * over a single word, then the most articles using it, then the most tokens, then not all in capitals, then
 * the first in code order. Names are read without glued descriptors and possessives.
 */
function toResolved(gs: NameGroup[], mergedBy: string[]): ResolvedEntity {
  const members = gs
    .flatMap((g) => g.members)
    .sort((a, b) => compareStrings(a.doc, b.doc) || compareStrings(a.id, b.id));
  const docsUsing = new Map<string, Set<string>>();
  for (const m of members) {
    const name = profile(m).display;
    const set = docsUsing.get(name) ?? new Set<string>();
    set.add(m.doc);
    docsUsing.set(name, set);
  }
  const alias = gs.map((g) => g.alias).find((a) => a !== undefined);
  let name = "";
  let best: number[] | null = null;
  for (const [candidate, docs] of docsUsing) {
    const tokens = nameTokens(candidate).length;
    const score = [tokens >= 2 ? 1 : 0, docs.size, tokens, /[a-z]/.test(candidate) ? 1 : 0];
    let d = 0;
    for (let i = 0; best && i < score.length && d === 0; i++) d = (score[i] ?? 0) - (best[i] ?? 0);
    if (!best || d > 0 || (d === 0 && compareStrings(candidate, name) < 0)) [name, best] = [candidate, score];
  }
  if (alias) name = alias.entry.name;
  // the type most of its articles gave it (rules t and a' may join names typed differently), ties in code order
  const typeDocs = new Map<EntityType, Set<string>>();
  for (const m of members) typeDocs.set(m.type, (typeDocs.get(m.type) ?? new Set()).add(m.doc));
  const majority =
    [...typeDocs.entries()].sort((a, b) => b[1].size - a[1].size || compareStrings(a[0], b[0]))[0]?.[0] ?? "PERSON";
  const type =
    alias && typeDocs.has(alias.entry.types[0] as EntityType) ? (alias.entry.types[0] as EntityType) : majority;
  const first = members[0];
  const id =
    nameTokens(name).length > 0 || !first
      ? entityId(type, name)
      : `${type.toLowerCase()}:x-${slug(first.doc)}-${slug(first.id)}`;
  const aliases = new Set<string>();
  for (const m of members) {
    aliases.add(m.name);
    for (const a of m.aliases) aliases.add(a);
  }
  aliases.delete(name);
  const out: ResolvedEntity = { id, type, name, aliases: [...aliases].sort(), mergedBy, members };
  const wikidata = alias?.entry.wikidata ?? (type === "GPE" || type === "LOC" ? placeWikidata(name) : undefined);
  if (wikidata) out.wikidata = wikidata;
  return out;
}

/**
 * Ids are type and canonical name; where two entities share one (a surname that stayed apart in two articles),
 * the one in the most articles keeps it and the others add their first article ("person:smith~doc-7").
 */
function uniqueIds(resolved: ResolvedEntity[]): ResolvedEntity[] {
  const byId = new Map<string, ResolvedEntity[]>();
  for (const r of resolved) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const taken = new Set(byId.keys());
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    const docs = (r: ResolvedEntity) => new Set(r.members.map((m) => m.doc)).size;
    const first = (r: ResolvedEntity) => localKey(r.members[0]?.doc ?? "", r.members[0]?.id ?? "");
    list.sort((a, b) => docs(b) - docs(a) || compareStrings(first(a), first(b)));
    for (const r of list.slice(1)) {
      const m = r.members[0];
      let next = `${id}~${slug(m?.doc ?? "")}`;
      if (taken.has(next)) next = `${next}-${slug(m?.id ?? "")}`;
      taken.add(next);
      r.id = next;
    }
  }
  return resolved;
}
