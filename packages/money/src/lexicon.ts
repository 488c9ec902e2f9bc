import { data as iso4217 } from "currency-codes";
import { CLDR_CURRENCIES } from "./data/cldr-currencies.js";
import {
  ADJECTIVE_ONLY_NOUNS,
  ADJECTIVE_VARIANTS,
  CODE_ALIASES,
  COUNTRY_WORD_ADDITIONS,
  DEFAULTS,
  EXCLUDED_CODES,
  LETTER_SYMBOLS,
  MINOR_UNITS,
  NAME_ALIASES,
  NOUN_VARIANTS,
  SYMBOL_ADDITIONS,
  SYMBOL_OVERRIDES,
  SYMBOL_SPELLINGS,
  WORD_LIKE_CODES,
  WORD_LIKE_NOUNS,
} from "./data/currency-extras.js";

/** How one written currency form (symbol, code or name) reads. */
export interface Reading {
  /** the written form, as the lexicon keys it */
  form: string;
  /** every currency the form may mean (ISO 4217 codes) */
  options: readonly string[];
  /** what it means when the article says nothing else; null when nothing is usual */
  fallback: string | null;
  /** a strong fallback holds against mere mentions of a country (see resolve-currency) */
  strong: boolean;
  /** an ordinary English word too ("won", "pounds"): read as money only with a scale or grouped digits */
  wordLike: boolean;
  /** a country adjective narrows the name to its usual reading ("Korean won": South Korean, not North) */
  qualified: boolean;
  /** a minor unit ("cents"): the number counts hundredths (10^-digits) of the currency */
  minor: boolean;
}

/** Everything the parsers look currencies up in, built once from the data files. */
export interface Lexicon {
  /** minor-unit digits of every usable ISO 4217 code */
  digits: ReadonlyMap<string, number>;
  /** symbols read before a number, longest first */
  prefixSymbols: readonly string[];
  /** symbols read after a number, longest first */
  suffixSymbols: readonly string[];
  symbol(form: string): Reading | undefined;
  /** an upper-case code ("USD", "RMB"); word-like codes ("ALL") are not codes here */
  code(form: string): Reading | undefined;
  /** a currency name ("Korean won", "dollars"), any case */
  name(phrase: string): Reading | undefined;
  /** the most words a name has */
  maxNameWords: number;
  /** the currency's noun in CLDR's plural ("dollars" for AUD, "pesos" for MXN) */
  noun(code: string): string | undefined;
  /** words that name a country using the currency, or its people ("Mexico", "Mexican") */
  countryWords(code: string): readonly string[];
}

const normalize = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

function reading(form: string, options: Iterable<string>, fallbackKey: string, minor = false): Reading {
  const list = [...new Set(options)].sort();
  const preferred = DEFAULTS[fallbackKey];
  const only = list.length === 1 ? (list[0] ?? null) : null;
  const fallback = only ?? (preferred && list.includes(preferred.code) ? preferred.code : null);
  return {
    form,
    options: list,
    fallback,
    strong: only !== null || preferred?.strong === true,
    wordLike: WORD_LIKE_NOUNS.includes(form),
    qualified: false,
    minor,
  };
}

function build(): Lexicon {
  const excluded = new Set(EXCLUDED_CODES);
  const digits = new Map<string, number>();
  const countries = new Map<string, string[]>();
  for (const record of iso4217) {
    if (excluded.has(record.code)) continue;
    digits.set(record.code, record.digits);
    // "Korea (The Republic Of)" -> "Korea"; "Bolivia (Plurinational State Of)" -> "Bolivia"
    const names = record.countries.map((c) => c.replace(/\s*\(.*?\)\s*/g, " ").trim()).filter((c) => c.length > 2);
    countries.set(record.code, names);
  }

  // Names: every CLDR singular and plural, with every shorter run of its adjective words ("South Korean won",
  // "Korean won", "won"), then the spelling variants of nouns and adjectives, then whole-name aliases.
  const names = new Map<string, Set<string>>();
  const nounOf = new Map<string, string>();
  const nounOfCode = new Map<string, string>();
  const add = (phrase: string, code: string, noun: string) => {
    const key = normalize(phrase);
    const set = names.get(key) ?? new Set<string>();
    names.set(key, set);
    set.add(code);
    nounOf.set(key, noun);
  };
  for (const c of CLDR_CURRENCIES) {
    if (!digits.has(c.code)) continue;
    for (const form of [c.one, c.other]) {
      const words = normalize(form).split(" ");
      const noun = words[words.length - 1] ?? "";
      const adjective = words.slice(0, -1);
      if (form === c.other) nounOfCode.set(c.code, noun);
      if (adjective.length > 0) countries.get(c.code)?.push(form.slice(0, form.length - noun.length).trim());
      for (let i = 0; i <= adjective.length; i++) add([...adjective.slice(i), noun].join(" "), c.code, noun);
    }
  }
  for (const [variant, nouns] of Object.entries(NOUN_VARIANTS)) {
    for (const [key, set] of [...names]) {
      const noun = nounOf.get(key) ?? "";
      if (!nouns.includes(noun) || !key.endsWith(noun)) continue;
      const phrase = `${key.slice(0, key.length - noun.length)}${variant}`;
      // defaults and word-likeness follow the CLDR noun ("roubles" reads as "rubles")
      for (const code of set) add(phrase, code, noun);
    }
  }
  for (const [variant, canonical] of Object.entries(ADJECTIVE_VARIANTS)) {
    for (const [key, set] of [...names]) {
      if (!key.startsWith(`${canonical} `)) continue;
      const noun = nounOf.get(key) ?? "";
      if (key !== `${canonical} ${noun}`) continue; // the variant replaces the whole adjective
      for (const code of set) add(`${variant} ${noun}`, code, noun);
    }
  }
  for (const [alias, code] of Object.entries(NAME_ALIASES)) add(alias, code, normalize(alias).split(" ").pop() ?? "");

  const nameReadings = new Map<string, Reading>();
  const adjectiveOnly = new Set(ADJECTIVE_ONLY_NOUNS);
  for (const [key, set] of names) {
    if (adjectiveOnly.has(key)) continue;
    const noun = nounOf.get(key) ?? key;
    const r = reading(key, set, noun);
    const bare = !key.includes(" ");
    // a noun is word-like only when it stands alone ("won"); "Korean won" is plainly money
    const qualified = !bare && r.options.length > 1 && r.fallback !== null && r.strong;
    nameReadings.set(key, { ...r, qualified, wordLike: bare && WORD_LIKE_NOUNS.includes(key) });
  }
  for (const [minor, major] of Object.entries(MINOR_UNITS)) {
    const base = nameReadings.get(major);
    if (base) nameReadings.set(minor, { ...base, form: minor, minor: true, wordLike: false });
  }

  // Symbols: CLDR's, where they carry a currency sign ("$", "HK$", "₩"); letter-only ones from LETTER_SYMBOLS.
  const symbols = new Map<string, Set<string>>();
  const addSymbol = (s: string, code: string) => {
    const set = symbols.get(s) ?? new Set<string>();
    symbols.set(s, set);
    set.add(code);
  };
  for (const c of CLDR_CURRENCIES) {
    if (!digits.has(c.code)) continue;
    for (const s of c.symbols) if (/[^A-Za-z.\s]/.test(s) || s in LETTER_SYMBOLS) addSymbol(s, c.code);
  }
  for (const [s, codes] of Object.entries(SYMBOL_ADDITIONS)) for (const code of codes) addSymbol(s, code);
  for (const [s, code] of Object.entries(SYMBOL_OVERRIDES)) symbols.set(s, new Set([code]));
  const symbolReadings = new Map<string, Reading>();
  for (const [s, set] of symbols) symbolReadings.set(s, { ...reading(s, set, s), wordLike: false });
  for (const [spelling, s] of Object.entries(SYMBOL_SPELLINGS)) {
    const r = symbolReadings.get(s);
    if (r) symbolReadings.set(spelling, { ...r, form: spelling });
  }
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  const prefixSymbols = [...symbolReadings.keys()].sort(byLength);
  // After a number: signs other than the dollar's ("5 €", "100₽"), and the letter symbols marked so.
  const suffixSymbols = prefixSymbols.filter((s) =>
    s in LETTER_SYMBOLS ? LETTER_SYMBOLS[s]?.after === true : !s.includes("$"),
  );

  const wordLikeCodes = new Set(WORD_LIKE_CODES);
  const codeReadings = new Map<string, Reading>();
  for (const code of digits.keys()) if (!wordLikeCodes.has(code)) codeReadings.set(code, reading(code, [code], code));
  for (const [alias, code] of Object.entries(CODE_ALIASES)) codeReadings.set(alias, reading(alias, [code], alias));

  for (const [code, words] of Object.entries(COUNTRY_WORD_ADDITIONS)) countries.get(code)?.push(...words);

  let maxNameWords = 1;
  for (const key of nameReadings.keys()) maxNameWords = Math.max(maxNameWords, key.split(" ").length);

  return {
    digits,
    prefixSymbols,
    suffixSymbols,
    symbol: (form) => symbolReadings.get(form),
    code: (form) => codeReadings.get(form),
    name: (phrase) => nameReadings.get(normalize(phrase)),
    maxNameWords,
    noun: (code) => nounOfCode.get(code),
    countryWords: (code) => countries.get(code) ?? [],
  };
}

let cached: Lexicon | null = null;

/** The currency lexicon, built on first use (about a millisecond) and kept. */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}
