import { type Entity, entityId, parse, type Quote, type Warning } from "@newsgraph/core";
import { quoteExtractor } from "../src/index.js";

/** A hand-built entity: every occurrence of each surface form in the text is a mention. */
export function entity(
  text: string,
  type: Entity["type"],
  name: string,
  surfaces: string[] = [name],
  roles: Entity["roles"] = [],
): Entity {
  const mentions: Entity["mentions"] = [];
  for (const s of surfaces) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const before = text[at - 1] ?? " ";
      const after = text[at + s.length] ?? " ";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (mentions.some((m) => m.start <= at && at < m.end)) continue;
      mentions.push({ start: at, end: at + s.length, text: s, via: "name" });
    }
  }
  return { id: entityId(type, name), type, name, aliases: surfaces.filter((s) => s !== name), roles, mentions };
}

export function quotes(text: string, entities: Entity[] = []): { quotes: Quote[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const found = quoteExtractor.extract(
    parse(text),
    { published: { value: null, inferred: true, evidence: null }, warn: (w) => warnings.push(w) },
    { entities },
  );
  return { quotes: found, warnings };
}

/** The marked quotes (not indirect) as [text, kind, speaker name or null]. */
export function marked(text: string, entities: Entity[] = []): [string, string, string | null][] {
  return quotes(text, entities)
    .quotes.filter((q) => q.kind !== "indirect")
    .map((q) => [q.text, q.kind, q.speaker?.name ?? null]);
}
