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
 * equivalent of an amount in that currency; else its strong default ("$" -> USD); else the one candidate
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
    const decide = (c: Candidate): { code: string | null; inferred: boolean } => {
      const r = c.reading;
      if (r.options.length === 1) return { code: r.options[0] ?? null, inferred: false };
      if (r.qualified) return { code: r.fallback, inferred: false };
      const partner = partnerOf.get(c);
      const partnerCode = partner && partner.reading.options.length === 1 ? partner.reading.options[0] : undefined;
      const options = r.options.filter((o) => o !== partnerCode);
      const decl = declared.find((d) => options.includes(d));
      if (decl) return { code: decl, inferred: true };
      if (r.fallback && said.has(r.fallback)) return { code: r.fallback, inferred: true };
      // another currency of the same kind ("Australian dollars" for "$", not "Mexican pesos"); for a sign
      // shared by two currencies only (¥: yen and yuan), either
      const sameKind = (o: string) =>
        r.options.length <= 2 || !r.fallback || context.lex.noun(o) === context.lex.noun(r.fallback);
      const stated = options.filter((o) => said.has(o) && sameKind(o));
      if (stated.length === 1) return { code: stated[0] ?? null, inferred: true };
      if (r.fallback && r.strong && options.includes(r.fallback)) return { code: r.fallback, inferred: true };
      const country = namedCountry(options, context);
      if (country) return { code: country, inferred: true };
      return { code: r.fallback && options.includes(r.fallback) ? r.fallback : null, inferred: true };
    };
    const decided = candidates.map((c) => ({ c, ...decide(c) }));
    // what the article's other amounts settle on, for word-like nouns without a scale ("500 pounds")
    const settled = new Set(decided.filter((d) => !d.c.weak && d.code).map((d) => d.code));
    const out: Candidate[] = [];
    for (const { c, code, inferred } of decided) {
      if (c.weak && (!code || !settled.has(code))) continue;
      c.currency = code;
      c.currencyInferred = inferred;
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
