import type { DocResult, Graph } from "@newsgraph/core";
import { buildGraph } from "./build.js";
import { compareStrings, dedupeObservations, normalizeObservation, type Observation, observe } from "./observation.js";

/**
 * Folds DocResults into one Graph (see the package README for the nodes and edges). The graph is a function of
 * the set of articles: any order gives the same graph, and the same article given twice counts once.
 */
export function merge(results: Iterable<DocResult>): Graph {
  return mergeInto(results, []);
}

/**
 * Merges graphs made by merge() (e.g. from shards processed apart): the graph of the union of their articles.
 * Associative, commutative and idempotent: mergeGraphs(a, mergeGraphs(b, c)) equals mergeGraphs(mergeGraphs(a,
 * b), c) and mergeGraphs(a, a) equals a. Cross-article resolution is redone over the union, so two spellings in
 * two shards become one node as they would in one run.
 */
export function mergeGraphs(...graphs: Graph[]): Graph {
  return mergeInto([], graphs);
}

/**
 * The graph of some DocResults and some graphs' articles together, resolved and built once:
 * mergeGraphs(merge(results), ...graphs) without building the results' graph first.
 */
export function mergeInto(results: Iterable<DocResult>, graphs: Graph[]): Graph {
  const observations: Observation[] = [];
  for (const r of results) observations.push(observe(r));
  for (const g of graphs) observations.push(...observationsOf(g));
  return buildGraph(dedupeObservations(observations));
}

/** The per-article observations a graph was built from, read back from its nodes. */
export function observationsOf(graph: Graph): Observation[] {
  const byDoc = new Map<string, Observation>();
  const get = (doc: string) => byDoc.get(doc);
  for (const n of graph.nodes) {
    if (n.kind !== "Document") continue;
    const doc = n.evidence[0]?.doc ?? n.id.replace(/^doc:/, "");
    byDoc.set(doc, {
      doc,
      source: n.source,
      title: n.title,
      published: n.published,
      entities: [],
      quotes: [],
      money: [],
      dates: [],
      sentences: n.sentences ?? [],
    });
  }
  const span = (e: { start?: number; end?: number; text?: string; sentence?: number }) => {
    const s = { start: e.start ?? 0, end: e.end ?? 0, text: e.text ?? "" };
    return e.sentence === undefined ? s : { ...s, sentence: e.sentence };
  };
  for (const n of graph.nodes) {
    if (n.kind === "Entity") {
      const byLocal = new Map<string, ReturnType<typeof span>[]>();
      for (const e of n.evidence) {
        const k = `${e.doc}\u0000${e.local ?? n.id}`;
        const list = byLocal.get(k);
        if (list) list.push(span(e));
        else byLocal.set(k, [span(e)]);
      }
      for (const l of n.locals ?? legacyLocals(n)) {
        get(l.doc)?.entities.push({
          id: l.id,
          type: l.type ?? n.type,
          name: l.name,
          aliases: l.aliases,
          roles: l.roles,
          mentions: byLocal.get(`${l.doc}\u0000${l.id}`) ?? [],
        });
      }
    } else if (n.kind === "Quote") {
      const ev = n.evidence[0];
      if (!ev) continue;
      get(ev.doc)?.quotes.push({
        ...span(ev),
        kind: n.quoteKind,
        cue: n.cue,
        speaker: n.speaker,
        speakerLocal: n.speakerLocal ?? null,
      });
    } else if (n.kind === "Amount") {
      for (const ev of n.evidence)
        get(ev.doc)?.money.push({ ...span(ev), amount: n.amount, currency: n.currency, per: n.per ?? null });
    } else if (n.kind === "DatePoint" || n.kind === "Duration") {
      for (const ev of n.evidence) get(ev.doc)?.dates.push({ ...span(ev), value: n.value, granularity: n.granularity });
    }
  }
  return [...byDoc.values()].map(normalizeObservation).sort((a, b) => compareStrings(a.doc, b.doc));
}

type EntityNode = Extract<Graph["nodes"][number], { kind: "Entity" }>;

/**
 * A graph written before Entity nodes kept `locals` (or by another tool): each article of the node's evidence
 * is taken to have named it as the node does, with the roles the node says that article stated.
 */
function legacyLocals(n: EntityNode): NonNullable<EntityNode["locals"]> {
  const docs = new Set([...n.evidence.map((e) => e.doc), ...n.roles.flatMap((r) => r.docs)]);
  return [...docs].sort().map((doc) => ({
    doc,
    id: n.id,
    name: n.name,
    aliases: n.aliases,
    roles: n.roles.filter((r) => r.docs.includes(doc)).map((r) => ({ title: r.title, of: r.of })),
  }));
}
