// The TimeML benchmark: newsgraph's TIMEX3 (dates[].timex) on TempEval-3's training data, TBAQ-cleaned (TimeBank 1.2 +
// AQUAINT), scored as the TempEval-3 scorer does (@newsgraph/eval, rules in packages/eval/README.md, "TimeML"): with each
// document's creation time given as the publication date, and withheld. Run after `pnpm build`:
//   pnpm bench:timeml [--dir <TBAQ-cleaned>] [--out <dir>] [--write-readme [--readme <file>]]
// Writes <out>/timeml.json and <out>/timeml.md; --write-readme puts the tables between <!-- timeml:start --> and
// <!-- timeml:end --> in README.md. The TempEval-3 platinum test set (data/TempEval3/Evaluation) is held out: this
// script refuses it (the lead scores it with `newsgraph eval --dataset timeml`). The corpus text is not ours to
// redistribute: only figures leave this script.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatTimeml, formatTimemlMarkdown } from "@newsgraph/eval";
import { evaluateTimeml } from "../packages/cli/dist/commands/eval-timeml.js";
import { writeReadmeBlock } from "./peers.mjs";

const root = new URL("../", import.meta.url);
const { values } = parseArgs({
  options: {
    dir: {
      type: "string",
      default: new URL("../data/tempeval3/data/TempEval3/Training/TBAQ-cleaned/", root).pathname,
    },
    out: { type: "string", default: new URL("bench/", root).pathname },
    "write-readme": { type: "boolean", default: false },
    readme: { type: "string", default: new URL("README.md", root).pathname },
  },
});
if (/TempEval-?3[\\/]+Evaluation|platinum/i.test(values.dir)) {
  console.error(
    `timeml: ${values.dir} is the held-out TempEval-3 test set; this benchmark reads the training data only`,
  );
  process.exit(2);
}

const runs = [];
for (const published of [true, false]) {
  const t0 = performance.now();
  const run = await evaluateTimeml({ dir: values.dir, published });
  const seconds = (performance.now() - t0) / 1000;
  console.error(`timeml: creation time ${published ? "given" : "withheld"}: ${seconds.toFixed(1)} s`);
  runs.push(run);
}
const [given, withheld] = runs;
const r = given.report;
const f = (x) => (x === null ? "-" : x.toFixed(3));

const section = [
  `Scored by \`pnpm bench:timeml\` (scripts/timeml.mjs) on TempEval-3's training data, TBAQ-cleaned (TimeBank 1.2 + AQUAINT): ${r.documents} documents, ${r.gold} TIMEX3 in their text (the creation time is not a mention), the pipeline's \`dates[].timex\` scored as the TempEval-3 scorer does (relaxed: extents overlap, one to one; strict: the same extent; value and type F1 = their accuracy over relaxed matches times the relaxed F1; rules in packages/eval/README.md, "TimeML"). The TempEval-3 platinum test set is held out and not scored here.`,
  "",
  "**Creation time given as the publication date** (`newsgraph eval --dataset timeml <dir>`):",
  "",
  formatTimemlMarkdown(r),
  "",
  `**Creation time withheld** (\`--no-published\`; the publication date from the text's own evidence, else none): relaxed F1 ${f(withheld.report.relaxed.f1)}, value F1 ${f(withheld.report.valueF1)}, type F1 ${f(withheld.report.typeF1)}; ${withheld.results.filter((x) => x.published.value !== null).length} of ${withheld.results.length} documents got a publication date, ${withheld.results.filter((x, i) => x.published.value !== null && x.published.value === withheld.docs[i].dct).length} of them the creation time.`,
].join("\n");

const json = {
  corpus: "TempEval-3 training, TBAQ-cleaned (TimeBank 1.2 + AQUAINT)",
  runs: runs.map((run) => {
    const { findings, ...figures } = run.report;
    return { published: run.published ? "given" : "withheld", ...figures, findings: findings.length };
  }),
};
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "timeml.json"), `${JSON.stringify(json, null, 1)}\n`);
writeFileSync(join(values.out, "timeml.md"), `# TimeML benchmark\n\n${section}\n`);
process.stdout.write(`${formatTimeml(r)}\n\n${section}\n`);
console.error(`timeml: wrote ${join(values.out, "timeml.json")} and ${join(values.out, "timeml.md")}`);
if (values["write-readme"]) {
  writeReadmeBlock(values.readme, "timeml", section, "## Evaluation");
  console.error(`timeml: ${values.readme} updated`);
}
