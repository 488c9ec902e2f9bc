import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type DocResult, prepare } from "@newsgraph/core";
import pLimit from "p-limit";
import { z } from "zod";
import { extractArticle } from "./extract.js";
import { NewsgraphUsageError, parseOptions } from "./options.js";

/** Extensions read when a folder is given (a file named explicitly is read whatever its extension). */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

export const ExtractFilesOptionsSchema = z
  .object({
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
      .optional(),
    maxBytes: z.number().int().positive().optional().describe("skip (and report) files larger than this"),
    concurrency: z.number().int().positive().optional().describe("files read at once (default 8)"),
    onError: z.custom<(f: FileFailure) => void>((v) => typeof v === "function", "expected a function").optional(),
  })
  .strict();
export interface FileFailure {
  path: string;
  reason: string;
}
export interface ExtractFilesOptions {
  /** reference date for every article (overrides metadata and inference) */
  published?: string;
  /** skip files larger than this many bytes (default 50 MB) */
  maxBytes?: number;
  /** files read ahead at once */
  concurrency?: number;
  /** called for each file that could not be processed; the run goes on */
  onError?: (failure: FileFailure) => void;
}

/** Thrown when an input path does not exist: a usage error, raised before any work starts. */
export class MissingPathError extends NewsgraphUsageError {
  override name = "MissingPathError";
}

/** The article files under `paths` (files as given, folders walked recursively), sorted, without duplicates. */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string"))
    throw new NewsgraphUsageError("extractFiles: paths must be an array of strings");
  const found = new Set<string>();
  for (const p of paths) {
    // lstat: a dangling link exists (and is reported as unreadable later), a missing path does not.
    const info = (await stat(p).catch(() => null)) ?? (await lstat(p).catch(() => null));
    if (!info) throw new MissingPathError(`no such file or folder: ${p}`);
    if (info.isDirectory()) for (const f of await walk(p)) found.add(f);
    else found.add(p);
  }
  return [...found].sort((a, b) => (resolve(a) < resolve(b) ? -1 : resolve(a) > resolve(b) ? 1 : 0));
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (ARTICLE_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext))) out.push(full);
  }
  return out;
}

/**
 * Extracts every article under `paths` and yields DocResults in a stable order (sorted by path, then by
 * record within a .json/.jsonl file). A file that cannot be read is reported through `onError` and skipped.
 */
export async function* extractFiles(paths: string[], options: ExtractFilesOptions = {}): AsyncGenerator<DocResult> {
  const opts = parseOptions(ExtractFilesOptionsSchema, options, "extractFiles");
  const files = await listInputFiles(paths);
  const maxBytes = opts.maxBytes ?? 50_000_000;
  const limit = pLimit(opts.concurrency ?? 8);
  const onError = options.onError ?? (() => {});
  // Read ahead with bounded concurrency, but yield strictly in order.
  const window = Math.max(1, (opts.concurrency ?? 8) * 2);
  const pending: Promise<string | FileFailure>[] = [];
  const load = (path: string) =>
    limit(async (): Promise<string | FileFailure> => {
      try {
        const info = await stat(path);
        if (info.size > maxBytes) return { path, reason: `too large: ${info.size} bytes (max ${maxBytes})` };
        return await readFile(path, "utf8");
      } catch (error) {
        return { path, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
      }
    });
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    while (next < files.length && next < i + window) pending.push(load(files[next++] as string));
    const content = await pending.shift();
    const path = files[i] as string;
    if (content === undefined) continue;
    if (typeof content !== "string") {
      onError(content);
      continue;
    }
    for (const article of prepare(content, { source: path })) {
      yield extractArticle(article, { published: opts.published });
    }
  }
}
