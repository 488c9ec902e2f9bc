// Scores newsgraph and plain peers (compromise + compromise-dates, wink-nlp, chrono-node) on the same gold
// through the same scorer (@newsgraph/eval), and prints them side by side. Run after `pnpm build`:
//   pnpm compare [--articles <dir>] [--gold <dir>] [--write-readme [--readme <file>]]
// --write-readme puts the table between <!-- compare:start --> and <!-- compare:end --> in README.md (the
// markers are added at its end when missing; without a README.md the table is only printed).
// The peers are used plainly, as a user would: default calls, today's date as their reference date.
import { parseArgs } from "node:util";
import { formatComparison, loadEvalSet, peerDocResult, scoreAll } from "@newsgraph/eval";
import { extractArticle } from "@newsgraph/pipeline";
import { chronoPeer, compromisePeer, today, winkPeer, writeReadmeBlock } from "./peers.mjs";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "fixtures/articles" },
    gold: { type: "string", default: "fixtures/gold" },
    "write-readme": { type: "boolean", default: false },
    readme: { type: "string" },
  },
});
const root = new URL("../", import.meta.url);
const README = values.readme ?? new URL("README.md", root);

// ---- score every system through the same scorer ----

const { items, warnings } = await loadEvalSet(values.articles, values.gold);
if (items.length === 0) {
  console.error(`compare: no gold files in ${values.gold}; nothing to score`);
  process.exit(1);
}
for (const w of warnings) console.error(`warning: ${w}`);

const score = (toResult) =>
  scoreAll(items.map((item) => ({ result: toResult(item), gold: item.gold, text: item.article.text })));
const peer = (fn) => (item) => peerDocResult(fn(item.gold.doc, item.article.text), item.article.text);

const systems = [
  { name: "newsgraph", report: score((item) => extractArticle(item.article)) },
  {
    name: "compromise + compromise-dates",
    report: score(peer(compromisePeer)),
    categories: ["entities", "entities.PERSON", "entities.ORG", "entities.GPE", "clusters", "quotes", "money", "dates"],
    values: ["money", "dates"],
  },
  { name: "wink-nlp", report: score(peer(winkPeer)), categories: ["money", "dates"], values: [] },
  { name: "chrono-node", report: score(peer(chronoPeer)), categories: ["dates"], values: ["dates"] },
];

const table = formatComparison(systems);
const section = [
  `Scored by \`pnpm compare\` (scripts/compare.mjs) on ${items.length} articles of ${values.articles} against ${values.gold}, on ${today}, every system through the same scorer (@newsgraph/eval; rules in packages/eval/README.md). Cells: F1 (precision/recall); accuracy (right/checked); n/a: the system does not attempt it.`,
  "",
  table,
  "",
  "The peers are used plainly, as a user would: compromise `nlp(text)` `.people()` (PERSON), `.organizations()` (ORG), `.places()` (all counted as GPE; the trailing punctuation compromise attaches to a match is trimmed), `.money()`, `.quotations()`, and compromise-dates `.dates({ today })`; wink-nlp's entities of type MONEY and DATE (its model has no person, organization or place types, and gives no amounts or ISO values); chrono-node `parse(text, today)`. The peers resolve relative dates against today, newsgraph against the article's publication date (given or inferred). Peer entities are clustered by identical text.",
].join("\n");

process.stdout.write(`${section}\n`);

if (values["write-readme"]) {
  if (writeReadmeBlock(README, "compare", section)) console.error("compare: README.md updated");
  else console.error("compare: README.md does not exist yet; the table was only printed");
}
