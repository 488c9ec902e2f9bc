// The MEANTIME benchmark: newsgraph and plain peers (compromise + compromise-dates, wink-nlp, chrono-node) scored on
// the 120 English MEANTIME articles through the same adapter and scorer (@newsgraph/eval, rules in
// packages/eval/README.md, "MEANTIME"), twice: with each article's creation time given as published, and withheld.
// Run after `pnpm build`:
//   pnpm bench:meantime [--dir <corpus>] [--out <dir>] [--write-readme [--readme <file>]]
// Writes <out>/meantime.json (every figure) and <out>/meantime.md (the tables); --write-readme puts the tables
// between <!-- meantime:start --> and <!-- meantime:end --> in README.md (added in an "## Evaluation" section
// when missing). The corpus is CC BY 4.0: the attribution goes wherever the figures go.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatComparison, peerDocResult } from "@newsgraph/eval";
import { evaluateMeantime, MEANTIME_ATTRIBUTION } from "../packages/cli/dist/commands/eval.js";
import { chronoPeer, compromisePeer, failures, today, winkPeer, writeReadmeBlock } from "./peers.mjs";

const root = new URL("../", import.meta.url);
const { values } = parseArgs({
  options: {
    dir: { type: "string", default: new URL("../shared/datasets/meantime-en/", root).pathname },
    out: { type: "string", default: new URL("bench/", root).pathname },
    "write-readme": { type: "boolean", default: false },
    readme: { type: "string", default: new URL("README.md", root).pathname },
  },
});
// ---- both runs, every system through the same adapter ----

const peer = (fn, published) => (article, meantime) => {
  const reference = published && meantime.creationTime ? meantime.creationTime : today;
  return peerDocResult(fn(article.id, article.text, reference), article.text);
};
const ENTITY_CATEGORIES = ["entities", "entities.PERSON", "entities.ORG", "entities.GPE", "clusters"];
const SYSTEMS = [
  { name: "newsgraph" },
  {
    name: "compromise + compromise-dates",
    fn: compromisePeer,
    categories: [...ENTITY_CATEGORIES, "dates"],
    values: ["dates"],
  },
  { name: "wink-nlp", fn: winkPeer, categories: ["dates"], values: [] },
  { name: "chrono-node", fn: chronoPeer, categories: ["dates"], values: ["dates"] },
];

const runs = [];
for (const published of [true, false]) {
  const systems = [];
  for (const s of SYSTEMS) {
    const t0 = performance.now();
    const run = await evaluateMeantime({
      dir: values.dir,
      published,
      ...(s.fn ? { extract: peer(s.fn, published) } : {}),
    });
    const seconds = (performance.now() - t0) / 1000;
    console.error(`meantime: ${s.name}, creation time ${published ? "given" : "withheld"}: ${seconds.toFixed(1)} s`);
    systems.push({ ...s, run });
  }
  runs.push({ published, systems });
}

// ---- tables ----

/** Rows of the comparison that MEANTIME can fill (no LOC row: places are scored as GPE; no quotes or money). */
const SKIP_ROWS = /^\| (&nbsp;&nbsp;(LOC|NORP|PRODUCT|EVENT)|quotes|speakers|money)\b/;
function comparison(run) {
  const table = formatComparison(
    run.systems.map((s) => ({
      name: s.name,
      report: s.run.report,
      ...(s.categories ? { categories: s.categories, values: s.values } : {}),
    })),
  );
  return table
    .split("\n")
    .filter((l) => !SKIP_ROWS.test(l))
    .map((l) => l.replace("&nbsp;&nbsp;GPE |", "&nbsp;&nbsp;GPE (any place) |"))
    .join("\n");
}

const pct = (n, d) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
function crossTable() {
  const header = [
    "",
    ...runs.flatMap((r) =>
      r.systems
        .filter((s) => s.fn !== winkPeer && s.fn !== chronoPeer)
        .map((s) => `${s.name}, ${r.published ? "given" : "inferred"}`),
    ),
  ];
  const cells = (f) =>
    runs.flatMap((r) =>
      r.systems.filter((s) => s.fn !== winkPeer && s.fn !== chronoPeer).map((s) => f(s.run.crossArticle)),
    );
  const rows = [
    ["multi-article entities found in >= 2 articles, one node", ...cells((c) => pct(c.unified, c.found))],
    ["&nbsp;&nbsp;PER", ...cells((c) => pct(c.byType.PER.unified, c.byType.PER.found))],
    ["&nbsp;&nbsp;ORG", ...cells((c) => pct(c.byType.ORG.unified, c.byType.ORG.found))],
    ["&nbsp;&nbsp;LOC (places)", ...cells((c) => pct(c.byType.LOC.unified, c.byType.LOC.found))],
    ["wrong merges (PERSON+PERSON)", ...cells((c) => `${c.wrongMerges} (${c.wrongMergesPerson})`)],
  ];
  const md = (c) => `| ${c.join(" | ")} |`;
  return [md(header), md(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(md)].join("\n");
}

const first = runs[0].systems[0].run;
const totals = {};
for (const a of first.articles) for (const [k, v] of Object.entries(a.stats)) totals[k] = (totals[k] ?? 0) + v;
const crossNamed = first.crossArticle.instances;

const section = [
  `Scored by \`pnpm bench:meantime\` (scripts/meantime.mjs) on the ${first.articles.length} English articles of the MEANTIME corpus, every system through the same adapter and scorer (@newsgraph/eval; the mapping of MEANTIME's annotation onto our guidelines is in packages/eval/README.md, "MEANTIME"). Scored: ${totals.scored} named mentions of people, organizations and places (narrowed to the name; places scored as one class, GPE or LOC), ${totals.timexes} temporal expressions (${totals.timexes - totals.timexNoValue} with an ISO value), in the title and the first four sentences of each article, where MEANTIME annotates everything; ${crossNamed} entities named in two or more articles. Cells: F1 (precision/recall); accuracy (right/checked); n/a: the system does not attempt it.`,
  "",
  "**Creation time given as the publication date** (`newsgraph eval --dataset meantime <dir>`):",
  "",
  comparison(runs[0]),
  "",
  "**Creation time withheld**, publication date inferred from the text (`--no-published`; the peers resolve relative dates against today):",
  "",
  comparison(runs[1]),
  "",
  "**Cross-article identity** (entities with a MEANTIME instance id named in two or more articles; the share whose found mentions end as one node of `merge()`, and the nodes that join two gold entities):",
  "",
  crossTable(),
  "",
  `The peers are used plainly, as in \`pnpm compare\`: compromise \`.people()\` (PERSON), \`.organizations()\` (ORG), \`.places()\` (GPE), compromise-dates \`.dates({ today })\`, wink-nlp's DATE entities, chrono-node \`parse(text, reference)\`; with the creation time given, it is their reference date. Peer entities are clustered by identical text, so identical names are one node across articles.${failures["compromise-dates"] ? ` compromise-dates threw on ${failures["compromise-dates"] / 2} article(s) in each run; they count with no dates from it.` : ""}`,
  "",
  `Data: ${MEANTIME_ATTRIBUTION}; http://creativecommons.org/licenses/by/4.0/. Converted (text rebuilt from tokens, extents narrowed to names), not otherwise changed.`,
].join("\n");

const json = {
  generated: today,
  attribution: MEANTIME_ATTRIBUTION,
  license: "CC BY 4.0 (http://creativecommons.org/licenses/by/4.0/)",
  corpus: { articles: first.articles.length, ...totals },
  runs: runs.map((r) => ({
    published: r.published ? "given" : "inferred",
    systems: r.systems.map((s) => ({
      name: s.name,
      categories: s.categories ?? "all",
      headline: s.run.report.headline,
      rows: s.run.report.rows.map(
        ({
          key,
          gold,
          predicted,
          matchedGold,
          matchedPredicted,
          precision,
          recall,
          f1,
          valueChecked,
          valueCorrect,
          valueAccuracy,
          extra,
        }) => ({
          key,
          gold,
          predicted,
          matchedGold,
          matchedPredicted,
          precision,
          recall,
          f1,
          valueChecked,
          valueCorrect,
          valueAccuracy,
          extra,
        }),
      ),
      crossArticle: s.run.crossArticle,
    })),
  })),
};

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "meantime.json"), `${JSON.stringify(json, null, 1)}\n`);
writeFileSync(join(values.out, "meantime.md"), `# MEANTIME benchmark\n\n${section}\n`);
process.stdout.write(`${section}\n`);
console.error(`meantime: wrote ${join(values.out, "meantime.json")} and ${join(values.out, "meantime.md")}`);

if (values["write-readme"]) {
  writeReadmeBlock(values.readme, "meantime", section, "## Evaluation");
  console.error(`meantime: ${values.readme} updated`);
}
