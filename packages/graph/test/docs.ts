import type { DocResult, Entity } from "@newsgraph/core";

/** Builds a DocResult from a text and named stretches of it, so offsets are right by construction. */
export function article(
  id: string,
  text: string,
  opts: {
    published?: string;
    entities?: {
      type?: Entity["type"];
      name: string;
      id?: string;
      aliases?: string[];
      surfaces: string[];
      roles?: Entity["roles"];
    }[];
    quotes?: { text: string; speaker?: string | null; speakerName?: string }[];
    money?: { text: string; amount: number; currency: string }[];
    dates?: { text: string; value: string }[];
  } = {},
): DocResult {
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length });
  const spans = (surface: string) => {
    const out: { start: number; end: number; text: string }[] = [];
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
      // whole words only
      const before = text[i - 1] ?? " ";
      const after = text[i + surface.length] ?? " ";
      if (/\w/.test(before) || /\w/.test(after)) continue;
      out.push({ start: i, end: i + surface.length, text: surface });
    }
    return out;
  };
  const sentenceOf = (start: number) => sentences.findIndex((s) => start >= s.start && start < s.end);
  const withSentence = <T extends { start: number }>(s: T) => ({ ...s, sentence: sentenceOf(s.start) });
  const entities: Entity[] = (opts.entities ?? []).map((e) => ({
    id: e.id ?? `${(e.type ?? "PERSON").toLowerCase()}:${e.name.toLowerCase().replace(/\W+/g, "-")}`,
    type: e.type ?? "PERSON",
    name: e.name,
    aliases: e.aliases ?? e.surfaces.filter((s) => s !== e.name),
    roles: e.roles ?? [],
    mentions: e.surfaces
      .flatMap(spans)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      // a shorter surface inside a longer one ("Yoon" in "Yoon Suk Yeol") is not a mention of its own
      .filter(
        (s, i, all) =>
          !all.some((o, j) => j !== i && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
      )
      .map(withSentence),
  }));
  const idOf = (name: string) => entities.find((e) => e.name === name)?.id ?? null;
  return {
    id,
    source: `${id}.txt`,
    published: { value: opts.published ?? null, inferred: false, evidence: null },
    entities,
    quotes: (opts.quotes ?? []).flatMap((q) =>
      spans(q.text).map((s) => ({
        ...withSentence(s),
        kind: "direct" as const,
        cue: "said",
        speaker:
          q.speaker === null
            ? null
            : { id: q.speaker ? idOf(q.speaker) : null, name: q.speakerName ?? q.speaker ?? "a source" },
      })),
    ),
    money: (opts.money ?? []).flatMap((m) =>
      spans(m.text).map((s) => ({
        ...withSentence(s),
        amount: m.amount,
        currency: m.currency,
        approximate: false,
        bound: null,
        per: null,
      })),
    ),
    dates: (opts.dates ?? []).flatMap((d) =>
      spans(d.text).map((s) => ({ ...withSentence(s), value: d.value, granularity: "day" as const, relative: false })),
    ),
    sentences,
    warnings: [],
  };
}
