import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type MeantimeArticle, meantimeArticle } from "./convert.js";

/** A folder that holds no MEANTIME XML files. */
export class MeantimeDirError extends Error {
  override name = "MeantimeDirError";
}

async function xmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await xmlFiles(full)));
    else if (e.name.toLowerCase().endsWith(".xml")) out.push(full);
  }
  return out.sort();
}

/**
 * Every MEANTIME article under `dir` (searched recursively: the corpus root, intra_cross-doc_annotation/, or
 * one topic folder), converted, sorted by path. When both annotation folders are present only
 * intra_cross-doc_annotation/ is read (the other holds the same articles without cross-document instances).
 * Throws MeantimeDirError when there is no XML file, MeantimeFormatError for a file that is not MEANTIME's.
 */
export async function loadMeantime(dir: string): Promise<MeantimeArticle[]> {
  let files = await xmlFiles(dir);
  if (files.some((f) => f.includes("intra_cross-doc_annotation")))
    files = files.filter((f) => f.includes("intra_cross-doc_annotation"));
  if (files.length === 0) throw new MeantimeDirError(`no MEANTIME .xml files under ${dir}`);
  const articles: MeantimeArticle[] = [];
  for (const file of files) articles.push(meantimeArticle(await readFile(file, "utf8"), file, basename(dirname(file))));
  return articles;
}
