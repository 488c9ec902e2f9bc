import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  convertMeantime,
  type Gold,
  goldToDocResult,
  isoValueOfTimex,
  MEANTIME_LAST_SCORED_SENTENCE,
  MeantimeFormatError,
  type MeantimeMention,
  meantimeArticle,
  meantimeView,
  mentionKey,
  nameCore,
  nodeOfMentions,
  readMeantimeXml,
  readXml,
  rebuildText,
  resolveGold,
  scoreAll,
  scoreCrossArticle,
  scoreDoc,
} from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { at, gold, result } from "./helpers.js";
import { sampleXml } from "./meantime-sample.js";

describe("readXml", () => {
  it("reads tags, attributes, text and character references in one pass", () => {
    const events = [
      ...readXml(`<?xml version="1.0"?><a x="1 &amp; 2" y='>'><b/>R&amp;D &#8217;s<![CDATA[<raw>]]></a>`),
    ];
    expect(events).toEqual([
      { kind: "open", name: "a", attrs: { x: "1 & 2", y: ">" } },
      { kind: "empty", name: "b", attrs: {} },
      { kind: "text", text: "R&D \u2019s" },
      { kind: "text", text: "<raw>" },
      { kind: "close", name: "a", attrs: {} },
    ]);
  });
  it("stops at malformed input instead of throwing", () => {
    expect([...readXml(`<a b="unclosed`)]).toEqual([]);
    expect([...readXml("text & more <!-- never closed")]).toEqual([{ kind: "text", text: "text & more " }]);
  });
});

const tok = (sentence: number, ...words: string[]) => words.map((text) => ({ id: "", sentence, text }));

describe("rebuildText", () => {
  it("joins tokens by the documented spacing rule, sentences on their own lines", () => {
    const tokens = [
      ...tok(0, "Boeing", "'s", "jet"),
      ...tok(1, "May", "2", ",", "2008"),
      ...tok(2, "Michael", "O'", "Leary", "(", "CEO", ")", "said", "``", "no", "''", "to", "US$", "5", "bn", "."),
      ...tok(3, "It", "did", "n't", ".", '"', "Yes", '"', ",", "Paris", "'", "CAC", "rose", "5", "%", "."),
    ];
    const r = rebuildText(tokens);
    expect(r.text).toBe(
      `Boeing's jet\n\nMay 2, 2008\n\nMichael O'Leary (CEO) said "no" to US$5 bn.\nIt didn't. "Yes", Paris' CAC rose 5%.`,
    );
    tokens.forEach((t, i) => {
      const span = r.tokens[i] as { start: number; end: number };
      const expected = t.text === "``" || t.text === "''" ? '"' : t.text;
      expect(r.text.slice(span.start, span.end)).toBe(expected);
    });
    expect(r.sentences.map((s) => (s ? r.text.slice(s.start, s.end) : null))).toEqual([
      "Boeing's jet",
      "May 2, 2008",
      `Michael O'Leary (CEO) said "no" to US$5 bn.`,
      `It didn't. "Yes", Paris' CAC rose 5%.`,
    ]);
  });
});

describe("nameCore", () => {
  const core = (words: string, descriptor: string, type: string) => {
    const tokens = words.split(" ");
    const c = nameCore(tokens, descriptor, type);
    return c.kind === "none" ? "none" : `${c.kind}: ${tokens.slice(c.from, c.to).join(" ")}`;
  };
  it("narrows a person's mention to the name, without titles or appositions", () => {
    expect(core("Senator Jane Doe ( D-NY )", "Jane Doe", "PER")).toBe("name: Jane Doe");
    expect(core("Acme Corp chief executive Jane Doe", "Jane Doe", "PER")).toBe("name: Jane Doe");
    expect(core("Acme Corp Jane Doe", "Jane Doe", "PER")).toBe("name: Jane Doe");
    expect(core("Acme CEO , Jane Doe", "Jane Doe (CEO of Acme)", "PER")).toBe("name: Jane Doe");
    expect(core("Mr. Sam Lee Jr.", "Samuel Lee Jr.", "PER")).toBe("name: Lee Jr.");
    expect(core("Martin Luther King", "Martin Luther King", "PER")).toBe("name: Martin Luther King");
  });
  it("finds no name in a role description of a person", () => {
    expect(core("the firm 's chief executive officer", "Jane Doe", "PER")).toBe("none");
    expect(core("Acme Computer CEO", "Jane Doe", "PER")).toBe("none");
  });
  it("keeps an organization's or place's whole name, preferring the part outside parentheses", () => {
    expect(core("the Royal Navy ( RN )", "RN", "ORG")).toBe("name: Royal Navy");
    expect(core("Acme Aircraft Division", "Acme", "ORG")).toBe("name: Acme Aircraft Division");
    expect(core("Bank of Ruritania", "Bank of Ruritania", "ORG")).toBe("name: Bank of Ruritania");
    expect(core("the government of Ruritania", "Ruritania", "LOC")).toBe("name: Ruritania");
    expect(core("the UK Government", "United Kingdom", "LOC")).toBe("name: UK");
    expect(core("Springfield , Illinois", "Springfield", "LOC")).toBe("name: Springfield");
    expect(core("the Grand Hall in Springfield", "GHS", "LOC")).toBe("name: Grand Hall");
  });
  it("reports nationality adjectives and finds nothing in lower-case words", () => {
    expect(core("German", "Germany", "LOC")).toBe("demonym: German");
    expect(core("North American", "North America", "LOC")).toBe("demonym: North American");
    expect(core("federal", "Ruritania", "LOC")).toBe("none");
  });
});

describe("isoValueOfTimex", () => {
  it("keeps ISO values and drops TimeML-only notations", () => {
    expect(isoValueOfTimex("2008-03-01")).toBe("2008-03-01");
    expect(isoValueOfTimex("2008-W10")).toBe("2008-W10");
    expect(isoValueOfTimex("P3Y")).toBe("P3Y");
    expect(isoValueOfTimex("2008-09-15T09:30Z")).toBe("2008-09-15T09:30");
    expect(isoValueOfTimex("200")).toBe("2000s");
    for (const v of ["XXXX-XX-XX", "PXY", "PAST_REF", "PRESENT_REF", "2008-03-01TMO", "FY2009", "PY5", ""])
      expect(isoValueOfTimex(v)).toBeNull();
  });
});

describe("convertMeantime", () => {
  const a = meantimeArticle(sampleXml(), "sample.xml", "corpus_test");
  const slice = (r: { start: number; end: number }) => a.text.slice(r.start, r.end);

  it("rebuilds the text and reads the creation time as the publication date", () => {
    expect(a.id).toBe("7_Acme_hires");
    expect(a.title).toBe("Acme hires Jane Doe");
    expect(a.creationTime).toBe("2008-05-02");
    expect(a.gold.publishedHint).toBe("2008-05-02");
    expect(a.text.split("\n")[2]).toBe("May 2, 2008");
  });

  it("turns named PER/ORG/LOC mentions into entities at their name spans, clustered by instance", () => {
    const entities = a.gold.entities.map((e) => ({
      type: e.type,
      spans: (e.spans ?? []).map(slice),
      mentions: e.mentions,
    }));
    expect(entities).toEqual([
      { type: "ORG", spans: ["Acme", "Acme Corp"], mentions: ["Acme", "Acme Corp"] },
      { type: "PERSON", spans: ["Jane Doe", "Jane Doe", "Doe"], mentions: ["Jane Doe", "Doe"] },
      { type: "GPE", spans: ["Ruritania"], mentions: ["Ruritania"] },
    ]);
    // the later sentence's "Acme" (sentence 7) is not scored: the part after sentence 5 is ignored
    expect(a.mentions.every((m) => slice(m) === m.text)).toBe(true);
    expect(a.mentions.filter((m) => m.crossDoc).map((m) => m.instance)).toEqual([
      "ORG1",
      "PER1",
      "ORG1",
      "PER1",
      "PER1",
    ]);
    expect(a.stats).toMatchObject({ named: 7, scored: 6, demonyms: 1, outOfScope: 1, narrowed: 1 });
  });

  it("leaves the date line, the later sentences, adjectives and products unscored", () => {
    const ignored = (a.gold.ignoreRanges ?? []).map(slice);
    expect(ignored).toEqual(["May 2, 2008", "German", "the Zeta 9", `More.\nAcme grew in March.`]);
    expect(a.text.indexOf("More.")).toBeGreaterThan(0);
    expect(MEANTIME_LAST_SCORED_SENTENCE).toBe(5);
  });

  it("turns TIMEX3 into dates with their values, without the creation time", () => {
    expect(a.gold.dates.map((d) => [d.text, d.value, d.kind, d.spans?.map(slice)[0]])).toEqual([
      ["Monday", "2008-04-28", "date", "Monday"],
      ["2001", "2001", "date", "2001"],
      // an anchored duration ("two years ago"): the span counts, MEANTIME's P2Y is not our value
      ["two years", null, "duration", "two years"],
    ]);
  });

  it("scores a perfect result 1 and a result that finds names at other places 0", () => {
    const resolved = resolveGold(a.gold, a.text);
    expect(resolved.problems).toEqual([]);
    const perfect = scoreDoc(meantimeView(goldToDocResult(a.gold, a.text)), resolved, a.text);
    expect(perfect.rows.find((r) => r.key === "entities")?.f1).toBe(1);
    expect(perfect.rows.find((r) => r.key === "dates")?.valueAccuracy).toBe(1);
    // "Acme" in sentence 7 and "German" are not counted either way
    const outside = result({
      id: a.id,
      entities: [
        {
          id: "org:acme",
          type: "ORG",
          name: "Acme",
          aliases: [],
          roles: [],
          mentions: [at(a.text, "Acme", 2), at(a.text, "German"), at(a.text, "Zeta")],
        },
      ],
    });
    const row = scoreDoc(outside, resolved, a.text).rows.find((r) => r.key === "entities");
    expect(row).toMatchObject({ gold: 6, predicted: 0 });
  });

  it("rejects a file that is not MEANTIME's", () => {
    expect(() => readMeantimeXml("<html><body>hi</body></html>", "x.html")).toThrow(MeantimeFormatError);
  });
});

describe("gold spans and ignoreRanges", () => {
  const text = "Kim met Kim Jong. Later Kim left on Monday, not Monday.";
  it("place an entity exactly at its spans, not at other occurrences of the string", () => {
    const kim = at(text, "Kim", 2);
    const g = gold({
      entities: [{ canonical: "Kim", type: "PERSON", mentions: ["Kim"], spans: [{ start: kim.start, end: kim.end }] }],
    });
    const r = resolveGold(g, text);
    expect(r.mentions.map((m) => [m.start, m.end])).toEqual([[kim.start, kim.end]]);
    expect(r.problems).toEqual([]);
  });
  it("let string gold and span gold live together, strings not counting inside given spans", () => {
    const kj = at(text, "Kim Jong");
    const g = gold({
      entities: [
        { canonical: "Kim Jong", type: "PERSON", mentions: ["Kim Jong"], spans: [{ start: kj.start, end: kj.end }] },
        { canonical: "Kim", type: "PERSON", mentions: ["Kim"] },
      ],
    });
    const r = resolveGold(g, text);
    expect(r.mentions.map((m) => `${m.entity}:${text.slice(m.start, m.end)}@${m.start}`)).toEqual([
      "1:Kim@0",
      `0:Kim Jong@${kj.start}`,
      `1:Kim@${at(text, "Kim", 2).start}`,
    ]);
  });
  it("place dates at their spans and drop anything touching an ignored range", () => {
    const m2 = at(text, "Monday", 1);
    const g: Gold = gold({
      dates: [{ text: "Monday", value: "2024-01-08", spans: [{ start: m2.start, end: m2.end }] }],
      ignoreRanges: [{ start: 0, end: 3 }],
      entities: [{ canonical: "Kim", type: "PERSON", mentions: ["Kim"] }],
    });
    const r = resolveGold(g, text);
    expect(r.dates.map((d) => d.start)).toEqual([m2.start]);
    expect(r.mentions.map((m) => m.start)).toEqual([8, at(text, "Kim", 2).start]);
  });
  it("report spans outside the text or with a text not listed", () => {
    const g = gold({
      entities: [{ canonical: "X", type: "ORG", mentions: ["X"], spans: [{ start: 0, end: 3 }] }],
      ignoreRanges: [{ start: 10, end: 999 }],
    });
    expect(resolveGold(g, text).problems.map((p) => p.field)).toEqual(["ignoreRanges[0]", "entities[0].spans[0]"]);
  });
});

describe("meantimeView", () => {
  it("keeps people, organizations and places (LOC as GPE) and drops what MEANTIME does not annotate", () => {
    const e = (type: "LOC" | "NORP" | "ORG", name: string) => ({
      id: `${type}:${name}`,
      type,
      name,
      aliases: [],
      roles: [],
      mentions: [],
    });
    const r = result({
      entities: [e("LOC", "Alps"), e("NORP", "Swiss"), e("ORG", "UN")],
      money: [{ start: 0, end: 1, text: "x", amount: 1, currency: "USD", approximate: false, bound: null, per: null }],
    });
    const v = meantimeView(r);
    expect(v.entities.map((x) => `${x.type} ${x.name}`)).toEqual(["GPE Alps", "ORG UN"]);
    expect(v.money).toEqual([]);
    expect(r.entities[0]?.type).toBe("LOC");
  });
});

describe("scoreCrossArticle", () => {
  const m = (doc: string, instance: string, type: "PER" | "ORG" | "LOC", start: number): MeantimeMention => ({
    doc,
    instance,
    crossDoc: true,
    type,
    start,
    end: start + 3,
    text: instance,
  });
  const mentions = [
    m("a", "P1", "PER", 0),
    m("b", "P1", "PER", 0),
    m("a", "P2", "PER", 10),
    m("c", "P2", "PER", 10),
    m("a", "O1", "ORG", 20),
    m("b", "O1", "ORG", 20),
    m("c", "O1", "ORG", 20),
    m("a", "L1", "LOC", 30), // one article only: not counted
    { ...m("b", "D1", "ORG", 40), crossDoc: false },
  ];
  it("counts multi-article entities on one node, splits and wrong merges", () => {
    const nodeOf = new Map([
      [mentionKey("a", 0, 3), "person:x"],
      [mentionKey("b", 0, 3), "person:x"],
      [mentionKey("a", 10, 13), "person:x"], // P2 joined with P1: a wrong PERSON merge
      [mentionKey("c", 10, 13), "person:y"],
      [mentionKey("a", 20, 23), "org:o"],
      [mentionKey("b", 20, 23), "org:o2"], // O1 split over two nodes; c not found
      [mentionKey("b", 40, 43), "org:o2"], // a one-article entity: not a merge
    ]);
    const r = scoreCrossArticle(mentions, nodeOf);
    expect(r).toMatchObject({ instances: 3, found: 3, unified: 1, wrongMerges: 1, wrongMergesPerson: 1 });
    expect(r.share).toBeCloseTo(1 / 3);
    expect(r.byType.PER).toEqual({ instances: 2, found: 2, unified: 1 });
    expect(r.splits.map((s) => s.instance)).toEqual(["O1", "P2"]);
    expect(r.merges).toEqual([{ node: "person:x", instances: ["PER P1", "PER P2"], person: true }]);
  });
  it("reads the node of each mention from a graph's entity evidence", () => {
    const graph = {
      nodes: [
        {
          id: "org:o",
          kind: "Entity" as const,
          type: "ORG" as const,
          name: "O",
          aliases: [],
          roles: [],
          mergedBy: [],
          evidence: [{ doc: "a", start: 20, end: 23 }, { doc: "b" }],
        },
      ],
    };
    expect([...nodeOfMentions(graph)]).toEqual([[mentionKey("a", 20, 23), "org:o"]]);
    expect(scoreCrossArticle(mentions, new Map()).share).toBeNull();
  });
});

// The real corpus, where the workspace has it (../shared/datasets/meantime-en beside the repository), else the four
// articles committed under test/data/meantime (CC BY 4.0, see its README) so that a fresh clone runs this too.
const SHARED = new URL("../../../../shared/datasets/meantime-en/intra_cross-doc_annotation/", import.meta.url).pathname;
const CORPUS = existsSync(SHARED) ? SHARED : new URL("./data/meantime/", import.meta.url).pathname;
const SAMPLE = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .sort()
      .filter((topic) => topic.startsWith("corpus_"))
      .flatMap((topic) =>
        readdirSync(join(CORPUS, topic))
          .sort()
          .slice(0, 2)
          .map((f) => join(CORPUS, topic, f)),
      )
  : [];

/** Counts straight from the XML text (not through the reader): markables of the scored sentences. */
function countsFromXml(xml: string) {
  const sentenceOf = new Map<string, number>();
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)"/g)) sentenceOf.set(m[2] ?? "", Number(m[1]));
  const scored = (body: string) => {
    const first = /t_id="(\d+)"/.exec(body)?.[1];
    const s = first === undefined ? -1 : (sentenceOf.get(first) ?? -1);
    return s === 0 || (s >= 2 && s <= 5);
  };
  const typeOf = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY [^>]*ent_type="(\w+)"[^>]*m_id="(\d+)"/g)) typeOf.set(m[2] ?? "", m[1] ?? "");
  const entityOfMention = new Map<string, string>();
  for (const r of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[1] ?? "")?.[1] ?? "";
    for (const s of (r[1] ?? "").matchAll(/<source m_id="(\d+)"/g)) entityOfMention.set(s[1] ?? "", target);
  }
  let named = 0;
  for (const m of xml.matchAll(
    /<ENTITY_MENTION [^>]*m_id="(\d+)" syntactic_type="(NAM|PRE\.NAM)">([\s\S]*?)<\/ENTITY_MENTION>/g,
  )) {
    const type = typeOf.get(entityOfMention.get(m[1] ?? "") ?? "");
    if (type && ["PER", "ORG", "LOC"].includes(type) && scored(m[3] ?? "")) named++;
  }
  let timexes = 0;
  for (const m of xml.matchAll(/<TIMEX3 [^>]*functionInDocument="(\w+)"[^>]*type="(\w+)"[^>]*>([\s\S]*?)<\/TIMEX3>/g))
    if (m[1] !== "CREATION_TIME" && scored(m[3] ?? "")) timexes++;
  const tokens = [...xml.matchAll(/<token [^>]*>([^<]*)<\/token>/g)].length;
  return { named, timexes, tokens };
}

describe.skipIf(SAMPLE.length === 0)("MEANTIME articles", () => {
  it.each(SAMPLE)("converts %s with spans that slice to their text and counts that match the XML", (file) => {
    const xml = readFileSync(file, "utf8");
    const a = meantimeArticle(xml, file);
    const doc = readMeantimeXml(xml, file);
    const counts = countsFromXml(xml);
    expect(doc.tokens.length).toBe(counts.tokens);
    expect(a.stats.named).toBe(counts.named);
    expect(a.stats.timexes).toBe(counts.timexes);
    expect(a.gold.dates.length).toBe(counts.timexes);
    expect(a.stats.scored).toBe(
      a.stats.named - a.stats.demonyms - a.stats.noName - a.stats.groups - a.stats.duplicates,
    );
    // every token's offsets slice to the token (quote tokens are written as ")
    const rebuilt = rebuildText(doc.tokens);
    doc.tokens.forEach((t, i) => {
      const s = rebuilt.tokens[i] as { start: number; end: number };
      expect(a.text.slice(s.start, s.end)).toBe(t.text === "``" || t.text === "''" ? '"' : t.text);
    });
    for (const e of a.gold.entities)
      for (const s of e.spans ?? []) expect(e.mentions).toContain(a.text.slice(s.start, s.end));
    for (const d of a.gold.dates) expect(a.text.slice(d.spans?.[0]?.start, d.spans?.[0]?.end)).toBe(d.text);
    for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    expect(resolveGold(a.gold, a.text).problems).toEqual([]);
    const report = scoreAll([{ result: meantimeView(goldToDocResult(a.gold, a.text)), gold: a.gold, text: a.text }]);
    expect(report.headline["entities.f1"]).toBe(a.stats.scored > 0 ? 1 : null);
  });
});

it("keeps convertMeantime pure: the same document gives the same article", () => {
  const doc = readMeantimeXml(sampleXml());
  expect(convertMeantime(doc)).toEqual(convertMeantime(doc));
});
