import { readFileSync } from "node:fs";
import {
  type DocResult,
  DocResultSchema,
  docResultJsonSchema,
  EntitySchema,
  entityId,
  GraphSchema,
  graphJsonSchema,
  MoneySchema,
  QuoteSchema,
  slug,
} from "@newsgraph/core";
import { describe, expect, it } from "vitest";

const minimal: DocResult = {
  id: "a",
  source: null,
  published: { value: "2023-05-22", inferred: true, evidence: "May 21, 2023" },
  entities: [
    {
      id: "person:yoon-suk-yeol",
      type: "PERSON",
      name: "Yoon Suk Yeol",
      aliases: ["Yoon"],
      roles: [{ title: "President", of: "South Korea" }],
      mentions: [{ start: 24, end: 37, text: "Yoon Suk Yeol" }],
    },
  ],
  quotes: [{ start: 1, end: 5, text: "abcd", kind: "direct", speaker: null, cue: "said" }],
  money: [
    {
      start: 0,
      end: 12,
      text: "$100 million",
      amount: 100_000_000,
      currency: "USD",
      approximate: false,
      bound: "over",
      per: null,
    },
  ],
  dates: [{ start: 0, end: 6, text: "Monday", value: "2023-05-22", granularity: "day", relative: true }],
  warnings: [],
};

describe("DocResult schema", () => {
  it("accepts the contract example of design.md", () => {
    expect(DocResultSchema.parse(minimal)).toEqual(minimal);
  });

  it("rejects an unknown entity type and a quote kind outside the list", () => {
    expect(EntitySchema.safeParse({ ...minimal.entities[0], type: "ANIMAL" }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...minimal.quotes[0], kind: "rumour" }).success).toBe(false);
  });

  it("rejects negative or fractional offsets", () => {
    expect(MoneySchema.safeParse({ ...minimal.money[0], start: -1 }).success).toBe(false);
    expect(MoneySchema.safeParse({ ...minimal.money[0], end: 1.5 }).success).toBe(false);
  });

  it("requires the contract's field names", () => {
    const { published: _, ...withoutPublished } = minimal;
    expect(DocResultSchema.safeParse(withoutPublished).success).toBe(false);
  });
});

describe("JSON Schema export", () => {
  it("describes every DocResult field of the contract", () => {
    const schema = docResultJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const field of ["id", "source", "published", "entities", "quotes", "money", "dates", "warnings"])
      expect(schema.required).toContain(field);
  });

  it("ships files equal to what the schemas generate (run `pnpm build` after changing a schema)", () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), "utf8")) as unknown;
    expect(read("doc-result.schema.json")).toEqual(docResultJsonSchema());
    expect(read("graph.schema.json")).toEqual(graphJsonSchema());
  });

  it("validates an empty graph", () => {
    expect(GraphSchema.parse({ version: 1, nodes: [], edges: [] }).nodes).toEqual([]);
  });
});

describe("ids", () => {
  it("derive from type and name, folding case, accents, hyphens and apostrophes", () => {
    expect(entityId("PERSON", "Yoon Suk-yeol")).toBe("person:yoon-suk-yeol");
    expect(slug("Zelenskyy’s  Office")).toBe("zelenskyys-office");
    expect(slug("Ángela Müller")).toBe("angela-muller");
  });
});
