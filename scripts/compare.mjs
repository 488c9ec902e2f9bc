// Scores newsgraph and plain peers (compromise + compromise-dates, wink-nlp, chrono-node) on the same gold
// through the same scorer (@newsgraph/eval), and prints them side by side. Run after `pnpm build`:
//   pnpm compare [--articles <dir>] [--gold <dir>] [--write-readme [--readme <file>]]
// --write-readme puts the table between <!-- compare:start --> and <!-- compare:end --> in README.md (the
// markers are added at its end when missing; without a README.md the table is only printed).
// The peers are used plainly, as a user would: default calls, today's date as their reference date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatComparison, loadEvalSet, peerDocResult, scoreAll } from "@newsgraph/eval";
import { extractArticle } from "@newsgraph/pipeline";
import * as chrono from "chrono-node";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

nlp.plugin(datesPlugin);

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "fixtures/articles" },
    gold: { type: "string", default: "fixtures/gold" },
    "write-readme": { type: "boolean", default: false },
    readme: { type: "string" },
  },
});
const root = new URL("../", import.meta.url);
const README = values.readme ?? new URL("README.md", root);
const START = "<!-- compare:start -->";
const END = "<!-- compare:end -->";

const now = new Date();
const pad = (n) => String(n).padStart(2, "0");
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

// ---- peers: each returns the spans it finds, with offsets into the text ----

/** compromise's currency words to ISO 4217 (compromise names currencies, the gold uses codes). */
const CURRENCY = {
  dollar: "USD",
  usd: "USD",
  $: "USD",
  euro: "EUR",
  eur: "EUR",
  "€": "EUR",
  pound: "GBP",
  gbp: "GBP",
  "£": "GBP",
  yen: "JPY",
  jpy: "JPY",
  "¥": "JPY",
  won: "KRW",
  krw: "KRW",
  "₩": "KRW",
  yuan: "CNY",
  rupee: "INR",
  ruble: "RUB",
  rouble: "RUB",
  hryvnia: "UAH",
  franc: "CHF",
  real: "BRL",
  reais: "BRL",
};

/** A compromise match's span; compromise attaches a term's trailing punctuation ("Bank."), which is trimmed. */
function spanOf(m, text) {
  const start = m.offset.start;
  let end = start + m.offset.length;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  return { start, end };
}

/** An ISO value at the granularity compromise-dates reports ("unit"). */
function compromiseDateValue(d) {
  const start = d?.dates?.start;
  if (typeof start !== "string") return null;
  switch (d.dates.unit) {
    case "month":
      return start.slice(0, 7);
    case "year":
      return start.slice(0, 4);
    case "week": {
      const date = new Date(`${start.slice(0, 10)}T00:00:00Z`);
      const day = (date.getUTCDay() + 6) % 7;
      date.setUTCDate(date.getUTCDate() - day + 3);
      const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
      const week = 1 + Math.round(((date - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
      return `${date.getUTCFullYear()}-W${pad(week)}`;
    }
    default:
      return start.slice(0, 10);
  }
}

function compromisePeer(id, text) {
  const doc = nlp(text);
  const typed = (view, type) => view.json({ offset: true }).map((m) => ({ ...spanOf(m, text), type }));
  return {
    id,
    entities: [...typed(doc.people(), "PERSON"), ...typed(doc.organizations(), "ORG"), ...typed(doc.places(), "GPE")],
    quotes: doc
      .quotations()
      .json({ offset: true })
      .map((m) => spanOf(m, text)),
    money: doc
      .money()
      .json({ offset: true })
      .map((m) => ({
        ...spanOf(m, text),
        amount: typeof m.money?.num === "number" ? m.money.num : null,
        currency: CURRENCY[String(m.money?.currency ?? "").toLowerCase()] ?? null,
      })),
    dates: doc
      .dates({ today })
      .json({ offset: true })
      .map((d) => ({ ...spanOf(d, text), value: compromiseDateValue(d) })),
  };
}

const wink = winkNLP(model);
/** wink-nlp's DATE and MONEY entities (it has no person or organization types), spans only. */
function winkPeer(id, text) {
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens().out(its.value);
  const starts = [];
  let cursor = 0;
  for (const t of tokens) {
    const at = text.indexOf(t, cursor);
    starts.push(at < 0 ? cursor : at);
    cursor = (at < 0 ? cursor : at) + t.length;
  }
  const money = [];
  const dates = [];
  doc.entities().each((e) => {
    const [first, last] = e.out(its.span);
    const span = { start: starts[first], end: starts[last] + tokens[last].length };
    const type = e.out(its.type);
    if (type === "MONEY") money.push({ ...span, amount: null, currency: null });
    if (type === "DATE") dates.push({ ...span, value: null });
  });
  return { id, money, dates };
}

/** chrono-node's dates, resolved against today, at the granularity chrono is certain of. */
function chronoPeer(id, text) {
  const dates = chrono.parse(text, now).map((r) => {
    const s = r.start;
    const y = s.get("year");
    const m = pad(s.get("month"));
    const value =
      s.isCertain("day") || s.isCertain("weekday")
        ? `${y}-${m}-${pad(s.get("day"))}`
        : s.isCertain("month")
          ? `${y}-${m}`
          : s.isCertain("year")
            ? String(y)
            : `${y}-${m}-${pad(s.get("day"))}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
  return { id, dates };
}

// ---- score every system through the same scorer ----

const { items, warnings } = await loadEvalSet(values.articles, values.gold);
if (items.length === 0) {
  console.error(`compare: no gold files in ${values.gold}; nothing to score`);
  process.exit(1);
}
for (const w of warnings) console.error(`warning: ${w}`);

const score = (toResult) =>
  scoreAll(items.map((item) => ({ result: toResult(item), gold: item.gold, text: item.article.text })));
const peer = (fn) => (item) => peerDocResult(fn(item.gold.doc, item.article.text), item.article.text);

const systems = [
  { name: "newsgraph", report: score((item) => extractArticle(item.article)) },
  {
    name: "compromise + compromise-dates",
    report: score(peer(compromisePeer)),
    categories: ["entities", "entities.PERSON", "entities.ORG", "entities.GPE", "clusters", "quotes", "money", "dates"],
    values: ["money", "dates"],
  },
  { name: "wink-nlp", report: score(peer(winkPeer)), categories: ["money", "dates"], values: [] },
  { name: "chrono-node", report: score(peer(chronoPeer)), categories: ["dates"], values: ["dates"] },
];

const table = formatComparison(systems);
const section = [
  `Scored by \`pnpm compare\` (scripts/compare.mjs) on ${items.length} articles of ${values.articles} against ${values.gold}, on ${today}, every system through the same scorer (@newsgraph/eval; rules in packages/eval/README.md). Cells: F1 (precision/recall); accuracy (right/checked); n/a: the system does not attempt it.`,
  "",
  table,
  "",
  "The peers are used plainly, as a user would: compromise `nlp(text)` `.people()` (PERSON), `.organizations()` (ORG), `.places()` (all counted as GPE; the trailing punctuation compromise attaches to a match is trimmed), `.money()`, `.quotations()`, and compromise-dates `.dates({ today })`; wink-nlp's entities of type MONEY and DATE (its model has no person, organization or place types, and gives no amounts or ISO values); chrono-node `parse(text, today)`. The peers resolve relative dates against today, newsgraph against the article's publication date (given or inferred). Peer entities are clustered by identical text.",
].join("\n");

process.stdout.write(`${section}\n`);

if (values["write-readme"]) {
  if (!existsSync(README)) {
    console.error("compare: README.md does not exist yet; the table was only printed");
  } else {
    const readme = readFileSync(README, "utf8");
    const block = `${START}\n${section}\n${END}`;
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    const next =
      from >= 0 && to > from
        ? `${readme.slice(0, from)}${block}${readme.slice(to + END.length)}`
        : `${readme.replace(/\s*$/, "")}\n\n${block}\n`;
    writeFileSync(README, next);
    console.error("compare: README.md updated");
  }
}
