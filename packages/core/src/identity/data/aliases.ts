/**
 * The alias table: well-known organizations and places, the short forms, acronyms and nicknames English-language
 * news uses for them, and their Wikidata item (CC0) where we give one. A general gazetteer written from general
 * knowledge of these bodies (their own names and the forms style guides use: "Tories" for the UK Conservative
 * Party, "Lib Dems", "EU", "Man Utd"); no entry is drawn from a test or scored article. `types` lists the entity
 * types an article may give the referent (a party is an ORG, its members' name a NORP: "the Tories"); a name
 * joins the entry only when its entity has one of them, so the city Chelsea is not the club. Add entries here,
 * not in code: each needs a name, its types and the names it goes by.
 *
 * Bare place names that also name clubs or companies ("Newcastle", "Liverpool") are listed only under the
 * ORG type when one club is what English news means by the bare name in an organization's slot; "Newcastle"
 * (a city, a club and a brewer) is deliberately absent.
 */
export interface AliasEntry {
  name: string;
  types: readonly ("ORG" | "NORP" | "GPE" | "LOC")[];
  wikidata?: string;
  aliases: readonly string[];
}

export const ALIAS_TABLE: readonly AliasEntry[] = [
  // UK political parties
  {
    name: "Conservative Party",
    types: ["ORG", "NORP"],
    wikidata: "Q9626",
    aliases: ["Conservatives", "Tories", "Tory Party", "Tory", "Conservative and Unionist Party"],
  },
  { name: "Labour Party", types: ["ORG", "NORP"], wikidata: "Q9630", aliases: ["Labour"] },
  {
    name: "Liberal Democrats",
    types: ["ORG", "NORP"],
    wikidata: "Q9624",
    aliases: ["Lib Dems", "Lib Dem", "LibDems", "Liberal Democrat Party"],
  },
  { name: "Scottish National Party", types: ["ORG", "NORP"], wikidata: "Q10658", aliases: ["SNP"] },
  { name: "UK Independence Party", types: ["ORG", "NORP"], wikidata: "Q10647", aliases: ["UKIP"] },
  // US political parties
  { name: "Democratic Party", types: ["ORG", "NORP"], wikidata: "Q29552", aliases: ["Democrats"] },
  {
    name: "Republican Party",
    types: ["ORG", "NORP"],
    wikidata: "Q29468",
    aliases: ["Republicans", "GOP", "G.O.P.", "Grand Old Party"],
  },
  // International bodies
  { name: "European Union", types: ["ORG", "GPE"], wikidata: "Q458", aliases: ["EU", "E.U."] },
  { name: "United Nations", types: ["ORG"], wikidata: "Q1065", aliases: ["UN", "U.N."] },
  {
    name: "North Atlantic Treaty Organization",
    types: ["ORG"],
    wikidata: "Q7184",
    aliases: ["NATO", "Nato", "North Atlantic Treaty Organisation"],
  },
  {
    name: "World Health Organization",
    types: ["ORG"],
    wikidata: "Q7817",
    aliases: ["WHO", "World Health Organisation"],
  },
  { name: "International Monetary Fund", types: ["ORG"], wikidata: "Q7804", aliases: ["IMF"] },
  { name: "World Bank", types: ["ORG"], wikidata: "Q7164", aliases: [] },
  { name: "World Trade Organization", types: ["ORG"], wikidata: "Q7825", aliases: ["WTO", "World Trade Organisation"] },
  {
    name: "OPEC",
    types: ["ORG"],
    wikidata: "Q7795",
    aliases: ["Organization of the Petroleum Exporting Countries", "Opec"],
  },
  { name: "European Commission", types: ["ORG"], wikidata: "Q8880", aliases: [] },
  { name: "European Parliament", types: ["ORG"], wikidata: "Q8889", aliases: [] },
  { name: "European Central Bank", types: ["ORG"], wikidata: "Q8901", aliases: ["ECB"] },
  // Broadcasters and agencies
  { name: "BBC", types: ["ORG"], wikidata: "Q9531", aliases: ["British Broadcasting Corporation"] },
  { name: "FBI", types: ["ORG"], wikidata: "Q8333", aliases: ["Federal Bureau of Investigation"] },
  { name: "CIA", types: ["ORG"], wikidata: "Q37230", aliases: ["Central Intelligence Agency"] },
  { name: "NASA", types: ["ORG"], wikidata: "Q23548", aliases: ["National Aeronautics and Space Administration"] },
  // Football clubs, by the short names the sports pages use
  {
    name: "Manchester United",
    types: ["ORG"],
    wikidata: "Q18656",
    aliases: ["Man Utd", "Man United", "Manchester United FC"],
  },
  { name: "Manchester City", types: ["ORG"], wikidata: "Q50602", aliases: ["Man City", "Manchester City FC"] },
  { name: "Tottenham Hotspur", types: ["ORG"], wikidata: "Q18741", aliases: ["Spurs", "Tottenham"] },
  { name: "Arsenal", types: ["ORG"], wikidata: "Q9617", aliases: ["Arsenal FC"] },
  { name: "Chelsea FC", types: ["ORG"], wikidata: "Q9616", aliases: ["Chelsea"] },
  { name: "Liverpool FC", types: ["ORG"], wikidata: "Q1130849", aliases: ["Liverpool"] },
  { name: "Newcastle United", types: ["ORG"], wikidata: "Q18716", aliases: ["Newcastle United FC"] },
  { name: "West Ham United", types: ["ORG"], wikidata: "Q18747", aliases: ["West Ham"] },
  { name: "Real Madrid", types: ["ORG"], wikidata: "Q8682", aliases: [] },
  { name: "FC Barcelona", types: ["ORG"], wikidata: "Q7156", aliases: ["Barcelona", "Barca", "Barça"] },
  { name: "Bayern Munich", types: ["ORG"], wikidata: "Q15789", aliases: ["FC Bayern Munich", "Bayern"] },
];

/**
 * Wikidata items of the canonical place spellings of PLACE_VARIANTS (../places.ts) and other much-named
 * countries and capitals, by canonical name. CC0; general knowledge, not drawn from any article.
 */
export const PLACE_WIKIDATA: Readonly<Record<string, string>> = {
  "United States": "Q30",
  "United Kingdom": "Q145",
  England: "Q21",
  Scotland: "Q22",
  Wales: "Q25",
  "Northern Ireland": "Q26",
  Ireland: "Q27",
  France: "Q142",
  Germany: "Q183",
  Italy: "Q38",
  Spain: "Q29",
  Portugal: "Q45",
  Netherlands: "Q55",
  Belgium: "Q31",
  Switzerland: "Q39",
  Austria: "Q40",
  Greece: "Q41",
  Poland: "Q36",
  Sweden: "Q34",
  Norway: "Q20",
  Denmark: "Q35",
  Finland: "Q33",
  Russia: "Q159",
  Ukraine: "Q212",
  Turkey: "Q43",
  China: "Q148",
  Japan: "Q17",
  India: "Q668",
  Pakistan: "Q843",
  Afghanistan: "Q889",
  Iran: "Q794",
  Iraq: "Q796",
  Syria: "Q858",
  Israel: "Q801",
  Egypt: "Q79",
  "Saudi Arabia": "Q851",
  "South Korea": "Q884",
  "North Korea": "Q423",
  Taiwan: "Q865",
  Vietnam: "Q881",
  Myanmar: "Q836",
  Indonesia: "Q252",
  Australia: "Q408",
  Canada: "Q16",
  Mexico: "Q96",
  Brazil: "Q155",
  Argentina: "Q414",
  Nigeria: "Q1033",
  "South Africa": "Q258",
  Kenya: "Q114",
  London: "Q84",
  Paris: "Q90",
  Berlin: "Q64",
  Moscow: "Q649",
  Beijing: "Q956",
  Tokyo: "Q1490",
  Kyiv: "Q1899",
  Seoul: "Q8684",
  Mumbai: "Q1156",
  Dublin: "Q1761",
  Edinburgh: "Q23436",
  Cardiff: "Q10690",
  Belfast: "Q10686",
};
