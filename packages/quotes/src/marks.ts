/**
 * Pairs double quotation marks in a text: one linear state machine over the characters.
 *
 * - Curly marks say which way they face (“ opens, ” closes; „ opens as well); a straight " is read by its
 *   neighbours (after a space, a line start or opening punctuation it opens; after a word or punctuation it
 *   closes; where that is unclear it closes an open quote, else opens one). A curly mark facing the wrong way
 *   is read by its neighbours too, so texts that use ” on both sides still pair.
 * - A quote that runs over several paragraphs reopens at each new paragraph (an opening mark first on the
 *   line) and closes only at its end; it is one span from the first opening to the final closing mark.
 * - An opening mark with no partner in its paragraph (or within MAX_QUOTE_CHARS) is dropped with a warning,
 *   as is a closing mark with nothing open: an unbalanced mark never swallows the rest of the article.
 * - Single quotes are not marks here: inside a double quote they are nested quotes and stay in its text.
 */

/** A pair of marks; start/end delimit the text inside the marks. */
export interface MarkedSpan {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark */
  close: number;
  start: number;
  end: number;
  /** number of paragraphs the quote runs over (1 for most) */
  paragraphs: number;
}

export interface MarkProblem {
  code: "unbalanced-quote";
  message: string;
  start: number;
  end: number;
}

/** Longest stretch we accept between an opening and its closing mark (a long multi-paragraph quote fits). */
export const MAX_QUOTE_CHARS = 6000;

/** Every double quotation mark a token may be: straight, curly and guillemets. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"]);
const OPEN_CURLY = new Set(["\u201C", "\u201E", "\u00AB"]); // “ „ «
const CLOSE_CURLY = new Set(["\u201D", "\u00BB"]); // ” »
const STRAIGHT = '"';
const OPENING_PUNCT = new Set(["(", "[", "{", "—", "–", "-", "/", ":", "\u2018", "'"]);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00A0";
}

/** Does the mark at i look like an opening mark by its neighbours? null: cannot tell. */
function facesOpen(text: string, i: number): boolean | null {
  const before = text[i - 1];
  const after = text[i + 1];
  const spaceBefore = isSpace(before) || OPENING_PUNCT.has(before ?? "");
  const spaceAfter = isSpace(after) || after === undefined;
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && (spaceAfter || /[.,;:!?)\]—–]/.test(after ?? ""))) return false;
  return null;
}

export function findMarkedSpans(text: string): { spans: MarkedSpan[]; problems: MarkProblem[] } {
  const spans: MarkedSpan[] = [];
  const problems: MarkProblem[] = [];
  let open = -1; // offset of the pending opening mark
  let paragraphs = 1;
  let carried = false; // the pending quote crossed a paragraph end: it must reopen first on the next line
  let lineStart = true; // nothing but spaces since the last line break

  const drop = (at: number, why: string) => {
    problems.push({ code: "unbalanced-quote", message: why, start: at, end: at + 1 });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      if (open >= 0 && !carried) carried = true;
      lineStart = true;
      continue;
    }
    const isMark = ch === STRAIGHT || OPEN_CURLY.has(ch) || CLOSE_CURLY.has(ch);
    if (!isMark) {
      if (lineStart && !isSpace(ch)) {
        lineStart = false;
        if (carried) {
          // a new paragraph that does not reopen the quote: the quote was never closed
          drop(open, "an opening quotation mark has no closing mark in its paragraph; it was ignored");
          open = -1;
          carried = false;
          paragraphs = 1;
        }
      }
      continue;
    }
    const wasLineStart = lineStart;
    lineStart = false;
    let opens: boolean;
    const looks = facesOpen(text, i);
    if (OPEN_CURLY.has(ch)) opens = !(looks === false && open >= 0);
    else if (CLOSE_CURLY.has(ch)) opens = looks === true && open < 0;
    else opens = looks ?? open < 0;

    if (carried) {
      carried = false;
      if (wasLineStart && opens) {
        paragraphs++; // the quote goes on in this paragraph
        continue;
      }
      drop(open, "an opening quotation mark has no closing mark in its paragraph; it was ignored");
      open = -1;
      paragraphs = 1;
    }
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) {
      drop(open, `an opening quotation mark has no closing mark within ${MAX_QUOTE_CHARS} characters; it was ignored`);
      open = -1;
      paragraphs = 1;
    }
    if (opens) {
      if (open >= 0) drop(open, "an opening quotation mark is followed by another opening mark; it was ignored");
      open = i;
      paragraphs = 1;
    } else if (open >= 0) {
      spans.push({ open, close: i, start: open + 1, end: i, paragraphs });
      open = -1;
      paragraphs = 1;
    } else {
      drop(i, "a closing quotation mark has no opening mark; it was ignored");
    }
  }
  if (open >= 0) drop(open, "an opening quotation mark is never closed; it was ignored");
  return { spans, problems };
}
