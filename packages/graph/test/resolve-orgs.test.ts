import type { Graph } from "@newsgraph/core";
import { describe, expect, it } from "vitest";
import { merge } from "../src/index.js";
import { article } from "./docs.js";

// Invented organizations: the rules are about the shape of names, not about knowing them.
const one = (id: string, text: string, entities: Parameters<typeof article>[2]["entities"]) =>
  article(id, text, { entities });
const org = (id: string, name: string, text = `${name} grew.`) =>
  one(id, text, [{ type: "ORG", name, surfaces: [name] }]);
const entities = (g: Graph) => g.nodes.filter((n) => n.kind === "Entity");
const names = (g: Graph) => entities(g).map((n) => (n.kind === "Entity" ? `${n.type}:${n.name}` : ""));

describe("cross-article resolution of organizations", () => {
  it("joins names that differ by a legal form or a plural", () => {
    const g = merge([org("a", "Grellan Motor Company"), org("b", "Grellan Motors Co"), org("c", "Grellan Motor")]);
    expect(entities(g)).toHaveLength(1);
  });

  it("joins names whose leading place is spelled differently", () => {
    const g = merge([org("a", "U.S. Coast Patrol"), org("b", "United States Coast Patrol")]);
    expect(entities(g)).toHaveLength(1);
  });

  it("joins an acronym to the one organization with those initials, legal form aside", () => {
    const g = merge([org("a", "Grand Mercia Exports Corporation"), org("b", "GME")]);
    const [node] = entities(g);
    expect(entities(g)).toHaveLength(1);
    expect(node?.kind === "Entity" && node.mergedBy.some((r) => r.endsWith("; acronym)"))).toBe(true);
  });

  it("prefers what an article said over a derived short form", () => {
    // "GME" is the stated alias of one organization and the first word of another's name
    const g = merge([
      one("a", "Grand Mercia Exports (GME) grew.", [
        { type: "ORG", name: "Grand Mercia Exports", surfaces: ["Grand Mercia Exports", "GME"] },
      ]),
      org("b", "GME Baltic"),
      org("c", "GME"),
    ]);
    expect(names(g).sort()).toEqual(["ORG:GME Baltic", "ORG:Grand Mercia Exports"]);
  });

  it("joins a name without its last word to the one organization it begins", () => {
    const g = merge([org("a", "Tarsh Eastern Airlines"), org("b", "Tarsh Eastern")]);
    expect(names(g)).toEqual(["ORG:Tarsh Eastern Airlines"]);
  });

  it("leaves a shorter name alone when it begins two organizations' names", () => {
    const g = merge([
      org("a", "Tarsh Eastern Airlines"),
      org("b", "Tarsh Eastern Railways"),
      org("c", "Tarsh Eastern"),
    ]);
    expect(entities(g)).toHaveLength(3);
  });

  it("needs shared evidence to join a one-word short form", () => {
    const alone = merge([org("a", "Grellan Motor Company"), org("b", "Grellan")]);
    expect(entities(alone)).toHaveLength(2);
    const together = merge([
      one("a", "Grellan Motor Company hired Dana Mills.", [
        { type: "ORG", name: "Grellan Motor Company", surfaces: ["Grellan Motor Company"] },
        { name: "Dana Mills", surfaces: ["Dana Mills"] },
      ]),
      one("b", "Grellan hired Dana Mills.", [
        { type: "ORG", name: "Grellan", surfaces: ["Grellan"] },
        { name: "Dana Mills", surfaces: ["Dana Mills"] },
      ]),
    ]);
    expect(names(together).sort()).toEqual(["ORG:Grellan Motor Company", "PERSON:Dana Mills"]);
  });
});

describe("cross-article resolution across types", () => {
  it("joins a name of several words typed differently, as the type most articles gave it", () => {
    const g = merge([
      one("a", "Brellick Dunmore grew.", [
        { type: "PERSON", name: "Brellick Dunmore", surfaces: ["Brellick Dunmore"] },
      ]),
      org("b", "Brellick Dunmore"),
      org("c", "Brellick Dunmore"),
    ]);
    expect(names(g)).toEqual(["ORG:Brellick Dunmore"]);
    const [node] = entities(g);
    expect(node?.kind === "Entity" && node.mergedBy.some((r) => r.startsWith("same-name-other-type:"))).toBe(true);
  });

  it("leaves one-word names of different types apart", () => {
    const g = merge([
      one("a", "Washington spoke.", [{ type: "PERSON", name: "Washington", surfaces: ["Washington"] }]),
      one("b", "Washington agreed.", [{ type: "GPE", name: "Washington", surfaces: ["Washington"] }]),
    ]);
    expect(entities(g)).toHaveLength(2);
  });
});
