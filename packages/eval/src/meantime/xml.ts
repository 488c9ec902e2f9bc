/**
 * A small, linear XML tag reader: enough for MEANTIME's files (elements, attributes in quotes, text, the five
 * named entities and numeric character references). It skips the XML declaration, comments, doctype and
 * processing instructions, and reads CDATA as text. One pass over the input, no regular expressions that
 * backtrack; malformed input ends the reading early rather than throwing.
 */

export interface XmlTag {
  kind: "open" | "close" | "empty";
  name: string;
  attrs: Record<string, string>;
}
export interface XmlText {
  kind: "text";
  text: string;
}
export type XmlEvent = XmlTag | XmlText;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes character references (&amp; &#39; &#x2019;); an unknown or broken reference is kept as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf("&", i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    const semi = s.indexOf(";", amp);
    const ref = semi > amp && semi - amp <= 10 ? s.slice(amp + 1, semi) : null;
    let decoded: string | undefined;
    if (ref?.startsWith("#x") || ref?.startsWith("#X")) decoded = fromCode(Number.parseInt(ref.slice(2), 16));
    else if (ref?.startsWith("#")) decoded = fromCode(Number.parseInt(ref.slice(1), 10));
    else if (ref) decoded = NAMED[ref];
    if (decoded === undefined) {
      out += "&";
      i = amp + 1;
    } else {
      out += decoded;
      i = (semi as number) + 1;
    }
  }
  return out + s.slice(i);
}

function fromCode(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Reads the attributes of a tag's inside (after the name): name="value" or name='value'. */
function readAttrs(s: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  while (i < to) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && s[i] !== "=" && !isSpace(s.charCodeAt(i))) i++;
    const name = s.slice(nameStart, i);
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (s[i] !== "=") {
      if (name) attrs[name] = "";
      i++;
      continue;
    }
    i++;
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote !== '"' && quote !== "'") break;
    const close = s.indexOf(quote, i + 1);
    if (close < 0 || close > to) break;
    if (name) attrs[name] = decodeEntities(s.slice(i + 1, close));
    i = close + 1;
  }
  return attrs;
}

/** The events of an XML document in order: tags (open, close, self-closing) and text between them. */
export function* readXml(src: string): Generator<XmlEvent> {
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf("<", i);
    if (lt < 0) {
      if (i < src.length) yield { kind: "text", text: decodeEntities(src.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: "text", text: decodeEntities(src.slice(i, lt)) };
    if (src.startsWith("<!--", lt)) {
      const end = src.indexOf("-->", lt + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    if (src.startsWith("<![CDATA[", lt)) {
      const end = src.indexOf("]]>", lt + 9);
      if (end < 0) return;
      yield { kind: "text", text: src.slice(lt + 9, end) };
      i = end + 3;
      continue;
    }
    const gt = findTagEnd(src, lt + 1);
    if (gt < 0) return;
    const c = src[lt + 1];
    if (c === "?" || c === "!") {
      i = gt + 1;
      continue;
    }
    if (c === "/") {
      yield { kind: "close", name: src.slice(lt + 2, gt).trim(), attrs: {} };
      i = gt + 1;
      continue;
    }
    const selfClosing = src[gt - 1] === "/";
    const innerEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < innerEnd && !isSpace(src.charCodeAt(nameEnd))) nameEnd++;
    yield {
      kind: selfClosing ? "empty" : "open",
      name: src.slice(lt + 1, nameEnd),
      attrs: readAttrs(src, nameEnd, innerEnd),
    };
    i = gt + 1;
  }
}

/** The ">" that ends a tag starting at `from`, skipping ">" inside quoted attribute values; -1 when none. */
function findTagEnd(s: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  return -1;
}
