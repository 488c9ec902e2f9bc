import { describe, expect, it } from "vitest";
import { byMention, entitiesOf } from "./helpers.js";

const names = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}`);

describe("names and boundaries", () => {
  it("keeps offsets exact and leaves possessives and punctuation outside", () => {
    const text = "Officials in Japan’s capital met envoys from Brazil, Kenya and Peru.";
    const entities = entitiesOf(text);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(names(text)).toEqual(["GPE:Japan", "GPE:Brazil", "GPE:Kenya", "GPE:Peru"]);
  });

  it("joins the connectors of organizations' names and the particles of people's names", () => {
    const text =
      "The University of Tartu hosted the Ministry of Trade and Industry, and Ursula von der Leyen spoke later.";
    expect(names(text)).toEqual([
      "ORG:University of Tartu",
      "ORG:Ministry of Trade and Industry",
      "PERSON:Ursula von der Leyen",
    ]);
  });

  it("finds a sentence's first name but not a sentence's first common word", () => {
    expect(names("South Africa won. However, analysts doubted it. Opposition grew.")).toEqual(["GPE:South Africa"]);
  });

  it("rejoins names that the tokenizer splits at letters outside Latin-1", () => {
    // (and types them as places by "the port of", "the city of")
    expect(names("Ships left the port of Constanța for the city of Timișoara.")).toEqual([
      "GPE:Constanța",
      "GPE:Timișoara",
    ]);
  });

  it("keeps a possessive inside an institution's name but not after a place", () => {
    expect(names("Doctors at Lurie Children’s Hospital and Chile’s Ministry of Health agreed.")).toEqual([
      "ORG:Lurie Children’s Hospital",
      "GPE:Chile",
      "ORG:Ministry of Health",
    ]);
  });
});

describe("titles and roles", () => {
  it("splits a title off the name and keeps it as a role", () => {
    const [person] = entitiesOf("Finance Minister Amara Okafor said the budget was final.");
    expect(person?.name).toBe("Amara Okafor");
    expect(person?.type).toBe("PERSON");
    expect(person?.roles[0]).toMatchObject({ title: "Finance Minister", of: null });
  });

  it("reads a nationality before the title as the role's country", () => {
    const e = entitiesOf("Brazil and Mexican President Elena Torres met in Lima.");
    const person = byMention(e, "Elena Torres");
    expect(person?.roles[0]).toMatchObject({ title: "President", of: "Mexico" });
    expect(e.some((x) => x.name.includes("Mexican"))).toBe(false);
  });

  it("reads an organization before the title as its own entity and the role's owner", () => {
    const e = entitiesOf("NATO Secretary-General Mark Rutte arrived in Vilnius.");
    expect(e.map((x) => `${x.type}:${x.name}`)).toEqual(["ORG:NATO", "PERSON:Mark Rutte", "GPE:Vilnius"]);
    const rutte = byMention(e, "Mark Rutte");
    expect(rutte?.roles[0]).toMatchObject({ title: "Secretary-General", of: "NATO" });
    expect(rutte?.roles[0]?.ofId).toBe("org:nato");
  });

  it("takes a lower-case role noun between an organization and a name", () => {
    const e = entitiesOf("Ministry of Foreign Affairs spokeswoman Mao Ning told reporters on Friday.");
    const mao = byMention(e, "Mao Ning");
    expect(mao?.type).toBe("PERSON");
    expect(mao?.roles[0]).toMatchObject({ title: "spokeswoman", of: "Ministry of Foreign Affairs" });
  });

  it("reads an appositive role with its organization", () => {
    const e = entitiesOf("Maria Lopez, a senior analyst at the Institute for Fiscal Studies, said costs rose.");
    const lopez = byMention(e, "Maria Lopez");
    expect(lopez?.roles[0]).toMatchObject({ title: "senior analyst", of: "Institute for Fiscal Studies" });
    expect(byMention(e, "Institute for Fiscal Studies")?.type).toBe("ORG");
  });

  it("does not take titles, months or weekdays alone for people", () => {
    expect(names("The President said in June that the First Lady would travel on Monday.")).toEqual([]);
  });
});

describe("types", () => {
  it("types organizations by head noun, acronym and agency, places by gazetteer and context", () => {
    const text =
      "Reuters and the Hanseatic Shipping Corporation said the WTO ruling hit exports from Lagos, Nigeria, and the Kursk region.";
    expect(names(text)).toEqual([
      "ORG:Reuters",
      "ORG:Hanseatic Shipping Corporation",
      "ORG:WTO",
      "GPE:Lagos",
      "GPE:Nigeria",
      "GPE:Kursk",
    ]);
  });

  it("types nationalities used as nouns, but not as adjectives", () => {
    expect(names("The Ukrainians thanked Polish volunteers.")).toEqual(["NORP:Ukrainians"]);
  });

  it("types model designations and named systems as products", () => {
    const e = names("The army ordered K9 howitzers, more F-16 jets and the Iron Dome interceptors.");
    expect(e).toContain("PRODUCT:K9");
    expect(e).toContain("PRODUCT:F-16");
  });

  it("does not take capitalized common words for a person", () => {
    expect(
      names("Sign Up Now\n\nRead the Ballistic Missile Defense review.").filter((n) => n.startsWith("PERSON")),
    ).toEqual([]);
    expect(names("Read the Ballistic Missile Defense review.")).toEqual(["PRODUCT:Ballistic Missile Defense"]);
  });

  it("takes an East Asian name with a hyphenated given name for a person", () => {
    expect(names("Lee Jae-myung and Choi Sang-mok met.")).toEqual(["PERSON:Lee Jae-myung", "PERSON:Choi Sang-mok"]);
  });

  it("takes only known names from a headline", () => {
    expect(names("Grain Talks Stall In Brussels As Prices Slide\n\nTraders waited.")).toEqual(["GPE:Brussels"]);
  });
});

describe("clustering", () => {
  it("joins a surname, hyphen and spacing variants to the full name", () => {
    const e = entitiesOf("Lee Jae-myung spoke. Lee Jae Myung later left. Lee said more.");
    expect(e).toHaveLength(1);
    expect(e[0]?.name).toBe("Lee Jae-myung");
    expect(e[0]?.mentions.map((m) => m.via)).toEqual(["name", "name", "alias"]);
  });

  it("joins transliteration variants by edit distance", () => {
    const e = entitiesOf("Mykola Tochytskyi spoke. Mykola Tochytskiy left. Tochytsky returned.");
    expect(e).toHaveLength(1);
    expect(e[0]?.aliases.sort()).toEqual(["Mykola Tochytskiy", "Tochytsky"]);
  });

  it("joins variant spellings of places from the gazetteer", () => {
    const e = entitiesOf("Flights left Bombay. Mumbai said the roads were open.");
    expect(e).toHaveLength(1);
    expect(e[0]?.type).toBe("GPE");
  });

  it("joins an acronym to its expansion and to later uses", () => {
    const e = entitiesOf(
      "The International Atomic Energy Agency (IAEA) sent inspectors. The IAEA said the site was safe.",
    );
    expect(e).toHaveLength(1);
    expect(e[0]?.name).toBe("International Atomic Energy Agency");
    expect(e[0]?.mentions).toHaveLength(3);
  });

  it("joins a shorter form of an organization's name", () => {
    const e = entitiesOf("The Chilean Finance Ministry said so. The Finance Ministry added details.");
    expect(e.filter((x) => x.type === "ORG")).toHaveLength(1);
  });

  it("never merges two people who share a surname, and gives an ambiguous surname to neither", () => {
    const e = entitiesOf("Kim Jong Un met Kim Yo Jong. Kim said nothing.");
    const people = e.filter((x) => x.type === "PERSON");
    expect(people.map((p) => p.name)).toEqual(["Kim Jong Un", "Kim Yo Jong", "Kim"]);
    expect(people[0]?.mentions).toHaveLength(1);
    expect(people[1]?.mentions).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("returns nothing for empty, lower-case or symbol-only text", () => {
    expect(entitiesOf("")).toEqual([]);
    expect(entitiesOf("no capital letters anywhere in this text at all.")).toEqual([]);
    expect(entitiesOf("\u0000\u0001%%%$$$###")).toEqual([]);
  });

  it("skips lines in capitals and survives a long list of capitalized words", () => {
    expect(entitiesOf("BREAKING NEWS FROM THE WIRE TODAY")).toEqual([]);
    const list = Array.from({ length: 3000 }, (_, i) => `Alpha${i % 7 ? "" : "x"} Beta`).join(", ");
    const e = entitiesOf(list);
    expect(Array.isArray(e)).toBe(true);
    for (const x of e) for (const m of x.mentions) expect(list.slice(m.start, m.end)).toBe(m.text);
  });
});
