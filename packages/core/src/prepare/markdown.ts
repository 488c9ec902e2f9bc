/**
 * Blanks markdown syntax with spaces so that the text keeps the file's length: every offset found in the
 * prepared text indexes the original file too. Code blocks, link targets, images and HTML tags are blanked whole.
 */
export function maskMarkdown(source: string): string {
  const chars = source.split("");
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    for (const m of source.matchAll(re)) fn(m as RegExpExecArray);
  };
  each(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (m) => blank(m.index, m.index + m[0].length));
  each(/!\[[^\]\n]*\]\([^)\n]*\)/g, (m) => blank(m.index, m.index + m[0].length));
  // [label](target): keep the label, blank the brackets and the target.
  each(/\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m) => {
    blank(m.index, m.index + 1);
    const labelEnd = m.index + 1 + (m[1] ?? "").length;
    blank(labelEnd, m.index + m[0].length);
  });
  each(/<\/?[a-zA-Z][^>\n]*>/g, (m) => blank(m.index, m.index + m[0].length));
  each(/^ {0,3}(#{1,6}\s|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, (m) => blank(m.index, m.index + m[0].length));
  each(/^ {0,3}([-*_])( *\1){2,} *$/gm, (m) => blank(m.index, m.index + m[0].length));
  each(/(\*\*|__|\*|`)/g, (m) => blank(m.index, m.index + m[0].length));
  return chars.join("");
}
