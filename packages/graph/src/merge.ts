import type { DocResult, Graph, GraphEdge, GraphNode } from "@newsgraph/core";

/**
 * Folds DocResults into one Graph: a Document node per article, an Entity node per entity id (mentions from
 * every article joined), MENTIONS edges with every span. (First version: cross-article resolution, quotes,
 * amounts and dates come with the graph issue.)
 */
export function merge(results: Iterable<DocResult>): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const r of results) {
    nodes.set(`doc:${r.id}`, {
      id: `doc:${r.id}`,
      kind: "Document",
      source: r.source,
      title: r.title ?? null,
      published: r.published,
      evidence: [{ doc: r.id }],
    });
    for (const e of r.entities) {
      const existing = nodes.get(e.id);
      const evidence = e.mentions.map((m) => ({ doc: r.id, start: m.start, end: m.end, text: m.text }));
      if (existing && existing.kind === "Entity") {
        existing.aliases = [...new Set([...existing.aliases, e.name, ...e.aliases])]
          .filter((a) => a !== existing.name)
          .sort();
        existing.evidence.push(...evidence);
      } else {
        nodes.set(e.id, {
          id: e.id,
          kind: "Entity",
          type: e.type,
          name: e.name,
          aliases: [...e.aliases].sort(),
          roles: e.roles.map((role) => ({
            title: role.title,
            of: role.of,
            docs: [r.id],
            dates: r.published.value ? [r.published.value] : [],
          })),
          mergedBy: [],
          evidence,
        });
      }
      const edgeId = `MENTIONS:doc:${r.id}->${e.id}`;
      edges.set(edgeId, {
        id: edgeId,
        type: "MENTIONS",
        from: `doc:${r.id}`,
        to: e.id,
        weight: e.mentions.length,
        evidence,
      });
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { version: 1, nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
}
