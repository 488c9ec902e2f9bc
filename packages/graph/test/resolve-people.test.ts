import type { Graph } from "@newsgraph/core";
import { describe, expect, it } from "vitest";
import { merge } from "../src/index.js";
import { article } from "./docs.js";

// Invented names throughout: each test is one rule of cross-article identity.
type Spec = Parameters<typeof article>[2]["entities"];
const one = (id: string, text: string, entities: Spec) => article(id, text, { entities });
const entities = (g: Graph, type?: string) =>
  g.nodes.filter((n) => n.kind === "Entity" && (type === undefined || n.type === type));
const nodeOf = (g: Graph, doc: string, local: string) =>
  g.nodes.find((n) => n.kind === "Entity" && (n.locals ?? []).some((l) => l.doc === doc && l.id === local));
const sameNode = (g: Graph, a: [string, string], b: [string, string]) => nodeOf(g, ...a)?.id === nodeOf(g, ...b)?.id;
/** A company named beside the person in both articles: the shared context some rules ask for. */
const ctx = { type: "ORG" as const, name: "Harrowgate Mills", surfaces: ["Harrowgate Mills"] };

describe("people: titles and honorifics are identity evidence", () => {
  it("keeps a prince apart from a Mr of the same first name, whatever the shared context", () => {
    const g = merge([
      one("a", "Prince Alderic visited Harrowgate Mills.", [
        { name: "Alderic", surfaces: ["Alderic"], roles: [{ title: "Prince", of: null }] },
        ctx,
      ]),
      one("b", "Mr Alderic Vantongeren visited Harrowgate Mills.", [
        { name: "Alderic Vantongeren", surfaces: ["Alderic Vantongeren"], roles: [{ title: "Mr", of: null }] },
        ctx,
      ]),
    ]);
    expect(sameNode(g, ["a", "person:alderic"], ["b", "person:alderic-vantongeren"])).toBe(false);
  });

  it("keeps a lord apart from a Mr with a similar surname", () => {
    const g = merge([
      one("a", "Lord Edmund Brackwell spoke at Harrowgate Mills.", [
        { name: "Edmund Brackwell", surfaces: ["Edmund Brackwell"], roles: [{ title: "Lord", of: null }] },
        ctx,
      ]),
      one("b", "Mr Edmund Brackwel spoke at Harrowgate Mills.", [
        { name: "Edmund Brackwel", surfaces: ["Edmund Brackwel"], roles: [{ title: "Mr", of: null }] },
        ctx,
      ]),
    ]);
    expect(entities(g, "PERSON")).toHaveLength(2);
  });

  it("keeps variants whose given names are a man's and a woman's apart", () => {
    const g = merge([
      one("a", "Louis Darnell joined Harrowgate Mills.", [{ name: "Louis Darnell", surfaces: ["Louis Darnell"] }, ctx]),
      one("b", "Louise Darnell joined Harrowgate Mills.", [
        { name: "Louise Darnell", surfaces: ["Louise Darnell"] },
        ctx,
      ]),
    ]);
    expect(entities(g, "PERSON")).toHaveLength(2);
  });

  it("never takes one consonant for another in a spelling variant", () => {
    const g = merge([
      one("a", "Corwin McAndle met Harrowgate Mills.", [{ name: "Corwin McAndle", surfaces: ["Corwin McAndle"] }, ctx]),
      one("b", "Corwin McAntle met Harrowgate Mills.", [{ name: "Corwin McAntle", surfaces: ["Corwin McAntle"] }, ctx]),
    ]);
    expect(entities(g, "PERSON")).toHaveLength(2);
  });

  it("joins transliterations with shared context (the fixtures' Zelenskiy/Zelenskyy kind)", () => {
    const g = merge([
      one("a", "Oleksandr Hrytsiuk met Harrowgate Mills.", [
        { name: "Oleksandr Hrytsiuk", surfaces: ["Oleksandr Hrytsiuk"] },
        ctx,
      ]),
      one("b", "Oleksandr Hrytsyuk met Harrowgate Mills.", [
        { name: "Oleksandr Hrytsyuk", surfaces: ["Oleksandr Hrytsyuk"] },
        ctx,
      ]),
    ]);
    expect(entities(g, "PERSON")).toHaveLength(1);
    expect(entities(g, "PERSON")[0]).toMatchObject({
      mergedBy: ["spelling-variant: Oleksandr Hrytsiuk~Oleksandr Hrytsyuk; shared co-occurring: Harrowgate Mills"],
    });
  });
});

describe("people: a surname alone", () => {
  it("joins the one person of that surname that shares its context, even when another has the surname", () => {
    const g = merge([
      one("a", "Marisol Quenby runs Harrowgate Mills.", [
        { name: "Marisol Quenby", surfaces: ["Marisol Quenby"] },
        ctx,
      ]),
      one("b", "Tobias Quenby sails.", [{ name: "Tobias Quenby", surfaces: ["Tobias Quenby"] }]),
      one("c", "Quenby said Harrowgate Mills would grow.", [{ name: "Quenby", surfaces: ["Quenby"] }, ctx]),
    ]);
    expect(sameNode(g, ["c", "person:quenby"], ["a", "person:marisol-quenby"])).toBe(true);
    expect(sameNode(g, ["c", "person:quenby"], ["b", "person:tobias-quenby"])).toBe(false);
  });

  it("joins neither of two people with that surname when both share its context", () => {
    const g = merge([
      one("a", "Marisol Quenby runs Harrowgate Mills.", [
        { name: "Marisol Quenby", surfaces: ["Marisol Quenby"] },
        ctx,
      ]),
      one("b", "Tobias Quenby left Harrowgate Mills.", [{ name: "Tobias Quenby", surfaces: ["Tobias Quenby"] }, ctx]),
      one("c", "Quenby said Harrowgate Mills would grow.", [{ name: "Quenby", surfaces: ["Quenby"] }, ctx]),
    ]);
    expect(entities(g, "PERSON")).toHaveLength(3);
  });

  it("of a family sharing the surname, joins the one whose context outweighs the others' twice over", () => {
    const orgs = ["Harrowgate Mills", "Pelham Tool Works", "Dunmore Bank"].map((name) => ({
      type: "ORG" as const,
      name,
      surfaces: [name],
    }));
    const g = merge([
      one("a", "Marisol Quenby runs Harrowgate Mills, Pelham Tool Works and Dunmore Bank.", [
        { name: "Marisol Quenby", surfaces: ["Marisol Quenby"] },
        ...orgs,
      ]),
      one("b", "Tobias Quenby visited Harrowgate Mills.", [
        { name: "Tobias Quenby", surfaces: ["Tobias Quenby"] },
        ctx,
      ]),
      one("c", "Quenby said Harrowgate Mills, Pelham Tool Works and Dunmore Bank would grow.", [
        { name: "Quenby", surfaces: ["Quenby"] },
        ...orgs,
      ]),
    ]);
    expect(sameNode(g, ["c", "person:quenby"], ["a", "person:marisol-quenby"])).toBe(true);
    expect(nodeOf(g, "a", "person:marisol-quenby")).toMatchObject({
      mergedBy: [
        "alias: Quenby (shorter form of Marisol Quenby; shared co-occurring: Dunmore Bank; context 6 against 2)",
      ],
    });
  });

  it("joins the same surname of two articles only with shared context, else keeps two nodes with unique ids", () => {
    const apart = merge([
      one("a", "Vantongeren spoke.", [{ name: "Vantongeren", surfaces: ["Vantongeren"] }]),
      one("b", "Vantongeren left.", [{ name: "Vantongeren", surfaces: ["Vantongeren"] }]),
    ]);
    expect(entities(apart, "PERSON").map((n) => n.id)).toEqual(["person:vantongeren", "person:vantongeren~b"]);
    const pelham = { type: "ORG" as const, name: "Pelham Tool Works", surfaces: ["Pelham Tool Works"] };
    const together = merge([
      one("a", "Vantongeren spoke at Harrowgate Mills.", [{ name: "Vantongeren", surfaces: ["Vantongeren"] }, ctx]),
      one("b", "Vantongeren left Harrowgate Mills for Pelham Tool Works.", [
        { name: "Vantongeren", surfaces: ["Vantongeren"] },
        ctx,
        pelham,
      ]),
    ]);
    expect(entities(together, "PERSON")).toHaveLength(1);
    expect(entities(together, "PERSON")[0]).toMatchObject({
      mergedBy: ["same-word: Vantongeren; shared co-occurring: Harrowgate Mills"],
    });
  });

  it("never joins a descriptor standing for a person ('The Scot') across articles", () => {
    const g = merge([
      one("a", "The Scot won at Harrowgate Mills.", [{ name: "The Scot", surfaces: ["The Scot"] }, ctx]),
      one("b", "The Scot lost at Harrowgate Mills.", [{ name: "The Scot", surfaces: ["The Scot"] }, ctx]),
    ]);
    expect(entities(g, "PERSON")).toHaveLength(2);
  });

  it("reads a name without its possessive", () => {
    const g = merge([
      one("a", "Marisol Quenby's plan.", [{ name: "Marisol Quenby's", surfaces: ["Marisol Quenby's"] }]),
      one("b", "Marisol Quenby spoke.", [{ name: "Marisol Quenby", surfaces: ["Marisol Quenby"] }]),
    ]);
    expect(entities(g, "PERSON")).toMatchObject([{ id: "person:marisol-quenby", name: "Marisol Quenby" }]);
  });
});

describe("organizations and places", () => {
  it("keeps an organization named like a city apart across unrelated articles, joins it with shared context", () => {
    const city = one("a", "Dunmore is a city.", [{ type: "GPE", name: "Dunmore", surfaces: ["Dunmore"] }]);
    const club = one("b", "Dunmore beat Pelham Rovers.", [
      { type: "ORG", name: "Dunmore", surfaces: ["Dunmore"] },
      { type: "ORG", name: "Pelham Rovers", surfaces: ["Pelham Rovers"] },
    ]);
    const brewer = one("c", "Dunmore raised beer prices.", [{ type: "ORG", name: "Dunmore", surfaces: ["Dunmore"] }]);
    const again = one("d", "Dunmore lost to Pelham Rovers.", [
      { type: "ORG", name: "Dunmore", surfaces: ["Dunmore"] },
      { type: "ORG", name: "Pelham Rovers", surfaces: ["Pelham Rovers"] },
    ]);
    const g = merge([city, club, brewer, again]);
    expect(sameNode(g, ["b", "org:dunmore"], ["c", "org:dunmore"])).toBe(false);
    expect(sameNode(g, ["b", "org:dunmore"], ["d", "org:dunmore"])).toBe(true);
    expect(sameNode(g, ["a", "gpe:dunmore"], ["b", "org:dunmore"])).toBe(false);
  });

  it("keeps an institution named by its kind alone ('Parliament') apart across unrelated articles", () => {
    const parliament = (id: string, text: string, other: string) =>
      one(id, text, [
        { type: "ORG", name: "Parliament", surfaces: ["Parliament"] },
        { type: "GPE", name: other, surfaces: [other] },
      ]);
    const g = merge([
      parliament("a", "Parliament met in Tarnwick.", "Tarnwick"),
      parliament("b", "Parliament met in Dunmore.", "Dunmore"),
    ]);
    expect(entities(g, "ORG")).toHaveLength(2);
  });

  it("keeps numbered names apart, and their unnumbered name joins neither", () => {
    const station = (id: string, name: string) => one(id, `${name} aired.`, [{ type: "ORG", name, surfaces: [name] }]);
    const g = merge([
      station("a", "Radio Tarnwick 1"),
      station("b", "Radio Tarnwick 4"),
      station("c", "Radio Tarnwick"),
    ]);
    expect(entities(g)).toHaveLength(3);
  });

  it("joins names of one referent of the alias table, with its name, its Wikidata item and the reason", () => {
    const g = merge([
      one("a", "The Tories won.", [{ type: "NORP", name: "Tories", surfaces: ["Tories"] }]),
      one("b", "The Conservative Party won.", [
        { type: "ORG", name: "Conservative Party", surfaces: ["Conservative Party"] },
      ]),
      one("c", "Man Utd won.", [{ type: "ORG", name: "Man Utd", surfaces: ["Man Utd"] }]),
      one("d", "Manchester United lost.", [
        { type: "ORG", name: "Manchester United", surfaces: ["Manchester United"] },
      ]),
    ]);
    expect(entities(g).map((n) => n.kind === "Entity" && [n.id, n.wikidata])).toEqual([
      ["org:conservative-party", "Q9626"],
      ["org:manchester-united", "Q18656"],
    ]);
    expect(entities(g)[0]).toMatchObject({
      mergedBy: ["alias-table: Conservative Party = Tories (Conservative Party, Q9626)"],
    });
  });

  it("never names a node by a span with a descriptor glued on", () => {
    const g = merge([
      one("a", "The Varnholt Assembly Majority met.", [
        { type: "ORG", name: "Varnholt Assembly Majority", surfaces: ["Varnholt Assembly Majority"] },
      ]),
      one("b", "The Varnholt Assembly met.", [
        { type: "ORG", name: "Varnholt Assembly", surfaces: ["Varnholt Assembly"] },
      ]),
    ]);
    expect(entities(g)).toMatchObject([{ id: "org:varnholt-assembly", name: "Varnholt Assembly" }]);
  });

  it("joins a government body written either way", () => {
    const g = merge([
      one("a", "The Department of Fisheries said.", [
        { type: "ORG", name: "Department of Fisheries", surfaces: ["Department of Fisheries"] },
      ]),
      one("b", "The Fisheries Department said.", [
        { type: "ORG", name: "Fisheries Department", surfaces: ["Fisheries Department"] },
      ]),
    ]);
    expect(entities(g)).toHaveLength(1);
  });
});

describe("amounts and durations", () => {
  const withMoney = (id: string, text: string, names: string[], dates: { text: string; value: string }[] = []) =>
    article(id, text, {
      entities: names.map((name) => ({ type: "ORG" as const, name, surfaces: [name] })),
      money: [{ text: "$5 million", amount: 5e6, currency: "USD" }],
      dates,
    });

  it("keeps one article's amount its own, joins the same amount about the same entities", () => {
    const g = merge([
      withMoney("a", "Harrowgate Mills was fined $5 million.", ["Harrowgate Mills"]),
      withMoney("b", "Harrowgate Mills paid $5 million.", ["Harrowgate Mills"]),
      withMoney("c", "Pelham Schools got $5 million.", ["Pelham Schools"]),
      withMoney("d", "Someone spent $5 million.", []),
    ]);
    const amounts = g.nodes.filter((n) => n.kind === "Amount").map((n) => [n.id, n.evidence.map((e) => e.doc)]);
    expect(amounts).toHaveLength(3);
    expect(amounts).toContainEqual(["amount:c:usd:5000000", ["c"]]);
    expect(amounts).toContainEqual(["amount:d:usd:5000000", ["d"]]);
    expect(amounts.find(([id]) => String(id).startsWith("amount:usd:5000000:about-"))?.[1]).toEqual(["a", "b"]);
  });

  it("makes durations Duration nodes of their article, never DatePoints", () => {
    const g = merge([
      withMoney(
        "a",
        "Harrowgate Mills paid $5 million over 18 months.",
        ["Harrowgate Mills"],
        [{ text: "18 months", value: "P18M" }],
      ),
    ]);
    expect(g.nodes.filter((n) => n.kind === "DatePoint")).toEqual([]);
    expect(g.nodes.find((n) => n.kind === "Duration")).toMatchObject({
      id: "duration:a:P18M@day",
      text: "18 months",
      value: "P18M",
    });
  });
});
