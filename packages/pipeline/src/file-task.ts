import { type DocResult, prepare } from "@newsgraph/core";
import { extractArticle } from "./extract.js";

/** One file's content to extract: what the batch hands to a worker thread (or runs in its own thread). */
export interface FileTask {
  path: string;
  content: string;
  sourceHash: string;
  published?: string | undefined;
  maxChars?: number | undefined;
}

export function extractFileContent(task: FileTask): DocResult[] {
  return prepare(task.content, { source: task.path }).map((article) => ({
    ...extractArticle(article, { published: task.published, maxChars: task.maxChars }),
    sourceHash: task.sourceHash,
  }));
}
