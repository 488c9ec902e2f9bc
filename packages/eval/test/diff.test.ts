import { diffResults, formatDiff } from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { at, fixture } from "./helpers.js";

describe("diffResults", () => {
  const { perfect: before, text } = fixture("alpha");
  const beta = fixture("beta").perfect;

  it("finds nothing between a run and itself", () => {
    const d = diffResults([before, beta], [structuredClone(before), structuredClone(beta)]);
    expect(d.articles).toEqual([]);
    expect(formatDiff(d)).toContain("no differences");
  });

  it("reports added, lost and changed items per category, pairing moved boundaries", () => {
    const haddad = before.entities.find((e) => e.name === "Fernando Haddad");
    if (!haddad) throw new Error("fixture");
    const after = structuredClone(before);
    // an entity renamed (new id, same mentions), one mention lost
    const renamed = after.entities.find((e) => e.id === haddad.id);
    if (!renamed) throw new Error("fixture");
    Object.assign(renamed, { id: "person:haddad", name: "Haddad", mentions: renamed.mentions.slice(1) });
    // a quote's speaker changed; a new date; an amount's boundary moved and its value changed
    (after.quotes[0] as (typeof after.quotes)[number]).speaker = null;
    after.dates.push({ ...at(text, "end of March"), value: "2024-03", granularity: "month", relative: true });
    after.dates.splice(1, 1);
    const money = after.money[0] as (typeof after.money)[number];
    Object.assign(money, { ...at(text, "borrow $2.5 billion"), amount: 2.5e6 });
    after.published = { value: "2024-05-14", inferred: true, evidence: "Tuesday" };

    const d = diffResults([before, beta], [after]);
    expect(d.articles.map((a) => [a.id, a.status])).toEqual([
      ["alpha", "both"],
      ["beta", "lost"],
    ]);
    const changes = (d.articles[0]?.changes ?? []).map((c) => `${c.change} ${c.category} ${c.key} | ${c.detail}`);
    const span = (needle: string, n = 0) => `[${at(text, needle, n).start},${at(text, needle, n).end})`;
    expect(changes).toEqual([
      `changed entities person:haddad | id: ${haddad.id} -> person:haddad; name: Fernando Haddad -> Haddad; mentions: 2 -> 1`,
      `lost mentions ${span("Fernando Haddad")} | PERSON Fernando Haddad (name)`,
      `changed mentions ${span("Haddad", 1)} | entity: Fernando Haddad -> Haddad`,
      `changed quotes ${span("the government would borrow $2.5 billion from the World Bank")} | speaker: Fernando Haddad -> none`,
      `changed money ${span("borrow $2.5 billion")} | span: ${span("$2.5 billion")} "$2.5 billion" -> ${span("borrow $2.5 billion")} "borrow $2.5 billion"; amount: 2500000000 -> 2500000`,
      `changed dates ${span("end of March")} | span: ${span("the end of March")} "the end of March" -> ${span("end of March")} "end of March"; value: 2025-03 -> 2024-03`,
      "changed published published | value: 2024-05-15 -> 2024-05-14; inferred: false -> true",
    ]);
    expect(d.totals.mentions).toEqual({ added: 0, lost: 1, changed: 1 });

    const md = formatDiff(d, { oldName: "old.jsonl", newName: "new.jsonl" });
    expect(md).toContain("`old.jsonl` (2 articles) -> `new.jsonl` (1 articles): 2 article(s) differ");
    expect(md).toContain("| alpha | ~1 | -1 ~1 | ~1 | ~1 | ~1 | ~1 |");
    expect(md).toContain("| beta (article gone) |");
    expect(md).toContain("```diff\n! entities  person:haddad  ");
    expect(md).toContain("- mentions  [");
  });

  it("lists at most maxLines changes per article", () => {
    const after = structuredClone(before);
    after.dates = [];
    after.money = [];
    const md = formatDiff(diffResults([before], [after]), { maxLines: 2 });
    expect(md).toContain("... and 2 more");
  });
});
