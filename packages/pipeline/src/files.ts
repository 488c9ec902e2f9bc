import { lstat, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { DocResult } from "@newsgraph/core";
import { z } from "zod";
import { type BatchOptions, type BatchProgress, extractBatch, type FileFailure } from "./batch.js";
import { NewsgraphUsageError, parseOptions } from "./options.js";

/** Extensions read when a folder is given (a file named explicitly is read whatever its extension). */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

const ShardSchema = z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() });

export const ExtractFilesOptionsSchema = z
  .object({
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
      .optional(),
    maxBytes: z.number().int().positive().optional(),
    maxChars: z.number().int().positive().optional(),
    concurrency: z.number().int().positive().optional(),
    timeoutMs: z.number().int().positive().optional(),
    workerMemoryMb: z.number().int().min(64, "a worker needs at least 64 MB for the language model").optional(),
    shard: ShardSchema.refine((s) => s.index < s.count, "shard index must be below the shard count").optional(),
    skip: z.custom<ReadonlySet<string>>((v) => v instanceof Set, "expected a Set of resume keys").optional(),
    signal: z.custom<AbortSignal>((v) => v instanceof AbortSignal, "expected an AbortSignal").optional(),
    onError: z.custom<(f: FileFailure) => void>((v) => typeof v === "function", "expected a function").optional(),
    onProgress: z.custom<(p: BatchProgress) => void>((v) => typeof v === "function", "expected a function").optional(),
  })
  .strict();

export interface ExtractFilesOptions extends BatchOptions {
  /** process only shard `index` (0-based) of `count`: a deterministic slice of the sorted input */
  shard?: { index: number; count: number } | undefined;
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

/** The files of shard `index` of `count`: every count-th file of the sorted list, the same on every machine. */
export function shardOf(files: readonly string[], shard: { index: number; count: number }): string[] {
  return files.filter((_, i) => i % shard.count === shard.index);
}

/**
 * Extracts every article under `paths` and yields DocResults in a stable order (sorted by path, then by
 * record within a .json/.jsonl file), in a pool of worker threads (`concurrency`, default: the cores
 * available). A file that cannot be read, is too large, times out or crashes its worker is reported through
 * `onError` and skipped; the run goes on.
 */
export async function* extractFiles(paths: string[], options: ExtractFilesOptions = {}): AsyncGenerator<DocResult> {
  parseOptions(ExtractFilesOptionsSchema, options, "extractFiles");
  const all = await listInputFiles(paths);
  const files = options.shard ? shardOf(all, options.shard) : all;
  yield* extractBatch(files, options);
}
