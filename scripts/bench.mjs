// pnpm bench: speed of newsgraph against the libraries it builds on, in one process run, on a corpus built from
// the fixtures. Writes bench/results.json and prints a table. Run after `pnpm build`.
//
//   node scripts/bench.mjs [--articles 1000] [--rss-articles 10000] [--skip-rss] [--write-readme]
// --write-readme puts the table between <!-- bench:start --> and <!-- bench:end --> in README.md.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { merge } from "@newsgraph/graph";
import { extract, extractFiles } from "@newsgraph/pipeline";
import * as chrono from "chrono-node";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { writeReadmeBlock } from "./peers.mjs";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    "rss-articles": { type: "string", default: "10000" },
    "skip-rss": { type: "boolean", default: false },
    "write-readme": { type: "boolean", default: false },
  },
});
const ROOT = new URL("../", import.meta.url);
const FIXTURES = new URL("fixtures/articles/", ROOT);

/** The fixtures' paragraphs, shuffled into articles of about 500 words (deterministic). */
function buildCorpus(count) {
  const paragraphs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(new URL(f, FIXTURES), "utf8").split(/\n\s*\n|\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 8);
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const articles = [];
  for (let i = 0; i < count; i++) {
    const parts = [];
    let words = 0;
    while (words < 500) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)];
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    articles.push(parts.join("\n\n"));
  }
  return articles;
}

function time(label, fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  fn();
  const secs = (performance.now() - t0) / 1000;
  process.stderr.write(`  ${label}: ${secs.toFixed(2)} s\n`);
  return secs;
}

const count = Number(values.articles);
process.stderr.write(`building a corpus of ${count} articles from the fixtures...\n`);
const corpus = buildCorpus(count);
const wink = winkNLP(model);
const tokens = corpus.reduce((n, text) => n + wink.readDoc(text).tokens().length(), 0);
const words = corpus.reduce((n, text) => n + text.split(/\s+/).length, 0);
process.stderr.write(`${count} articles, ${words} words, ${tokens} wink tokens; measuring on one thread:\n`);

// Warm-up: every system once over the first articles, so no row pays for another's JIT compilation.
for (const text of corpus.slice(0, 30)) {
  wink.readDoc(text).entities().out();
  nlp(text);
  chrono.parse(text, new Date());
  merge([extract(text)]);
}

const rows = [];
const add = (name, secs, note = "") => rows.push({ name, seconds: secs, tokensPerSecond: tokens / secs, note });

add(
  "wink-nlp readDoc + entities",
  time("wink-nlp", () => {
    for (const text of corpus) wink.readDoc(text).entities().out();
  }),
);
add(
  "compromise nlp() alone",
  time("compromise", () => {
    for (const text of corpus) nlp(text);
  }),
);
const nlpDates = nlp.extend(datesPlugin) ?? nlp;
add(
  "compromise + people/places/orgs/money/quotations + dates",
  time("compromise full", () => {
    for (const text of corpus) {
      const doc = nlpDates(text);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
      doc.money().out("array");
      doc.quotations().out("array");
      doc.dates().json();
    }
  }),
);
add(
  "chrono-node parse",
  time("chrono", () => {
    for (const text of corpus) chrono.parse(text, new Date());
  }),
);
let oneThreadResults = [];
add(
  "newsgraph extract, 1 thread",
  time("newsgraph extract", () => {
    oneThreadResults = corpus.map((text, i) => extract(text, { id: `a${i}` }));
  }),
  "all four extractors: one DocResult per article",
);
add(
  "newsgraph full pipeline, 1 thread",
  time("newsgraph 1 thread", () => {
    for (const [i, text] of corpus.entries()) merge([extract(text, { id: `a${i}` })]);
  }),
  "all four extractors and the per-article graph",
);
add(
  "newsgraph merge of the whole corpus",
  time("newsgraph corpus merge", () => {
    merge(oneThreadResults);
  }),
  "one graph with cross-article resolution: a serial step after extraction",
);

// All cores: the same corpus as files through the worker pool.
const dir = join(tmpdir(), `newsgraph-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });
for (const [i, text] of corpus.entries()) writeFileSync(join(dir, `a${String(i).padStart(5, "0")}.txt`), text);
const cores = availableParallelism();
globalThis.gc?.();
let t0 = performance.now();
for await (const _ of extractFiles([dir], { concurrency: cores })) void _;
const poolSecs = (performance.now() - t0) / 1000;
process.stderr.write(`  newsgraph extract, ${cores} threads: ${poolSecs.toFixed(2)} s\n`);
add(
  `newsgraph extract, ${cores} threads`,
  poolSecs,
  "worker pool over files, including reading them and starting the workers",
);

// The machine's own ceiling: the same extraction split over independent processes (no threads, no pool).
t0 = performance.now();
const halves = await Promise.all(
  Array.from(
    { length: cores },
    (_, k) =>
      new Promise((done, fail) => {
        const child = spawn(
          process.execPath,
          [fileURLToPathCompat(new URL("scripts/bench-slice.mjs", ROOT)), dir, String(k), String(cores)],
          { stdio: ["ignore", "pipe", "inherit"] },
        );
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.on("exit", (code) =>
          code === 0 ? done(JSON.parse(out)) : fail(new Error(`bench-slice exited ${code}`)),
        );
      }),
  ),
);
const procSecs = (performance.now() - t0) / 1000;
const sliceSecs = Math.max(...halves.map((h) => h.seconds));
process.stderr.write(
  `  ${cores} processes: ${procSecs.toFixed(2)} s (slowest slice ${sliceSecs.toFixed(2)} s after start-up)\n`,
);
add(
  `newsgraph extract, ${cores} independent processes`,
  sliceSecs,
  "the machine's ceiling for all cores: no pool, start-up excluded",
);
rmSync(dir, { recursive: true, force: true });

let rss = null;
if (!values["skip-rss"]) {
  const n = Number(values["rss-articles"]);
  process.stderr.write(`peak RSS: newsgraph extract over ${n} articles (all cores, JSONL out) in a child process...\n`);
  const rssDir = join(tmpdir(), `newsgraph-rss-${process.pid}`);
  mkdirSync(rssDir, { recursive: true });
  for (const [i, text] of buildCorpus(n).entries())
    writeFileSync(join(rssDir, `a${String(i).padStart(5, "0")}.txt`), text);
  const child = spawnSync(
    process.execPath,
    [fileURLToPathCompat(new URL("scripts/bench-rss.mjs", ROOT)), rssDir, join(rssDir, "out.jsonl")],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  rmSync(rssDir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`RSS run failed: ${child.stderr}`);
  rss = JSON.parse(child.stdout.trim().split("\n").pop());
}

function fileURLToPathCompat(url) {
  return decodeURIComponent(url.pathname);
}

const byName = (n) => rows.find((r) => r.name.startsWith(n));
const compromiseAlone = byName("compromise nlp() alone").tokensPerSecond;
const winkAlone = byName("wink-nlp").tokensPerSecond;
const one = byName("newsgraph full pipeline, 1 thread").tokensPerSecond;
const extractOne = byName("newsgraph extract, 1 thread").tokensPerSecond;
const many = byName(`newsgraph extract, ${cores} threads`).tokensPerSecond;
const ceiling = byName(`newsgraph extract, ${cores} independent processes`).tokensPerSecond;
// Where the single-thread time goes, from each DocResult's own stats (wink's parse, compromise's views, the rest).
const sum = (key) => oneThreadResults.reduce((total, r) => total + (r.stats?.[key] ?? 0), 0);
const pipelineMs = sum("ms");
const breakdown = {
  parseMsPer1000Tokens: (sum("parseMs") / tokens) * 1000,
  compromiseMsPer1000Tokens: (sum("compromiseMs") / tokens) * 1000,
  pipelineMsPer1000Tokens: (pipelineMs / tokens) * 1000,
  parseShare: sum("parseMs") / pipelineMs,
  compromiseShare: sum("compromiseMs") / pipelineMs,
};
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", node: process.version },
  corpus: { articles: count, words, tokens },
  rows: rows.map((r) => ({
    ...r,
    vsCompromise: r.tokensPerSecond / compromiseAlone,
    vsWink: r.tokensPerSecond / winkAlone,
  })),
  breakdown,
  targets: {
    pipelineVsCompromise: { value: one / compromiseAlone, target: 4, met: one / compromiseAlone >= 4 },
    allCoresVsOneThread: {
      value: many / extractOne,
      target: 1.7,
      met: many / extractOne >= 1.7,
      machineCeiling: ceiling / extractOne,
    },
    ...(rss
      ? {
          peakRssMb: { value: rss.maxRssMb, articles: rss.articles, target: 500, met: rss.maxRssMb < 500 },
          // the long run's rate, against one thread's rate on the same kind of articles
          longRunVsOneThread: {
            articles: rss.articles,
            seconds: rss.seconds,
            value: rss.articles / rss.seconds / (count / byName("newsgraph extract, 1 thread").seconds),
          },
        }
      : {}),
  },
};
mkdirSync(new URL("bench/", ROOT), { recursive: true });
writeFileSync(new URL("bench/results.json", ROOT), `${JSON.stringify(results, null, 2)}\n`);

const pad = (s, n) => String(s).padEnd(n);
const lines = [
  `| what | tokens/s | x compromise | x wink-nlp |`,
  `| --- | ---: | ---: | ---: |`,
  ...results.rows.map(
    (r) =>
      `| ${r.name} | ${Math.round(r.tokensPerSecond).toLocaleString("en")} | ${r.vsCompromise.toFixed(2)} | ${r.vsWink.toFixed(2)} |`,
  ),
  "",
  `corpus: ${count} articles, ${words.toLocaleString("en")} words, ${tokens.toLocaleString("en")} tokens; ${results.machine.cpus} cores (${results.machine.model}), Node ${process.version}`,
  `per 1,000 tokens (1 thread): pipeline ${breakdown.pipelineMsPer1000Tokens.toFixed(2)} ms, of which wink-nlp parse ${breakdown.parseMsPer1000Tokens.toFixed(2)} ms (${(100 * breakdown.parseShare).toFixed(0)}%) and compromise views ${breakdown.compromiseMsPer1000Tokens.toFixed(2)} ms (${(100 * breakdown.compromiseShare).toFixed(0)}%)`,
  `targets: pipeline ${results.targets.pipelineVsCompromise.value.toFixed(2)}x compromise (>= 4: ${results.targets.pipelineVsCompromise.met ? "met" : "NOT met"}); all cores ${results.targets.allCoresVsOneThread.value.toFixed(2)}x one thread (>= 1.7: ${results.targets.allCoresVsOneThread.met ? "met" : "NOT met"}; independent processes reach ${results.targets.allCoresVsOneThread.machineCeiling.toFixed(2)}x on this machine)${rss ? `; peak RSS ${rss.maxRssMb.toFixed(0)} MB over ${rss.articles} articles (< 500: ${rss.maxRssMb < 500 ? "met" : "NOT met"}); that run: ${(rss.articles / rss.seconds).toFixed(0)} articles/s on all cores, ${results.targets.longRunVsOneThread.value.toFixed(2)}x one thread's ${(count / byName("newsgraph extract, 1 thread").seconds).toFixed(0)} articles/s` : ""}`,
];
void pad;
process.stdout.write(`${lines.join("\n")}\n`);
if (values["write-readme"]) {
  const section = [
    `Measured by \`pnpm bench\` (scripts/bench.mjs) on ${results.date.slice(0, 10)}, all systems in one process run on the same corpus (the fixtures' paragraphs shuffled into articles of about 500 words). Rows marked "independent processes" show what this machine itself allows on all cores: two processes, each on half the corpus with no pool, slow each other down (shared caches), so that figure is the ceiling for any pool here.`,
    "",
    ...lines,
  ].join("\n");
  if (writeReadmeBlock(new URL("README.md", ROOT), "bench", section, "## Performance"))
    process.stderr.write("bench: README.md updated\n");
}
