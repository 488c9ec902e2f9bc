import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DateMention } from "@newsgraph/core";
import {
  dayOfValue,
  formatTimeml,
  loadTimeml,
  plainTimex,
  predictedTimexes,
  readTml,
  scoreTimeml,
  TmlDirError,
  TmlFormatError,
} from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { at, result } from "./helpers.js";

const DATA = new URL("./data/timeml/", import.meta.url).pathname;
const harbour = () => readTml(readFileSync(join(DATA, "harbour.tml"), "utf8"), "harbour.tml", "harbour");

function date(span: { start: number; end: number; text: string }, extra: Partial<DateMention> = {}): DateMention {
  return { ...span, value: null, granularity: "day", relative: false, kind: "date", ...extra };
}

describe("readTml", () => {
  it("reads the text of <TEXT> without tags, every TIMEX3 in it with offsets into that text, and the creation time", () => {
    const doc = harbour();
    expect(doc.text).toContain("after three weeks of repairs & tests.");
    expect(doc.text).not.toContain("<");
    expect(doc.dct).toBe("2013-03-15");
    expect(doc.timexes.map((t) => t.tid)).toEqual(["t1", "t2", "t3", "t4", "t5", "t6"]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    const [friday, , every, , , quarter] = doc.timexes;
    expect(friday).toMatchObject({ text: "Friday", type: "DATE", value: "2013-03-15", anchorTimeID: "t0" });
    expect(every).toMatchObject({ type: "SET", value: "XXXX-XX-XXTMO", quant: "EVERY" });
    expect(quarter).toMatchObject({ value: "2013-Q2", mod: "START" });
  });

  it("takes the day of a creation time written as a time, and refuses a file without <TEXT>", () => {
    const quiet = readTml(readFileSync(join(DATA, "quiet.tml"), "utf8"), "quiet.tml", "quiet");
    expect(quiet.dct).toBe("1999-11-02");
    expect(quiet.timexes).toEqual([]);
    expect(dayOfValue("19980108")).toBe("1998-01-08");
    expect(dayOfValue("PRESENT_REF")).toBeNull();
    expect(() => readTml("<TimeML><DCT/></TimeML>", "x.tml", "x")).toThrow(TmlFormatError);
  });
});

describe("loadTimeml", () => {
  it("reads every .tml file under a folder once: a second file of the same name is skipped with a warning", async () => {
    const { docs, warnings } = await loadTimeml(DATA);
    expect(docs.map((d) => d.id)).toEqual(["harbour", "quiet"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/sub\/harbour\.tml: skipped/);
  });

  it("says so when a folder holds no .tml file", async () => {
    await expect(loadTimeml(mkdtempSync(join(tmpdir(), "tml-")))).rejects.toThrow(TmlDirError);
  });
});

describe("scoreTimeml", () => {
  it("scores as TempEval-3: relaxed by overlap, strict by extent, value and type F1 = accuracy x relaxed F1", () => {
    const doc = harbour();
    const text = doc.text;
    const dates: DateMention[] = [
      // strict match, right value and type
      date(at(text, "Friday"), { value: "2013-03-15", timex: { type: "DATE", value: "2013-03-15" } }),
      // relaxed only ("three weeks of" is wider), right value
      date(at(text, "three weeks of"), { kind: "duration", timex: { type: "DURATION", value: "P3W" } }),
      // strict, wrong value and type
      date(at(text, "Now"), { timex: { type: "DURATION", value: "P1D" } }),
      // false find
      date(at(text, "repairs"), { timex: { type: "DATE", value: "2013" } }),
    ];
    const r = scoreTimeml([{ doc, result: result({ id: "harbour", dates }) }]);
    expect(r).toMatchObject({ gold: 6, predicted: 4, matched: 3, strictMatched: 2, valueCorrect: 2, typeCorrect: 2 });
    expect(r.relaxed.precision).toBeCloseTo(3 / 4);
    expect(r.relaxed.recall).toBeCloseTo(3 / 6);
    expect(r.relaxed.f1).toBeCloseTo(0.6);
    expect(r.strict.f1).toBeCloseTo((2 * (2 / 4) * (2 / 6)) / (2 / 4 + 2 / 6));
    expect(r.valueF1).toBeCloseTo((2 / 3) * 0.6);
    expect(r.typeF1).toBeCloseTo((2 / 3) * 0.6);
    expect(r.byType.DATE).toEqual({ gold: 3, found: 2, valueCorrect: 1, typeCorrect: 1 });
    expect(r.byType.SET).toEqual({ gold: 1, found: 0, valueCorrect: 0, typeCorrect: 0 });
    const kinds = r.findings.map((f) => `${f.kind}:${f.text}`);
    expect(kinds).toContain("missed:every morning");
    expect(kinds).toContain("false:repairs");
    expect(kinds).toContain("wrong-value:Now");
    expect(kinds).toContain("extent:three weeks");
    expect(formatTimeml(r)).toMatch(/relaxed span\s+0\.750\s+0\.500\s+0\.600/);
  });

  it("reads a range as TimeML does, one TIMEX3 per end, when the date carries them", () => {
    const text = "from 1990 to 1995";
    const range = date(
      { start: 0, end: text.length, text },
      {
        kind: "range",
        value: "1990/1995",
        timexes: [
          { ...at(text, "1990"), type: "DATE", value: "1990" },
          { ...at(text, "1995"), type: "DATE", value: "1995" },
        ],
      },
    );
    expect(predictedTimexes(result({ dates: [range] })).map((t) => `${t.text}=${t.value}`)).toEqual([
      "1990=1990",
      "1995=1995",
    ]);
  });

  it("gives a date without `timex` its plain reading (older results, peers)", () => {
    const span = { start: 0, end: 1, text: "x" };
    expect(plainTimex(date(span, { value: "1990s", granularity: "decade" }))).toEqual({ type: "DATE", value: "199" });
    expect(plainTimex(date(span, { value: "2023-05-22T10:00", granularity: "time" }))).toEqual({
      type: "TIME",
      value: "2023-05-22T10:00",
    });
    expect(plainTimex(date(span, { kind: "duration", value: "P3W", duration: "P3W" }))).toEqual({
      type: "DURATION",
      value: "P3W",
    });
    expect(plainTimex(date(span, { value: null, partial: "XXXX-07-11" }))).toEqual({
      type: "DATE",
      value: "XXXX-07-11",
    });
  });
});

describe("meantimeView", () => {
  it("scores a range that carries its TimeML ends as those two dates, as MEANTIME annotates a range", async () => {
    const { meantimeView } = await import("@newsgraph/eval");
    const text = "between April and June";
    const range = date(
      { start: 0, end: text.length, text },
      {
        kind: "range",
        value: "2008-04/2008-06",
        granularity: "month",
        timexes: [
          { ...at(text, "April"), type: "DATE", value: "2008-04" },
          { ...at(text, "June"), type: "DATE", value: "2008-06" },
        ],
      },
    );
    const view = meantimeView(result({ dates: [range] }));
    expect(view.dates.map((d) => [d.text, d.value, d.kind])).toEqual([
      ["April", "2008-04", "date"],
      ["June", "2008-06", "date"],
    ]);
  });
});
