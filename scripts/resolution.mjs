// Cross-article resolution checks on a corpus of DocResults (no gold needed): people joined wrongly, the
// re-merge identity, and what the graph holds. Run after `pnpm build`:
//   pnpm bench:resolution [--jsonl <file>]... [--meantime <dir>] [--sample <n>] [--json <file>]
// --jsonl: DocResults from `newsgraph extract --jsonl` (e.g. PolNeAR train + dev; never a held-out split);
// --meantime: also extract the MEANTIME articles (default: ../shared/datasets/meantime-en when present).
// A PERSON node is flagged when its article-level entities carry two names that are neither equal after folding,
// nor spelling variants of one another, nor one a run of the other's words ("Sharon" / "Sharpton", "Joe Biden" /
// "Hunter Biden"), or honorifics of different people (Mr and Mrs, Prince and Mr, ...): the reader then judges
// the sample printed. Full names inside longer ones ("Ben Carson" / "Candidates Ben Carson": a span with a
// descriptor glued on) are counted apart.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compactName, honorificClash, isSpellingVariant, nameTokens } from "@newsgraph/core";
import { loadMeantime } from "@newsgraph/eval";
import { blockingKeys, merge, mergeGraphs, observe, toJson } from "@newsgraph/graph";
import { extractArticle } from "@newsgraph/pipeline";
import { meantimePrepared } from "../packages/cli/dist/commands/eval.js";

const root = new URL("../", import.meta.url);
const { values } = parseArgs({
  options: {
    jsonl: { type: "string", multiple: true, default: [] },
    meantime: { type: "string", default: new URL("../shared/datasets/meantime-en/", root).pathname },
    sample: { type: "string", default: "25" },
    json: { type: "string" },
  },
});

const results = [];
for (const file of values.jsonl)
  for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) results.push(JSON.parse(line));
if (values.meantime && existsSync(values.meantime)) {
  for (const a of await loadMeantime(values.meantime)) results.push(extractArticle(meantimePrepared(a, true)));
}
console.error(`resolution: ${results.length} articles`);

const t0 = performance.now();
const graph = merge(results);
const mergeSeconds = (performance.now() - t0) / 1000;
const again = mergeGraphs(graph);
const remergeIdentity = toJson(again) === toJson(graph);

const entities = graph.nodes.filter((n) => n.kind === "Entity");
const people = entities.filter((n) => n.type === "PERSON");
// Two full names of one node are the same person's when equal after folding, spelling variants, or one a run of
// the other's words ("Ben Carson" in "Candidates Ben Carson": a descriptor glued on a span, counted apart).
const run = (short, long) => {
  if (short.length >= long.length) return false;
  const s = short.join(" ");
  for (let i = 0; i + short.length <= long.length; i++)
    if (long.slice(i, i + short.length).join(" ") === s) return true;
  return false;
};
const flagged = [];
let containments = 0;
for (const node of people) {
  const locals = node.locals ?? [];
  // every spelling of the node, a possessive aside: two are one person's when equal after folding, spelling
  // variants, or one a run of the other's words
  const names = [...new Map(locals.map((l) => l.name.replace(/['’]s$/u, "")).map((n) => [compactName(n), n])).values()];
  const clashes = [];
  let contained = false;
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [nameTokens(names[i]), nameTokens(names[j])];
      if (a.length === 0 || b.length === 0 || isSpellingVariant(a, b)) continue;
      if (run(a, b) || run(b, a)) {
        if (Math.min(a.length, b.length) >= 2) contained = true;
        continue;
      }
      // two short forms of one of the node's names ("Chris" and "Christie" of "Chris Christie")
      if (names.some((c) => [a, b].every((x) => run(x, nameTokens(c))))) continue;
      clashes.push(`${names[i]} / ${names[j]}`);
    }
  if (contained) containments++;
  const titleSets = [
    ...new Set(locals.map((l) => JSON.stringify([...new Set(l.roles.map((r) => r.title))].sort()))),
  ].map((t) => JSON.parse(t));
  for (let i = 0; i < titleSets.length; i++)
    for (let j = i + 1; j < titleSets.length; j++)
      if (honorificClash(titleSets[i], titleSets[j]))
        clashes.push(`honorifics ${titleSets[i].join(",")} / ${titleSets[j].join(",")}`);
  if (clashes.length)
    flagged.push({ id: node.id, docs: new Set(locals.map((l) => l.doc)).size, clashes, mergedBy: node.mergedBy });
}
// Blocks: article-level entities connected through shared blocking keys (what an incremental store re-resolves).
const parent = new Map();
const find = (x) => {
  while (parent.get(x) !== x) {
    parent.set(x, parent.get(parent.get(x)));
    x = parent.get(x);
  }
  return x;
};
const unite = (a, b) => {
  const [x, y] = [find(a), find(b)];
  if (x === y) return;
  const [lo, hi] = x < y ? [x, y] : [y, x];
  parent.set(hi, lo);
};
let locals = 0;
for (const r of results)
  for (const e of observe(r).entities) {
    const id = `e:${r.id}\u0000${e.id}`;
    parent.set(id, id);
    locals++;
    for (const k of blockingKeys({ ...e, doc: r.id })) {
      if (!parent.has(k)) parent.set(k, k);
      unite(id, k);
    }
  }
const blockSize = new Map();
for (const x of parent.keys()) if (x.startsWith("e:")) blockSize.set(find(x), (blockSize.get(find(x)) ?? 0) + 1);
const sizes = [...blockSize.values()].sort((a, b) => b - a);
const variants = people.filter((n) => n.mergedBy.some((m) => m.startsWith("spelling-variant")));
const report = {
  articles: results.length,
  mergeSeconds: Number(mergeSeconds.toFixed(2)),
  remergeIdentity,
  entities: entities.length,
  people: people.length,
  peopleInSeveralArticles: people.filter((n) => new Set((n.locals ?? []).map((l) => l.doc)).size > 1).length,
  flaggedPeople: flagged.length,
  peopleWithAContainedName: containments,
  spellingVariantJoins: variants.length,
  articleEntities: locals,
  blocks: sizes.length,
  largestBlocks: sizes.slice(0, 5),
  amounts: graph.nodes.filter((n) => n.kind === "Amount").length,
  datePoints: graph.nodes.filter((n) => n.kind === "DatePoint").length,
  durationDatePoints: graph.nodes.filter((n) => n.kind === "DatePoint" && /^P|^PT/.test(n.value)).length,
};
console.log(JSON.stringify(report, null, 1));
const n = Number(values.sample);
for (const f of flagged.slice(0, n))
  console.log(
    `flagged ${f.id} (${f.docs} articles): ${f.clashes.slice(0, 4).join("; ")}\n    ${f.mergedBy.slice(0, 3).join(" | ")}`,
  );
for (const v of variants.slice(0, n))
  console.log(`variant ${v.id}: ${v.mergedBy.filter((m) => m.startsWith("spelling")).join(" | ")}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ report, flagged }, null, 1));
