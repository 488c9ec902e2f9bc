import type { Warning } from "../schemas/span.js";

/** Share of characters that are control characters or U+FFFD (what invalid UTF-8 decodes to). */
export function binaryShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length;
}

/** Warnings about the text itself: empty, binary-looking, invalid UTF-8. */
export function checkText(text: string): Warning[] {
  const warnings: Warning[] = [];
  if (text.trim().length === 0) {
    warnings.push({ code: "empty-text", message: "the article has no text" });
    return warnings;
  }
  const share = binaryShare(text);
  if (share > 0.1)
    warnings.push({
      code: "binary-text",
      message: `${Math.round(share * 100)}% of the characters are control or replacement characters; the input looks binary`,
    });
  else if (text.includes("\uFFFD"))
    warnings.push({
      code: "invalid-utf8",
      message: "the text holds U+FFFD replacement characters (invalid UTF-8 in the input?)",
    });
  return warnings;
}
