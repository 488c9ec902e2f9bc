import { describe, expect, it } from "vitest";
import { one, valueIn } from "./helpers.js";

const MONDAY = "2023-05-22";
const THURSDAY = "2023-05-25";

describe("a weekday without a date reads the tense of its sentence", () => {
  it("past: the most recent such day, the reference day included", () => {
    expect(valueIn("The minister met Yoon on Monday.", "Monday", THURSDAY)).toBe("2023-05-22");
    expect(valueIn("The minister met Yoon on Thursday.", "Thursday", THURSDAY)).toBe("2023-05-25");
    expect(valueIn("The ministry agreed Wednesday to provide aid.", "Wednesday", MONDAY)).toBe("2023-05-17");
    expect(valueIn("Rudenko said Sunday that ties would suffer.", "Sunday", MONDAY)).toBe("2023-05-21");
  });

  it("future: the next such day", () => {
    expect(valueIn("The minister will meet Yoon on Monday.", "Monday", THURSDAY)).toBe("2023-05-29");
    expect(valueIn("The delegation plans to meet officials on Wednesday.", "Wednesday", MONDAY)).toBe("2023-05-24");
    expect(valueIn("The vote is scheduled for Friday.", "Friday", MONDAY)).toBe("2023-05-26");
    expect(valueIn("Officials are expected to sign the deal on Friday.", "Friday", MONDAY)).toBe("2023-05-26");
    expect(valueIn("He is meeting the president on Friday.", "Friday", MONDAY)).toBe("2023-05-26");
  });

  it("reads a lead such as 'as early as' before the verb", () => {
    expect(valueIn("The talks could start as early as Wednesday, sources said.", "Wednesday", MONDAY)).toBe(
      "2023-05-24",
    );
  });

  it("says in its note which word decided", () => {
    expect(one("Jeon told reporters Monday that aid would follow.", "Monday", MONDAY).note).toMatch(
      /past tense: "told"/,
    );
    expect(one("Yoon will travel to Paris on Friday.", "Friday", MONDAY).note).toMatch(/future tense: "will"/);
  });
});

describe("a month or a day without a year reads the tense too", () => {
  it("past: the latest occurrence on or before the reference", () => {
    expect(valueIn("The treaty was signed on June 19.", "June 19", "2024-07-11")).toBe("2024-06-19");
    expect(valueIn("The treaty was signed on December 19.", "December 19", "2024-07-11")).toBe("2023-12-19");
  });

  it("future: the first occurrence on or after the reference", () => {
    expect(valueIn("The summit will be held on June 19.", "June 19", "2024-07-11")).toBe("2025-06-19");
    expect(valueIn("The summit will be held in September.", "September", "2024-07-11")).toBe("2024-09");
  });

  it("no tense cue: the nearest occurrence", () => {
    expect(valueIn("Deadline: January 5.", "January 5", "2024-12-20")).toBe("2025-01-05");
  });
});
