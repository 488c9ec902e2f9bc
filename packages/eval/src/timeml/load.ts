import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readTml, type TmlDocument } from "./read.js";

/** A folder that holds no .tml file. */
export class TmlDirError extends Error {
  override name = "TmlDirError";
}

async function tmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await tmlFiles(full)));
    else if (e.name.toLowerCase().endsWith(".tml")) out.push(full);
  }
  return out;
}

export interface TmlCorpus {
  docs: TmlDocument[];
  /** files skipped, with why (a second copy of a document already read) */
  warnings: string[];
}

/**
 * Every .tml document under `dir` (searched recursively), sorted by path. A document is its file name: a second
 * file of the same name (TBAQ-cleaned ships AP900815-0044.tml twice, in TimeBank/ and testpipeline/) is
 * skipped with a warning, so no document counts twice. Throws TmlDirError when there is no .tml file,
 * TmlFormatError for a file without <TEXT>.
 */
export async function loadTimeml(dir: string): Promise<TmlCorpus> {
  const files = (await tmlFiles(dir)).sort();
  if (files.length === 0) throw new TmlDirError(`no .tml files under ${dir}`);
  const seen = new Map<string, string>();
  const docs: TmlDocument[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const id = basename(file).replace(/\.tml$/i, "");
    const first = seen.get(id);
    if (first !== undefined) {
      warnings.push(`${file}: skipped, the document ${id} was read from ${first}`);
      continue;
    }
    seen.set(id, file);
    docs.push(readTml(await readFile(file, "utf8"), file, id));
  }
  return { docs, warnings };
}
