import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type PreparedArticle, prepare } from "@newsgraph/core";
import { GOLD_SUFFIX, type LoadedGold, loadGoldDir } from "./gold/load.js";

/** File extensions read as articles (the same as `newsgraph extract` reads in a folder). */
const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

/** An article and its gold file. */
export interface EvalItem extends LoadedGold {
  article: PreparedArticle;
}

/** A gold file with no article, or an unreadable folder. */
export class EvalSetError extends Error {
  override name = "EvalSetError";
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (!e.name.endsWith(GOLD_SUFFIX) && ARTICLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)))
      out.push(full);
  }
  return out.sort();
}

/**
 * Pairs the gold files of `goldDir` with the articles of `articlesDir` (by id: the article file's name
 * without extension, or the record id inside .json/.jsonl). Articles are prepared exactly as the pipeline
 * prepares them, so that offsets agree. Throws GoldFormatError for a malformed gold file and EvalSetError
 * for a gold file without its article; articles without gold are reported in `warnings`.
 */
export async function loadEvalSet(
  articlesDir: string,
  goldDir: string,
): Promise<{ items: EvalItem[]; warnings: string[] }> {
  const golds = await loadGoldDir(goldDir);
  const articles = new Map<string, PreparedArticle>();
  for (const path of await walk(articlesDir))
    for (const article of prepare(await readFile(path, "utf8"), { source: path }))
      if (!articles.has(article.id)) articles.set(article.id, article);
  const items: EvalItem[] = [];
  const missing: string[] = [];
  for (const g of golds) {
    const article = articles.get(g.gold.doc);
    if (article) items.push({ ...g, article });
    else missing.push(`${g.file}: no article with id "${g.gold.doc}" in ${articlesDir}`);
  }
  if (missing.length > 0) throw new EvalSetError(missing.join("\n"));
  const scored = new Set(golds.map((g) => g.gold.doc));
  const unscored = [...articles.keys()].filter((id) => !scored.has(id));
  const warnings: string[] = [];
  if (golds.length === 0) warnings.push(`no gold files (*${GOLD_SUFFIX}) in ${goldDir}: nothing is scored`);
  if (unscored.length > 0)
    warnings.push(
      `${unscored.length} article(s) in ${articlesDir} have no gold file and are not scored: ${unscored.slice(0, 5).join(", ")}${unscored.length > 5 ? ", ..." : ""}`,
    );
  return { items, warnings };
}
