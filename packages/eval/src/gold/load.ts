import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";
import { jsonErrorOffset } from "./json-position.js";
import { GOLD_KNOWN_KEYS, type Gold, GoldSchema } from "./schema.js";

export const GOLD_SUFFIX = ".gold.json";

/** One problem of a gold file: the file, the field (entities[3].type) and what is wrong. */
export const GoldProblemSchema = z.object({
  file: z.string(),
  field: z.string().describe('path of the field, e.g. "entities[3].type"; empty for the whole file'),
  message: z.string(),
});
export type GoldProblem = z.infer<typeof GoldProblemSchema>;

export function formatProblem(p: GoldProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** A gold file that cannot be read as the gold format; `problems` names every bad field. */
export class GoldFormatError extends Error {
  override name = "GoldFormatError";
  constructor(readonly problems: GoldProblem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

export interface LoadedGold {
  file: string;
  gold: Gold;
  /** fields the format does not know (likely typos); the file is still used */
  warnings: GoldProblem[];
}

/** "entities", 3, "type" → entities[3].type */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const part of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return "missing";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/**
 * Reads one gold file's contents. Throws GoldFormatError naming the file and every malformed field;
 * returns unknown fields as warnings. `file` is used in messages and, when it ends in ".gold.json", to check
 * that `doc` names the article the file is for.
 */
export function parseGold(content: string, file: string): LoadedGold {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, " ");
    const where = lineCol(content, jsonErrorOffset(content));
    throw new GoldFormatError([{ file, field: "", message: `not valid JSON (${where}): ${message}` }]);
  }
  const parsed = GoldSchema.safeParse(raw);
  if (!parsed.success) {
    throw new GoldFormatError(
      parsed.error.issues.map((issue) => ({
        file,
        field: fieldPath(issue.path),
        message: `${issue.message} (got ${describeValue(valueAt(raw, issue.path))})`,
      })),
    );
  }
  const gold = parsed.data;
  const name = basename(file);
  if (name.endsWith(GOLD_SUFFIX) && name.slice(0, -GOLD_SUFFIX.length) !== gold.doc) {
    throw new GoldFormatError([
      {
        file,
        field: "doc",
        message: `"${gold.doc}" does not match the file name (expected "${name.slice(0, -GOLD_SUFFIX.length)}")`,
      },
    ]);
  }
  return { file, gold, warnings: unknownKeys(raw as Record<string, unknown>, file) };
}

function unknownKeys(raw: Record<string, unknown>, file: string): GoldProblem[] {
  const out: GoldProblem[] = [];
  const check = (obj: unknown, known: readonly string[], field: string) => {
    if (!obj || typeof obj !== "object") return;
    for (const key of Object.keys(obj))
      if (!known.includes(key))
        out.push({ file, field: field ? `${field}.${key}` : key, message: "unknown field (ignored)" });
  };
  check(raw, GOLD_KNOWN_KEYS[""], "");
  for (const list of ["entities", "quotes", "money", "dates"] as const) {
    const items = raw[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      check(item, GOLD_KNOWN_KEYS[list], `${list}[${i}]`);
    });
  }
  return out;
}

/**
 * Reads every `*.gold.json` of a folder, sorted by name. Throws GoldFormatError listing the problems of all
 * malformed files at once (and duplicate `doc` ids), so that one run shows everything to fix.
 */
export async function loadGoldDir(dir: string): Promise<LoadedGold[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  const loaded: LoadedGold[] = [];
  const problems: GoldProblem[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    try {
      const one = parseGold(await readFile(file, "utf8"), file);
      const other = seen.get(one.gold.doc);
      if (other) problems.push({ file, field: "doc", message: `"${one.gold.doc}" is also annotated in ${other}` });
      seen.set(one.gold.doc, file);
      loaded.push(one);
    } catch (error) {
      if (error instanceof GoldFormatError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new GoldFormatError(problems);
  return loaded;
}
