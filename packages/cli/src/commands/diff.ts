import { parseArgs } from "node:util";
import { diffResults, formatDiff, ResultsFormatError, readResultsJsonl } from "@newsgraph/eval";
import { EXIT, UsageError } from "../errors.js";

export const DIFF_HELP = `newsgraph diff <old.jsonl> <new.jsonl> [options]

What changed between two runs of 'newsgraph extract --jsonl': per article and category (entities, mentions,
quotes, money, dates, publication date), what was added, lost or changed, as Markdown for a pull request.

Options:
  --json         the differences as JSON
  --max-lines <n> lines listed per article (default 200)
  --exit-code    exit 1 when the files differ (like git diff --exit-code)
  -h, --help     this text

Exit codes: 0 done (with --exit-code: no differences), 1 differences (with --exit-code), 2 usage error.`;

export async function runDiff(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "max-lines": { type: "string" },
      "exit-code": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${DIFF_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError("diff: give two files, <old.jsonl> <new.jsonl>");
  const [oldPath, newPath] = positionals as [string, string];
  let maxLines = 200;
  if (values["max-lines"] !== undefined) {
    maxLines = Number(values["max-lines"]);
    if (!Number.isInteger(maxLines) || maxLines <= 0)
      throw new UsageError(`--max-lines: expected a positive whole number, got "${values["max-lines"]}"`);
  }
  let olds: Awaited<ReturnType<typeof readResultsJsonl>>;
  let news: typeof olds;
  try {
    olds = await readResultsJsonl(oldPath);
    news = await readResultsJsonl(newPath);
  } catch (error) {
    if (error instanceof ResultsFormatError) throw new UsageError(error.message);
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ENOENT" || e.code === "EISDIR") throw new UsageError(`cannot read ${e.path ?? ""}: ${e.code}`);
    throw error;
  }
  const report = diffResults(olds, news);
  process.stdout.write(
    values.json
      ? `${JSON.stringify(report, null, 1)}\n`
      : `${formatDiff(report, { oldName: oldPath, newName: newPath, maxLines })}\n`,
  );
  return values["exit-code"] && report.articles.length > 0 ? EXIT.failures : EXIT.ok;
}
