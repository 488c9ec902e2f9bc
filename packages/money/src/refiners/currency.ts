import type { Candidate, RefineContext, Refiner } from "../candidate.js";
import { clean } from "../numbers.js";
import { nameAfter } from "../parsers/suffix-name.js";

// "All figures in Australian dollars", "amounts are in US dollars unless stated otherwise"
const DECLARATION =
  /\b(?:figures|amounts|prices|values|sums|numbers|dollar figures|dollar amounts)[ \u00a0]+(?:(?:are|is|quoted|given|shown|expressed|stated|reported)[ \u00a0]+)*in(?=[ \u00a0])/gi;

/** Currencies the article states outright: by a declaration, or by amounts written unambiguously. */
function plainCurrencies(
  candidates: Candidate[],
  { text, lex }: RefineContext,
): { declared: string[]; said: Set<string> } {
  const declared: string[] = [];
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(text); m; m = DECLARATION.exec(text)) {
    const name = nameAfter(text, m.index + m[0].length, lex);
    const reading = name && lex.name(name.form);
    const code = reading && reading.options.length === 1 ? reading.options[0] : undefined;
    if (code) declared.push(code);
  }
  const said = new Set<string>(declared);
  for (const c of candidates) {
    const only = c.reading.options.length === 1 ? c.reading.options[0] : undefined;
    if (only && !c.weak) said.add(only);
    // "($1 = 1.35 Canadian dollars)": an exchange-rate note fixes what the bare sign means
    if (!only && c.reading.fallback && /^[ \u00a0]*=/.test(text.slice(c.end, c.end + 3))) said.add(c.reading.fallback);
  }
  return { declared, said };
}

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How often the article names each option's country or its people ("Canada", "Canadian"; cities do not count). */
function countryMentions(options: readonly string[], { text, lex }: RefineContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of options) {
    let n = 0;
    for (const w of new Set(lex.countryWords(code))) {
      const re = new RegExp(`(?<![\\p{L}])${escapeRegex(w)}(?![\\p{L}])`, "gu");
      n += text.match(re)?.length ?? 0;
    }
    counts.set(code, n);
  }
  return counts;
}

/**
 * The country evidence for a shared sign ("$"): the option whose country the article names most, when it names it
 * at least three times and more than twice as often as the usual reading's country; with a confidence from how clear the
 * evidence is.
 */
function byCountry(
  options: readonly string[],
  fallback: string,
  context: RefineContext,
): { code: string; confidence: number } | null {
  const counts = countryMentions(options, context);
  let best: string | null = null;
  for (const [code, n] of counts) if (code !== fallback && n > (best ? (counts.get(best) ?? 0) : 0)) best = code;
  if (!best) return null;
  const n = counts.get(best) ?? 0;
  const usual = counts.get(fallback) ?? 0;
  if (n < 3 || n <= 2 * usual) return null;
  return { code: best, confidence: usual === 0 ? 0.75 : 0.65 };
}

/** Options among `options` whose country (or its people) the article names, when exactly one is named. */
function namedCountry(options: readonly string[], { text, lex }: RefineContext): string | null {
  const named = options.filter((code) =>
    lex.countryWords(code).some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text)),
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Decides each amount's currency. A form with one reading ("US$", "KRW", "Korean won" aside) is that
 * currency. A shared sign or noun ("$", "dollars", "¥", "won") takes, in order: the currency a declaration
 * names ("All figures in Australian dollars"); the default when the article states it outright somewhere
 * ("US$", "USD", "U.S. dollars", a "$1 = ..." rate note); else the one other candidate of the same kind the
 * article states outright ("A$", "Australian dollars" and no US dollar anywhere), unless this amount is stated as an
 * equivalent of an amount in that currency; else the country the article names most for a sign with a strong default
 * (three times at least, more than twice as often as the default's: "$" in a story about a Canadian company in Canada is
 * CAD); else its strong default ("$" -> USD); else the one candidate
 * whose country the article names ("rupees" in an article naming Pakistan); else the weak default.
 * Word-like nouns without a scale ("500 pounds") are kept only when another amount of the article is in
 * that currency ("£5 million ... 500 pounds"). Minor units ("50 cents") are converted to the currency's units here.
 */
export const resolveCurrency: Refiner = {
  name: "resolve-currency",
  refine(candidates, context) {
    const { declared, said } = plainCurrencies(candidates, context);
    const partnerOf = new Map<Candidate, Candidate>();
    for (const c of candidates) {
      if (c.equivalentOf) {
        partnerOf.set(c, c.equivalentOf);
        partnerOf.set(c.equivalentOf, c);
      }
    }
    const byCountryCache = new Map<string, { code: string; confidence: number } | null>();
    const decide = (c: Candidate): { code: string | null; inferred: boolean; confidence: number } => {
      const r = c.reading;
      if (r.options.length === 1) return { code: r.options[0] ?? null, inferred: false, confidence: 1 };
      if (r.qualified) return { code: r.fallback, inferred: false, confidence: 0.98 };
      const partner = partnerOf.get(c);
      const partnerCode = partner && partner.reading.options.length === 1 ? partner.reading.options[0] : undefined;
      const options = r.options.filter((o) => o !== partnerCode);
      const decl = declared.find((d) => options.includes(d));
      if (decl) return { code: decl, inferred: true, confidence: 0.95 };
      if (r.fallback && said.has(r.fallback)) return { code: r.fallback, inferred: true, confidence: 0.9 };
      // another currency of the same kind ("Australian dollars" for "$", not "Mexican pesos"); for a sign
      // shared by two currencies only (¥: yen and yuan), either
      const sameKind = (o: string) =>
        r.options.length <= 2 || !r.fallback || context.lex.noun(o) === context.lex.noun(r.fallback);
      const stated = options.filter((o) => said.has(o) && sameKind(o));
      if (stated.length === 1) return { code: stated[0] ?? null, inferred: true, confidence: 0.85 };
      // the article's country evidence ("$" in a story about a Canadian company in Canada), before the usual reading
      if (r.fallback && r.strong && options.includes(r.fallback)) {
        const key = `${r.form}|${options.join(",")}`;
        if (!byCountryCache.has(key)) byCountryCache.set(key, byCountry(options.filter(sameKind), r.fallback, context));
        const evidence = byCountryCache.get(key);
        if (evidence) return { code: evidence.code, inferred: true, confidence: evidence.confidence };
        return { code: r.fallback, inferred: true, confidence: 0.8 };
      }
      const country = namedCountry(options, context);
      if (country) return { code: country, inferred: true, confidence: 0.7 };
      const weak = r.fallback && options.includes(r.fallback) ? r.fallback : null;
      return { code: weak, inferred: true, confidence: weak ? 0.6 : 0 };
    };
    const decided = candidates.map((c) => ({ c, ...decide(c) }));
    // what the article's other amounts settle on, for word-like nouns without a scale ("500 pounds")
    const settled = new Set(decided.filter((d) => !d.c.weak && d.code).map((d) => d.code));
    const out: Candidate[] = [];
    for (const { c, code, inferred, confidence } of decided) {
      if (c.weak && (!code || !settled.has(code))) continue;
      c.currency = code;
      c.currencyInferred = inferred;
      c.currencyConfidence = confidence;
      if (c.reading.minor && c.value !== null) {
        const scale = 10 ** -(code ? (context.lex.digits.get(code) ?? 2) : 2);
        c.value = clean(c.value * scale);
        if (c.max !== null) c.max = clean(c.max * scale);
      }
      out.push(c);
    }
    // a dropped amount cannot be the first of an equivalence
    const kept = new Set(out);
    for (const c of out) if (c.equivalentOf && !kept.has(c.equivalentOf)) c.equivalentOf = null;
    return out;
  },
};
