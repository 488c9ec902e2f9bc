import type { DocResult, Entity } from "@newsgraph/core";
import { aggregate, type CategoryKey, rowOf, scoreAll, scoreDoc } from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { at, fixture, gold, result } from "./helpers.js";

const row = (score: ReturnType<typeof scoreDoc>, key: CategoryKey) => rowOf(score, key);

function entity(type: Entity["type"], name: string, mentions: Entity["mentions"], aliases: string[] = []): Entity {
  return {
    id: `${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, "-")}`,
    type,
    name,
    aliases,
    roles: [],
    mentions,
  };
}

describe("scoreDoc on a perfect result", () => {
  it("gives 1 on every category the gold fills, for both test articles", () => {
    for (const id of ["alpha", "beta"] as const) {
      const { gold: g, text, perfect } = fixture(id);
      const score = scoreDoc(perfect, g, text);
      for (const r of score.rows) {
        if (r.gold === 0) continue;
        expect([r.key, r.f1]).toEqual([r.key, 1]);
        if (r.valueChecked) expect([r.key, r.valueAccuracy]).toEqual([r.key, 1]);
      }
      expect(score.findings).toEqual([]);
      expect(score.warnings).toEqual([]);
    }
  });

  it("gives 0 recall and lists every gold item as missed for an empty result", () => {
    const { gold: g, text } = fixture("beta");
    const score = scoreDoc(result({ id: "beta" }), g, text);
    expect(row(score, "entities")).toMatchObject({ gold: 8, predicted: 0, recall: 0, f1: 0, precision: null });
    expect(score.findings.filter((f) => f.category === "entities" && f.kind === "missed")).toHaveLength(8);
    const missedMoney = score.findings.find((f) => f.category === "money");
    expect(missedMoney).toMatchObject({ kind: "missed", text: "3 trillion won", expected: "3000000000000 KRW" });
    expect(missedMoney?.start).toBe(at(text, "3 trillion won").start);
  });
});

describe("entity mentions", () => {
  const text = "President Yoon Suk Yeol met Kim. Yoon said he and South Korea's army agree.";
  const g = gold({
    entities: [
      { canonical: "Yoon Suk Yeol", type: "PERSON", mentions: ["Yoon Suk Yeol", "Yoon"] },
      { canonical: "Kim", type: "PERSON", mentions: ["Kim"] },
      { canonical: "South Korea", type: "GPE", mentions: ["South Korea"] },
    ],
  });

  it("matches (offsets, type) exactly; names only: role and pronoun mentions do not count", () => {
    const r = result({
      entities: [
        entity("PERSON", "Yoon Suk Yeol", [
          { ...at(text, "Yoon Suk Yeol"), via: "name" },
          { ...at(text, "Yoon", 1) }, // no via: counts as a name
          { ...at(text, "he"), via: "pronoun" },
          { ...at(text, "President"), via: "role" },
        ]),
        entity("GPE", "South Korea's", [{ ...at(text, "South Korea's"), via: "name" }]),
        entity("ORG", "Kim", [{ ...at(text, "Kim"), via: "name" }]),
      ],
    });
    const score = scoreDoc(r, g, text);
    expect(row(score, "entities")).toMatchObject({ gold: 4, predicted: 4, matchedGold: 2 });
    expect(row(score, "entities.PERSON")).toMatchObject({ gold: 3, predicted: 2, matchedGold: 2 });
    expect(row(score, "entities.untyped")).toMatchObject({ gold: 4, predicted: 4, matchedGold: 3 });
    const findings = score.findings.filter((f) => f.category === "entities").map((f) => `${f.kind} ${f.text}`);
    expect(findings.sort()).toEqual(["false South Korea's", "missed South Korea", "wrong-type Kim"]);
  });

  it("counts a span predicted twice with one type once", () => {
    const m = { ...at(text, "Kim"), via: "name" as const };
    const r = result({ entities: [entity("PERSON", "Kim", [m]), entity("PERSON", "Kim Jr", [m])] });
    expect(row(scoreDoc(r, g, text), "entities")).toMatchObject({ predicted: 1, matchedPredicted: 1 });
  });

  it("does not count predictions inside ignoreSpans", () => {
    const t = "Kim spoke.\nFollow Kim on X for more.";
    const gi = gold({
      ignoreSpans: ["Follow Kim on X for more."],
      entities: [{ canonical: "Kim", type: "PERSON", mentions: ["Kim"] }],
    });
    const r = result({ entities: [entity("PERSON", "Kim", [at(t, "Kim"), at(t, "Kim", 1), at(t, "X")])] });
    expect(row(scoreDoc(r, gi, t), "entities")).toMatchObject({ gold: 1, predicted: 1, matchedGold: 1 });
  });

  it("warns when predicted offsets do not match the text", () => {
    const r = result({ entities: [entity("PERSON", "Kim", [{ start: 0, end: 3, text: "Kim" }])] });
    expect(scoreDoc(r, g, text).warnings.join()).toContain("1 predicted span(s) do not match the article text");
  });
});

describe("entity clusters", () => {
  const text = "Kim Yo Jong spoke. Kim spoke again. Kim left. Kim Jong Un stayed.";
  const g = gold({
    entities: [
      { canonical: "Kim Yo Jong", type: "PERSON", mentions: ["Kim Yo Jong", "Kim"] },
      { canonical: "Kim Jong Un", type: "PERSON", mentions: ["Kim Jong Un"] },
    ],
  });

  it("finds a gold entity when one predicted entity holds more than half of its occurrences", () => {
    const r = result({
      entities: [
        entity("PERSON", "Kim Yo Jong", [at(text, "Kim Yo Jong"), at(text, "Kim", 1)]),
        entity("PERSON", "Kim", [at(text, "Kim", 2)]),
        entity("PERSON", "Kim Jong Un", [at(text, "Kim Jong Un")]),
      ],
    });
    const c = row(scoreDoc(r, g, text), "clusters");
    expect(c).toMatchObject({ gold: 2, predicted: 3, matchedGold: 2, matchedPredicted: 2 });
    expect(c.extra).toMatchObject({ splits: 1, merges: 0 });
  });

  it("does not find it at exactly half, nor when the holder has another type", () => {
    const half = result({
      entities: [
        entity("PERSON", "Kim Yo Jong", [at(text, "Kim Yo Jong")]),
        entity("PERSON", "Kim", [at(text, "Kim", 1)]),
      ],
    });
    const g2 = gold({ entities: [{ canonical: "Kim Yo Jong", type: "PERSON", mentions: ["Kim Yo Jong", "Kim"] }] });
    const t2 = "Kim Yo Jong spoke. Kim spoke again.";
    expect(row(scoreDoc(half, g2, t2), "clusters")).toMatchObject({ matchedGold: 0, matchedPredicted: 0 });
    const org = result({ entities: [entity("ORG", "Kim", [at(t2, "Kim Yo Jong"), at(t2, "Kim", 1)])] });
    const s = scoreDoc(org, g2, t2);
    expect(row(s, "clusters")).toMatchObject({ matchedGold: 0 });
    expect(s.findings.find((f) => f.category === "clusters")).toMatchObject({ kind: "wrong-type", expected: "PERSON" });
  });

  it("counts a predicted entity holding two gold people as a merge", () => {
    const r = result({
      entities: [
        entity("PERSON", "Kim", [
          at(text, "Kim Yo Jong"),
          at(text, "Kim", 1),
          at(text, "Kim", 2),
          at(text, "Kim Jong Un"),
        ]),
      ],
    });
    const s = scoreDoc(r, g, text);
    expect(row(s, "clusters")).toMatchObject({ matchedGold: 2, matchedPredicted: 1, predicted: 1 });
    expect(row(s, "clusters").extra).toMatchObject({ merges: 1, mergesPerson: 1 });
    expect(s.findings.find((f) => f.kind === "merge")?.got).toBe("PERSON Kim Yo Jong + PERSON Kim Jong Un");
  });
});

describe("quotes and speakers", () => {
  // ten word tokens in the gold quote
  const text =
    'Officials met. "one two three four five six seven eight nine ten," Lee said, "and more." A source said: "No comment." Critics called it a "deal."';
  const g = gold({
    entities: [{ canonical: "Lee Jae-myung", type: "PERSON", mentions: ["Lee"] }],
    quotes: [
      { text: "one two three four five six seven eight nine ten,", speaker: "Lee Jae-myung", kind: "direct" },
      { text: "and more.", speaker: "Lee Jae-myung", kind: "direct" },
      { text: "No comment.", speaker: "A source", anonymous: true, kind: "direct" },
      { text: "deal.", speaker: null, kind: "scare", debatable: true },
    ],
  });
  const lee = entity("PERSON", "Lee Jae Myung", [at(text, "Lee")]);
  const quote = (
    span: { start: number; end: number; text: string },
    extra: Partial<DocResult["quotes"][number]> = {},
  ) => ({
    ...span,
    kind: "direct" as const,
    speaker: { id: lee.id, name: lee.name },
    cue: "said",
    ...extra,
  });

  it("matches when the prediction covers 80% of the gold tokens, not 70%", () => {
    const eight = at(text, "three four five six seven eight nine ten,");
    const seven = at(text, "four five six seven eight nine ten,");
    expect(row(scoreDoc(result({ entities: [lee], quotes: [quote(eight)] }), g, text), "quotes").matchedGold).toBe(1);
    expect(row(scoreDoc(result({ entities: [lee], quotes: [quote(seven)] }), g, text), "quotes").matchedGold).toBe(0);
  });

  it("scores a split quote by its parts, one to one", () => {
    const first = at(text, "one two three four five six seven eight nine ten,");
    const second = at(text, "and more.");
    const split = quote(
      { start: first.start, end: second.end, text: text.slice(first.start, second.end) },
      { parts: [first, second] },
    );
    const s = scoreDoc(result({ entities: [lee], quotes: [split, quote(second)] }), g, text);
    expect(row(s, "quotes")).toMatchObject({ gold: 3, predicted: 3, matchedGold: 2, matchedPredicted: 2 });
    expect(s.findings.filter((f) => f.category === "quotes").map((f) => f.kind)).toEqual(["missed", "false"]);
  });

  it("leaves debatable quotes out either way", () => {
    const s = scoreDoc(result({ quotes: [quote(at(text, "deal."), { kind: "scare", speaker: null })] }), g, text);
    expect(row(s, "quotes")).toMatchObject({ gold: 3, predicted: 0 });
  });

  it("checks speakers by name without case or hyphens, or by the entity holding the gold speaker", () => {
    const first = quote(at(text, "one two three four five six seven eight nine ten,"));
    const byName = scoreDoc(result({ entities: [lee], quotes: [first] }), g, text);
    expect(row(byName, "speakers")).toMatchObject({ valueChecked: 1, valueCorrect: 1, matchedGold: 1 });

    const short = entity("PERSON", "Lee", [at(text, "Lee")]);
    const held = scoreDoc(
      result({ entities: [short], quotes: [{ ...first, speaker: { id: short.id, name: "Lee" } }] }),
      g,
      text,
    );
    expect(row(held, "speakers").valueCorrect).toBe(1);

    const other = entity("PERSON", "Park", []);
    const wrong = scoreDoc(
      result({ entities: [lee, other], quotes: [{ ...first, speaker: { id: other.id, name: "Park" } }] }),
      g,
      text,
    );
    expect(row(wrong, "speakers")).toMatchObject({ valueChecked: 1, valueCorrect: 0, matchedGold: 0, predicted: 1 });
    expect(wrong.findings.find((f) => f.kind === "wrong-speaker")).toMatchObject({
      expected: "Lee Jae-myung",
      got: `Park [${other.id}]`,
    });
    const noId = scoreDoc(
      result({ entities: [lee], quotes: [{ ...first, speaker: { id: null, name: "Lee" } }] }),
      g,
      text,
    );
    expect(row(noId, "speakers").valueCorrect).toBe(0);
  });

  it("counts anonymous speakers right only when the prediction is anonymous", () => {
    const span = at(text, "No comment.");
    const score = (speaker: DocResult["quotes"][number]["speaker"]) =>
      row(scoreDoc(result({ entities: [lee], quotes: [quote(span, { speaker })] }), g, text), "speakers").extra;
    expect(score({ id: null, name: "a source", via: "anonymous" })).toEqual({
      anonymousChecked: 1,
      anonymousCorrect: 1,
    });
    expect(score({ id: null, name: "a source" })).toEqual({ anonymousChecked: 1, anonymousCorrect: 1 });
    expect(score(null)).toEqual({ anonymousChecked: 1, anonymousCorrect: 0 });
    expect(score({ id: lee.id, name: lee.name })).toEqual({ anonymousChecked: 1, anonymousCorrect: 0 });
  });

  it("reports the kind accuracy of matched quotes", () => {
    const s = scoreDoc(result({ quotes: [quote(at(text, "and more."), { kind: "partial" })] }), g, text);
    expect(row(s, "quotes")).toMatchObject({ valueChecked: 1, valueCorrect: 0 });
  });

  it("scores indirect quotes in their own row", () => {
    const t = "Lee said that the talks would resume in June.";
    const gi = gold({ quotes: [{ text: "the talks would resume in June", speaker: "Lee", kind: "indirect" }] });
    const s = scoreDoc(result({ quotes: [quote(at(t, "the talks would resume in"), { kind: "indirect" })] }), gi, t);
    expect(row(s, "quotes.indirect")).toMatchObject({ gold: 1, predicted: 1, matchedGold: 1 });
    expect(row(s, "quotes")).toMatchObject({ gold: 0, predicted: 0 });
  });
});

describe("money", () => {
  const text = "It pledged over $100 million and 520 billion Korean won.";
  const g = gold({
    money: [
      { text: "$100 million", amount: 100_000_000, currency: "USD" },
      { text: "520 billion Korean won", amount: 520e9, currency: "KRW" },
    ],
  });
  const m = (span: { start: number; end: number; text: string }, amount: number | null, currency: string | null) => ({
    ...span,
    amount,
    currency,
    approximate: false,
    bound: null,
    per: null,
  });

  it("matches spans by overlap and values within 0.5% in the same currency", () => {
    const s = scoreDoc(
      result({
        money: [m(at(text, "over $100 million"), 100_400_000, "USD"), m(at(text, "520 billion"), 520e9, "USD")],
      }),
      g,
      text,
    );
    expect(row(s, "money")).toMatchObject({ matchedGold: 2, valueChecked: 2, valueCorrect: 1 });
    expect(s.findings[0]).toMatchObject({ kind: "wrong-value", expected: "520000000000 KRW" });
    const off = scoreDoc(result({ money: [m(at(text, "$100 million"), 100_600_000, "USD")] }), g, text);
    expect(row(off, "money").valueCorrect).toBe(0);
  });
});

describe("dates and the publication date", () => {
  const text = "On Monday, for three weeks, in late May.";
  const g = gold({
    publishedHint: "2023-05-24",
    publishedAccept: ["2023-05-23"],
    dates: [
      { text: "Monday", value: "2023-05-22", relative: true },
      { text: "three weeks", value: "P3W", kind: "duration" },
      { text: "late May", value: null },
    ],
  });
  const d = (span: { start: number; end: number; text: string }, extra: object) => ({
    ...span,
    value: null,
    granularity: "day" as const,
    relative: true,
    ...extra,
  });

  it("compares ISO values, durations included; a gold value of null is not checked", () => {
    const s = scoreDoc(
      result({
        dates: [
          d(at(text, "On Monday"), { value: "2023-05-22" }),
          d(at(text, "three weeks"), { kind: "duration", duration: "P3W" }),
          d(at(text, "late May"), { value: "2023-05" }),
        ],
      }),
      g,
      text,
    );
    expect(row(s, "dates")).toMatchObject({ matchedGold: 3, valueChecked: 2, valueCorrect: 2 });
    const wrong = scoreDoc(result({ dates: [d(at(text, "Monday"), { value: "2023-05-29" })] }), g, text);
    expect(row(wrong, "dates")).toMatchObject({ valueChecked: 1, valueCorrect: 0 });
  });

  it("accepts the hint or an accepted date, counting given and inferred apart", () => {
    const pub = (value: string | null, inferred: boolean) =>
      row(scoreDoc(result({ published: { value, inferred, evidence: null } }), g, text), "published");
    expect(pub("2023-05-23", true)).toMatchObject({
      valueCorrect: 1,
      extra: { inferredChecked: 1, inferredCorrect: 1 },
    });
    expect(pub("2023-05-24", false)).toMatchObject({ valueCorrect: 1, extra: { givenChecked: 1, givenCorrect: 1 } });
    expect(pub("2023-05-20", true).valueCorrect).toBe(0);
    expect(pub(null, true)).toMatchObject({ valueChecked: 1, valueCorrect: 0, predicted: 0 });
  });
});

describe("micro-averaging", () => {
  it("sums counts over articles before dividing", () => {
    const t1 = "Kim spoke.";
    const t2 = "Lee, Park and Choi spoke.";
    const g1 = gold({ entities: [{ canonical: "Kim", type: "PERSON", mentions: ["Kim"] }] });
    const g2 = gold({
      entities: ["Lee", "Park", "Choi"].map((n) => ({ canonical: n, type: "PERSON" as const, mentions: [n] })),
    });
    const report = scoreAll([
      { result: result({ entities: [entity("PERSON", "Kim", [at(t1, "Kim")])] }), gold: g1, text: t1 },
      { result: result(), gold: g2, text: t2 },
    ]);
    expect(rowOf(report, "entities")).toMatchObject({ gold: 4, matchedGold: 1, recall: 0.25, precision: 1 });
    expect(report.headline["entities.f1"]).toBeCloseTo(0.4);
    expect(aggregate(report.docs).rows).toEqual(report.rows);
  });
});
