import { rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { DocResult } from "@newsgraph/core";
import { merge } from "@newsgraph/graph";
import { extractFiles, type FileFailure, listInputFiles, resumeKey, shardOf } from "@newsgraph/pipeline";
import { EXIT, UsageError } from "../errors.js";
import { AtomicOutput, writeFileAtomic } from "../io.js";
import { ProgressReporter } from "../progress.js";
import { readPreviousResults, sortResults } from "../resume.js";
import { parseGraphFormat, writeGraph } from "./merge.js";

export const EXTRACT_HELP = `newsgraph extract <files or folders...> [options]

Reads articles (.txt, .md, .html, .json, .jsonl) and writes what it finds.

Options:
  --jsonl <file|->          one DocResult per line (- for standard output)
  --graph <file>            the merged graph as JSON
  --format <format>         format of --graph: json (default), graphml, neo4j or html
  --published <YYYY-MM-DD>  reference date for every input (default: metadata, else inferred)
  --concurrency <n>         worker threads (default: the cores available, ${availableParallelism()} here)
  --shard <i/n>             process only slice i of n (1-based) of the sorted input, for spreading work
  --resume                  keep the results already in --jsonl (or its .partial) and skip their files
                            (same path and same content hash)
  --errors <file>           where to list failed files (default: <jsonl or graph>.errors.jsonl)
  --max-bytes <n>           skip files larger than n bytes (default 50000000)
  --timeout <seconds>       give up on one file after this long (default 120)
  --worker-memory <MB>      heap limit of each worker thread (at least 64, default 384); a file that exceeds it fails alone
  --strict                  exit 1 when any file failed
  --quiet                   no progress and no summary
  -h, --help                this text

Results are written to <file>.partial and renamed when the run completes; Ctrl-C stops cleanly, keeping every
finished result in the .partial file, and --resume completes the run.
Exit codes: 0 done, 1 some files failed (with --strict), 2 usage error, 130 interrupted.`;

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name}: expected a positive whole number, got "${value}"`);
  return n;
}

function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const i = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || i < 1 || i > n) throw new UsageError(`--shard: expected i/n with 1 <= i <= n, got "${value}"`);
  return { index: i - 1, count: n };
}

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: "string" },
      graph: { type: "string" },
      format: { type: "string" },
      published: { type: "string" },
      concurrency: { type: "string" },
      shard: { type: "string" },
      resume: { type: "boolean", default: false },
      errors: { type: "string" },
      "max-bytes": { type: "string" },
      timeout: { type: "string" },
      "worker-memory": { type: "string" },
      strict: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${EXTRACT_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("extract: give at least one file or folder");
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    throw new UsageError(`--published: expected YYYY-MM-DD, got "${values.published}"`);
  const graphFormat = parseGraphFormat(values.format);
  if (values.format !== undefined && values.graph === undefined)
    throw new UsageError("--format: applies to --graph <file>; give --graph too");
  const maxBytes = positiveInt("max-bytes", values["max-bytes"]);
  const concurrency = positiveInt("concurrency", values.concurrency);
  const timeout = positiveInt("timeout", values.timeout);
  const shard = parseShard(values.shard);
  const workerMemoryMb = positiveInt("worker-memory", values["worker-memory"]);
  if (workerMemoryMb !== undefined && workerMemoryMb < 64)
    throw new UsageError("--worker-memory: a worker needs at least 64 MB for the language model");
  if (values.resume && (!values.jsonl || values.jsonl === "-"))
    throw new UsageError("--resume needs --jsonl <file>: the results of the earlier run are read from it");
  const listed = await listInputFiles(positionals); // throws MissingPathError before any output is opened
  const files = shard ? shardOf(listed, shard) : listed;

  const t0 = Date.now();
  const failures: FileFailure[] = [];
  const jsonlPath = values.jsonl && values.jsonl !== "-" ? resolve(values.jsonl) : null;
  const previous = values.resume && jsonlPath ? await readPreviousResults([jsonlPath, `${jsonlPath}.partial`]) : [];
  const jsonl = values.jsonl ? await AtomicOutput.open(values.jsonl, { stableTemp: true }) : null;
  const keepForGraph = values.graph !== undefined;
  const kept: DocResult[] = keepForGraph || previous.length > 0 ? [...previous] : [];
  for (const r of previous) await jsonl?.write(`${JSON.stringify(r)}\n`);

  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(EXIT.interrupted); // a second Ctrl-C: leave at once
    stop.abort();
    process.stderr.write("\nnewsgraph: stopping after the files under way (Ctrl-C again to quit at once)\n");
  };
  process.on("SIGINT", onSigint);
  const progress = new ProgressReporter(process.stderr, !values.quiet);
  const totals = { articles: 0, entities: 0, quotes: 0, amounts: 0, dates: 0, warnings: 0 };
  try {
    for await (const result of extractFiles(files, {
      published: values.published,
      maxBytes,
      concurrency,
      timeoutMs: timeout ? timeout * 1000 : undefined,
      workerMemoryMb,
      skip: new Set(previous.map((r) => resumeKey(r.source ?? "", r.sourceHash ?? ""))),
      signal: stop.signal,
      onError: (f) => failures.push(f),
      onProgress: (p) => progress.update(p),
    })) {
      totals.articles++;
      totals.entities += result.entities.length;
      totals.quotes += result.quotes.length;
      totals.amounts += result.money.length;
      totals.dates += result.dates.length;
      totals.warnings += result.warnings.length;
      await jsonl?.write(`${JSON.stringify(result)}\n`);
      if (keepForGraph || previous.length > 0) kept.push(result);
    }
  } finally {
    process.off("SIGINT", onSigint);
    progress.finish();
  }

  const errorsPath =
    values.errors ??
    (jsonlPath
      ? `${jsonlPath.replace(/\.jsonl$/, "")}.errors.jsonl`
      : values.graph
        ? `${values.graph.replace(/\.json$/, "")}.errors.jsonl`
        : null);
  if (errorsPath) {
    if (failures.length) await writeFileAtomic(errorsPath, failures.map((f) => `${JSON.stringify(f)}\n`).join(""));
    else await rm(errorsPath, { force: true });
  }
  if (stop.signal.aborted) {
    await jsonl?.flush();
    process.stderr.write(
      `newsgraph: interrupted; ${totals.articles + previous.length} result(s) kept in ${jsonl?.tempPath ?? "(stdout)"}; run again with --resume to complete\n`,
    );
    return EXIT.interrupted;
  }
  if (jsonl && previous.length > 0) {
    // A resumed run wrote the earlier results first: restore the order a single run gives.
    await jsonl.replace(sortResults(kept).map((r) => `${JSON.stringify(r)}\n`));
  }
  await jsonl?.commit();
  if (values.graph) await writeGraph(merge(kept), graphFormat, values.graph);

  if (!values.quiet) {
    const secs = (Date.now() - t0) / 1000;
    const lines = [
      `newsgraph extract: ${files.length} file(s), ${totals.articles} article(s) in ${secs.toFixed(2)} s${previous.length ? ` (+${previous.length} kept from the earlier run)` : ""}`,
      `  entities ${totals.entities}   quotes ${totals.quotes}   amounts ${totals.amounts}   dates ${totals.dates}   warnings ${totals.warnings}`,
      ...(jsonlPath ? [`  results: ${values.jsonl}`] : []),
      ...(values.graph ? [`  graph:   ${values.graph}`] : []),
      ...(failures.length
        ? [
            `  failed: ${failures.length}${errorsPath ? ` (listed in ${errorsPath})` : ""}`,
            ...failures.map((f) => `    ${f.path}: ${f.reason}`),
          ]
        : []),
    ];
    process.stderr.write(`${lines.join("\n")}\n`);
  }
  return failures.length > 0 && values.strict ? EXIT.failures : EXIT.ok;
}
