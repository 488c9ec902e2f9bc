import { performance } from "node:perf_hooks";
import { compromise, getWink } from "./nlp.js";
import type { CompromiseView, ParsedDoc, Sentence, Token, WinkEntity } from "./types.js";
import { wordsOf } from "./words.js";

/**
 * One pass of wink-nlp over the text: sentences, tokens with UTF-16 offsets, POS tags and wink's own entity
 * types. compromise is not run here: extractors ask `doc.compromise(start, end)` for the stretches they need.
 */
export function parse(text: string): ParsedDoc {
  const t0 = performance.now();
  const w = getWink();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];

  // wink keeps token values verbatim; find each in the text to get offsets (robust to any spacing).
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    let at = text.indexOf(v, cursor);
    if (at < 0 || at - cursor > 64 + v.length) at = cursor; // should not happen; keep offsets monotone
    starts[i] = at;
    ends[i] = Math.min(text.length, at + v.length);
    cursor = ends[i] ?? cursor;
  }

  const winkSentence = new Int32Array(values.length).fill(0);
  let sentenceCount = 0;
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    for (let i = first; i <= last; i++) winkSentence[i] = sentenceCount;
    sentenceCount++;
  });

  const tokens: Token[] = [];
  const winkOf: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const start = starts[i] ?? 0;
    if ((values[i] ?? "").trim().length === 0) continue;
    winkOf.push(winkSentence[i] ?? 0);
    const type = types[i] ?? "word";
    const before = text.slice(Math.max(0, start - 4), start);
    const tokenText = text.slice(start, ends[i] ?? start);
    tokens.push({
      start,
      end: ends[i] ?? start,
      text: tokenText,
      lower: tokenText.toLowerCase(),
      pos: pos[i] ?? "X",
      type,
      sentence: 0,
      lineStart: start === 0 || /\n\s*$/.test(before),
    });
  }
  // Sentences: wink's, also broken at every line break (headlines and paragraphs end there in news text).
  const sentences: Sentence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const prev = sentences[sentences.length - 1];
    if (!prev || tok.lineStart || winkOf[i] !== winkOf[i - 1]) {
      sentences.push({ start: tok.start, end: tok.end, text: "", firstToken: i, endToken: i + 1 });
    } else {
      prev.end = tok.end;
      prev.endToken = i + 1;
    }
    tok.sentence = sentences.length - 1;
  }
  for (const s of sentences) s.text = text.slice(s.start, s.end);

  const winkEntities: WinkEntity[] = [];
  doc.entities().each((e: { out(f: unknown): unknown }) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const start = starts[first] ?? 0;
    const end = ends[last] ?? start;
    winkEntities.push({ type: String(e.out(its.type)), start, end, text: text.slice(start, end) });
  });

  const timings = { wink: performance.now() - t0, compromise: 0 };
  const views = new Map<string, CompromiseView>();
  const sentenceStarts = sentences.map((s) => s.start);

  const words = wordsOf(text, tokens);
  return {
    text,
    sentences,
    tokens,
    winkEntities,
    words,
    timings,
    tokenAt(offset: number): number {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    compromise(start: number, end: number): CompromiseView {
      const key = `${start}:${end}`;
      let view = views.get(key);
      if (!view) {
        const t = performance.now();
        view = compromise(text.slice(start, end));
        timings.compromise += performance.now() - t;
        views.set(key, view);
      }
      return view;
    },
    sentenceAt(offset: number): number {
      let lo = 0;
      let hi = sentenceStarts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((sentenceStarts[mid] ?? 0) <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return -1;
      const s = sentences[found];
      return s && offset <= s.end ? found : -1;
    },
  };
}
