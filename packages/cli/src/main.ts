import { MissingPathError, NewsgraphUsageError } from "@newsgraph/pipeline";
import { runDiff } from "./commands/diff.js";
import { runEval } from "./commands/eval.js";
import { runExtract } from "./commands/extract.js";
import { runMerge } from "./commands/merge.js";
import { EXIT, UsageError } from "./errors.js";

export const HELP = `newsgraph: news articles in, one typed graph out.

Commands:
  newsgraph extract <paths...>   extract entities, quotes, money and dates (--help for options)
  newsgraph eval --articles <dir> --gold <dir>   score against gold annotations
  newsgraph diff <old.jsonl> <new.jsonl>   what changed between two runs
  newsgraph merge <graphs or jsonl...> -o <file>   merge graphs and results into one graph

Run 'newsgraph <command> --help' for a command's options.`;

type Command = (argv: string[]) => Promise<number>;
const COMMANDS: Record<string, Command> = { extract: runExtract, eval: runEval, diff: runDiff, merge: runMerge };

/** Runs the command line and returns the exit code; only this file and commands/ touch the terminal. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"\n\n${HELP}`);
    return await command(rest);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof NewsgraphUsageError ||
      error instanceof MissingPathError ||
      isParseArgsError(error)
    ) {
      process.stderr.write(`newsgraph: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return code.startsWith("ERR_PARSE_ARGS");
}
