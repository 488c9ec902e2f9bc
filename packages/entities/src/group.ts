import {
  compactName,
  type Entity,
  type EntityMention,
  type EntityType,
  entityId,
  honorificOf,
  isAcronymText,
  isShortFormOf,
  isSpellingVariant,
  nameInitials,
  nameTokens,
  orgCoreTokens,
  orgShortForms,
  type ParsedDoc,
  peopleClash,
  placeVariant,
  type Role,
} from "@newsgraph/core";
import { ORG_HEADS } from "./data/name-words.js";
import { RECURRING_NAME, type TypedMention } from "./types.js";

/** Below this, a name found alone (a headline's unknown word) is kept only when it joins a surer one. */
const MIN_CONFIDENCE = 0.5;
/** From this confidence on, a mention's type stands against the rest of its name's mentions. */
const SURE = 0.8;

interface Cluster {
  mentions: TypedMention[];
  votes: Map<EntityType, number>;
  /** folded tokens of the cluster's multi-word names */
  fullNames: string[][];
  keys: Set<string>;
}

/**
 * The folded key of a mention: place variants map to one spelling ("Kiev" and "Kyiv" share "kyiv"),
 * organizations go by the core of their name ("Ford Motor Co" and "Ford Motor Company"). Computed once a mention.
 */
function keyOf(m: TypedMention): string {
  let key = keys.get(m);
  if (key === undefined) {
    const variant = m.type === "GPE" || m.type === "LOC" ? placeVariant(m.text) : undefined;
    key = variant
      ? compactName(variant)
      : m.type === "ORG"
        ? orgCoreTokens(m.text).join("")
        : nameTokens(m.text).join("");
    keys.set(m, key);
  }
  return key;
}
const keys = new WeakMap<TypedMention, string>();

/** The cluster's type: the surest evidence wins; the number of mentions only breaks near ties. */
const typeOf = (c: Cluster): EntityType => {
  let best: EntityType = "ORG";
  let score = -1;
  for (const [type, s] of c.votes) if (s > score) [best, score] = [type, s];
  return best;
};

function add(c: Cluster, m: TypedMention, vote = true): void {
  c.mentions.push(m);
  c.keys.add(keyOf(m));
  if (vote) c.votes.set(m.type, Math.max(c.votes.get(m.type) ?? 0, m.confidence) + 0.01);
  const tokens = nameTokens(m.text);
  if (tokens.length > 1) c.fullNames.push(tokens);
}

const newCluster = (m: TypedMention): Cluster => {
  const c: Cluster = { mentions: [], votes: new Map(), fullNames: [], keys: new Set() };
  add(c, m);
  return c;
};

/**
 * One Entity per referent: identical folded names (case, hyphens, spaces, accents), place variants, person
 * spelling variants (one token differing by a normalized edit distance of at most 0.25), short forms that
 * name one person only ("Lee" → "Lee Jae-myung"; never when two people share the short form), and acronyms
 * with their expansion or initials. Output in order of first mention.
 */
export function groupMentions(doc: ParsedDoc, found: readonly TypedMention[]): Entity[] {
  const mentions = harmonizeTypes(dedupe(found));
  const listed = namesInLists(doc.text, mentions);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const single = (m: TypedMention) => nameTokens(m.text).length <= 1;

  // Pass 1: names of several words, longest first (so that a shorter form finds its full name), and confident
  // one-word names of places and organizations; acronyms wait for pass 2.
  const byLength = [...mentions].sort(
    (a, b) => nameTokens(b.text).length - nameTokens(a.text).length || a.start - b.start,
  );
  for (const m of byLength) {
    if (m.confidence < MIN_CONFIDENCE) continue;
    if (single(m) && (m.type === "PERSON" || m.expansion || isAcronym(m.text))) continue;
    const k = keyOf(m);
    let c = byKey.get(k);
    if (!c && single(m) && m.type === "ORG") c = orgShortFormOwner(clusters, m) ?? undefined;
    if (!c && (m.type === "PERSON" || m.type === "ORG")) {
      const tokens = nameTokens(m.text);
      c =
        clusters.find((x) => typeOf(x) === "PERSON" && x.fullNames.some((f) => isSpellingVariant(f, tokens))) ??
        affixOwner(clusters, m, tokens) ??
        undefined;
    }
    if (c && compatible(typeOf(c), m.type)) add(c, m);
    else {
      c = newCluster(m);
      clusters.push(c);
    }
    byKey.set(k, c);
  }

  // Pass 2: one-word names and unsure names join the one cluster they can stand for, or stand alone; an unsure
  // name that recurs stands alone too
  const recurring = new Map<string, number>();
  for (const m of mentions) {
    const k = keyOf(m);
    if (m.confidence >= RECURRING_NAME && m.confidence < MIN_CONFIDENCE) recurring.set(k, (recurring.get(k) ?? 0) + 1);
  }
  // acronyms with their expansion first: "General Motors (GM)" decides what a headline's "GM" stands for
  const second = mentions.filter((m) => m.expansion).concat(mentions.filter((m) => !m.expansion));
  for (const m of second) {
    if (!(m.confidence < MIN_CONFIDENCE || (single(m) && (m.type === "PERSON" || m.expansion || isAcronym(m.text)))))
      continue;
    const k = keyOf(m);
    // the cluster this name went to before, unless this mention's honorific says another person ("Mr. Obama"
    // after "Obama" joined "Michelle Obama")
    const before = byKey.get(k);
    const same = before && !(m.type === "PERSON" && typeOf(before) === "PERSON" && differentPeople(m, before));
    const target =
      (same ? before : undefined) ??
      shortFormOwner(clusters, m, listed.has(m)) ??
      acronymOwner(clusters, m, mentions) ??
      (m.confidence < SURE ? orgShortFormOwner(clusters, m) : null);
    if (target) {
      add(target, m, m.confidence >= MIN_CONFIDENCE && compatible(typeOf(target), m.type));
      byKey.set(k, target);
    } else {
      const recurs = (recurring.get(k) ?? 0) >= 2 && m.confidence >= RECURRING_NAME;
      if (m.confidence < MIN_CONFIDENCE && !recurs) continue;
      const c = newCluster(recurs ? { ...m, confidence: MIN_CONFIDENCE } : m);
      clusters.push(c);
      byKey.set(k, c);
    }
  }

  // Unsure one-word names typed by a weak rule may still be a known person's surname used before the full name.
  const entities = clusters
    .filter((c) => c.mentions.some((m) => m.confidence >= MIN_CONFIDENCE))
    .map(toEntity)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return withRoleIds(uniqueIds(entities));
}

/**
 * One type per name in an article: mentions of a name that only a weak rule typed take the type of its surest
 * mention ("Airbus, the aircraft maker" makes every "Airbus" an organization; "Northrop Grumman" typed a person
 * by its shape alone follows "Northrop Grumman's shares").
 */
function harmonizeTypes(mentions: TypedMention[]): TypedMention[] {
  // keyed by the folded name alone: keyOf depends on the type this step may change
  const surest = new Map<string, TypedMention>();
  for (const m of mentions) {
    const k = compactName(m.text);
    const had = surest.get(k);
    if (!had || had.confidence < m.confidence) surest.set(k, m);
  }
  return mentions.map((m) => {
    const best = surest.get(compactName(m.text));
    if (!best || best.type === m.type || best.confidence < SURE || m.confidence >= SURE) return m;
    return { ...m, type: best.type, roles: best.type === "PERSON" ? m.roles : [] };
  });
}

/**
 * The one organization whose name of several words starts with this word ("Airbus" → "Airbus Industrie",
 * "Ford" → "Ford Motor Company"), when the word is not surely something else.
 */
function orgShortFormOwner(clusters: readonly Cluster[], m: TypedMention): Cluster | null {
  const tokens = nameTokens(m.text);
  if (tokens.length !== 1 || (m.type !== "ORG" && m.confidence >= SURE)) return null;
  const word = tokens[0] as string;
  // the shared rule: a distinctive first word (not "National", a place or a common word) stands for its name
  const owners = clusters.filter(
    (c) =>
      typeOf(c) === "ORG" &&
      c.fullNames.some((f) => orgShortForms(f.join(" ")).some((s) => s.kind === "first-word" && s.form === word)),
  );
  return owners.length === 1 ? (owners[0] as Cluster) : null;
}

const compatible = (a: EntityType, b: EntityType) =>
  a === b || ((a === "GPE" || a === "LOC") && (b === "GPE" || b === "LOC"));

/** Keeps one mention per span (the surest). */
function dedupe(found: readonly TypedMention[]): TypedMention[] {
  const bySpan = new Map<string, TypedMention>();
  for (const m of found) {
    if (m.end <= m.start) continue;
    const k = `${m.start}:${m.end}`;
    const had = bySpan.get(k);
    if (!had || had.confidence < m.confidence) bySpan.set(k, m);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Acronyms as the shared identity rules read them (NATO, U.N., G7). */
const isAcronym = isAcronymText;

/**
 * The one cluster whose full name this shorter name of several words begins or ends ("Van der Berg" →
 * "Anna van der Berg"); for organizations only endings ("Finance Ministry" → "Chilean Finance
 * Ministry"). None when two clusters could own it.
 */
function affixOwner(clusters: readonly Cluster[], m: TypedMention, tokens: readonly string[]): Cluster | null {
  if (tokens.length < 2) return null;
  const type = m.type;
  const n = tokens.length;
  const fits = (f: readonly string[]) => {
    if (!isShortFormOf(tokens, f)) return false;
    const tail = f.slice(f.length - n).join(" ") === tokens.join(" ");
    // people by their first words ("Van der Berg"), organizations by all but a closing head word ("China
    // Eastern" of "China Eastern Airlines")
    return tail || type === "PERSON" || (f.length === n + 1 && ORG_HEADS.has(f[n] ?? ""));
  };
  const owners = clusters.filter(
    (c) => typeOf(c) === type && c.fullNames.some(fits) && !(type === "PERSON" && differentPeople(m, c)),
  );
  return owners.length === 1 ? (owners[0] as Cluster) : null;
}

/**
 * One-word person names written in a list of names (a team sheet, a line-up: "Dempsey, Horan; O'Driscoll"):
 * the text to the previous or the next name is only a comma, a semicolon, a slash or "and".
 */
function namesInLists(text: string, mentions: readonly TypedMention[]): Set<TypedMention> {
  const out = new Set<TypedMention>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const joins = (a: TypedMention | undefined, b: TypedMention | undefined) =>
    Boolean(a && b && a.end <= b.start && /^\s*(?:[,;/]|and)\s*$/.test(text.slice(a.end, b.start)));
  sorted.forEach((m, i) => {
    if (m.type === "PERSON" && nameTokens(m.text).length === 1 && (joins(sorted[i - 1], m) || joins(m, sorted[i + 1])))
      out.add(m);
  });
  return out;
}

/** The role titles of a cluster's mentions. */
const titlesOf = (c: Cluster) => c.mentions.flatMap((x) => x.roles.map((r) => r.title));

/**
 * Whether a mention's honorific says it is another person than the cluster's (the shared rule: "Prince
 * Charles" is not "Mr Charles Kennedy", "Mr. Clinton" is not "Hillary Clinton"). The cluster's given name is the
 * first word of its full names when the mention is their last word.
 */
function differentPeople(m: TypedMention, c: Cluster): boolean {
  const word = nameTokens(m.text);
  const last = word[word.length - 1];
  const given = c.fullNames.find((f) => f.length >= 2 && f[f.length - 1] === last)?.[0];
  return peopleClash({ titles: m.roles.map((r) => r.title) }, { titles: titlesOf(c), givenName: given });
}

/** Whether a mention and a cluster share a role title that is not an honorific ("President"). */
function sharesRole(m: TypedMention, c: Cluster): boolean {
  const own = new Set(m.roles.filter((r) => !honorificOf(r.title)).map((r) => r.title.toLowerCase()));
  return titlesOf(c).some((t) => own.has(t.toLowerCase()));
}

/** The one person cluster whose full name starts or ends with this word (or a spelling variant of it). */
function shortFormOwner(clusters: readonly Cluster[], m: TypedMention, inList: boolean): Cluster | null {
  const tokens = nameTokens(m.text);
  if (tokens.length !== 1 || m.type === "NORP") return null;
  const word = tokens[0] as string;
  // people whose honorifics or given name do not say they are someone else ("Prince Charles" / "Mr Charles Kennedy")
  const people = clusters.filter((c) => typeOf(c) === "PERSON" && !differentPeople(m, c));
  // the same word first; a spelling variant only when no name has the word itself ("Zelenska" is not a
  // variant of "Zelenskyy" when "Olena Zelenska" is in the article)
  const exact = people.filter((c) => c.fullNames.some((f) => f[0] === word || f[f.length - 1] === word));
  if (exact.length > 0) return exact.length === 1 ? (exact[0] as Cluster) : null;
  // a spelling variant of a surname (the shared rule, Maria/Mario guard included) needs evidence: a shared role
  // ("President Zelenskiy"), or prose around it; never a name in a list of names (a team sheet's Horan is
  // another player than Horgan)
  const variants = people.filter(
    (c) => (sharesRole(m, c) || !inList) && c.fullNames.some((f) => isSpellingVariant([word], [f[f.length - 1] ?? ""])),
  );
  return variants.length === 1 ? (variants[0] as Cluster) : null;
}

/** The organization an acronym stands for: its stated expansion, else a name with the same initials. */
function acronymOwner(clusters: readonly Cluster[], m: TypedMention, all: readonly TypedMention[]): Cluster | null {
  if (!isAcronym(m.text)) return null;
  if (m.expansion) {
    const { start, end } = m.expansion;
    const owner = clusters.find((c) => c.mentions.some((x) => x.start === start && x.end === end));
    if (owner) return owner;
    const expanded = all.find((x) => x.start === start && x.end === end);
    if (expanded) return null;
  }
  const want = m.text.replace(/[.&]/g, "").toLowerCase();
  const owners = clusters.filter(
    (c) =>
      typeOf(c) === "ORG" && c.mentions.some((x) => x.text.includes(" ") && nameInitials(nameTokens(x.text)) === want),
  );
  return owners.length === 1 ? (owners[0] as Cluster) : null;
}

function toEntity(c: Cluster): Entity {
  const type = typeOf(c);
  const sure = c.mentions.filter((m) => m.confidence >= MIN_CONFIDENCE);
  const pool = sure.length > 0 ? sure : c.mentions;
  let best = pool[0] as TypedMention;
  for (const m of pool) {
    const better =
      nameTokens(m.text).length - nameTokens(best.text).length ||
      Number(m.text !== m.text.toUpperCase()) - Number(best.text !== best.text.toUpperCase()) ||
      m.text.length - best.text.length;
    if (better > 0) best = m;
  }
  // a place is named by its canonical spelling, so that articles writing "UK", "Britain" or "United Kingdom"
  // give one name across articles
  const variant = type === "GPE" || type === "LOC" ? placeVariant(best.text) : undefined;
  const name = variant ?? best.text;
  const full = compactName(best.text);
  const mentions: EntityMention[] = c.mentions
    .sort((a, b) => a.start - b.start)
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      via: nameTokens(m.text).join("") === full || nameTokens(m.text).length > 1 ? "name" : "alias",
    }));
  const aliases = [...new Set(c.mentions.map((m) => m.text))].filter((t) => t !== name);
  const roles = dedupeRoles(type === "PERSON" ? c.mentions.flatMap((m) => m.roles) : []);
  return { id: entityId(type, name), type, name, aliases, roles, mentions };
}

function dedupeRoles(roles: readonly Role[]): Role[] {
  const seen = new Map<string, Role>();
  for (const r of roles) {
    const k = `${r.title.toLowerCase()}|${(r.of ?? "").toLowerCase()}`;
    if (!seen.has(k)) seen.set(k, r);
  }
  return [...seen.values()];
}

function uniqueIds(entities: Entity[]): Entity[] {
  const used = new Map<string, number>();
  return entities.map((e) => {
    const n = used.get(e.id) ?? 0;
    used.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}-${n + 1}` };
  });
}

/** Links each role's `of` to the entity of the article it names, where there is one. */
function withRoleIds(entities: Entity[]): Entity[] {
  const byName = new Map<string, string>();
  for (const e of entities)
    for (const m of [e.name, ...e.aliases]) {
      byName.set(compactName(m), e.id);
      const variant = placeVariant(m);
      if (variant) byName.set(compactName(variant), e.id);
    }
  for (const e of entities)
    for (const r of e.roles) {
      if (!r.of) continue;
      const variant = placeVariant(r.of);
      r.ofId = byName.get(compactName(r.of)) ?? (variant ? byName.get(compactName(variant)) : undefined) ?? null;
    }
  return entities;
}
