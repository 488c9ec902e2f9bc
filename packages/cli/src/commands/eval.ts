import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { DocResult, PreparedArticle } from "@newsgraph/core";
import {
  BaselineSchema,
  type CrossArticleReport,
  compareToBaseline,
  type EvalItem,
  type EvalReport,
  EvalSetError,
  formatBaselineCheck,
  formatBaselineJson,
  formatCrossArticle,
  formatReport,
  GoldFormatError,
  HEADLINE_F1,
  loadEvalSet,
  loadMeantime,
  type MeantimeArticle,
  MeantimeDirError,
  MeantimeFormatError,
  makeBaseline,
  meantimeView,
  nodeOfMentions,
  ResultsFormatError,
  readResultsJsonl,
  resolveGold,
  rowOf,
  scoreAll,
  scoreCrossArticle,
} from "@newsgraph/eval";
import { merge } from "@newsgraph/graph";
import { extractArticle } from "@newsgraph/pipeline";
import { EXIT, UsageError } from "../errors.js";
import { writeFileAtomic } from "../io.js";
import { runTimeml } from "./eval-timeml.js";

export const EVAL_HELP = `newsgraph eval --articles <dir> --gold <dir> [options]
newsgraph eval --dataset meantime <dir> [--no-published] [options]
newsgraph eval --dataset timeml <dir> [--no-published] [--verbose] [--json]

Scores newsgraph on annotated articles: each <id>.gold.json in the gold folder is compared with what the
pipeline finds in the article <id> of the articles folder (or with --results). Prints precision, recall, F1
and value accuracy per category, micro-averaged over the articles.

Options:
  --articles <dir>         the articles (.txt, .md, .html, .json, .jsonl)
  --gold <dir>             the gold files (<id>.gold.json)
  --results <jsonl>        score these DocResults (from 'newsgraph extract --jsonl') instead of running the pipeline
  --json                   the full report as JSON (rows, per-article scores, every finding)
  --verbose                per-article breakdown and every miss, false find and wrong value with its offsets
  --min-f1 <x>             exit 1 when a headline F1 (${HEADLINE_F1.join(", ")}) is below x
  --baseline <file>        exit 1 when a headline figure is more than 0.01 below the baseline file's
  --write-baseline <file>  write the headline figures as a baseline file
  --dataset meantime <dir> score on the MEANTIME corpus (English, 120 Wikinews articles; CC BY 4.0) read from
                           <dir>, converted to our gold (rules: packages/eval/README.md, "MEANTIME"); adds
                           cross-article identity figures
  --dataset timeml <dir>   score TIMEX3 on the .tml files under <dir> (TimeBank, TempEval-3) as the TempEval-3
                           scorer does: strict and relaxed span P/R/F1, value and type F1 (packages/eval/README.md,
                           "TimeML")
  --published-from-gold    give each article its gold publishedHint as the published date, so date values are
                           scored apart from inferring the publication date (which is then "given")
  --no-published           with --dataset: withhold each article's creation time, so the publication date is
                           inferred (default: the creation time is given as published)
  -h, --help               this text

Exit codes: 0 done, 1 below --min-f1 or under the baseline, 2 usage error (bad option, malformed gold file,
gold file without its article).`;

export interface EvalRunOptions {
  articles: string;
  gold: string;
  /** DocResults to score instead of running the pipeline */
  results?: DocResult[];
  /** how to get a result for an article (default: the pipeline); tests pass broken extractors here */
  extract?: (article: PreparedArticle, item: EvalItem) => DocResult;
  /** give the pipeline each gold file's publishedHint as the article's published date */
  publishedFromGold?: boolean;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Loads gold and articles, gets a result for each (pipeline or given), and scores them. */
export async function evaluate(options: EvalRunOptions): Promise<EvalReport> {
  const { items, warnings } = await loadEvalSet(options.articles, options.gold);
  const given = options.results ? new Map(options.results.map((r) => [r.id, r])) : null;
  const extract = options.extract ?? ((article: PreparedArticle) => extractArticle(article));
  const inputs = items.map((item) => {
    const text = item.article.text;
    const article =
      options.publishedFromGold && item.gold.publishedHint
        ? { ...item.article, published: item.gold.publishedHint }
        : item.article;
    let result = given ? given.get(item.gold.doc) : extract(article, item);
    if (!result) {
      warnings.push(`${item.gold.doc}: no result in --results; scored as an empty result`);
      result = {
        id: item.gold.doc,
        source: null,
        published: { value: null, inferred: true, evidence: null },
        entities: [],
        quotes: [],
        money: [],
        dates: [],
        warnings: [],
      };
    } else if (given && result.hash && result.hash !== sha256(text)) {
      warnings.push(
        `${item.gold.doc}: the result was made from another text than ${item.article.source} (hash differs)`,
      );
    }
    return { result, gold: item.gold, text };
  });
  if (given) {
    const scored = new Set(items.map((i) => i.gold.doc));
    const extra = [...given.keys()].filter((id) => !scored.has(id));
    if (extra.length)
      warnings.push(`${extra.length} result(s) have no gold file and are not scored: ${extra.slice(0, 5).join(", ")}`);
  }
  return scoreAll(inputs, warnings);
}

/** MEANTIME's attribution, as its license (CC BY 4.0) asks wherever numbers derived from it appear. */
export const MEANTIME_ATTRIBUTION =
  "MEANTIME corpus (NewsReader), CC BY 4.0, (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad del Pais Vasco";

export interface MeantimeRunOptions {
  dir: string;
  /** give each article's creation time as its publication date (default true) */
  published?: boolean;
  /** DocResults to score instead of running the pipeline (by id: the file name without .xml) */
  results?: DocResult[];
  /** how to get a result for an article (default: the pipeline) */
  extract?: (article: PreparedArticle, meantime: MeantimeArticle) => DocResult;
}

export interface MeantimeRun {
  report: EvalReport;
  crossArticle: CrossArticleReport;
  articles: MeantimeArticle[];
  published: boolean;
}

/** The MEANTIME article as the pipeline reads it: plain text, its title, and (when given) its creation time. */
export function meantimePrepared(a: MeantimeArticle, published: boolean): PreparedArticle {
  return {
    id: a.id,
    source: a.url,
    kind: "txt",
    text: a.text,
    title: a.title,
    published: published ? a.creationTime : null,
    url: a.url,
    warnings: [],
  };
}

const emptyResult = (id: string): DocResult => ({
  id,
  source: null,
  published: { value: null, inferred: true, evidence: null },
  entities: [],
  quotes: [],
  money: [],
  dates: [],
  warnings: [],
});

/**
 * Scores the pipeline (or given results) on MEANTIME: the table of our gold (entities PER/ORG/places, dates,
 * publication date, through meantimeView) and cross-article identity from merge() of the raw results.
 */
export async function evaluateMeantime(options: MeantimeRunOptions): Promise<MeantimeRun> {
  const published = options.published ?? true;
  const articles = await loadMeantime(options.dir);
  const given = options.results ? new Map(options.results.map((r) => [r.id, r])) : null;
  const extract = options.extract ?? ((article: PreparedArticle) => extractArticle(article));
  const warnings: string[] = [];
  const results = articles.map((a) => {
    const result = given ? given.get(a.id) : extract(meantimePrepared(a, published), a);
    if (result) return result;
    warnings.push(`${a.id}: no result in --results; scored as an empty result`);
    return emptyResult(a.id);
  });
  const report = scoreAll(
    articles.map((a, i) => ({
      result: meantimeView(results[i] as DocResult),
      gold: resolveGold(a.gold, a.text),
      text: a.text,
    })),
    warnings,
  );
  const crossArticle = scoreCrossArticle(
    articles.flatMap((a) => a.mentions),
    nodeOfMentions(merge(results)),
  );
  return { report, crossArticle, articles, published };
}

/** The MEANTIME table: our table, the cross-article figures and what the rows mean on this corpus. */
export function formatMeantime(run: MeantimeRun, verbose = false): string {
  const title = `newsgraph eval --dataset meantime: ${run.report.articles} article(s), micro-averaged; creation time ${run.published ? "given as published" : "withheld (publication date inferred)"}`;
  return [
    formatReport(run.report, { verbose, title }),
    "",
    ...formatCrossArticle(run.crossArticle, verbose),
    "",
    "Scored: named PER/ORG/LOC mentions narrowed to the name, TIMEX3 dates, in the title and first four body sentences (MEANTIME's fully annotated part); GPE = any place (GPE or LOC); quotes and money are not annotated.",
    MEANTIME_ATTRIBUTION,
  ].join("\n");
}

async function runMeantime(
  dir: string,
  values: { "no-published": boolean; json: boolean; verbose: boolean; results?: string | undefined },
): Promise<MeantimeRun> {
  try {
    const results = values.results !== undefined ? await readResultsJsonl(values.results) : undefined;
    const run = await evaluateMeantime({ dir, published: !values["no-published"], ...(results ? { results } : {}) });
    if (values.json)
      process.stdout.write(
        `${JSON.stringify({ ...run.report, crossArticle: run.crossArticle, published: run.published, attribution: MEANTIME_ATTRIBUTION }, null, 1)}\n`,
      );
    else {
      process.stdout.write(`${formatMeantime(run, values.verbose)}\n`);
      for (const w of run.report.warnings) process.stderr.write(`warning: ${w}\n`);
    }
    return run;
  } catch (error) {
    if (
      error instanceof MeantimeDirError ||
      error instanceof MeantimeFormatError ||
      error instanceof ResultsFormatError
    )
      throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new UsageError(`no such file or folder: ${(error as NodeJS.ErrnoException).path ?? ""}`);
    throw error;
  }
}

export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: "string" },
      gold: { type: "string" },
      results: { type: "string" },
      json: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      "min-f1": { type: "string" },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      dataset: { type: "string" },
      "no-published": { type: "boolean", default: false },
      "published-from-gold": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${EVAL_HELP}\n`);
    return EXIT.ok;
  }
  if (values.dataset !== undefined) {
    if (values.dataset !== "meantime" && values.dataset !== "timeml")
      throw new UsageError(`--dataset: unknown dataset "${values.dataset}" (known: meantime, timeml)`);
    const dir = positionals[0] ?? values.articles;
    if (!dir) throw new UsageError(`eval --dataset ${values.dataset}: the corpus folder is required (see --help)`);
    if (positionals.length > 1) throw new UsageError(`eval: unexpected argument "${positionals[1]}" (see --help)`);
    if (values.gold !== undefined)
      throw new UsageError("eval --dataset: --gold does not apply (the gold is the corpus)");
    if (values.baseline !== undefined || values["write-baseline"] !== undefined)
      throw new UsageError("eval --dataset: --baseline and --write-baseline apply to --gold folders only");
    const min = parseMinF1(values["min-f1"]);
    if (values.dataset === "timeml") {
      const timeml = await runTimeml(dir, values);
      return min !== null && (timeml.report.relaxed.f1 ?? 0) < min ? EXIT.failures : EXIT.ok;
    }
    const run = await runMeantime(dir, values);
    return minF1Failures(run.report, min) ? EXIT.failures : EXIT.ok;
  }
  if (values["no-published"]) throw new UsageError("--no-published applies to --dataset only");
  if (values["published-from-gold"] && values.results !== undefined)
    throw new UsageError("--published-from-gold: applies when eval runs the pipeline, not to --results");
  if (positionals.length > 0) throw new UsageError(`eval: unexpected argument "${positionals[0]}" (see --help)`);
  if (!values.articles) throw new UsageError("eval: --articles <dir> is required");
  if (!values.gold) throw new UsageError("eval: --gold <dir> is required");
  let minF1: number | null = null;
  if (values["min-f1"] !== undefined) {
    minF1 = Number(values["min-f1"]);
    if (!/^\s*[\d.]+\s*$/.test(values["min-f1"]) || !(minF1 >= 0 && minF1 <= 1))
      throw new UsageError(`--min-f1: expected a number from 0 to 1, got "${values["min-f1"]}"`);
  }

  let report: EvalReport;
  let baseline = null;
  try {
    if (values.baseline !== undefined)
      baseline = BaselineSchema.parse(JSON.parse(await readFile(values.baseline, "utf8")));
    const results = values.results !== undefined ? await readResultsJsonl(values.results) : undefined;
    report = await evaluate({
      articles: values.articles,
      gold: values.gold,
      publishedFromGold: values["published-from-gold"],
      ...(results ? { results } : {}),
    });
  } catch (error) {
    if (error instanceof GoldFormatError) throw new UsageError(`malformed gold file(s):\n${error.message}`);
    if (error instanceof EvalSetError || error instanceof ResultsFormatError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new UsageError(`no such file or folder: ${(error as NodeJS.ErrnoException).path ?? ""}`);
    if (values.baseline !== undefined && (error instanceof SyntaxError || (error as Error).name === "ZodError"))
      throw new UsageError(`--baseline ${values.baseline}: not a baseline file: ${(error as Error).message}`);
    throw error;
  }

  const check = baseline ? compareToBaseline(report.headline, baseline, report.articles) : null;
  const belowMin =
    minF1 === null
      ? []
      : HEADLINE_F1.map((k) => rowOf(report, k)).filter((r) => r.f1 !== null && r.f1 < (minF1 as number));

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, ...(check ? { baseline: check } : {}) }, null, 1)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, { verbose: values.verbose })}\n`);
    for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
  }
  const messages: string[] = [];
  if (check) messages.push(formatBaselineCheck(check));
  for (const r of belowMin) messages.push(`below --min-f1 ${minF1}: ${r.key} F1 ${r.f1?.toFixed(3)}`);
  if (values["write-baseline"]) {
    await writeFileAtomic(values["write-baseline"], formatBaselineJson(makeBaseline(report)));
    messages.push(`baseline written: ${values["write-baseline"]}`);
  }
  if (messages.length) process.stderr.write(`${messages.join("\n")}\n`);
  return belowMin.length > 0 || (check && !check.ok) ? EXIT.failures : EXIT.ok;
}

/** The value of --min-f1 (null when not given); a usage error when it is not a number from 0 to 1. */
function parseMinF1(option: string | undefined): number | null {
  if (option === undefined) return null;
  const min = Number(option);
  if (!/^\s*[\d.]+\s*$/.test(option) || !(min >= 0 && min <= 1))
    throw new UsageError(`--min-f1: expected a number from 0 to 1, got "${option}"`);
  return min;
}

/** Prints the headline F1s of a report below --min-f1 and tells whether there were any. */
function minF1Failures(report: EvalReport, min: number | null): boolean {
  if (min === null) return false;
  const below = HEADLINE_F1.map((k) => rowOf(report, k)).filter((r) => r.f1 !== null && r.f1 < min);
  for (const r of below) process.stderr.write(`below --min-f1 ${min}: ${r.key} F1 ${r.f1?.toFixed(3)}\n`);
  return below.length > 0;
}
