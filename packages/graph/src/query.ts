import {
  AmountNodeSchema,
  compactName,
  EntityNodeSchema,
  EvidenceSchema,
  type Graph,
  type GraphEdge,
  type GraphNode,
  QuoteNodeSchema,
} from "@newsgraph/core";
import { z } from "zod";
import { compareStrings } from "./canonical.js";
import { dateInterval } from "./date-interval.js";

export type EntityNode = z.infer<typeof EntityNodeSchema>;
export type QuoteNode = z.infer<typeof QuoteNodeSchema>;
export type AmountNode = z.infer<typeof AmountNodeSchema>;

/** Lookup tables over a graph, built once (linear in its size) and shared by the queries. */
export interface GraphIndex {
  graph: Graph;
  node: Map<string, GraphNode>;
  out: Map<string, GraphEdge[]>;
  in: Map<string, GraphEdge[]>;
  /** folded name or alias ("yoonsukyeol") → ids of the Entity nodes carrying it */
  byName: Map<string, string[]>;
  /** article id → its publication date, where known */
  published: Map<string, string>;
}

export function indexGraph(graph: Graph): GraphIndex {
  const index: GraphIndex = {
    graph,
    node: new Map(),
    out: new Map(),
    in: new Map(),
    byName: new Map(),
    published: new Map(),
  };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const n of graph.nodes) {
    index.node.set(n.id, n);
    // an entity once per folded name, though several of its spellings fold alike
    if (n.kind === "Entity")
      for (const key of new Set([n.name, ...n.aliases].map(compactName))) push(index.byName, key, n.id);
    if (n.kind === "Document" && n.published.value)
      index.published.set(n.evidence[0]?.doc ?? n.id.slice(4), n.published.value);
  }
  for (const e of graph.edges) {
    push(index.out, e.from, e);
    push(index.in, e.to, e);
  }
  return index;
}

const asIndex = (g: Graph | GraphIndex): GraphIndex => ("node" in g ? g : indexGraph(g));

/**
 * The Entity nodes an id or a name refers to: the node with that id, else every entity carrying the name (or
 * alias) once case, accents, hyphens and spaces are folded. A short name may fit several ("Biden").
 */
export function findEntities(graph: Graph | GraphIndex, nameOrId: string): EntityNode[] {
  const index = asIndex(graph);
  const byId = index.node.get(nameOrId);
  if (byId?.kind === "Entity") return [byId];
  return (index.byName.get(compactName(nameOrId)) ?? [])
    .map((id) => index.node.get(id))
    .filter((n): n is EntityNode => n?.kind === "Entity");
}

export const QuoteHitSchema = z.object({
  quote: QuoteNodeSchema,
  speaker: z.string().nullable().describe("id of the speaker's Entity node; null for a speaker matched by name only"),
  doc: z.string(),
  published: z.string().nullable(),
});
export type QuoteHit = z.infer<typeof QuoteHitSchema>;

const byDocThenStart = (a: { doc: string; start?: number }, b: { doc: string; start?: number }) =>
  compareStrings(a.doc, b.doc) || (a.start ?? 0) - (b.start ?? 0);

/**
 * Quotes by a speaker, given as an entity id or a name: the quotes linked by SAID to the matching entities,
 * and quotes whose unresolved speaker carries that name ("a senior official"). In article order.
 */
export function quotesBy(graph: Graph | GraphIndex, speaker: string): QuoteHit[] {
  const index = asIndex(graph);
  const hits = new Map<string, QuoteHit>();
  const add = (quote: GraphNode | undefined, speakerId: string | null) => {
    if (quote?.kind !== "Quote" || hits.has(quote.id)) return;
    const doc = quote.evidence[0]?.doc ?? "";
    hits.set(quote.id, { quote, speaker: speakerId, doc, published: index.published.get(doc) ?? null });
  };
  for (const entity of findEntities(index, speaker))
    for (const e of index.out.get(entity.id) ?? []) if (e.type === "SAID") add(index.node.get(e.to), entity.id);
  const folded = compactName(speaker);
  for (const n of index.graph.nodes)
    if (n.kind === "Quote" && n.speaker && compactName(n.speaker) === folded) add(n, null);
  return [...hits.values()].sort((a, b) =>
    byDocThenStart(
      { doc: a.doc, start: a.quote.evidence[0]?.start },
      { doc: b.doc, start: b.quote.evidence[0]?.start },
    ),
  );
}

export const MentionHitSchema = EvidenceSchema.extend({
  entity: z.string().describe("id of the Entity node"),
  published: z.string().nullable(),
});
export type MentionHit = z.infer<typeof MentionHitSchema>;

/** Every span naming the entity (id or name) across all articles, in article and text order. */
export function mentionsOf(graph: Graph | GraphIndex, entity: string): MentionHit[] {
  const index = asIndex(graph);
  return findEntities(index, entity)
    .flatMap((n) => n.evidence.map((ev) => ({ ...ev, entity: n.id, published: index.published.get(ev.doc) ?? null })))
    .sort(byDocThenStart);
}

export const AmountHitSchema = z.object({
  amount: AmountNodeSchema,
  entity: z.string(),
  sentences: z.array(EvidenceSchema).describe("the sentences where both stand (document and span)"),
});
export type AmountHit = z.infer<typeof AmountHitSchema>;

/**
 * Amounts stated in the same sentence as the entity (CO_OCCURS), most often first: "how much did South Korea
 * pledge" → amountsNear(graph, "South Korea").
 */
export function amountsNear(graph: Graph | GraphIndex, entity: string): AmountHit[] {
  const index = asIndex(graph);
  const hits: AmountHit[] = [];
  for (const n of findEntities(index, entity)) {
    const edges = [...(index.out.get(n.id) ?? []), ...(index.in.get(n.id) ?? [])];
    for (const e of edges) {
      if (e.type !== "CO_OCCURS") continue;
      const other = index.node.get(e.from === n.id ? e.to : e.from);
      if (other?.kind === "Amount") hits.push({ amount: other, entity: n.id, sentences: e.evidence });
    }
  }
  return hits.sort((a, b) => b.sentences.length - a.sentences.length || compareStrings(a.amount.id, b.amount.id));
}

export const WindowHitSchema = z.object({
  entity: EntityNodeSchema,
  docs: z.array(z.string()).describe("articles published in the window that mention the entity"),
  dates: z.array(z.string()).describe("dates in the window stated in a sentence with the entity"),
});
export type WindowHit = z.infer<typeof WindowHitSchema>;

/**
 * Entities in a time window [from, to] (ISO dates, either end may be null for open): those mentioned by an
 * article published in the window, and those stated in one sentence with a date that overlaps it (a month,
 * week or year overlaps when any of its days does).
 */
export function entitiesBetween(graph: Graph | GraphIndex, from: string | null, to: string | null): WindowHit[] {
  const index = asIndex(graph);
  const lo = from ? (dateInterval(from)?.[0] ?? from) : "0000-01-01";
  const hi = to ? (dateInterval(to)?.[1] ?? to) : "9999-12-31";
  const inWindow = (value: string) => {
    const interval = dateInterval(value);
    return interval !== null && interval[0] <= hi && interval[1] >= lo;
  };
  const hits = new Map<string, { docs: Set<string>; dates: Set<string> }>();
  const hit = (id: string) => {
    const h = hits.get(id) ?? { docs: new Set<string>(), dates: new Set<string>() };
    hits.set(id, h);
    return h;
  };
  for (const e of index.graph.edges) {
    if (e.type === "MENTIONS") {
      const doc = index.node.get(e.from);
      const value = doc?.kind === "Document" ? doc.published.value : null;
      if (value && inWindow(value)) hit(e.to).docs.add(doc?.evidence[0]?.doc ?? e.from);
    } else if (e.type === "CO_OCCURS") {
      const a = index.node.get(e.from);
      const b = index.node.get(e.to);
      for (const [d, x] of [
        [a, b],
        [b, a],
      ] as const)
        if (d?.kind === "DatePoint" && x?.kind === "Entity" && inWindow(d.value)) hit(x.id).dates.add(d.value);
    }
  }
  return [...hits.entries()]
    .flatMap(([id, h]) => {
      const entity = index.node.get(id);
      return entity?.kind === "Entity" ? [{ entity, docs: [...h.docs].sort(), dates: [...h.dates].sort() }] : [];
    })
    .sort((a, b) => compareStrings(a.entity.id, b.entity.id));
}
