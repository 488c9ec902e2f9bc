import { parse, type Role } from "@newsgraph/core";
import { describe, expect, it } from "vitest";
import { groupMentions } from "../src/group.js";
import type { TypedMention } from "../src/types.js";

/** Person mentions of `names` in `text` (each the first occurrence after the previous), with titles where given. */
function mentionsOf(text: string, names: (string | [string, string])[]): TypedMention[] {
  let from = 0;
  return names.map((n) => {
    const [name, title] = typeof n === "string" ? [n, undefined] : n;
    const start = text.indexOf(name, from);
    from = start + name.length;
    const roles: Role[] = title ? [{ title, of: null }] : [];
    return { start, end: start + name.length, text: name, type: "PERSON", roles, confidence: 0.9 };
  });
}
const group = (text: string, names: (string | [string, string])[]) =>
  groupMentions(parse(text), mentionsOf(text, names)).map((e) => [e.name, ...e.aliases].sort());

describe("in-article clustering with the shared identity rules (invented names)", () => {
  it("keeps a prince apart from a Mr who shares his first name", () => {
    const text = "Prince Alderic met Mr Alderic Vantongeren. Alderic left.";
    const clusters = group(text, [
      ["Alderic", "Prince"],
      ["Alderic Vantongeren", "Mr"],
      ["Alderic", "Prince"],
    ]);
    expect(clusters).toContainEqual(["Alderic"]);
    expect(clusters).toContainEqual(["Alderic Vantongeren"]);
  });

  it("does not join a Mr to a full name with a woman's given name", () => {
    const text = "Marisol Quenby spoke. Mr. Quenby declined.";
    expect(group(text, ["Marisol Quenby", ["Quenby", "Mr."]])).toHaveLength(2);
    expect(group(text.replace("Mr.", "Mrs."), ["Marisol Quenby", ["Quenby", "Mrs."]])).toHaveLength(1);
  });

  it("gives a later Mr. another cluster than the woman an earlier bare surname joined", () => {
    const text = "Marisol Quenby spoke. Quenby smiled. Mr. Quenby declined.";
    const clusters = group(text, ["Marisol Quenby", "Quenby", ["Quenby", "Mr."]]);
    expect(clusters).toEqual([["Marisol Quenby", "Quenby"], ["Quenby"]]);
  });

  it("joins a surname's spelling variant in prose, never in a list of names", () => {
    const prose = "Shane Horgath scored. Later Horgat went off.";
    expect(group(prose, ["Shane Horgath", "Horgat"])).toEqual([["Horgat", "Shane Horgath"]]);
    const sheet = "Shane Horgath scored. Team: Dempsey, Horgat, Kearney.";
    expect(group(sheet, ["Shane Horgath", "Dempsey", "Horgat", "Kearney"])).toHaveLength(4);
  });

  it("keeps names differing in their last letter apart (the shared Maria/Mario guard)", () => {
    const text = "Sandro Marcelo spoke. Later Marcela said no.";
    expect(group(text, ["Sandro Marcelo", "Marcela"])).toHaveLength(2);
  });
});
