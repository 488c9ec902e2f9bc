import type { Evidence, Graph, GraphEdge, GraphNode } from "@newsgraph/core";
import { compactName, slug } from "@newsgraph/core";
import { sortGraph } from "./canonical.js";
import { amountKey, dateId, documentId, edgeId, isDuration, observedId, quoteId, roleId, sharedId } from "./ids.js";
import { compareStrings, type Observation } from "./observation.js";
import { type LocalEntity, localKey, type ResolvedEntity, resolveEntities } from "./resolve.js";

type EdgeType = GraphEdge["type"];

/** Collects edges by id, adding up evidence; weight = number of evidence items. */
class EdgeBag {
  private edges = new Map<string, GraphEdge>();
  add(type: EdgeType, from: string, to: string, evidence: Evidence[]): void {
    const id = edgeId(type, from, to);
    const edge = this.edges.get(id);
    if (edge) edge.evidence.push(...evidence);
    else this.edges.set(id, { id, type, from, to, weight: 0, evidence: [...evidence] });
  }
  all(): GraphEdge[] {
    return [...this.edges.values()].map((e) => ({ ...e, weight: e.evidence.length }));
  }
}

function spanEvidence(doc: string, m: { start: number; end: number; text: string; sentence?: number }): Evidence {
  const ev: Evidence = { doc, start: m.start, end: m.end, text: m.text };
  if (m.sentence !== undefined) ev.sentence = m.sentence;
  return ev;
}

/** The most frequent string, ties broken by code order. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? "";
}

/**
 * The graph of a set of observations (already deduplicated by article). Pure and deterministic: the same set
 * gives the same graph, whatever order it comes in.
 */
export function buildGraph(observations: Observation[]): Graph {
  const resolved = resolveEntities(observations);
  const globalOf = new Map<string, ResolvedEntity>();
  for (const r of resolved) for (const m of r.members) globalOf.set(localKey(m.doc, m.id), r);
  const nodes: GraphNode[] = [];
  const edges = new EdgeBag();

  for (const obs of observations) {
    const doc: GraphNode = {
      id: documentId(obs.doc),
      kind: "Document",
      source: obs.source,
      title: obs.title,
      published: obs.published,
      evidence: [{ doc: obs.doc }],
    };
    if (obs.sentences.length) doc.sentences = obs.sentences;
    nodes.push(doc);
  }
  const published = new Map(observations.map((o) => [o.doc, o.published.value]));
  const valueIds = valueNodeIds(observations, globalOf);
  const amountNode = (doc: string, m: Observation["money"][number]) =>
    valueIds.get(valueKey(doc, "amount", amountKey(m))) ?? observedId("amount", doc, amountKey(m));
  const dateNode = (doc: string, d: Observation["dates"][number]) =>
    isDuration(d.value)
      ? (valueIds.get(valueKey(doc, "duration", durationKey(d))) ?? observedId("duration", doc, durationKey(d)))
      : dateId(d);
  const namesInDoc = docNameIndex(observations, globalOf);
  const ofResolver = makeOfResolver(resolved, namesInDoc, globalOf);
  const only = (set: Set<string> | undefined) => (set && set.size === 1 ? [...set][0] : undefined);

  // Entities, MENTIONS, roles and HAS_ROLE.
  const roleNodes = new Map<string, { titles: string[]; of: string | null; ofId: string | null; ev: Evidence[] }>();
  for (const r of resolved) {
    const evidence: Evidence[] = [];
    const roles = new Map<string, { titles: string[]; of: string | null; docs: Set<string>; dates: Set<string> }>();
    for (const m of r.members) {
      const mentionEv = m.mentions.map((x) => ({ ...spanEvidence(m.doc, x), local: m.id }));
      evidence.push(...mentionEv);
      edges.add("MENTIONS", documentId(m.doc), r.id, mentionEv);
      for (const role of m.roles) {
        const of = ofResolver(m, role);
        const rid = roleId(role.title, of.id ?? (role.of ? slug(role.of) : null));
        const ev: Evidence =
          role.start !== undefined && role.end !== undefined
            ? { doc: m.doc, start: role.start, end: role.end, local: m.id }
            : { doc: m.doc, local: m.id };
        const node = roleNodes.get(rid) ?? { titles: [], of: of.name, ofId: of.id, ev: [] };
        node.titles.push(role.title);
        node.ev.push(ev);
        roleNodes.set(rid, node);
        edges.add("HAS_ROLE", r.id, rid, [ev]);
        const gr = roles.get(rid) ?? { titles: [], of: of.name, docs: new Set(), dates: new Set() };
        gr.titles.push(role.title);
        gr.docs.add(m.doc);
        const date = published.get(m.doc);
        if (date) gr.dates.add(date);
        roles.set(rid, gr);
      }
    }
    const node: GraphNode = {
      id: r.id,
      kind: "Entity",
      type: r.type,
      name: r.name,
      aliases: r.aliases,
      roles: [...roles.values()].map((g) => ({
        title: mostCommon(g.titles),
        of: g.of,
        docs: [...g.docs],
        dates: [...g.dates],
      })),
      mergedBy: r.mergedBy,
      ...(r.wikidata ? { wikidata: r.wikidata } : {}),
      locals: r.members.map((m) => ({
        doc: m.doc,
        id: m.id,
        ...(m.type !== r.type ? { type: m.type } : {}),
        name: m.name,
        aliases: m.aliases,
        roles: m.roles,
      })),
      evidence,
    };
    nodes.push(node);
  }
  for (const [id, role] of roleNodes) {
    const node: GraphNode = { id, kind: "Role", title: mostCommon(role.titles), of: role.of, evidence: role.ev };
    if (role.ofId) {
      node.ofId = role.ofId;
      edges.add("ABOUT", id, role.ofId, role.ev);
    }
    nodes.push(node);
  }

  // Quotes, amounts and dates, with REPORTS, SAID, ABOUT.
  const amounts = new Map<
    string,
    { texts: string[]; amount: number | null; currency: string | null; per: string | null; ev: Evidence[] }
  >();
  const dates = new Map<
    string,
    { value: string; granularity: Observation["dates"][number]["granularity"]; texts: string[]; ev: Evidence[] }
  >();
  for (const obs of observations) {
    const docNode = documentId(obs.doc);
    const mentionsByStart = obs.entities
      .flatMap((e) => e.mentions.map((m) => ({ m, e })))
      .sort((a, b) => a.m.start - b.m.start);
    for (const q of obs.quotes) {
      const id = quoteId(obs.doc, q.start, q.end);
      const ev = spanEvidence(obs.doc, q);
      const node: GraphNode = {
        id,
        kind: "Quote",
        text: q.text,
        quoteKind: q.kind,
        cue: q.cue,
        speaker: q.speaker,
        speakerLocal: q.speakerLocal,
        evidence: [ev],
      };
      nodes.push(node);
      edges.add("REPORTS", docNode, id, [ev]);
      // The speaker's entity: the article's own link, else the one entity of the article with that name.
      const speaker =
        q.speakerLocal !== null
          ? globalOf.get(localKey(obs.doc, q.speakerLocal))?.id
          : q.speaker
            ? only(namesInDoc.get(obs.doc)?.get(compactName(q.speaker)))
            : undefined;
      if (speaker) edges.add("SAID", speaker, id, [ev]);
      // Entities named inside the quote: what the quote is about.
      for (const { m, e } of mentionsWithin(mentionsByStart, q.start, q.end)) {
        const target = globalOf.get(localKey(obs.doc, e.id));
        if (target) edges.add("ABOUT", id, target.id, [{ ...spanEvidence(obs.doc, m), local: e.id }]);
      }
    }
    for (const m of obs.money) {
      const id = amountNode(obs.doc, m);
      const ev = spanEvidence(obs.doc, m);
      const node = amounts.get(id) ?? { texts: [], amount: m.amount, currency: m.currency, per: m.per, ev: [] };
      node.texts.push(m.text);
      node.ev.push(ev);
      amounts.set(id, node);
      edges.add("REPORTS", docNode, id, [ev]);
    }
    for (const d of obs.dates) {
      const id = dateNode(obs.doc, d);
      const ev = spanEvidence(obs.doc, d);
      const node = dates.get(id) ?? { value: d.value, granularity: d.granularity, texts: [], ev: [] };
      node.texts.push(d.text);
      node.ev.push(ev);
      dates.set(id, node);
      edges.add("REPORTS", docNode, id, [ev]);
    }
    coOccurrences(obs, globalOf, edges, amountNode, dateNode);
  }
  for (const [id, a] of amounts) {
    const node: GraphNode = {
      id,
      kind: "Amount",
      text: mostCommon(a.texts),
      amount: a.amount,
      currency: a.currency,
      evidence: a.ev,
    };
    if (a.per !== null) node.per = a.per;
    nodes.push(node);
  }
  for (const [id, d] of dates)
    nodes.push(
      isDuration(d.value)
        ? {
            id,
            kind: "Duration",
            text: mostCommon(d.texts),
            value: d.value,
            granularity: d.granularity,
            evidence: d.ev,
          }
        : { id, kind: "DatePoint", value: d.value, granularity: d.granularity, evidence: d.ev },
    );

  return sortGraph({ version: 1, nodes, edges: edges.all() });
}

/** Entity mentions inside [start, end), from mentions sorted by start (binary search for the first). */
function* mentionsWithin<T extends { m: { start: number; end: number } }>(sorted: T[], start: number, end: number) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.m.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length; i++) {
    const item = sorted[i];
    if (!item || item.m.start >= end) break;
    if (item.m.end <= end) yield item;
  }
}

const valueKey = (doc: string, kind: string, key: string) => `${doc}\u0000${kind}\u0000${key}`;
const durationKey = (d: { value: string; granularity: string }) => `${d.value}@${d.granularity}`;

/**
 * The nodes of amounts and durations stated by several articles about the same entities: per article and value,
 * the Entity nodes named in the sentences stating it; a value stated by two or more articles with the same
 * (non-empty) set of entities is one node ("$5 million" fined to one company), any other is its article's own
 * ("$5 million" for a city's schools and "$5 million" fined elsewhere stay apart). Returns doc|kind|key → id for
 * the shared ones.
 */
function valueNodeIds(observations: Observation[], globalOf: Map<string, ResolvedEntity>): Map<string, string> {
  const groups = new Map<string, { docs: Set<string>; kind: "amount" | "duration"; key: string; about: string[] }>();
  const perDoc = new Map<string, { kind: "amount" | "duration"; key: string; about: Set<string> }>();
  for (const obs of observations) {
    const inSentence = new Map<number, Set<string>>();
    for (const e of obs.entities) {
      const id = globalOf.get(localKey(obs.doc, e.id))?.id;
      if (!id) continue;
      for (const m of e.mentions) {
        if (m.sentence === undefined) continue;
        const set = inSentence.get(m.sentence) ?? new Set<string>();
        set.add(id);
        inSentence.set(m.sentence, set);
      }
    }
    const note = (kind: "amount" | "duration", key: string, sentence: number | undefined) => {
      const k = valueKey(obs.doc, kind, key);
      const entry = perDoc.get(k) ?? { kind, key, about: new Set<string>() };
      for (const id of sentence === undefined ? [] : (inSentence.get(sentence) ?? [])) entry.about.add(id);
      perDoc.set(k, entry);
    };
    for (const m of obs.money) note("amount", amountKey(m), m.sentence);
    for (const d of obs.dates) if (isDuration(d.value)) note("duration", durationKey(d), d.sentence);
  }
  for (const [k, { kind, key, about }] of perDoc) {
    if (about.size === 0) continue;
    const ids = [...about].sort();
    const g = `${kind}\u0000${key}\u0000${ids.join("\u0000")}`;
    const group = groups.get(g) ?? { docs: new Set<string>(), kind, key, about: ids };
    group.docs.add(k.slice(0, k.indexOf("\u0000")));
    groups.set(g, group);
  }
  const out = new Map<string, string>();
  for (const { docs, kind, key, about } of groups.values()) {
    if (docs.size < 2) continue;
    const id = sharedId(kind, key, about);
    for (const doc of docs) out.set(valueKey(doc, kind, key), id);
  }
  return out;
}

/** CO_OCCURS edges between the entities, amounts and dates of one sentence, the sentence span as evidence. */
function coOccurrences(
  obs: Observation,
  globalOf: Map<string, ResolvedEntity>,
  edges: EdgeBag,
  amountNode: (doc: string, m: Observation["money"][number]) => string,
  dateNode: (doc: string, d: Observation["dates"][number]) => string,
): void {
  const spans = new Map(obs.sentences.map((s) => [s.index, s]));
  const items = new Map<number, Set<string>>();
  const add = (sentence: number | undefined, id: string | undefined) => {
    if (sentence === undefined || id === undefined || !spans.has(sentence)) return;
    const set = items.get(sentence) ?? new Set<string>();
    set.add(id);
    items.set(sentence, set);
  };
  for (const e of obs.entities) {
    const id = globalOf.get(localKey(obs.doc, e.id))?.id;
    for (const m of e.mentions) add(m.sentence, id);
  }
  for (const m of obs.money) add(m.sentence, amountNode(obs.doc, m));
  for (const d of obs.dates) add(d.sentence, dateNode(obs.doc, d));
  for (const [index, set] of items) {
    const span = spans.get(index);
    if (!span || set.size < 2) continue;
    const ev: Evidence = { doc: obs.doc, start: span.start, end: span.end, sentence: index };
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) edges.add("CO_OCCURS", ids[i] ?? "", ids[j] ?? "", [ev]);
  }
}

/**
 * Resolves a role's `of` to an Entity node: the article's own link (ofId), else an entity of the article with
 * that name or alias, else the one organization or place of the whole graph with that name.
 */
/** Per article: folded name or alias → the Entity nodes its entities of that name were joined into. */
function docNameIndex(observations: Observation[], globalOf: Map<string, ResolvedEntity>) {
  const inDoc = new Map<string, Map<string, Set<string>>>();
  for (const obs of observations) {
    const names = new Map<string, Set<string>>();
    for (const e of obs.entities) {
      const g = globalOf.get(localKey(obs.doc, e.id));
      if (!g) continue;
      for (const n of [e.name, ...e.aliases]) {
        const set = names.get(compactName(n)) ?? new Set<string>();
        set.add(g.id);
        names.set(compactName(n), set);
      }
    }
    inDoc.set(obs.doc, names);
  }
  return inDoc;
}

function makeOfResolver(
  resolved: ResolvedEntity[],
  inDoc: Map<string, Map<string, Set<string>>>,
  globalOf: Map<string, ResolvedEntity>,
) {
  const global = new Map<string, Set<string>>();
  for (const r of resolved) {
    if (r.type === "PERSON") continue;
    for (const n of [r.name, ...r.aliases]) {
      const set = global.get(compactName(n)) ?? new Set<string>();
      set.add(r.id);
      global.set(compactName(n), set);
    }
  }
  const byId = new Map(resolved.map((r) => [r.id, r]));
  const only = (set: Set<string> | undefined) => (set && set.size === 1 ? [...set][0] : undefined);
  return (m: LocalEntity, role: LocalEntity["roles"][number]): { id: string | null; name: string | null } => {
    let id: string | undefined;
    if (role.ofId) id = globalOf.get(localKey(m.doc, role.ofId))?.id;
    if (!id && role.of)
      id = only(inDoc.get(m.doc)?.get(compactName(role.of))) ?? only(global.get(compactName(role.of)));
    const target = id ? byId.get(id) : undefined;
    return target ? { id: target.id, name: target.name } : { id: null, name: role.of };
  };
}
