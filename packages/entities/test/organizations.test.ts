import { describe, expect, it } from "vitest";
import { byMention, entitiesOf } from "./helpers.js";

// Invented companies and people throughout: the rules must not depend on knowing the names.
const names = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}`);
const typeOf = (text: string, mention: string) => byMention(entitiesOf(text), mention)?.type;

describe("organizations told by what is said of them", () => {
  it("reads a descriptor before the name, with or without a comma", () => {
    expect(typeOf("The deal went to European airframer Veltrano on Monday.", "Veltrano")).toBe("ORG");
    expect(typeOf("The order went to the aircraft manufacturer, Veltrano, last week.", "Veltrano")).toBe("ORG");
  });

  it("reads corporate words after the name or its possessive", () => {
    expect(typeOf("Quorvex chief executive Dana Mills resigned.", "Quorvex")).toBe("ORG");
    expect(typeOf("Investors sold Quorvex's shares on Friday.", "Quorvex")).toBe("ORG");
  });

  it("reads an appositive whose head describes a company", () => {
    expect(typeOf("Torvane Halstrom, the Nordic shipping group, cut 500 jobs.", "Torvane Halstrom")).toBe("ORG");
    expect(typeOf("Torvane Halstrom, Europe's biggest ferry company based in Oslo, grew.", "Torvane Halstrom")).toBe(
      "ORG",
    );
  });

  it("gives every mention of a name the type its surest mention has", () => {
    const text = "Brellick Dunmore opened a plant. Later Brellick Dunmore's shares rose as Brellick Dunmore grew.";
    const e = byMention(entitiesOf(text), "Brellick Dunmore");
    expect(e?.type).toBe("ORG");
    expect(e?.mentions).toHaveLength(3);
  });

  it("types a name coordinated with a sure organization as one", () => {
    expect(typeOf("The contract was fought between Xandor Pellum and Acme Corporation.", "Xandor Pellum")).toBe("ORG");
  });

  it("takes a capitalized word that recurs in mid-sentence for an organization, not one seen once", () => {
    expect(typeOf("Analysts said Zentrix would grow. Orders for Zentrix doubled.", "Zentrix")).toBe("ORG");
    expect(byMention(entitiesOf("Analysts said Zentrix would grow."), "Zentrix")).toBeUndefined();
  });

  it("reads an unknown name before a title as the title's organization", () => {
    const entities = entitiesOf("Quorvex Chief Executive Officer Dana Mills spoke.");
    expect(byMention(entities, "Quorvex")?.type).toBe("ORG");
    const person = byMention(entities, "Dana Mills");
    expect(person?.type).toBe("PERSON");
    expect(person?.roles[0]?.title).toBe("Chief Executive Officer");
  });

  it("takes 'Air' before a name for an airline but not 'Air and Missile Defense'", () => {
    expect(typeOf("Passengers of Air Lunaria waited.", "Air Lunaria")).toBe("ORG");
    expect(names("The Korean Air and Missile Defense system")).not.toContain("ORG:Korean Air");
  });
});

describe("where a name ends", () => {
  it("closes a company's name at its legal suffix", () => {
    expect(names("The founder of Quorvex Inc. Dana Mills died.")).toEqual(["ORG:Quorvex Inc.", "PERSON:Dana Mills"]);
  });

  it("splits an organization's name from the person named after it", () => {
    expect(names("Comments by Air Force Thomas Reyes were read.")).toEqual(["ORG:Air Force", "PERSON:Thomas Reyes"]);
  });

  it("keeps 'and' inside an organization's name when the head comes after it", () => {
    expect(names("She joined Northern Aeronautic Defence and Space Company in 2001.")).toEqual([
      "ORG:Northern Aeronautic Defence and Space Company",
    ]);
  });

  it("trims '-based' and reads the rest as a place", () => {
    const text = "They sold it to Port Elsworth-based investor Brisco.";
    const e = entitiesOf(text).find((x) => x.name === "Port Elsworth");
    expect(e?.type).toBe("GPE");
    expect(e?.mentions[0]).toMatchObject({ start: 16, end: 29 });
  });

  it("splits two names joined by a hyphen when the first is known, not a news agency's regional name", () => {
    expect(names("The Boeing-Air Force talks and Interfax-Ukraine reports")).toEqual([
      "ORG:Boeing",
      "ORG:Air Force",
      "ORG:Interfax-Ukraine",
    ]);
  });

  it("drops 'Flight' before a flight number and types a name before a model number as a product", () => {
    expect(names("The crash of Air Lunaria Flight 209 grounded the Halvard Trent 900 engines.")).toEqual([
      "ORG:Air Lunaria",
      "PRODUCT:Halvard Trent",
    ]);
  });
});

describe("never names", () => {
  it("skips currencies written with letters", () => {
    expect(names("It cost US$40 million, or AU$52 million, and $99 (USD) to join.")).toEqual([]);
  });

  it("skips abbreviations that are common nouns: time zones, units, devices, offices", () => {
    expect(names("At 18:00 UTC the 4GB model with an LCD screen went on TV, the CEO said.")).toEqual([]);
  });
});

describe("people", () => {
  it("takes a name with a common surname ending for a person", () => {
    expect(typeOf("Talks with Bohdan Kravchenko ended.", "Bohdan Kravchenko")).toBe("PERSON");
    expect(typeOf("Talks with Levan Gelashvili ended.", "Levan Gelashvili")).toBe("PERSON");
  });

  it("reads an appositive role without a determiner", () => {
    const person = byMention(entitiesOf("Arif Wiranto Sudarmo, minister of transport, spoke."), "Arif Wiranto Sudarmo");
    expect(person?.type).toBe("PERSON");
    expect(person?.roles[0]?.title).toBe("minister");
  });

  it("does not take a title's portfolio for its holder", () => {
    expect(names("Dana Mills, Canada's Minister of Industry, agreed.")).not.toContain("PERSON:Industry");
  });

  it("reads a headline's words as the names the body gives in full", () => {
    const text = "Quorvex cuts jobs\n\nInvestors sold Quorvex's shares after Quorvex said it would cut 900 jobs.";
    const e = byMention(entitiesOf(text), "Quorvex");
    expect(e?.type).toBe("ORG");
    expect(e?.mentions.map((m) => m.start)).toEqual([0, 34, 57]);
  });
});

describe("places", () => {
  it("types continents and world regions as places without a government", () => {
    expect(names("Sales fell in North America and the Middle East.")).toEqual(["LOC:North America", "LOC:Middle East"]);
  });

  it("names a place by its canonical spelling so that articles agree", () => {
    const e = byMention(entitiesOf("Exports from the UK rose."), "UK");
    expect(e?.name).toBe("United Kingdom");
    expect(e?.aliases).toContain("UK");
  });
});

describe("organizations in one article", () => {
  it("joins legal-form and plural variants of a company's name", () => {
    const text = "Grellan Motor Company grew. Grellan Motors Co said sales rose.";
    const e = byMention(entitiesOf(text), "Grellan Motor Company");
    expect(e?.mentions.map((m) => m.text)).toEqual(["Grellan Motor Company", "Grellan Motors Co"]);
  });

  it("joins a name without its closing head word and an acronym to its expansion, even in a headline", () => {
    const text =
      "GMX posts a loss\n\nGrand Mercia Exports (GMX) posted a loss. Its rival Tarsh Eastern Airlines grew, and Tarsh Eastern hired.";
    const entities = entitiesOf(text);
    expect(byMention(entities, "Grand Mercia Exports")?.mentions.map((m) => m.text)).toEqual([
      "GMX",
      "Grand Mercia Exports",
      "GMX",
    ]);
    expect(byMention(entities, "Tarsh Eastern")?.name).toBe("Tarsh Eastern Airlines");
  });
});
