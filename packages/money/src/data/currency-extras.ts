/**
 * What the generated CLDR names and the ISO 4217 list do not say: how English news text writes currencies
 * beyond CLDR's forms, and which of several currencies a shared symbol or noun means when nothing else tells.
 * Every entry says where it comes from. Codes here are checked against ISO 4217 (currency-codes) by the tests.
 */

/**
 * ISO 4217 entries that are not money a news article states amounts in: fund codes and units of account
 * (ISO 4217 list one marks them "fund"), precious metals (XAU: "troy ounces of gold"), the testing and
 * "no currency" codes, and VED, whose CLDR name duplicates VES's.
 */
export const EXCLUDED_CODES: readonly string[] = [
  "BOV",
  "CHE",
  "CHW",
  "CLF",
  "COU",
  "MXV",
  "USN",
  "UYI",
  "UYW",
  "XAG",
  "XAU",
  "XPD",
  "XPT",
  "XBA",
  "XBB",
  "XBC",
  "XBD",
  "XSU",
  "XUA",
  "XTS",
  "XXX",
  "VED",
];

/**
 * Codes that are also common English words or acronyms ("ALL 5 members", "TOP 10", "AMD 5 billion" for the
 * chip maker, "CVE 2023-..."). They are not read as currency codes; their currencies are still found by name.
 */
export const WORD_LIKE_CODES: readonly string[] = [
  "ALL",
  "AMD",
  "BAM",
  "BOB",
  "CUP",
  "CVE",
  "GEL",
  "MAD",
  "MOP",
  "PEN",
  "SOS",
  "TOP",
  "TRY",
];

/** Letters written where a code would be (Reuters, AP and FT usage): "RMB 5 billion", "NIS 20 million". */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  RMB: "CNY",
  NIS: "ILS",
  SDR: "XDR",
};

/**
 * Prefixed symbols of news usage that CLDR's English locales lack or give to another currency. Sources: the
 * Reuters Handbook of Journalism ("C$", "US$", "S$"), AP style ("U.S.$"), common Australian usage ("AU$").
 * CLDR gives "C$" to the Nicaraguan córdoba; in English news it is the Canadian dollar.
 */
export const SYMBOL_OVERRIDES: Readonly<Record<string, string>> = {
  US$: "USD",
  C$: "CAD",
  AU$: "AUD",
  S$: "SGD",
};

/** Symbols that add a currency to those CLDR gives them: "Rs" is also the Indian rupee in Indian usage. */
export const SYMBOL_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  Rs: ["INR"],
};

/** Symbols written in two ways that read the same. */
export const SYMBOL_SPELLINGS: Readonly<Record<string, string>> = {
  "Rs.": "Rs",
  "U.S.$": "US$",
};

/**
 * Letter-only symbols that are read as currency next to a number. Single letters ("R", "K", "P", "L") are
 * left out: too many other things are written so. Most are read before the number only ("Rs 500 crore",
 * "RM 2 billion", "Rp 5 trillion"); those marked `after` also after it ("500 kr", "20 zł", "100 lei").
 */
export const LETTER_SYMBOLS: Readonly<Record<string, { after: boolean }>> = {
  Rs: { after: false },
  "Rs.": { after: false },
  RM: { after: false },
  Rp: { after: false },
  Ksh: { after: false },
  Tk: { after: false },
  kr: { after: true },
  zł: { after: true },
  Kč: { after: true },
  lei: { after: true },
};

/**
 * Currency nouns spelled otherwise in news text, mapped to the CLDR noun(s) they stand for: British spellings,
 * transliterations, Latin plurals, the English "crowns" for koruna/krona/krone. Adjectives combine with them as
 * with the CLDR noun: "Russian roubles" is "Russian rubles", "Czech crowns" is "Czech korunas".
 */
export const NOUN_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  rouble: ["ruble"],
  roubles: ["rubles"],
  hryvnya: ["hryvnia"],
  hryvnyas: ["hryvnias"],
  hryvnas: ["hryvnias"],
  hryvni: ["hryvnias"],
  reais: ["reals"],
  zloty: ["zlotys"],
  liras: ["lira"],
  lire: ["lira"],
  sheqel: ["shekel"],
  sheqels: ["shekels"],
  euro: ["euros"],
  crown: ["koruna", "krona", "krone", "króna"],
  crowns: ["korunas", "kronor", "kroner", "krónur"],
};

/** Adjectives news text uses where CLDR has another ("U.S. dollars" for CLDR's "US dollars"). */
export const ADJECTIVE_VARIANTS: Readonly<Record<string, string>> = {
  "u.s.": "us",
  american: "us",
  "united states": "us",
  uk: "british",
  "u.k.": "british",
  singaporean: "singapore",
  taiwanese: "new taiwan",
  taiwan: "new taiwan",
  filipino: "philippine",
  argentinian: "argentine",
  emirati: "uae",
  azerbaijan: "azerbaijani",
  kazakh: "kazakhstani",
  uzbek: "uzbekistani",
};

/** Whole names that CLDR does not list ("pounds sterling" for GBP). */
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  sterling: "GBP",
  "pound sterling": "GBP",
  "pounds sterling": "GBP",
  renminbi: "CNY",
  "yuan renminbi": "CNY",
  "chinese renminbi": "CNY",
  "special drawing rights": "XDR",
};

/**
 * Currency nouns that are also ordinary English words, used as currency nouns in news with a number before
 * them ("3 billion won", "1,000 pounds", "5 million rand", "20 billion dong"). Without a country adjective they
 * are read as money only with a scale word or a number written with thousands separators, and never hyphenated
 * to the number or before "of" ("2,000 pounds of explosives", "a 500-pound bomb").
 */
export const WORD_LIKE_NOUNS: readonly string[] = ["won", "pound", "pounds", "rand", "dong"];

/**
 * Currency nouns so common as English words that they are read as currency only with their country adjective
 * ("the 10,000 mark" is an index level; "Brazilian reals", "Bulgarian leva" are money).
 */
export const ADJECTIVE_ONLY_NOUNS: readonly string[] = [
  "mark",
  "marks",
  "real",
  "reals",
  "sol",
  "soles",
  "dram",
  "drams",
  "som",
  "kip",
  "lek",
  "lev",
  "leva",
  "kina",
  "tala",
  "pula",
  "loti",
  "gold",
  "leu",
  "lei",
];

/**
 * Nouns and symbols that mean one currency unless the article makes another plain (see README): the usual
 * reading in English-language international news. A `strong` reading holds against mere mentions of a country
 * ("won" stays South Korean in an article about North Korea); a weak one gives way to them ("rupees" in an
 * article that names Pakistan and no other rupee country are Pakistani rupees).
 */
export const DEFAULTS: Readonly<Record<string, { code: string; strong: boolean }>> = {
  $: { code: "USD", strong: true },
  dollars: { code: "USD", strong: true },
  dollar: { code: "USD", strong: true },
  "£": { code: "GBP", strong: true },
  pounds: { code: "GBP", strong: true },
  pound: { code: "GBP", strong: true },
  "¥": { code: "JPY", strong: true },
  "₩": { code: "KRW", strong: true },
  won: { code: "KRW", strong: true },
  rubles: { code: "RUB", strong: true },
  ruble: { code: "RUB", strong: true },
  Rs: { code: "INR", strong: false },
  rupees: { code: "INR", strong: false },
  rupee: { code: "INR", strong: false },
  francs: { code: "CHF", strong: false },
  franc: { code: "CHF", strong: false },
  riyals: { code: "SAR", strong: false },
  riyal: { code: "SAR", strong: false },
  lira: { code: "TRY", strong: false },
  kronor: { code: "SEK", strong: false },
  krona: { code: "SEK", strong: false },
  "₱": { code: "PHP", strong: false },
  kr: { code: "SEK", strong: false },
};

/**
 * Minor units: a noun worth 10^-digits of the currency its major noun names (digits from ISO 4217), read
 * like that noun: "cents" like "dollars" (so with the article's dollar), "pence" as sterling.
 */
export const MINOR_UNITS: Readonly<Record<string, string>> = {
  cent: "dollars",
  cents: "dollars",
  "euro cents": "euros",
  "euro cent": "euros",
  penny: "pounds sterling",
  pence: "pounds sterling",
  kopeck: "rubles",
  kopecks: "rubles",
  kopek: "rubles",
  kopeks: "rubles",
  kopiyka: "hryvnias",
  kopiykas: "hryvnias",
  kopiyky: "hryvnias",
};

/**
 * Names and demonyms of countries that share a currency sign, beyond ISO 4217's formal country names and CLDR's
 * adjectives ("United States of America", "US"): how English news names them. Used to weigh which "$" an article
 * means (a story about a Canadian company in Toronto is in Canadian dollars). Source: the countries' common English
 * names and demonyms.
 */
export const COUNTRY_WORD_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  USD: ["United States", "U.S.", "America", "American", "Americans"],
  CAD: ["Canadians"],
  AUD: ["Australians"],
  NZD: ["New Zealander", "New Zealanders", "Kiwi"],
  SGD: ["Singaporean", "Singaporeans"],
  HKD: ["Hongkongers"],
  GBP: ["Britain", "UK", "U.K.", "England", "Scotland", "Wales", "Britons"],
  TWD: ["Taiwan", "Taiwanese"],
};
