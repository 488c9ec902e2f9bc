import { type Graph, GraphSchema } from "@newsgraph/core";
import { describe, expect, it } from "vitest";
import { merge, mergeGraphs, observationsOf, observe } from "../src/index.js";
import { article } from "./docs.js";

const entity = (g: Graph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (n?.kind !== "Entity") throw new Error(`no entity ${id}`);
  return n;
};
const persons = (g: Graph) => g.nodes.filter((n) => n.kind === "Entity" && n.type === "PERSON").map((n) => n.id);
const edge = (g: Graph, type: string, from: string, to: string) =>
  g.edges.find((e) => e.type === type && e.from === from && e.to === to);

const seoul = article(
  "seoul",
  'President Yoon Suk Yeol met Joe Biden in Seoul. Yoon pledged $100 million on May 21. "We stand together," Yoon said.',
  {
    published: "2023-05-22",
    entities: [
      {
        name: "Yoon Suk Yeol",
        surfaces: ["Yoon Suk Yeol", "Yoon"],
        roles: [{ title: "President", of: "South Korea" }],
      },
      { name: "Joe Biden", surfaces: ["Joe Biden"] },
      { type: "GPE", name: "Seoul", surfaces: ["Seoul"] },
      { type: "GPE", name: "South Korea", surfaces: [] },
    ],
    quotes: [{ text: "We stand together,", speaker: "Yoon Suk Yeol" }],
    money: [{ text: "$100 million", amount: 1e8, currency: "USD" }],
    dates: [{ text: "May 21", value: "2023-05-21" }],
  },
);

describe("merge: nodes and edges", () => {
  const g = merge([seoul]);

  it("validates and has a Document node, Entity nodes and MENTIONS with every span", () => {
    expect(GraphSchema.safeParse(g).success).toBe(true);
    expect(g.nodes.find((n) => n.id === "doc:seoul")?.kind).toBe("Document");
    const mentions = edge(g, "MENTIONS", "doc:seoul", "person:yoon-suk-yeol");
    expect(mentions?.weight).toBe(3);
    expect(mentions?.evidence.map((e) => e.text)).toEqual(["Yoon Suk Yeol", "Yoon", "Yoon"]);
    for (const e of mentions?.evidence ?? [])
      expect(seoul.entities[0]?.mentions.some((m) => m.start === e.start && m.text === e.text)).toBe(true);
  });

  it("links the quote to its speaker (SAID) and its article (REPORTS)", () => {
    const quote = g.nodes.find((n) => n.kind === "Quote");
    expect(quote?.kind === "Quote" && quote.text).toBe("We stand together,");
    expect(edge(g, "SAID", "person:yoon-suk-yeol", quote?.id ?? "")).toBeDefined();
    expect(edge(g, "REPORTS", "doc:seoul", quote?.id ?? "")).toBeDefined();
  });

  it("makes Amount and DatePoint nodes that co-occur with the entities of their sentence", () => {
    expect(g.nodes.find((n) => n.id === "amount:seoul:usd:100000000")?.kind).toBe("Amount");
    expect(g.nodes.find((n) => n.id === "date:2023-05-21")?.kind).toBe("DatePoint");
    const co = edge(g, "CO_OCCURS", "amount:seoul:usd:100000000", "person:yoon-suk-yeol");
    const second = seoul.sentences?.[1];
    expect(co?.evidence).toEqual([{ doc: "seoul", start: second?.start, end: second?.end, sentence: 1 }]);
    // Joe Biden is not in that sentence.
    expect(edge(g, "CO_OCCURS", "amount:seoul:usd:100000000", "person:joe-biden")).toBeUndefined();
    expect(edge(g, "CO_OCCURS", "gpe:seoul", "person:joe-biden")?.weight).toBe(1);
  });

  it("resolves a role's `of` to the entity and keeps the article's date on the role", () => {
    const role = g.nodes.find((n) => n.kind === "Role");
    expect(role?.kind === "Role" && role.ofId).toBe("gpe:south-korea");
    expect(edge(g, "HAS_ROLE", "person:yoon-suk-yeol", role?.id ?? "")).toBeDefined();
    expect(entity(g, "person:yoon-suk-yeol").roles).toEqual([
      { title: "President", of: "South Korea", docs: ["seoul"], dates: ["2023-05-22"] },
    ]);
  });

  it("finds an unlinked speaker among the article's entities by name, and leaves anonymous ones unlinked", () => {
    const doc = article("q", '"Fine," Biden said. "No," an aide said.', {
      entities: [{ name: "Joe Biden", surfaces: ["Biden"], aliases: ["Biden"] }],
      quotes: [
        { text: "Fine,", speakerName: "Biden" },
        { text: "No,", speakerName: "an aide" },
      ],
    });
    const q = merge([doc]);
    expect(q.edges.filter((e) => e.type === "SAID").map((e) => [e.from, e.to])).toEqual([
      ["person:joe-biden", "quote:q:1-6"],
    ]);
    expect(q.nodes.filter((n) => n.kind === "Quote")).toHaveLength(2);
  });

  it("is empty but valid for no input", () => {
    expect(merge([])).toEqual({ version: 1, nodes: [], edges: [] });
  });
});

describe("merge: roles over time", () => {
  it("keeps every article and date that states a role", () => {
    const later = article("later", "President Yoon Suk-yeol spoke.", {
      published: "2024-01-02",
      entities: [
        { name: "Yoon Suk-yeol", surfaces: ["Yoon Suk-yeol"], roles: [{ title: "President", of: "South Korea" }] },
      ],
    });
    const g = merge([later, seoul]);
    expect(entity(g, "person:yoon-suk-yeol").roles).toEqual([
      { title: "President", of: "South Korea", docs: ["later", "seoul"], dates: ["2023-05-22", "2024-01-02"] },
    ]);
  });
});

describe("cross-article resolution", () => {
  const one = (id: string, text: string, entities: Parameters<typeof article>[2]["entities"]) =>
    article(id, text, { entities });

  it("joins names that differ in case, hyphens and spaces (same-name)", () => {
    const g = merge([
      seoul,
      one("b", "Yoon Suk-yeol spoke.", [{ name: "Yoon Suk-yeol", surfaces: ["Yoon Suk-yeol"] }]),
    ]);
    const yoon = entity(g, "person:yoon-suk-yeol");
    expect(yoon.aliases).toContain("Yoon Suk-yeol");
    expect(yoon.mergedBy).toEqual(["same-name: Yoon Suk Yeol = Yoon Suk-yeol"]);
  });

  it("names the node by its fullest, most used, least shouted spelling", () => {
    const g = merge([
      one("a", "KYIV said.", [{ type: "GPE", name: "KYIV", surfaces: ["KYIV"] }]),
      one("b", "Kyiv said.", [{ type: "GPE", name: "Kyiv", surfaces: ["Kyiv"] }]),
    ]);
    expect(entity(g, "gpe:kyiv")).toMatchObject({ name: "Kyiv", aliases: ["KYIV"] });
  });

  it("joins transliteration variants of a person when evidence supports it (spelling-variant)", () => {
    const president = [{ title: "President", of: null }];
    const g = merge([
      one("a", "Volodymyr Zelenskyy spoke.", [
        { name: "Volodymyr Zelenskyy", surfaces: ["Volodymyr Zelenskyy"], roles: president },
      ]),
      one("b", "Volodymyr Zelenskiy spoke.", [
        { name: "Volodymyr Zelenskiy", surfaces: ["Volodymyr Zelenskiy"], roles: president },
      ]),
    ]);
    expect(persons(g)).toHaveLength(1);
    expect(g.nodes.find((n) => n.kind === "Entity")).toMatchObject({
      mergedBy: ["spelling-variant: Volodymyr Zelenskiy~Volodymyr Zelenskyy; shared role: president"],
    });
  });

  it("never joins a spelling variant on the fuzzy match alone", () => {
    const g = merge([
      one("a", "Volodymyr Zelenskyy spoke.", [{ name: "Volodymyr Zelenskyy", surfaces: ["Volodymyr Zelenskyy"] }]),
      one("b", "Volodymyr Zelenskiy spoke.", [{ name: "Volodymyr Zelenskiy", surfaces: ["Volodymyr Zelenskiy"] }]),
    ]);
    expect(persons(g)).toHaveLength(2);
  });

  it("does not join different people whose names differ by a letter, nor close place names", () => {
    const g = merge([
      one("a", "Maria Lopez and Austria.", [
        { name: "Maria Lopez", surfaces: ["Maria Lopez"] },
        { type: "GPE", name: "Austria", surfaces: ["Austria"] },
      ]),
      one("b", "Mario Lopez and Australia.", [
        { name: "Mario Lopez", surfaces: ["Mario Lopez"] },
        { type: "GPE", name: "Australia", surfaces: ["Australia"] },
      ]),
    ]);
    expect(g.nodes.filter((n) => n.kind === "Entity")).toHaveLength(4);
  });

  it("never joins two full names that share a surname", () => {
    const g = merge([
      one("a", "Joe Biden spoke.", [{ name: "Joe Biden", surfaces: ["Joe Biden"] }]),
      one("b", "Hunter Biden spoke.", [{ name: "Hunter Biden", surfaces: ["Hunter Biden"] }]),
    ]);
    expect(persons(g).sort()).toEqual(["person:hunter-biden", "person:joe-biden"]);
  });

  it("joins a short form to the one full name it fits when a co-occurring entity supports it", () => {
    const g = merge([
      seoul,
      one("b", "Yoon met Joe Biden.", [
        { name: "Yoon", surfaces: ["Yoon"] },
        { name: "Joe Biden", surfaces: ["Joe Biden"] },
      ]),
    ]);
    const yoon = entity(g, "person:yoon-suk-yeol");
    expect(persons(g)).toHaveLength(2);
    expect(yoon.mergedBy).toEqual(["alias: Yoon (shorter form of Yoon Suk Yeol; shared co-occurring: Joe Biden)"]);
  });

  it("joins a short form supported by a shared role", () => {
    const g = merge([
      seoul,
      one("b", "President Yoon spoke.", [
        { name: "Yoon", surfaces: ["Yoon"], roles: [{ title: "president", of: null }] },
      ]),
    ]);
    expect(persons(g)).toHaveLength(2);
    expect(entity(g, "person:yoon-suk-yeol").mergedBy[0]).toMatch(/shared role: president/);
  });

  it("leaves a short form alone without evidence, or when it fits two full names", () => {
    const noEvidence = merge([seoul, one("b", "Yoon spoke.", [{ name: "Yoon", surfaces: ["Yoon"] }])]);
    expect(persons(noEvidence)).toContain("person:yoon");
    const ambiguous = merge([
      one("a", "Joe Biden met Xi.", [
        { name: "Joe Biden", surfaces: ["Joe Biden"] },
        { name: "Xi", surfaces: ["Xi"] },
      ]),
      one("b", "Hunter Biden met Xi.", [
        { name: "Hunter Biden", surfaces: ["Hunter Biden"] },
        { name: "Xi", surfaces: ["Xi"] },
      ]),
      one("c", "Biden met Xi.", [
        { name: "Biden", surfaces: ["Biden"] },
        { name: "Xi", surfaces: ["Xi"] },
      ]),
    ]);
    expect(persons(ambiguous)).toContain("person:biden");
  });

  it("does not join two entities that one article tells apart", () => {
    const g = merge([
      one("a", "Volodymyr Zelenskyy and Volodymyr Zelenskiy.", [
        { name: "Volodymyr Zelenskyy", surfaces: ["Volodymyr Zelenskyy"] },
        { name: "Volodymyr Zelenskiy", surfaces: ["Volodymyr Zelenskiy"] },
      ]),
    ]);
    expect(persons(g)).toHaveLength(2);
  });

  it("joins an organization named by another article's alias for it", () => {
    const g = merge([
      one("a", "The Baltic Ferry Operators Association (BFOA) met.", [
        {
          type: "ORG",
          name: "Baltic Ferry Operators Association",
          surfaces: ["Baltic Ferry Operators Association", "BFOA"],
        },
      ]),
      one("b", "BFOA met.", [{ type: "ORG", name: "BFOA", surfaces: ["BFOA"] }]),
    ]);
    const orgs = g.nodes.filter((n) => n.kind === "Entity");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ id: "org:baltic-ferry-operators-association", aliases: ["BFOA"] });
    expect(orgs[0]?.kind === "Entity" && orgs[0].mergedBy).toContain(
      "alias: BFOA (alias of Baltic Ferry Operators Association; acronym)",
    );
  });

  it("does not join a generic alias of an organization without evidence", () => {
    const g = merge([
      one("a", "The Japanese Defense Ministry said no.", [
        {
          type: "ORG",
          name: "Japanese Defense Ministry",
          surfaces: ["Japanese Defense Ministry"],
          aliases: ["Defense Ministry"],
        },
      ]),
      one("b", "The Defense Ministry said yes.", [
        { type: "ORG", name: "Defense Ministry", surfaces: ["Defense Ministry"] },
      ]),
    ]);
    expect(g.nodes.filter((n) => n.kind === "Entity")).toHaveLength(2);
  });
});

describe("merge algebra", () => {
  const b = article("b", "Yoon Suk-yeol spoke with Volodymyr Zelenskiy.", {
    entities: [
      { name: "Yoon Suk-yeol", surfaces: ["Yoon Suk-yeol"] },
      { name: "Volodymyr Zelenskiy", surfaces: ["Volodymyr Zelenskiy"] },
    ],
  });
  const c = article("c", "Volodymyr Zelenskyy thanked Joe Biden.", {
    entities: [
      { name: "Volodymyr Zelenskyy", surfaces: ["Volodymyr Zelenskyy"] },
      { name: "Joe Biden", surfaces: ["Joe Biden"] },
    ],
  });
  const json = (g: Graph) => JSON.stringify(g);

  it("counts the same article once", () => {
    expect(json(merge([seoul, b, seoul]))).toBe(json(merge([seoul, b])));
  });

  it("gives the same graph for shards merged in any grouping and order", () => {
    const whole = json(merge([seoul, b, c]));
    expect(json(mergeGraphs(merge([c]), merge([b, seoul])))).toBe(whole);
    expect(json(mergeGraphs(mergeGraphs(merge([b]), merge([c])), merge([seoul])))).toBe(whole);
    expect(json(mergeGraphs(merge([seoul, b, c]), merge([b])))).toBe(whole);
  });

  it("keeps the articles' observations recoverable from the graph", () => {
    expect(observationsOf(merge([seoul, b, c]))).toEqual([b, c, seoul].map(observe));
  });
});

describe("mergeGraphs with a graph that lacks article-level records", () => {
  it("reads each article's naming of an entity from the node itself", () => {
    const a = article("a", "Joe Biden spoke.", { entities: [{ name: "Joe Biden", surfaces: ["Joe Biden"] }] });
    const b = article("b", "Joe  Biden spoke.", { entities: [{ name: "Joe Biden", surfaces: ["Biden"] }] });
    const legacy = merge([a]);
    for (const n of legacy.nodes) if (n.kind === "Entity") delete n.locals;
    const g = mergeGraphs(legacy, merge([b]));
    expect(entity(g, "person:joe-biden").evidence.map((e) => e.doc)).toEqual(["a", "b"]);
  });
});
