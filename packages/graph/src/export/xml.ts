/**
 * Characters XML 1.0 cannot hold at all (C0 controls except tab, newline and carriage return, U+FFFE/U+FFFF and
 * unpaired surrogates). They cannot even be written as character references, so they become U+FFFD.
 */
const NOT_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for element content and attribute values alike. Tab, newline and carriage return are written as
 * character references so that the parser's attribute and line-end normalization keeps them as they were.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
