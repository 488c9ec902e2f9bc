import { parseArgs } from "node:util";
import type { DocResult } from "@newsgraph/core";
import { merge } from "@newsgraph/graph";
import { extractFiles, type FileFailure, listInputFiles } from "@newsgraph/pipeline";
import { EXIT, UsageError } from "../errors.js";
import { AtomicOutput, writeFileAtomic } from "../io.js";

export const EXTRACT_HELP = `newsgraph extract <files or folders...> [options]

Reads articles (.txt, .md, .html, .json, .jsonl) and writes what it finds.

Options:
  --jsonl <file|->        one DocResult per line (- for standard output)
  --graph <file>          the merged graph as JSON
  --published <YYYY-MM-DD> reference date for every input (default: metadata, else inferred)
  --max-bytes <n>         skip files larger than n bytes (default 50000000)
  --strict                exit 1 when any file failed
  --quiet                 no summary
  -h, --help              this text

Exit codes: 0 done, 1 some files failed (with --strict), 2 usage error (bad option, missing path).`;

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: "string" },
      graph: { type: "string" },
      published: { type: "string" },
      "max-bytes": { type: "string" },
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
  let maxBytes: number | undefined;
  if (values["max-bytes"] !== undefined) {
    maxBytes = Number(values["max-bytes"]);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0)
      throw new UsageError(`--max-bytes: expected a positive whole number, got "${values["max-bytes"]}"`);
  }
  const files = await listInputFiles(positionals); // throws MissingPathError before any output is opened

  const t0 = Date.now();
  const failures: FileFailure[] = [];
  const jsonl = values.jsonl ? await AtomicOutput.open(values.jsonl) : null;
  const keep: DocResult[] = [];
  const totals = { articles: 0, entities: 0, quotes: 0, amounts: 0, dates: 0, warnings: 0 };
  try {
    for await (const result of extractFiles(files, {
      ...(values.published ? { published: values.published } : {}),
      ...(maxBytes ? { maxBytes } : {}),
      onError: (f) => failures.push(f),
    })) {
      totals.articles++;
      totals.entities += result.entities.length;
      totals.quotes += result.quotes.length;
      totals.amounts += result.money.length;
      totals.dates += result.dates.length;
      totals.warnings += result.warnings.length;
      if (jsonl) await jsonl.write(`${JSON.stringify(result)}\n`);
      if (values.graph) keep.push(result);
    }
  } catch (error) {
    await jsonl?.abort();
    throw error;
  }
  await jsonl?.commit();
  if (values.graph) await writeFileAtomic(values.graph, `${JSON.stringify(merge(keep), null, 1)}\n`);

  if (!values.quiet) {
    const secs = (Date.now() - t0) / 1000;
    const lines = [
      `newsgraph extract: ${files.length} file(s), ${totals.articles} article(s) in ${secs.toFixed(2)} s`,
      `  entities ${totals.entities}   quotes ${totals.quotes}   amounts ${totals.amounts}   dates ${totals.dates}   warnings ${totals.warnings}`,
      ...(values.jsonl && values.jsonl !== "-" ? [`  results: ${values.jsonl}`] : []),
      ...(values.graph ? [`  graph:   ${values.graph}`] : []),
      ...(failures.length
        ? [`  failed: ${failures.length}`, ...failures.map((f) => `    ${f.path}: ${f.reason}`)]
        : []),
    ];
    process.stderr.write(`${lines.join("\n")}\n`);
  }
  return failures.length > 0 && values.strict ? EXIT.failures : EXIT.ok;
}
