import {
  type Baseline,
  compareToBaseline,
  formatBaselineCheck,
  formatBaselineJson,
  makeBaseline,
  scoreAll,
} from "@newsgraph/eval";
import { describe, expect, it } from "vitest";
import { fixture } from "./helpers.js";

const base = (figures: Baseline["figures"]): Baseline => ({ articles: 2, figures });

describe("compareToBaseline", () => {
  it("fails a figure more than 0.01 below its baseline, not one at 0.01", () => {
    const b = base({ "entities.f1": 0.5, "money.f1": 0.5, "dates.f1": 0.5 });
    const check = compareToBaseline({ "entities.f1": 0.49, "money.f1": 0.4899, "dates.f1": 0.7 }, b, 2);
    expect(check.ok).toBe(false);
    expect(check.drops.map((d) => d.figure)).toEqual(["money.f1"]);
    expect(check.gains.map((d) => d.figure)).toEqual(["dates.f1"]);
    expect(formatBaselineCheck(check)).toContain("DROP  money.f1: 0.5000 -> 0.4899");
  });

  it("counts a figure that became null as 0, skips null baselines, fails missing figures", () => {
    const check = compareToBaseline(
      { "quotes.f1": null, "money.f1": 0 },
      base({ "quotes.f1": 0.3, "money.f1": null, "x.f1": 0 }),
      2,
    );
    expect(check.drops.map((d) => d.figure)).toEqual(["quotes.f1"]);
    expect(check.missing).toEqual(["x.f1"]);
    expect(compareToBaseline({ "quotes.f1": null }, base({ "quotes.f1": 0.005 }), 2).ok).toBe(true);
  });

  it("catches a deliberately broken extractor against the baseline of a good one", () => {
    const items = (["alpha", "beta"] as const).map((id) => fixture(id));
    const good = scoreAll(items.map((i) => ({ result: i.perfect, gold: i.gold, text: i.text })));
    const baseline = makeBaseline(good);
    expect(compareToBaseline(good.headline, baseline, good.articles).ok).toBe(true);

    // broken: the entities of one article lost, and every amount off by a factor of 1000
    const broken = scoreAll(
      items.map((i, k) => ({
        result: {
          ...i.perfect,
          entities: k === 0 ? [] : i.perfect.entities,
          money: i.perfect.money.map((m) => ({ ...m, amount: (m.amount ?? 0) / 1000 })),
        },
        gold: i.gold,
        text: i.text,
      })),
    );
    const check = compareToBaseline(broken.headline, baseline, broken.articles);
    expect(check.ok).toBe(false);
    // (speakers still name the right person: the speaker's own name stands in for a missing entity)
    expect(check.drops.map((d) => d.figure)).toEqual(["entities.f1", "clusters.f1", "money.accuracy"]);
  });

  it("writes figures rounded to 4 decimals and the counts behind every row", () => {
    const { gold, text, perfect } = fixture("beta");
    const b = makeBaseline(scoreAll([{ result: { ...perfect, dates: perfect.dates.slice(1) }, gold, text }]));
    expect(b.figures["dates.f1"]).toBe(0.6667);
    expect(b.counts?.dates).toEqual({
      gold: 2,
      predicted: 1,
      matchedGold: 1,
      matchedPredicted: 1,
      valueChecked: 1,
      valueCorrect: 1,
    });
  });
});

describe("formatBaselineJson", () => {
  it("writes one figure and one category a line, and reads back to the same baseline", () => {
    const { gold, text, perfect } = fixture("alpha");
    const b = makeBaseline(scoreAll([{ result: perfect, gold, text }]));
    const out = formatBaselineJson(b);
    expect(JSON.parse(out)).toEqual(b);
    expect(out).toContain('\n    "entities.f1": 1,\n');
    expect(out).toContain(
      '\n    "money": {"gold": 2, "predicted": 2, "matchedGold": 2, "matchedPredicted": 2, "valueChecked": 2, "valueCorrect": 2},\n',
    );
  });
});
