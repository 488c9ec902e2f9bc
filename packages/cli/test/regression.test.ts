/**
 * The fixture regression test: the pipeline on fixtures/articles, scored against fixtures/gold, must keep
 * every headline figure of fixtures/baseline.json within 0.01. After an intended change, `pnpm baseline:update`
 * rewrites the baseline; its diff is reviewed like code.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  type Baseline,
  BaselineSchema,
  checkSurfaces,
  compareToBaseline,
  type EvalReport,
  formatBaselineCheck,
  goldToDocResult,
  loadEvalSet,
  makeBaseline,
} from "@newsgraph/eval";
import { extractArticle } from "@newsgraph/pipeline";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../src/commands/eval.js";

const FIXTURES = new URL("../../../fixtures/", import.meta.url).pathname;
const ARTICLES = `${FIXTURES}articles`;
const GOLD = `${FIXTURES}gold`;
const BASELINE = `${FIXTURES}baseline.json`;
// The broken-extractor check needs gold to lose; until fixtures/gold is written it uses the eval package's own.
const HAS_GOLD = readdirSync(GOLD).some((f) => f.endsWith(".gold.json"));
const CHECK_SET = HAS_GOLD
  ? { articles: ARTICLES, gold: GOLD }
  : (() => {
      const own = new URL("../../eval/test/fixtures/", import.meta.url).pathname;
      return { articles: `${own}articles`, gold: `${own}gold` };
    })();

const committed: Baseline | null = existsSync(BASELINE)
  ? BaselineSchema.parse(JSON.parse(readFileSync(BASELINE, "utf8")))
  : null;
let baseline: Baseline;
let report: EvalReport;

beforeAll(async () => {
  if (!committed) throw new Error(`${BASELINE} is missing: run \`pnpm baseline:update\``);
  baseline = committed;
  report = await evaluate({ articles: ARTICLES, gold: GOLD });
});

describe("fixtures regression", () => {
  it("scores the gold of every fixture the baseline scored", () => {
    expect(report.articles).toBe(baseline.articles);
  });

  it("has gold whose every surface string occurs in its article", async () => {
    const { items } = await loadEvalSet(ARTICLES, GOLD);
    const problems = items.flatMap((i) => checkSurfaces(i.gold, i.article.text, i.file));
    expect(problems).toEqual([]);
  });

  it("keeps every headline figure within 0.01 of fixtures/baseline.json", () => {
    const check = compareToBaseline(report.headline, baseline, report.articles);
    expect(check.ok, formatBaselineCheck(check)).toBe(true);
  });

  it("fails for a deliberately broken extractor (entities lost, amounts wrong) against a good one's baseline", async () => {
    // the good extractor returns the gold itself, so every figure has something to lose
    const good = await evaluate({
      ...CHECK_SET,
      extract: (article, item) => goldToDocResult(item.gold, article.text),
    });
    const broken = await evaluate({
      ...CHECK_SET,
      extract: (article, item) => {
        const r = goldToDocResult(item.gold, article.text);
        return { ...r, entities: [], money: r.money.map((m) => ({ ...m, amount: (m.amount ?? 0) * 10 })) };
      },
    });
    expect(good.articles).toBeGreaterThan(0);
    const check = compareToBaseline(broken.headline, makeBaseline(good), broken.articles);
    expect(check.ok).toBe(false);
    expect(check.drops.map((d) => d.figure)).toEqual(expect.arrayContaining(["entities.f1", "clusters.f1"]));
  });

  // Meaningful once the baseline has entity figures to lose (the extractors landed).
  it.skipIf((committed?.figures["entities.f1"] ?? 0) <= 0.01)(
    "fails the committed baseline when the pipeline's entity extractor is broken",
    async () => {
      const broken = await evaluate({
        articles: ARTICLES,
        gold: GOLD,
        extract: (article) => ({ ...extractArticle(article), entities: [] }),
      });
      const check = compareToBaseline(broken.headline, baseline, broken.articles);
      expect(check.drops.map((d) => d.figure)).toContain("entities.f1");
    },
  );
});
