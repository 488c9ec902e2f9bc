// The peers newsgraph is compared with, used plainly as a user would (default calls), each returning the spans it
// finds with offsets into the text, in the shape `peerDocResult` of @newsgraph/eval turns into a DocResult.
// Shared by scripts/compare.mjs (fixtures) and scripts/meantime.mjs (MEANTIME).
import { readFileSync, writeFileSync } from "node:fs";
import * as chrono from "chrono-node";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

nlp.plugin(datesPlugin);

const pad = (n) => String(n).padStart(2, "0");
const now = new Date();
/** Today as YYYY-MM-DD: the peers' reference date when an article's own is not given to them. */
export const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

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

/** ISO week of a YYYY-MM-DD day. */
function isoWeek(day) {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((date - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
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
    case "week":
      return isoWeek(start.slice(0, 10));
    default:
      return start.slice(0, 10);
  }
}

/** Articles on which compromise-dates threw (it does on a few): scored with no dates from it. */
export const failures = { "compromise-dates": 0 };

function compromiseDates(doc, text, reference) {
  try {
    return doc
      .dates({ today: reference })
      .json({ offset: true })
      .map((d) => ({ ...spanOf(d, text), value: compromiseDateValue(d) }));
  } catch {
    failures["compromise-dates"]++;
    return [];
  }
}

/**
 * compromise `.people()` (PERSON), `.organizations()` (ORG), `.places()` (GPE), `.quotations()`, `.money()` and
 * compromise-dates `.dates({ today: reference })`.
 */
export function compromisePeer(id, text, reference = today) {
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
    dates: compromiseDates(doc, text, reference),
  };
}

const wink = winkNLP(model);
/** wink-nlp's DATE and MONEY entities (its model has no person, organization or place types), spans only. */
export function winkPeer(id, text) {
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

/** chrono-node `parse(text, reference)`, each value at the granularity chrono is certain of. */
export function chronoPeer(id, text, reference = today) {
  const dates = chrono.parse(text, new Date(`${reference}T12:00:00`)).map((r) => {
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

/**
 * Puts `section` between `<!-- name:start -->` and `<!-- name:end -->` in a README, or, when the markers are
 * missing, under `heading` (added at the end when missing too). Returns false when there is no README.
 */
export function writeReadmeBlock(readmePath, name, section, heading) {
  let readme;
  try {
    readme = readFileSync(readmePath, "utf8");
  } catch {
    return false;
  }
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${section}\n${end}`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  let next;
  if (from >= 0 && to > from) next = `${readme.slice(0, from)}${block}${readme.slice(to + end.length)}`;
  else if (heading && readme.includes(`\n${heading}\n`)) {
    const at = readme.indexOf(`\n${heading}\n`) + heading.length + 2;
    next = `${readme.slice(0, at)}\n${block}\n${readme.slice(at)}`;
  } else next = `${readme.replace(/\s*$/, "")}\n\n${heading ? `${heading}\n\n` : ""}${block}\n`;
  writeFileSync(readmePath, next);
  return true;
}
