import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  type DocResult,
  DocResultSchema,
  type ExtractorContext,
  type ParsedDoc,
  type PreparedArticle,
  type Published,
  parse,
  prepare,
  runExtractor,
  type Warning,
} from "@newsgraph/core";
import { dateExtractor, inferPublished } from "@newsgraph/dates";
import { entityExtractor } from "@newsgraph/entities";
import { moneyExtractor } from "@newsgraph/money";
import { quoteExtractor } from "@newsgraph/quotes";
import { type ExtractOptions, ExtractOptionsSchema, NewsgraphUsageError, parseOptions } from "./options.js";

const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * Extracts entities, quotes, money and dates from one article's text. Never throws on the text's content
 * (empty, huge, binary or foreign text gives an empty or partial result with warnings); throws
 * NewsgraphUsageError for a non-string text or invalid options.
 */
export function extract(text: string, options: ExtractOptions = {}): DocResult {
  if (typeof text !== "string")
    throw new NewsgraphUsageError(`extract: text must be a string, got ${text === null ? "null" : typeof text}`);
  const opts = parseOptions(ExtractOptionsSchema, options, "extract");
  const [article] = prepare(text, { kind: "txt", id: opts.id ?? "article", source: opts.source ?? null });
  if (!article) throw new Error("unreachable: plain text always prepares to one article");
  return extractArticle(
    { ...article, title: opts.title ?? null, url: opts.url ?? null },
    { published: opts.published, maxChars: opts.maxChars },
  );
}

export interface ArticleOptions {
  /** reference date that overrides the article's metadata */
  published?: string | undefined;
  maxChars?: number | undefined;
}

/** Runs the pipeline on an article prepared by `prepare()` (for files: text, metadata, warnings). */
export function extractArticle(article: PreparedArticle, options: ArticleOptions = {}): DocResult {
  const t0 = performance.now();
  const warnings: Warning[] = [...article.warnings];
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const fullText = article.text;
  let text = fullText;
  if (text.length > maxChars) {
    // Cut at a paragraph or sentence break near the limit so that no mention is split.
    const cut = Math.max(text.lastIndexOf("\n", maxChars), text.lastIndexOf(". ", maxChars) + 1, maxChars / 2);
    text = text.slice(0, cut);
    warnings.push({
      code: "truncated",
      message: `the article has ${fullText.length} characters; only the first ${cut} were analysed (maxChars ${maxChars})`,
      start: cut,
      end: fullText.length,
    });
  }
  const skip = warnings.some((w) => w.code === "binary-text" || w.code === "empty-text");
  const doc = skip ? parse("") : parse(text);
  if (!skip) warnings.push(...languageWarnings(doc));

  const given = options.published ?? article.published;
  const published: Published = given
    ? {
        value: given,
        inferred: false,
        evidence: options.published ? "option" : "metadata",
        confidence: 1,
        reasons: [{ rule: options.published ? "given:option" : "given:metadata", weight: 1 }],
      }
    : skip
      ? { value: null, inferred: true, evidence: null }
      : safeInfer(doc, warnings);

  const context: ExtractorContext = { published, warn: (w) => warnings.push(w) };
  const entities = runExtractor(entityExtractor, doc, context, {});
  const money = runExtractor(moneyExtractor, doc, context, { entities });
  const dates = runExtractor(dateExtractor, doc, context, { money });
  const quotes = runExtractor(quoteExtractor, doc, context, { entities });

  const withSentence = <T extends { start: number; sentence?: number | undefined }>(m: T): T =>
    m.sentence === undefined ? { ...m, sentence: Math.max(0, doc.sentenceAt(m.start)) } : m;

  const result: DocResult = {
    id: article.id,
    source: article.source,
    title: article.title,
    url: article.url,
    hash: createHash("sha256").update(fullText).digest("hex"),
    published,
    entities: entities.map((e) => ({ ...e, mentions: e.mentions.map(withSentence) })),
    quotes: quotes.map(withSentence),
    money: money.map(withSentence),
    dates: dates.map(withSentence),
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    warnings,
    stats: {
      chars: fullText.length,
      tokens: doc.tokens.length,
      sentences: doc.sentences.length,
      ms: round2(performance.now() - t0),
      parseMs: round2(doc.timings.wink),
      compromiseMs: round2(doc.timings.compromise),
    },
  };
  return validate(result);
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

function safeInfer(doc: ParsedDoc, warnings: Warning[]): Published {
  try {
    return inferPublished(doc);
  } catch (error) {
    warnings.push({ code: "extractor-failed", message: `dates: inferring the reference date: ${String(error)}` });
    return { value: null, inferred: true, evidence: null };
  }
}

/**
 * An extractor bug must reach the caller neither as an exception nor as an invalid object: items that fail
 * their schema are dropped and reported as warnings.
 */
function validate(result: DocResult): DocResult {
  const checked = DocResultSchema.safeParse(result);
  if (checked.success) return checked.data;
  const bad = new Set(checked.error.issues.map((i) => `${String(i.path[0])}:${String(i.path[1])}`));
  const keep = <T>(field: "entities" | "quotes" | "money" | "dates", items: T[]): T[] =>
    items.filter((_, i) => !bad.has(`${field}:${i}`));
  const repaired: DocResult = {
    ...result,
    entities: keep("entities", result.entities),
    quotes: keep("quotes", result.quotes),
    money: keep("money", result.money),
    dates: keep("dates", result.dates),
    warnings: [
      ...result.warnings,
      ...checked.error.issues.slice(0, 10).map((i) => ({
        code: "invalid-item",
        message: `dropped an invalid item (a newsgraph bug, please report it): ${i.path.join(".")}: ${i.message}`,
      })),
    ],
  };
  const again = DocResultSchema.safeParse(repaired);
  if (again.success) return again.data;
  return { ...repaired, entities: [], quotes: [], money: [], dates: [] };
}

const ENGLISH_HINT = new Set([
  "the",
  "and",
  "of",
  "to",
  "a",
  "in",
  "is",
  "that",
  "for",
  "on",
  "with",
  "was",
  "said",
  "it",
]);

/** Warns when a text of some length reads as not English (the extractors are built for English). */
function languageWarnings(doc: ParsedDoc): Warning[] {
  let words = 0;
  let hints = 0;
  for (const t of doc.tokens) {
    if (!/\p{L}/u.test(t.text)) continue;
    words++;
    if (ENGLISH_HINT.has(t.text.toLowerCase())) hints++;
  }
  if (words >= 30 && hints / words < 0.04)
    return [
      {
        code: "not-english",
        message: `only ${hints} of ${words} words are common English words; newsgraph reads English, results may be sparse`,
      },
    ];
  return [];
}
