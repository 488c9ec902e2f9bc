import {
  type AliasMatch,
  aliasEntryOf,
  compactName,
  consonantSkeleton,
  type EntityType,
  honorificOf,
  isDescriptorName,
  MIN_VARIANT_TOKEN,
  nameTokens,
  orgCoreTokens,
  orgShortForms,
  personShortForms,
  placeVariant,
  withoutGluedDescriptor,
} from "@newsgraph/core";
import type { ObservedEntity } from "./observation.js";

/** One article-level entity, with its article. */
export interface LocalEntity extends ObservedEntity {
  doc: string;
}

/**
 * How a name can identify its entity across articles:
 * - full: a person's name of two or more words ("Yoon Suk Yeol"); the same full name is the same person;
 * - lone: a person's single word ("Yoon", "Smith"): it joins a full name, or another lone name, only with evidence;
 * - descriptor: a noun standing for a person ("The Scot", "the veteran"): never joined across articles;
 * - nameless: nothing to compare;
 * - name: any other entity's name (organizations, places, ...).
 */
export type NameKind = "full" | "lone" | "descriptor" | "nameless" | "name";

/** What resolution reads of an article-level entity's name, computed once per entity. */
export interface NameProfile {
  type: EntityType;
  /** the name without glued descriptors ("Senate Majority" → "Senate") and, for people, without a possessive */
  display: string;
  /** folded tokens: an organization's name core (orgCoreTokens), a place's canonical spelling, else nameTokens */
  tokens: string[];
  compact: string;
  kind: NameKind;
  /** the alias-table referent the name stands for, if any */
  alias: AliasMatch | undefined;
  /** role titles that are honorifics (Mr, Lord, Prince, ...) */
  honorifics: string[];
}

const profiles = new WeakMap<ObservedEntity, NameProfile>();

/** The name profile of an article-level entity (memoized per object). */
export function profileOf(e: ObservedEntity): NameProfile {
  let p = profiles.get(e);
  if (!p) {
    p = computeProfile(e);
    profiles.set(e, p);
  }
  return p;
}

/** A trailing possessive is no part of a person's name ("Hillary Clinton's" → "Hillary Clinton"). */
const withoutPossessive = (name: string) => name.replace(/['’]s$/u, "").replace(/s['’]$/u, "s");

function computeProfile(e: ObservedEntity): NameProfile {
  const type = e.type;
  let display = withoutGluedDescriptor(e.name);
  if (type === "PERSON") display = withoutPossessive(display);
  const variant = type === "GPE" || type === "LOC" ? placeVariant(display) : undefined;
  const tokens = type === "ORG" ? orgCoreTokens(display) : nameTokens(variant ?? display);
  const compact = tokens.join("");
  let kind: NameKind = "name";
  if (!compact) kind = "nameless";
  else if (type === "PERSON") kind = isDescriptorName(display) ? "descriptor" : tokens.length === 1 ? "lone" : "full";
  const honorifics = e.roles.map((r) => r.title).filter((t) => honorificOf(t) !== undefined);
  return { type, display, tokens, compact, kind, alias: aliasEntryOf(type, display), honorifics };
}

/** The folded form of an alias an article gave an entity, as its own name would fold. */
export function foldAlias(type: EntityType, alias: string): string {
  if (type === "ORG") return orgCoreTokens(withoutGluedDescriptor(alias)).join("");
  if (type === "PERSON") return compactName(withoutPossessive(alias));
  return compactName(alias);
}

/**
 * The variant key of a person's full name at token i: the other tokens as they are, token i by its first letter
 * and consonant skeleton. Two spelling variants (exactly one token differing, same first letter and skeleton;
 * see isSpellingVariant) share the key of the position where they differ.
 */
export function variantKeys(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (t.length < MIN_VARIANT_TOKEN) continue;
    const masked = tokens.map((x, j) => (j === i ? `~${t[0]}${consonantSkeleton(t)}` : x));
    out.push(`v:PERSON:${masked.join(" ")}`);
  }
  return out;
}

/**
 * Every key under which this article-level entity could join another in cross-article resolution: its folded
 * names (with and without the organization's legal form, the place's canonical spelling), the short forms and
 * acronyms derived from it, the aliases its article gave it, its alias-table referent and, for a person's full
 * name, its spelling-variant keys. Keys do not name the type (a name typed differently by two articles may
 * join). resolveEntities only ever joins two article-level entities connected through shared keys, so the
 * entities reachable from a set of keys resolve the same whatever else the corpus holds (given the
 * observations of the articles they appear in, whose other names serve as context evidence).
 */
export function blockingKeys(entity: LocalEntity): string[] {
  const p = profileOf(entity);
  if (p.kind === "nameless" || p.kind === "descriptor") return [`x:${entity.doc}\u0000${entity.id}`];
  const keys = new Set<string>();
  const name = (compact: string) => {
    if (compact) keys.add(`n:${p.type}:${compact}`);
  };
  name(p.compact);
  name(compactName(entity.name));
  name(compactName(p.display));
  // types meet only through a name of two or more words (rule a'), the alias table, and a one-word name that
  // is both an organization's and a place's ("Newcastle")
  if (nameTokens(p.display).length >= 2) keys.add(`t:${compactName(p.display)}`);
  if (p.alias) keys.add(`a:${p.alias.key}`);
  if (p.tokens.length === 1 && (p.type === "ORG" || p.type === "GPE" || p.type === "LOC")) keys.add(`p:${p.compact}`);
  if (p.type === "PERSON") {
    for (const s of personShortForms(p.tokens)) name(s.replace(/ /g, ""));
    for (const v of variantKeys(p.tokens)) keys.add(v);
  }
  if (p.type === "ORG") for (const { form } of orgShortForms(p.display)) name(form);
  for (const alias of entity.aliases) name(foldAlias(p.type, alias));
  return [...keys].sort();
}
