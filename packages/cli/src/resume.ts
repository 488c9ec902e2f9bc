import { readFile } from "node:fs/promises";
import { type DocResult, DocResultSchema } from "@newsgraph/core";

/**
 * Reads the results a previous run left in a JSONL file (complete or `.partial`): every line that is a valid
 * DocResult. A line cut short by an interruption is ignored.
 */
export async function readPreviousResults(paths: string[]): Promise<DocResult[]> {
  const seen = new Set<string>();
  const results: DocResult[] = [];
  for (const path of paths) {
    const content = await readFile(path, "utf8").catch(() => "");
    for (const line of content.split("\n")) {
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        continue;
      }
      const parsed = DocResultSchema.safeParse(value);
      if (!parsed.success || !parsed.data.sourceHash) continue;
      const key = `${parsed.data.sourceHash}\u0000${parsed.data.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(parsed.data);
    }
  }
  return results;
}

/** Orders results as a fresh run would: by source path (stable, so records of one .jsonl file keep their order). */
export function sortResults(results: DocResult[]): DocResult[] {
  const key = (r: DocResult) => r.source ?? "";
  return [...results].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
