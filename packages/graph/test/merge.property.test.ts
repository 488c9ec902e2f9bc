import { type DocResult, DocResultSchema, type Entity, type Graph, GraphSchema, type Quote } from "@newsgraph/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockingKeys, merge, mergeGraphs, observationsOf, observe, resolveEntities } from "../src/index.js";

// Names chosen to collide: spellings, transliterations, short forms, shared surnames, close place names.
const PEOPLE = [
  "Yoon Suk Yeol",
  "Yoon Suk-yeol",
  "Yoon",
  "Volodymyr Zelenskyy",
  "Volodymyr Zelenskiy",
  "Zelenskyy",
  "Joe Biden",
  "Hunter Biden",
  "Biden",
  "Maria Lopez",
  "Mario Lopez",
];
const PLACES = ["South Korea", "Korea", "Austria", "Australia", "Seoul", "the United States", "United States"];
const ORGS = ["NATO", "North Atlantic Treaty Organization", "Samsung"];
// Names that articles type differently (joined across types), alias-table names, surnames alone, honorifics.
const MIXED = ["Brellick Dunmore", "Dunmore", "Tories", "Conservative Party", "Quenby", "Marisol Quenby"];
const TITLES = ["President", "president", "Minister", "Spokesperson", "Mr", "Mrs", "Prince"];

const span = fc.record({
  start: fc.nat(300),
  len: fc.integer({ min: 1, max: 20 }),
  text: fc.constantFrom("Yoon", "Biden", "x", "Zelenskiy", "NATO"),
  sentence: fc.option(fc.nat(6), { nil: undefined }),
});
const toSpan = (s: { start: number; len: number; text: string; sentence: number | undefined }) =>
  s.sentence === undefined
    ? { start: s.start, end: s.start + s.len, text: s.text }
    : { start: s.start, end: s.start + s.len, text: s.text, sentence: s.sentence };

const entityArb: fc.Arbitrary<Entity> = fc
  .oneof(
    fc.record({ type: fc.constant("PERSON" as const), name: fc.constantFrom(...PEOPLE) }),
    fc.record({ type: fc.constant("GPE" as const), name: fc.constantFrom(...PLACES) }),
    fc.record({ type: fc.constant("ORG" as const), name: fc.constantFrom(...ORGS) }),
    fc.record({
      type: fc.constantFrom("PERSON" as const, "ORG" as const, "NORP" as const, "GPE" as const),
      name: fc.constantFrom(...MIXED),
    }),
  )
  .chain(({ type, name }) =>
    fc.record({
      id: fc.constant(`${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, "-")}`),
      type: fc.constant(type),
      name: fc.constant(name),
      aliases: fc.subarray([...PEOPLE.slice(2, 3), "Zelenskiy", "NATO", "Biden"], { maxLength: 2 }),
      roles: fc.array(
        fc.record({
          title: fc.constantFrom(...TITLES),
          of: fc.option(fc.constantFrom(...PLACES, ...ORGS), { nil: null }),
        }),
        { maxLength: 2 },
      ),
      mentions: fc.array(span.map(toSpan), { maxLength: 4 }),
    }),
  );

const docArb: fc.Arbitrary<DocResult> = fc
  .record({
    id: fc.constantFrom("d1", "d2", "d3", "d4", "d5"),
    published: fc.option(fc.constantFrom("2023-05-22", "2024-01-02"), { nil: null }),
    entities: fc.uniqueArray(entityArb, { maxLength: 5, selector: (e) => e.id }),
    quoteSpans: fc.array(
      fc.tuple(span.map(toSpan), fc.nat(5), fc.constantFrom("direct", "indirect") as fc.Arbitrary<Quote["kind"]>),
      { maxLength: 3 },
    ),
    money: fc.array(fc.tuple(span.map(toSpan), fc.constantFrom(1e8, 5e6, null), fc.constantFrom("USD", "KRW", null)), {
      maxLength: 3,
    }),
    dates: fc.array(fc.tuple(span.map(toSpan), fc.constantFrom("2023-05-21", "2023-05", null)), { maxLength: 3 }),
    withSentences: fc.boolean(),
  })
  .map((r) => ({
    id: r.id,
    source: `${r.id}.txt`,
    published: { value: r.published, inferred: false, evidence: null },
    entities: r.entities,
    quotes: r.quoteSpans.map(([s, who, kind]) => {
      const speaker = r.entities[who];
      return {
        ...s,
        kind,
        cue: "said",
        speaker: speaker
          ? { id: speaker.id, name: speaker.name }
          : who === 4
            ? { id: null, name: "an official" }
            : null,
      };
    }),
    money: r.money.map(([s, amount, currency]) => ({
      ...s,
      amount,
      currency,
      approximate: false,
      bound: null,
      per: null,
    })),
    dates: r.dates.map(([s, value]) => ({
      ...s,
      value,
      granularity: value?.length === 7 ? ("month" as const) : ("day" as const),
      relative: false,
    })),
    ...(r.withSentences
      ? { sentences: Array.from({ length: 7 }, (_, i) => ({ start: i * 50, end: i * 50 + 50 })) }
      : {}),
    warnings: [],
  }));

const json = (g: Graph) => JSON.stringify(g);

/** Splits a list into three shards at two cut points. */
const shards = <T>(xs: T[], i: number, j: number): [T[], T[], T[]] => {
  const a = Math.min(i, j) % (xs.length + 1);
  const b = Math.max(i, j) % (xs.length + 1);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return [xs.slice(0, lo), xs.slice(lo, hi), xs.slice(hi)];
};

describe("merge properties (fast-check)", () => {
  it("builds valid DocResults (the arbitraries respect the schema)", () => {
    fc.assert(fc.property(docArb, (d) => DocResultSchema.safeParse(d).success));
  });

  it("gives the same graph for any order, any sharding and any grouping of mergeGraphs", () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 6 }), fc.nat(), fc.nat(), fc.nat(), (docs, i, j, seed) => {
        const whole = merge(docs);
        // valid, with no key the schema does not know (merge skips canonicalize's validation)
        expect(GraphSchema.parse(whole)).toEqual(whole);
        const shuffled = [...docs].sort(
          (x, y) => ((JSON.stringify(x).length * 31 + seed) % 7) - ((JSON.stringify(y).length * 31 + seed) % 7),
        );
        expect(json(merge(shuffled))).toBe(json(whole));
        const [a, b, c] = shards(shuffled, i, j).map((s) => merge(s)) as [Graph, Graph, Graph];
        expect(json(mergeGraphs(a, b, c))).toBe(json(whole));
        expect(json(mergeGraphs(mergeGraphs(a, b), c))).toBe(json(mergeGraphs(a, mergeGraphs(b, c))));
        expect(json(mergeGraphs(c, a, b))).toBe(json(whole));
      }),
      { numRuns: 150 },
    );
  });

  it("is idempotent: the same articles twice count once", () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 5 }), (docs) => {
        const g = merge(docs);
        expect(json(merge([...docs, ...docs]))).toBe(json(g));
        expect(json(mergeGraphs(g, g))).toBe(json(g));
        expect(json(mergeGraphs(g))).toBe(json(g));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps each article's observation recoverable from the graph", () => {
    fc.assert(
      fc.property(fc.uniqueArray(docArb, { maxLength: 5, selector: (d) => d.id }), (docs) => {
        const expected = docs.map(observe).sort((x, y) => (x.doc < y.doc ? -1 : 1));
        expect(observationsOf(merge(docs))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("never joins two different full names of people that are not spellings of one another", () => {
    const distinctFullNames = [
      ["Joe Biden", "Hunter Biden"],
      ["Maria Lopez", "Mario Lopez"],
      ["Yoon Suk Yeol", "Volodymyr Zelenskyy"],
    ];
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 6 }), (docs) => {
        for (const node of merge(docs).nodes) {
          if (node.kind !== "Entity") continue;
          const names = new Set((node.locals ?? []).map((l) => l.name));
          for (const [x, y] of distinctFullNames) expect(names.has(x ?? "") && names.has(y ?? "")).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
  it("re-merging a graph is the identity (issue 15.7): mergeGraphs(merge(docs)) is merge(docs), byte for byte", () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 6 }), (docs) => {
        const g = merge(docs);
        expect(json(mergeGraphs(g))).toBe(json(g));
        expect(json(mergeGraphs(mergeGraphs(g)))).toBe(json(g));
      }),
      { numRuns: 200 },
    );
  });

  it("resolves any set of article-level entities closed under shared blocking keys as resolving everything does", () => {
    fc.assert(
      fc.property(fc.uniqueArray(docArb, { maxLength: 6, selector: (d) => d.id }), fc.nat(), (docs, pick) => {
        const observations = docs.map(observe);
        const locals = observations.flatMap((o) => o.entities.map((e) => ({ ...e, doc: o.doc })));
        if (locals.length === 0) return;
        // the block of one entity: everything reachable from it through shared keys
        const keysOf = locals.map((l) => blockingKeys(l));
        const block = new Set<number>([pick % locals.length]);
        for (let grew = true; grew; ) {
          grew = false;
          const keys = new Set([...block].flatMap((i) => keysOf[i] ?? []));
          keysOf.forEach((ks, i) => {
            if (!block.has(i) && ks.some((k) => keys.has(k))) {
              block.add(i);
              grew = true;
            }
          });
        }
        const inBlock = (doc: string, id: string) =>
          [...block].some((i) => locals[i]?.doc === doc && locals[i]?.id === id);
        // resolve only the articles holding the block (their observations whole: other names are context)
        const docsOfBlock = new Set([...block].map((i) => locals[i]?.doc));
        const sub = resolveEntities(observations.filter((o) => docsOfBlock.has(o.doc)));
        const all = resolveEntities(observations);
        const clusters = (rs: typeof all) =>
          rs
            .map((r) => r.members.filter((m) => inBlock(m.doc, m.id)).map((m) => `${m.doc}|${m.id}`))
            .filter((c) => c.length > 0)
            .map((c) => c.sort().join(" "))
            .sort();
        expect(clusters(sub)).toEqual(clusters(all));
        // and a cluster never reaches outside the block
        for (const r of all) {
          const inside = r.members.filter((m) => inBlock(m.doc, m.id)).length;
          expect(inside === 0 || inside === r.members.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
