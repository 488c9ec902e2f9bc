import type { DocResult, PreparedArticle } from "@newsgraph/core";
import {
  formatTimeml,
  loadTimeml,
  ResultsFormatError,
  readResultsJsonl,
  scoreTimeml,
  type TimemlReport,
  TmlDirError,
  type TmlDocument,
  TmlFormatError,
} from "@newsgraph/eval";
import { extractArticle } from "@newsgraph/pipeline";
import { UsageError } from "../errors.js";

export interface TimemlRunOptions {
  dir: string;
  /** give each document's creation time as its publication date (default true) */
  published?: boolean;
  /** DocResults to score instead of running the pipeline (by id: the file name without .tml) */
  results?: DocResult[];
  /** how to get a result for a document (default: the pipeline) */
  extract?: (article: PreparedArticle, doc: TmlDocument) => DocResult;
}

export interface TimemlRun {
  report: TimemlReport;
  docs: TmlDocument[];
  results: DocResult[];
  published: boolean;
}

/** The .tml document as the pipeline reads it: the text of <TEXT>, and (when given) its creation time. */
export function timemlPrepared(doc: TmlDocument, published: boolean): PreparedArticle {
  return {
    id: doc.id,
    source: doc.file,
    kind: "txt",
    text: doc.text,
    title: null,
    published: published ? doc.dct : null,
    url: null,
    warnings: [],
  };
}

/** Runs the pipeline (or takes given results) on every .tml document under `dir` and scores the TIMEX3. */
export async function evaluateTimeml(options: TimemlRunOptions): Promise<TimemlRun> {
  const published = options.published ?? true;
  const { docs, warnings } = await loadTimeml(options.dir);
  const given = options.results ? new Map(options.results.map((r) => [r.id, r])) : null;
  const extract = options.extract ?? ((article: PreparedArticle) => extractArticle(article));
  const results = docs.map((doc): DocResult => {
    const result = given ? given.get(doc.id) : extract(timemlPrepared(doc, published), doc);
    if (result) return result;
    warnings.push(`${doc.id}: no result in --results; scored as an empty result`);
    return {
      id: doc.id,
      source: null,
      published: { value: null, inferred: true, evidence: null },
      entities: [],
      quotes: [],
      money: [],
      dates: [],
      warnings: [],
    };
  });
  const report = scoreTimeml(
    docs.map((doc, i) => ({ doc, result: results[i] as DocResult })),
    warnings,
  );
  return { report, docs, results, published };
}

/** `newsgraph eval --dataset timeml <dir>`: prints the table (or JSON) and returns the run. */
export async function runTimeml(
  dir: string,
  values: { "no-published": boolean; json: boolean; verbose: boolean; results?: string | undefined },
): Promise<TimemlRun> {
  try {
    const results = values.results !== undefined ? await readResultsJsonl(values.results) : undefined;
    const run = await evaluateTimeml({ dir, published: !values["no-published"], ...(results ? { results } : {}) });
    const title = `newsgraph eval --dataset timeml: ${run.report.documents} document(s), ${run.report.gold} gold TIMEX3 (creation time ${run.published ? "given as published" : "withheld"}), scored as TempEval-3 does`;
    if (values.json) process.stdout.write(`${JSON.stringify({ ...run.report, published: run.published }, null, 1)}\n`);
    else {
      process.stdout.write(`${formatTimeml(run.report, { verbose: values.verbose, title })}\n`);
      for (const w of run.report.warnings) process.stderr.write(`warning: ${w}\n`);
    }
    return run;
  } catch (error) {
    if (error instanceof TmlDirError || error instanceof TmlFormatError || error instanceof ResultsFormatError)
      throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new UsageError(`no such file or folder: ${(error as NodeJS.ErrnoException).path ?? ""}`);
    throw error;
  }
}
