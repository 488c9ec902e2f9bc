import { describe, expect, it } from "vitest";
import {
  amountsNear,
  dateInterval,
  entitiesBetween,
  findEntities,
  indexGraph,
  mentionsOf,
  merge,
  quotesBy,
} from "../src/index.js";
import { article } from "./docs.js";

const a = article(
  "a",
  'South Korea pledged $100 million on May 21. "We will help," Yoon Suk Yeol said. Joe Biden welcomed it.',
  {
    published: "2023-05-22",
    entities: [
      { type: "GPE", name: "South Korea", surfaces: ["South Korea"] },
      { name: "Yoon Suk Yeol", surfaces: ["Yoon Suk Yeol"] },
      { name: "Joe Biden", surfaces: ["Joe Biden"] },
    ],
    quotes: [{ text: "We will help,", speaker: "Yoon Suk Yeol" }],
    money: [{ text: "$100 million", amount: 1e8, currency: "USD" }],
    dates: [{ text: "May 21", value: "2023-05-21" }],
  },
);
const b = article("b", 'Yoon Suk-yeol said "no more talks." A source said "it is over." South Korea sent $5 million.', {
  published: "2024-02-01",
  entities: [
    { name: "Yoon Suk-yeol", surfaces: ["Yoon Suk-yeol"] },
    { type: "GPE", name: "South Korea", surfaces: ["South Korea"] },
  ],
  quotes: [
    { text: "no more talks.", speaker: "Yoon Suk-yeol" },
    { text: "it is over.", speakerName: "A source" },
  ],
  money: [{ text: "$5 million", amount: 5e6, currency: "USD" }],
});
const g = merge([a, b]);

describe("query API", () => {
  it("finds entities by id or by any spelling", () => {
    expect(findEntities(g, "person:yoon-suk-yeol").map((n) => n.id)).toEqual(["person:yoon-suk-yeol"]);
    expect(findEntities(g, "YOON SUK-YEOL").map((n) => n.id)).toEqual(["person:yoon-suk-yeol"]);
    expect(findEntities(g, "Kim Jong Un")).toEqual([]);
  });

  it("quotesBy: a speaker's quotes across articles, by name or id; anonymous speakers by their description", () => {
    expect(quotesBy(g, "Yoon Suk Yeol").map((h) => [h.doc, h.quote.text, h.published])).toEqual([
      ["a", "We will help,", "2023-05-22"],
      ["b", "no more talks.", "2024-02-01"],
    ]);
    expect(quotesBy(indexGraph(g), "person:yoon-suk-yeol")).toHaveLength(2);
    expect(quotesBy(g, "a source").map((h) => [h.quote.text, h.speaker])).toEqual([["it is over.", null]]);
    expect(quotesBy(g, "Joe Biden")).toEqual([]);
  });

  it("mentionsOf: every span across articles", () => {
    expect(mentionsOf(g, "Yoon Suk Yeol").map((m) => [m.doc, m.text])).toEqual([
      ["a", "Yoon Suk Yeol"],
      ["b", "Yoon Suk-yeol"],
    ]);
  });

  it("amountsNear: amounts stated in a sentence with the entity", () => {
    const near = amountsNear(g, "South Korea");
    expect(near.map((h) => h.amount.amount).sort()).toEqual([1e8, 5e6].sort());
    expect(amountsNear(g, "Joe Biden")).toEqual([]);
  });

  it("entitiesBetween: by publication date and by the dates of their sentences", () => {
    const may = entitiesBetween(g, "2023-05-01", "2023-05-31");
    expect(may.map((h) => h.entity.id)).toEqual(["gpe:south-korea", "person:joe-biden", "person:yoon-suk-yeol"]);
    expect(may.find((h) => h.entity.id === "gpe:south-korea")?.dates).toEqual(["2023-05-21"]);
    expect(entitiesBetween(g, "2024-01", null).map((h) => h.entity.id)).toEqual([
      "gpe:south-korea",
      "person:yoon-suk-yeol",
    ]);
    expect(entitiesBetween(g, "2025-01-01", "2025-12-31")).toEqual([]);
  });

  it("dateInterval covers the granularities of DatePoint values", () => {
    expect(dateInterval("2023-02")).toEqual(["2023-02-01", "2023-02-28"]);
    expect(dateInterval("2023-Q2")).toEqual(["2023-04-01", "2023-06-30"]);
    expect(dateInterval("2023-W01")).toEqual(["2023-01-02", "2023-01-08"]);
    expect(dateInterval("2020s")).toEqual(["2020-01-01", "2029-12-31"]);
    expect(dateInterval("P3W")).toBeNull();
  });
});
