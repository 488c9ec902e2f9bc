import { readFile } from "node:fs/promises";
import { type DocResult, DocResultSchema } from "@newsgraph/core";
import { fieldPath } from "./gold/load.js";

/** A results file (JSONL of DocResults) that cannot be read; the message names the file, line and field. */
export class ResultsFormatError extends Error {
  override name = "ResultsFormatError";
}

/** Reads JSON Lines of DocResults (as written by `newsgraph extract --jsonl`), validating each line. */
export function parseResultsJsonl(content: string, file: string): DocResult[] {
  const out: DocResult[] = [];
  const problems: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      problems.push(`${file}:${i + 1}: not valid JSON: ${(error as Error).message}`);
      return;
    }
    const parsed = DocResultSchema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
    else
      for (const issue of parsed.error.issues.slice(0, 5))
        problems.push(`${file}:${i + 1}: ${fieldPath(issue.path) || "(line)"}: ${issue.message}`);
  });
  if (problems.length > 0) throw new ResultsFormatError(problems.slice(0, 20).join("\n"));
  return out;
}

export async function readResultsJsonl(path: string): Promise<DocResult[]> {
  return parseResultsJsonl(await readFile(path, "utf8"), path);
}
