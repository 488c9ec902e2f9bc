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

describe("tense and aspect from the sentence", () => {
  const FRIDAY = "1989-10-27";
  it("a term or a deadline lies ahead of the telling: the nearest occurrence, even in a past sentence", () => {
    expect(valueIn("The partnership extended to Nov. 20 its offer.", "Nov. 20", "1989-11-02")).toBe("1989-11-20");
    expect(valueIn("Directors authorized a split, payable Dec. 7.", "Dec. 7", FRIDAY)).toBe("1989-12-07");
    expect(valueIn("The court ordered that he remain in Miami until March 6.", "March 6", "2000-01-15")).toBe(
      "2000-03-06",
    );
  });

  it("an infinitive takes its time from its governor: ahead with 'is due to', else the nearest", () => {
    expect(valueIn("The report is due to be published in May.", "May", "2013-03-15")).toBe("2013-05");
    expect(valueIn("Thermo agreed to purchase the line for $22 million in February.", "February", "1989-10-30")).toBe(
      "1990-02",
    );
  });

  it("a present passive is present, not past: the nearest", () => {
    expect(valueIn("The case is heard in May in the appeals court.", "May", "2000-03-29")).toBe("2000-05");
  });

  it("'would' and 'could' put a weekday nearest the reference date, not a week ahead", () => {
    expect(valueIn("The father would be traveling to the United States Thursday.", "Thursday", "2000-04-05")).toBe(
      "2000-04-06",
    );
    expect(valueIn("Neither could be located Wednesday in Cardenas.", "Wednesday", "2000-01-06")).toBe("2000-01-05");
  });

  it("the possessive 's is not 'is', and quotation marks end the clause", () => {
    expect(valueIn("Syria's contingent arriving Tuesday was small.", "Tuesday", "1990-08-15")).toBe("1990-08-14");
    expect(valueIn("McCurry said Friday ``I want to be absolutely clear.''", "Friday", "1998-02-06")).toBe(
      "1998-02-06",
    );
  });

  it("the nearest verb decides, on either side", () => {
    expect(
      valueIn(
        "Elian will remain here even after a court Thursday refused to order a hearing.",
        "Thursday",
        "2000-06-01",
      ),
    ).toBe("2000-06-01");
  });

  it("a future weekday that is the reference day is that day (news names today by its weekday)", () => {
    expect(valueIn("The monarch will meet Bush on Thursday.", "Thursday", THURSDAY)).toBe(THURSDAY);
  });
});
