import { describe, expect, it } from "vitest";
import { entity, marked, quotes } from "./helpers.js";

describe("direct quotes and their speakers", () => {
  it("attributes a quote before the cue, and one after it", () => {
    const text = "“We are ready to talk,” Maria Lopez said on Friday. Tom Baker said: “The deal is off.”";
    const es = [entity(text, "PERSON", "Maria Lopez"), entity(text, "PERSON", "Tom Baker")];
    expect(marked(text, es)).toEqual([
      ["We are ready to talk,", "direct", "Maria Lopez"],
      ["The deal is off.", "direct", "Tom Baker"],
    ]);
  });

  it("reads the inverted order and keeps the cue span", () => {
    const text = "“Prices will fall,” said Anna Weber, an economist.";
    const q = quotes(text, [entity(text, "PERSON", "Anna Weber")]).quotes[0];
    expect(q?.speaker?.id).toBe("person:anna-weber");
    expect(q?.cue).toBe("said");
    expect(text.slice(q?.cueSpan?.start, q?.cueSpan?.end)).toBe("said");
  });

  it("makes one quote with parts of a quote broken by its attribution", () => {
    const text = "“We hope,” Lena Park said, “that the talks resume soon.”";
    const { quotes: qs } = quotes(text, [entity(text, "PERSON", "Lena Park")]);
    const direct = qs.filter((q) => q.kind !== "indirect");
    expect(direct).toHaveLength(1);
    expect(direct[0]?.parts?.map((p) => p.text)).toEqual(["We hope,", "that the talks resume soon."]);
    expect(direct[0]?.speaker?.name).toBe("Lena Park");
    for (const p of direct[0]?.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("resolves he/she to the last person named, and to the last speaker when quotes follow each other", () => {
    const text =
      "Omar Haddad, the union's lawyer, met the judge on Monday. “It was a fair hearing,” he said.\n" +
      "“We will appeal anyway,” he added of Judge Ruth Klein.";
    const es = [entity(text, "PERSON", "Omar Haddad"), entity(text, "PERSON", "Ruth Klein")];
    expect(marked(text, es).map((q) => q[2])).toEqual(["Omar Haddad", "Omar Haddad"]);
  });

  it("resolves a role noun to the person who holds the role", () => {
    const text =
      "Carla Diaz, a spokeswoman for the port, confirmed the delay. “Ships will wait two days,” the spokeswoman said.";
    expect(marked(text, [entity(text, "PERSON", "Carla Diaz")])).toEqual([
      ["Ships will wait two days,", "direct", "Carla Diaz"],
    ]);
  });

  it("resolves a role noun through the entity's roles", () => {
    const text = "Peter Olsen will visit Oslo. “We need more time,” the minister told reporters.";
    const olsen = entity(text, "PERSON", "Peter Olsen", ["Peter Olsen"], [{ title: "Finance Minister", of: "Norway" }]);
    const q = quotes(text, [olsen]).quotes.find((x) => x.kind === "direct");
    expect([q?.speaker?.id, q?.speaker?.via, q?.cue]).toEqual(["person:peter-olsen", "role", "told reporters"]);
  });

  it("records anonymous sources as such and never forces a name on them", () => {
    const text = "Jan Novak arrived late. “The plan is dead,” a senior official said. “No comment,” officials said.";
    const found = quotes(text, [entity(text, "PERSON", "Jan Novak")]).quotes.filter((q) => q.kind === "direct");
    expect(found.map((q) => [q.speaker?.name, q.speaker?.id, q.speaker?.via])).toEqual([
      ["a senior official", null, "anonymous"],
      ["officials", null, "anonymous"],
    ]);
  });

  it("lets an organization or a country speak", () => {
    const text = "“The report is wrong,” the Health Ministry said.";
    expect(marked(text, [entity(text, "ORG", "Health Ministry")])).toEqual([
      ["The report is wrong,", "direct", "Health Ministry"],
    ]);
  });
});

describe("partial, scare and title quotes", () => {
  it("gives a partial quote the subject of the sentence's speech verb", () => {
    const text = "Aiko Sato said the plan was “deeply flawed” and would fail.";
    expect(marked(text, [entity(text, "PERSON", "Aiko Sato")])).toEqual([["deeply flawed", "partial", "Aiko Sato"]]);
  });

  it("skips an aside between the speaker and the verb", () => {
    const text = "Ivan Petrov, in an interview with the Daily Post published Sunday, warned of “grave consequences.”";
    const es = [entity(text, "PERSON", "Ivan Petrov"), entity(text, "ORG", "Daily Post")];
    expect(marked(text, es)).toEqual([["grave consequences.", "partial", "Ivan Petrov"]]);
  });

  it("keeps a term held at a distance as a scare quote, without a speaker", () => {
    const text = "The company's “temporary” fee has now lasted five years.";
    expect(marked(text)).toEqual([["temporary", "scare", null]]);
  });

  it("reads a capitalized name of a thing as a title", () => {
    const text = "The navy ran an exercise called “Ocean Shield 24” near the coast.";
    expect(marked(text)).toEqual([["Ocean Shield 24", "title", null]]);
  });
});

describe("indirect speech", () => {
  it("captures '<named speaker> said (that) <clause>' and 'told <audience> that <clause>'", () => {
    const text =
      "Nina Berg said the bridge would reopen in May. Karl Ott told reporters that repairs were on schedule.";
    const es = [entity(text, "PERSON", "Nina Berg"), entity(text, "PERSON", "Karl Ott")];
    const found = quotes(text, es).quotes.filter((q) => q.kind === "indirect");
    expect(found.map((q) => [q.text, q.speaker?.name, q.cue])).toEqual([
      ["the bridge would reopen in May", "Nina Berg", "said"],
      ["repairs were on schedule", "Karl Ott", "told reporters"],
    ]);
  });

  it("finds no indirect speech without a speaker or a clause", () => {
    const text = "It is said to be cold. The minister said nothing.";
    expect(quotes(text).quotes.filter((q) => q.kind === "indirect")).toEqual([]);
  });
});

describe("robustness", () => {
  it("returns nothing for empty, markless or odd text, and keeps offsets exact", () => {
    for (const text of ["", "   ", "NO QUOTES HERE AT ALL.", "\u0000\u0001\u0002", "“", "”””“““", '""""']) {
      const { quotes: qs } = quotes(text);
      for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    expect(quotes("").quotes).toEqual([]);
  });

  it("does not let an unbalanced mark swallow the article", () => {
    const text = "Ali Khan said “we will never give up.\n\nThe vote is Monday. “It is close,” Ali Khan said.";
    const { quotes: qs, warnings } = quotes(text, [entity(text, "PERSON", "Ali Khan")]);
    expect(qs.filter((q) => q.kind !== "indirect").map((q) => q.text)).toEqual(["It is close,"]);
    expect(warnings.map((w) => w.code)).toContain("unbalanced-quote");
  });
});
