import type { EntityType } from "../schemas/entity.js";
import { ALIAS_TABLE, type AliasEntry, PLACE_WIKIDATA } from "./data/aliases.js";
import { compactName } from "./names.js";
import { isAcronymText } from "./orgs.js";

export { ALIAS_TABLE, type AliasEntry, PLACE_WIKIDATA } from "./data/aliases.js";

/** One referent of the alias table, as a name of some type resolves to it. */
export interface AliasMatch {
  /** the entry's stable key: its Wikidata item, else its folded name ("Q9626", "alias:worldbank") */
  key: string;
  entry: AliasEntry;
}

/** folded name or alias → the entries it names, and whether it must be written in capitals (an acronym) */
let index: Map<string, { entry: AliasEntry; acronym: boolean }[]> | null = null;
function aliasIndex() {
  if (index) return index;
  index = new Map();
  for (const entry of ALIAS_TABLE)
    for (const name of [entry.name, ...entry.aliases]) {
      const k = compactName(name);
      const list = index.get(k) ?? [];
      list.push({ entry, acronym: isAcronymText(name) && name === name.toUpperCase() });
      index.set(k, list);
    }
  return index;
}

/**
 * The alias-table referent a name of some type stands for ("Tories" as ORG or NORP → the Conservative Party),
 * if exactly one entry fits. An acronym of the table matches only a name written in capitals ("WHO", not "who").
 */
export function aliasEntryOf(type: EntityType, name: string): AliasMatch | undefined {
  const hits = (aliasIndex().get(compactName(name)) ?? []).filter(
    (h) => (h.entry.types as readonly string[]).includes(type) && (!h.acronym || isAcronymText(name)),
  );
  const entries = [...new Set(hits.map((h) => h.entry))];
  if (entries.length !== 1) return undefined;
  const entry = entries[0] as AliasEntry;
  return { key: entry.wikidata ?? `alias:${compactName(entry.name)}`, entry };
}

/** The Wikidata item of a canonical place name ("Kyiv" → Q1899), where the table gives one. */
export const placeWikidata = (name: string): string | undefined => PLACE_WIKIDATA[name];
