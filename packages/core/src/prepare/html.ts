import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";
import type { SourceSegment } from "./types.js";

/** Elements whose content is never article text. */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "canvas",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "figure",
  "menu",
  "dialog",
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "table",
  "tr",
  "td",
  "th",
  "br",
  "hr",
  "dd",
  "dt",
  "dl",
  "figcaption",
  "body",
  "title",
]);
const BOILERPLATE_CLASS =
  /(^|[\s_-])(nav|menu|footer|header|sidebar|share|social|newsletter|subscribe|related|comment|cookie|promo|advert|ad)([\s_-]|$)/i;

export interface HtmlExtract {
  text: string;
  segments: SourceSegment[];
  title: string | null;
  published: string | null;
  url: string | null;
}

interface Collected {
  pieces: { text: string; sourceStart: number; raw: boolean }[];
}

/**
 * Turns an HTML page into article text with paragraph breaks, dropping scripts, styles and navigation
 * boilerplate; prefers the content of <article> (or <main>) when the page has one.
 */
export function htmlToText(html: string): HtmlExtract {
  let title: string | null = null;
  let published: string | null = null;
  let url: string | null = null;
  const all: Collected = { pieces: [] };
  const article: Collected = { pieces: [] };
  let skipDepth = 0;
  let articleDepth = 0;
  let inTitle = false;
  const stack: { name: string; skip: boolean; article: boolean }[] = [];

  const push = (text: string, sourceStart: number, raw: boolean) => {
    all.pieces.push({ text, sourceStart, raw });
    if (articleDepth > 0) article.pieces.push({ text, sourceStart, raw });
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = `${attrs.class ?? ""} ${attrs.id ?? ""} ${attrs.role ?? ""}`;
        const skip = SKIP.has(name) || (name !== "body" && name !== "html" && BOILERPLATE_CLASS.test(cls));
        const isArticle = name === "article" || name === "main" || attrs.role === "main";
        stack.push({ name, skip, article: isArticle });
        if (skip) skipDepth++;
        if (isArticle) articleDepth++;
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          const content = attrs.content ?? "";
          if (!published && /(published_time|pubdate|publishdate|date\.issued|datepublished|^date$|dc\.date)/.test(key))
            published = content;
          if (!title && key === "og:title") title = content.trim() || null;
          if (!url && key === "og:url") url = content.trim() || null;
        }
        if (name === "link" && attrs.rel === "canonical" && !url) url = attrs.href ?? null;
        if (name === "time" && !published && attrs.datetime) published = attrs.datetime;
        if (BLOCK.has(name)) push("\n\n", parser.startIndex, false);
      },
      ontext(data) {
        if (inTitle) {
          if (!title) title = decode(data).trim() || null;
          return;
        }
        if (skipDepth > 0) return;
        push(data, parser.startIndex, true);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        // Pop to the matching element (htmlparser2 reports implied closes too).
        for (let i = stack.length - 1; i >= 0; i--) {
          const el = stack[i];
          if (!el || el.name !== name) continue;
          for (const popped of stack.splice(i)) {
            if (popped.skip) skipDepth--;
            if (popped.article) articleDepth--;
          }
          break;
        }
        if (BLOCK.has(name)) push("\n\n", parser.endIndex, false);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const chosen = wordCount(article) >= 30 ? article : all;
  const { text, segments } = assemble(chosen);
  return { text, segments, title, published, url };
}

function wordCount(c: Collected): number {
  let n = 0;
  for (const p of c.pieces) if (p.raw) n += p.text.split(/\s+/).filter(Boolean).length;
  return n;
}

/** Joins text pieces, decoding entities and folding whitespace, and records where each character came from. */
function assemble(c: Collected): { text: string; segments: SourceSegment[] } {
  let text = "";
  const segments: SourceSegment[] = [];
  let pendingBreak = false;
  let pendingSpace = false;
  for (const piece of c.pieces) {
    if (!piece.raw) {
      pendingBreak = true;
      continue;
    }
    // Fold whitespace; words are decoded one at a time so that each keeps its own source position
    // (exact per character where decoding changed nothing, else the raw word's start).
    let first = true;
    for (const raw of piece.text.matchAll(/\S+/g)) {
      const decoded = decode(raw[0]);
      const exact = decoded === raw[0];
      for (const m of decoded.matchAll(/\S+/g)) {
        if (text.length > 0) {
          if (pendingBreak) text += "\n\n";
          else if (pendingSpace || !first || raw.index > 0 || m.index > 0) text += " ";
        }
        first = false;
        pendingBreak = false;
        pendingSpace = false;
        segments.push({
          textStart: text.length,
          sourceStart: piece.sourceStart + raw.index + (exact ? m.index : 0),
          length: m[0].length,
        });
        text += m[0];
      }
    }
    if (/\s$/.test(decode(piece.text))) pendingSpace = true;
  }
  return { text, segments };
}

/** Decodes HTML character references (entities is htmlparser2's own decoder). */
function decode(s: string): string {
  return s.includes("&") ? decodeHTML(s) : s;
}
