import type { Graph } from "@newsgraph/core";
import { z } from "zod";
import type { MeantimeMention } from "./convert.js";

/** Key of a mention for the node map: document id and offsets. */
export function mentionKey(doc: string, start: number, end: number): string {
  return `${doc}\u0000${start}\u0000${end}`;
}

/**
 * Which graph node holds each predicted mention: for every Entity node, each of its evidence spans
 * (document, start, end) maps to the node's id. A span held by two nodes keeps the first in the graph's order.
 */
export function nodeOfMentions(graph: Pick<Graph, "nodes">): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.kind !== "Entity") continue;
    for (const ev of node.evidence) {
      if (ev.start === undefined || ev.end === undefined) continue;
      const key = mentionKey(ev.doc, ev.start, ev.end);
      if (!out.has(key)) out.set(key, node.id);
    }
  }
  return out;
}

const CountsSchema = z.object({
  instances: z.number().int().describe("gold instances named in >= 2 articles"),
  found: z.number().int().describe("of those, with predicted mentions (exact offsets) in >= 2 articles"),
  unified: z.number().int().describe("of those found, all found mentions on one graph node"),
});

export const CrossArticleReportSchema = z.object({
  ...CountsSchema.shape,
  share: z.number().nullable().describe("unified / found; null when nothing was found"),
  byType: z.record(z.string(), CountsSchema).describe("PER, ORG, LOC"),
  wrongMerges: z.number().int().describe("nodes holding found mentions of two or more gold instances"),
  wrongMergesPerson: z.number().int().describe("of those, holding two or more PER instances"),
  splits: z
    .array(z.object({ instance: z.string(), name: z.string(), nodes: z.array(z.string()) }))
    .describe("found instances spread over several nodes"),
  merges: z
    .array(z.object({ node: z.string(), instances: z.array(z.string()), person: z.boolean() }))
    .describe("nodes holding several gold instances (instance: 'TYPE name')"),
});
export type CrossArticleReport = z.infer<typeof CrossArticleReportSchema>;

/**
 * Cross-article identity, as a pure function of the gold mentions and the node that holds each predicted
 * mention (`nodeOf`, keyed by mentionKey; build it with nodeOfMentions(merge(results))). Only entities with a
 * corpus-level instance id count (MEANTIME links those across articles; an entity annotated in one article only
 * may be the same referent without saying so).
 * - A gold mention is found when some node holds a predicted mention with exactly its offsets.
 * - Share: of the instances named in >= 2 articles and found in >= 2, the share whose found mentions all lie
 *   on one node.
 * - Wrong merges: nodes holding found mentions of two or more different instances (PER ones counted apart).
 */
export function scoreCrossArticle(
  mentions: readonly MeantimeMention[],
  nodeOf: ReadonlyMap<string, string>,
): CrossArticleReport {
  interface Inst {
    type: string;
    name: string;
    docs: Set<string>;
    foundDocs: Set<string>;
    nodes: Set<string>;
  }
  const instances = new Map<string, Inst>();
  const instancesOfNode = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!m.crossDoc) continue;
    let inst = instances.get(m.instance);
    if (!inst) {
      inst = { type: m.type, name: m.text, docs: new Set(), foundDocs: new Set(), nodes: new Set() };
      instances.set(m.instance, inst);
    }
    if (m.text.length > inst.name.length) inst.name = m.text;
    inst.docs.add(m.doc);
    const node = nodeOf.get(mentionKey(m.doc, m.start, m.end));
    if (node === undefined) continue;
    inst.foundDocs.add(m.doc);
    inst.nodes.add(node);
    const held = instancesOfNode.get(node) ?? new Set<string>();
    held.add(m.instance);
    instancesOfNode.set(node, held);
  }
  const empty = () => ({ instances: 0, found: 0, unified: 0 });
  const total = empty();
  const byType: Record<string, { instances: number; found: number; unified: number }> = {
    PER: empty(),
    ORG: empty(),
    LOC: empty(),
  };
  const splits: CrossArticleReport["splits"] = [];
  for (const [id, inst] of [...instances].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (inst.docs.size < 2) continue;
    const t = byType[inst.type] ?? empty();
    byType[inst.type] = t;
    total.instances++;
    t.instances++;
    if (inst.foundDocs.size < 2) continue;
    total.found++;
    t.found++;
    if (inst.nodes.size === 1) {
      total.unified++;
      t.unified++;
    } else splits.push({ instance: id, name: inst.name, nodes: [...inst.nodes].sort() });
  }
  const merges: CrossArticleReport["merges"] = [];
  for (const [node, held] of [...instancesOfNode].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (held.size < 2) continue;
    const list = [...held].sort().map((i) => instances.get(i) as Inst);
    merges.push({
      node,
      instances: list.map((i) => `${i.type} ${i.name}`),
      person: list.filter((i) => i.type === "PER").length >= 2,
    });
  }
  return {
    ...total,
    share: total.found === 0 ? null : total.unified / total.found,
    byType,
    wrongMerges: merges.length,
    wrongMergesPerson: merges.filter((m) => m.person).length,
    splits,
    merges,
  };
}

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

/** The cross-article figures as lines of text (with every split and merge under `verbose`). */
export function formatCrossArticle(r: CrossArticleReport, verbose = false): string[] {
  const lines = [
    `cross-article identity: ${r.unified}/${r.found} multi-article entities found in >= 2 articles end as one node (${pct(r.unified, r.found)}); ${r.instances} named in >= 2 articles`,
    `  by type: ${Object.entries(r.byType)
      .map(([t, c]) => `${t} ${c.unified}/${c.found}`)
      .join(", ")}`,
    `  wrong merges: ${r.wrongMerges} node(s) hold two or more gold entities (PERSON+PERSON ${r.wrongMergesPerson})`,
  ];
  if (verbose) {
    for (const s of r.splits) lines.push(`  split  ${s.name} [${s.instance}]: ${s.nodes.join(", ")}`);
    for (const m of r.merges) lines.push(`  merge  ${m.node}: ${m.instances.join(" + ")}`);
  }
  return lines;
}
