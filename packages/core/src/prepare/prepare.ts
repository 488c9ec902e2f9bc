import { basename, extname } from "node:path";
import type { Warning } from "../schemas/span.js";
import { htmlToText } from "./html.js";
import { maskMarkdown } from "./markdown.js";
import { normalizePublished } from "./published.js";
import { checkText } from "./text-checks.js";
import type { InputKind, PreparedArticle } from "./types.js";

export interface PrepareOptions {
  /** file path or other name of the input, kept as `source` */
  source?: string | null;
  /** overrides the kind read from the file extension */
  kind?: InputKind;
  /** id of the article; default: the file name without its extension */
  id?: string;
}

/** Which kind of input a path holds, from its extension (unknown extensions are read as plain text). */
export function kindOfPath(path: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".json" || ext === ".jsonl" || ext === ".ndjson") return "json";
  return "txt";
}

export function idOfPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/**
 * Turns one input (file contents as a string) into articles: one for .txt, .md and .html, one or many for
 * .json (an object or an array of objects) and .jsonl (one object a line). Never throws on content:
 * malformed input yields warnings (and, for JSON, no article from the bad part).
 */
export function prepare(content: string, options: PrepareOptions = {}): PreparedArticle[] {
  const source = options.source ?? null;
  const kind = options.kind ?? (source ? kindOfPath(source) : "txt");
  const id = options.id ?? (source ? idOfPath(source) : "article");
  const base = { id, source, kind, title: null, published: null, url: null } as const;
  switch (kind) {
    case "txt":
      return [{ ...base, text: content, warnings: checkText(content) }];
    case "md": {
      const text = maskMarkdown(content);
      const heading = /^#\s+(.+)$/m.exec(content);
      return [{ ...base, text, title: heading?.[1]?.trim() ?? null, warnings: checkText(content) }];
    }
    case "html": {
      const page = htmlToText(content);
      const warnings = checkText(page.text);
      if (page.text.trim().length === 0 && content.trim().length > 0)
        warnings.splice(0, warnings.length, {
          code: "no-article-text",
          message: "the HTML page holds no article text once scripts, styles and navigation are removed",
        });
      return [
        {
          ...base,
          text: page.text,
          title: page.title,
          published: normalizePublished(page.published),
          url: page.url,
          segments: page.segments,
          warnings,
        },
      ];
    }
    case "json":
      return prepareJson(content, id, source);
  }
}

function prepareJson(content: string, id: string, source: string | null): PreparedArticle[] {
  const records: { value: unknown; line: number | null }[] = [];
  const warnings: Warning[] = [];
  const trimmed = content.trim();
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed)) {
      for (const [i, value] of parsed.entries()) records.push({ value, line: i + 1 });
    } else records.push({ value: parsed, line: null });
  } catch {
    // Not one JSON value: read it as JSON Lines.
    for (const [i, line] of content.split(/\r?\n/).entries()) {
      if (!line.trim()) continue;
      try {
        records.push({ value: JSON.parse(line), line: i + 1 });
      } catch (error) {
        warnings.push({ code: "bad-json", message: `line ${i + 1}: ${(error as Error).message}` });
      }
    }
  }
  const many = records.length > 1;
  const articles: PreparedArticle[] = [];
  for (const { value, line } of records) {
    const where = line === null ? "" : `record ${line}: `;
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      warnings.push({ code: "bad-json", message: `${where}expected an object with "text" or "body"` });
      continue;
    }
    const rec = value as Record<string, unknown>;
    const text = typeof rec.text === "string" ? rec.text : typeof rec.body === "string" ? rec.body : null;
    if (text === null) {
      warnings.push({ code: "bad-json", message: `${where}no string field "text" or "body"` });
      continue;
    }
    const recId = typeof rec.id === "string" || typeof rec.id === "number" ? String(rec.id) : null;
    articles.push({
      id: recId ?? (many ? `${id}#${line}` : id),
      source,
      kind: "json",
      text,
      title: typeof rec.title === "string" ? rec.title : null,
      published: normalizePublished(rec.published ?? rec.date ?? rec.published_at ?? null),
      url: typeof rec.url === "string" ? rec.url : null,
      warnings: checkText(text),
    });
  }
  if (articles.length === 0) {
    articles.push({ id, source, kind: "json", text: "", title: null, published: null, url: null, warnings: [] });
    if (warnings.length === 0) warnings.push({ code: "bad-json", message: "no article found in the JSON input" });
  }
  // Warnings that belong to no record go with the first article, so that nothing is lost silently.
  articles[0]?.warnings.push(...warnings);
  return articles;
}

/** Maps an offset of prepared HTML text back to the source file, where the text was copied unchanged. */
export function toSourceOffset(article: PreparedArticle, offset: number): number {
  const segments = article.segments;
  if (!segments) return offset;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (!s) break;
    if (offset < s.textStart) hi = mid - 1;
    else if (offset > s.textStart + s.length) lo = mid + 1;
    else return s.sourceStart + (offset - s.textStart);
  }
  return -1;
}
