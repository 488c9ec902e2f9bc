import type { ParsedDoc } from "./parse/types.js";
import type { Published } from "./schemas/doc-result.js";
import type { Warning } from "./schemas/span.js";

/** What every extractor is handed beside the parsed document. */
export interface ExtractorContext {
  /** the article's reference date, given or inferred (value null when unknown) */
  published: Published;
  /** record a problem in the result instead of throwing */
  warn(warning: Warning): void;
}

/**
 * The extractor contract: a pure function from one parsed document (and the outputs of earlier extractors,
 * `input`) to typed mentions. Extractors never parse again and never throw on text.
 */
export interface Extractor<Out, In = Record<string, never>> {
  readonly name: string;
  extract(doc: ParsedDoc, context: ExtractorContext, input: In): Out[];
}

/** Runs an extractor, turning an unexpected exception into a warning and an empty result. */
export function runExtractor<Out, In>(
  extractor: Extractor<Out, In>,
  doc: ParsedDoc,
  context: ExtractorContext,
  input: In,
): Out[] {
  try {
    return extractor.extract(doc, context, input);
  } catch (error) {
    context.warn({
      code: "extractor-failed",
      message: `${extractor.name}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return [];
  }
}
