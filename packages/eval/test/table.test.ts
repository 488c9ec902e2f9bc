import { formatFinding, formatReport, scoreAll } from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { fixture } from "./helpers.js";

describe("formatReport", () => {
  const { gold, text, perfect } = fixture("alpha");
  const broken = { ...perfect, money: perfect.money.map((m) => ({ ...m, currency: "EUR" })), dates: [] };
  const report = scoreAll([{ result: broken, gold, text }]);

  it("prints one row per category with counts, P, R, F1 and value accuracy", () => {
    const out = formatReport(report);
    expect(out).toMatch(/^newsgraph eval: 1 article\(s\), micro-averaged/);
    expect(out).toMatch(/\nmoney\s+2\s+2\s+2\s+1\.000\s+1\.000\s+1\.000\s+amount 0\.000 \(0\/2\)\n/);
    expect(out).toMatch(/\ndates\s+2\s+0\s+0\s+-\s+0\.000\s+0\.000\s+ISO -\n/);
    expect(out).toContain("4 miss(es), false find(s) and wrong values: --verbose lists them with offsets");
    expect(out).not.toContain("Per article");
  });

  it("under verbose, lists the per-article figures and every finding with offsets", () => {
    const out = formatReport(report, { verbose: true });
    expect(out).toMatch(/\nalpha\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+0\.000\s+right\n/);
    const amount = text.indexOf("$2.5 billion");
    expect(out).toContain(
      `  money            wrong-value   [${amount},${amount + 12}) "$2.5 billion"  expected 2500000000 USD  got 2500000000 EUR from "$2.5 billion"`,
    );
    const tuesday = text.indexOf("Tuesday");
    expect(out).toContain(`dates            missed        [${tuesday},${tuesday + 7}) "Tuesday"  expected 2024-05-14`);
  });

  it("formats a publication date finding without offsets", () => {
    expect(
      formatFinding({ doc: "a", category: "published", kind: "wrong-value", start: 0, end: 0, text: "", got: "x" }),
    ).toBe('published        wrong-value   ""  got x');
  });
});
