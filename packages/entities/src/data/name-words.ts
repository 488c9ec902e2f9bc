/**
 * General word lists of the entity finder, written for newsgraph from general English news usage (titles and
 * offices as the AP Stylebook lists them, common organization and place head nouns, the world's news agencies).
 * Given names, cities, countries, regions and many organizations come from compromise's own lexicon
 * (see ../lexicon.ts); none of these lists is drawn from the fixtures.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words that make up a title before a name ("Deputy Foreign Minister", "NATO Secretary-General"). Lower case. */
export const TITLE_WORDS = words(`
  president president-elect vice prime minister deputy foreign defense defence finance interior trade justice health
  security national home economy economic unification industry energy culture education labor labour agriculture
  environment transport science technology affairs state secretary secretary-general undersecretary under-secretary
  general ambassador envoy adviser advisor spokesman spokeswoman spokesperson chancellor governor mayor senator
  representative rep. sen. gov. chairman chairwoman chair chairperson ceo cfo coo director director-general chief
  commander admiral gen. lt. col. maj. capt. sgt. adm. cmdr. colonel major captain lieutenant sergeant marshal
  king queen prince princess pope emperor empress crown premier first lady mr. mrs. ms. dr. prof. mr mrs ms dr prof
  sir dame lord judge attorney speaker leader former acting ex- interim special senior executive managing
  foreign-minister congressman congresswoman lawmaker sheikh ayatollah cardinal archbishop bishop rev. father
  minister-president high commissioner officer operating financial marketing information majority minority whip
`);

/** The head of a title: the word that makes a title-word run a title at all ("Defense Minister", not "Defense"). */
export const TITLE_HEADS = words(`
  president president-elect minister secretary secretary-general undersecretary ambassador envoy adviser advisor
  spokesman spokeswoman spokesperson chancellor governor mayor senator representative rep. sen. gov. chairman
  chairwoman chair chairperson ceo cfo coo director director-general chief commander admiral gen. lt. col. maj.
  capt. sgt. adm. cmdr. colonel major captain lieutenant sergeant marshal king queen prince princess pope emperor
  empress premier lady mr. mrs. ms. dr. prof. mr mrs ms dr prof sir dame lord judge attorney speaker leader
  congressman congresswoman lawmaker sheikh ayatollah cardinal archbishop bishop rev. commissioner officer whip
`);

/** Lower-case role nouns that may stand right before a name or in an appositive ("spokeswoman Mao", ", a senior analyst at"). */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson minister president ambassador envoy adviser advisor secretary chief director
  official researcher fellow analyst professor expert economist lawmaker senator governor mayor commander general
  chairman chairwoman chair ceo founder head leader negotiator diplomat correspondent reporter editor columnist
  scientist lawyer attorney judge prosecutor officer aide deputy president-elect premier chancellor
`);

/** Words that end (or, for the first group, start) an organization's name. Lower case. */
export const ORG_HEADS = words(`
  ministry department agency office bureau service council committee commission board authority administration
  institute institution university college academy school foundation society association federation union league
  alliance coalition organization organisation party front movement group fund bank corporation corp. corp inc.
  inc ltd. ltd llc plc co. company companies industries holdings group enterprises systems technologies airlines
  forces army navy force guard guards command police parliament assembly congress senate court tribunal cabinet
  government post times news herald journal gazette tribune telegraph press broadcasting network radio television
  tv channel daily weekly review monitor observer center centre secretariat mission embassy consulate staff
  hospital clinic museum library
  airways motors motor brothers mutual capital management partners workers airplanes aircraft aerospace
  aviation automotive computer computers electronics communications telecom telecommunications media
  entertainment pictures studios records insurance securities investments ventures petroleum pharmaceuticals
  laboratories labs steel chemicals corps incorporated limited n.v. nv gmbh ag s.a. s.p.a.
`);

/** Suffixes of a company's legal name: they close the name ("Apple Inc. chief Steve Jobs"). Lower case. */
export const COMPANY_SUFFIXES = words(
  "inc. inc corp. corp ltd. ltd llc plc co. n.v. nv gmbh ag s.a. s.p.a. incorporated",
);

/**
 * Lower-case nouns that describe a company or another organization ("airframer Airbus", "Airbus, the aircraft
 * maker"). Singular only: a plural lists several ("manufacturers such as ..."). Lower case.
 */
export const ORG_DESCRIPTORS = words(`
  company firm manufacturer maker carrier airline automaker carmaker retailer lender bank insurer conglomerate
  airframer supplier contractor broadcaster chain brand label startup start-up corporation distributor
  exporter importer subsidiary giant group organization organisation agency charity union
`);

/** Words right after an organization's name or its possessive ("Airbus chief executive", "Apple's shares"). */
export const CORPORATE_AFTER = words(`
  ceo cfo coo cto c.e.o chief chairman chairwoman co-founder founder shares stock shareholders investors
  headquarters employees subsidiary website stores factory plant plants profits profit revenue revenues earnings
  spokesman spokeswoman spokesperson executives engineers board
`);

/** The last word of a named weapon or technical system ("Iron Dome", "Storm Shadow missile"). Lower case. */
export const PRODUCT_HEADS = words(`
  missile missiles rocket rockets tank tanks drone drones howitzer howitzers launcher launchers jet jets fighter
  bomber helicopter helicopters submarine frigate destroyer satellite dome interceptor interceptors defense defence
`);

/** Heads of places without a government of their own (LOC). */
export const LOC_HEADS = words(`
  peninsula sea ocean river lake mountains mountain mount strait gulf bay island islands desert valley coast
  basin canal plateau camp base airbase border airport factory
`);

/** Continents and world regions (LOC): not in compromise's lexicon as places. Lower case. */
export const WORLD_REGIONS = new Set([
  "africa",
  "asia",
  "europe",
  "antarctica",
  "oceania",
  "north america",
  "south america",
  "latin america",
  "central america",
  "middle east",
  "near east",
  "far east",
  "southeast asia",
  "south asia",
  "east asia",
  "central asia",
  "eastern europe",
  "western europe",
  "central europe",
  "sub-saharan africa",
  "north africa",
  "west africa",
  "east africa",
  "the balkans",
  "balkans",
  "caribbean",
  "scandinavia",
  "the caucasus",
  "caucasus",
  "sahel",
  "arctic",
  "the arctic",
  "pacific",
  "atlantic",
  "indo-pacific",
]);

/** Lower-case words after a name that make it a place with a government ("Russia’s Belgorod region"). */
export const GPE_FOLLOWERS = words("region province state city county oblast prefecture district municipality");

/** Lower-case words after a name that make it a place ("the Dnipro river" is rare; "Camp X" is caught by LOC_HEADS). */
export const LOC_FOLLOWERS = words("river sea peninsula strait mountains island islands");

/**
 * Fields an organization's name lists before "and" ("Aeronautic Defence and Space Company", "Science and
 * Technology Agency"). Lower case.
 */
export const FIELD_WORDS = words(`
  defence defense space science sciences technology research development trade industry security health energy
  engineering finance education culture arts transport communications aerospace aeronautics agriculture
  environment commerce investment justice welfare tourism sport sports
`);

/** Lower-case connectors allowed inside an organization's name ("Ministry of National Defense"). */
export const ORG_CONNECTORS = words("of for on and the");

/** Name particles kept inside a person's name ("Ursula von der Leyen", "Jean de la Fontaine", "bin Salman"). */
export const NAME_PARTICLES = words("de da di del della der den van von la le du bin ibn al el abu dos das ter zu");

/** News agencies and outlets that are one word and not in compromise's lexicon. */
export const ONE_WORD_ORGS = words(`
  reuters bloomberg yonhap xinhua tass ria interfax kyodo jiji afp ap upi ani pti bernama antara dpa ansa efe
  kcna kbs mbc sbs nhk bbc cnn cnbc msnbc fox npr pbs politico axios nikkei asahi yomiuri mainichi haaretz
  kremlin pentagon whitehall nato opec asean un unesco unicef who wto imf oecd g7 g20 brics interpol
  europol frontex nasa fbi cia nsa kgb fsb gru mossad sbu hamas hezbollah taliban isis wagner
`);

/** Multi-word institutions known by name alone. Lower case. */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  "federal reserve",
  "european commission",
  "white house",
  "blue house",
  "downing street",
  "european union",
  "united nations",
  "security council",
]);

/** Places that are not in compromise's lexicon or that it types otherwise, as written in English news. Lower case. */
export const EXTRA_GPE = new Set([
  "britain",
  "great britain",
  "us",
  "u.s.",
  "u.s.a.",
  "usa",
  "uk",
  "u.k.",
  "dprk",
  "rok",
  "uae",
  "prc",
  "eu",
]);

/** Family names that come first in East Asian names written in English ("Lee Jae-myung", "Xi Jinping"). */
export const EAST_ASIAN_SURNAMES = words(`
  kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han shin seo suh kwon
  hwang ahn an song hong yoo yu ko go moon mun yang son bae baek paik heo huh nam noh roh ha kwak sung cha joo
  ju woo min ryu yoo na jin ji eom chae won cheon bang gong hyun doo byun byeon
  wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie tang xi
  feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
  nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
`);

/** Demonyms (adjective and noun) of the countries most in the news, for "Ukrainian President" → of Ukraine. */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    american: "United States",
    british: "United Kingdom",
    chinese: "China",
    japanese: "Japan",
    korean: "Korea",
    "south korean": "South Korea",
    "north korean": "North Korea",
    russian: "Russia",
    ukrainian: "Ukraine",
    german: "Germany",
    french: "France",
    italian: "Italy",
    spanish: "Spain",
    polish: "Poland",
    indian: "India",
    pakistani: "Pakistan",
    iranian: "Iran",
    iraqi: "Iraq",
    israeli: "Israel",
    palestinian: "Palestine",
    syrian: "Syria",
    turkish: "Turkey",
    saudi: "Saudi Arabia",
    egyptian: "Egypt",
    canadian: "Canada",
    mexican: "Mexico",
    brazilian: "Brazil",
    australian: "Australia",
    taiwanese: "Taiwan",
    vietnamese: "Vietnam",
    indonesian: "Indonesia",
    philippine: "Philippines",
    filipino: "Philippines",
    thai: "Thailand",
    belarusian: "Belarus",
    dutch: "Netherlands",
    swedish: "Sweden",
    finnish: "Finland",
    norwegian: "Norway",
    danish: "Denmark",
    swiss: "Switzerland",
    austrian: "Austria",
    hungarian: "Hungary",
    czech: "Czech Republic",
    romanian: "Romania",
    greek: "Greece",
    african: "Africa",
    "south african": "South Africa",
    nigerian: "Nigeria",
    kenyan: "Kenya",
    european: "Europe",
  }),
);

/**
 * Abbreviations that are common nouns, never names: time zones, units, devices and formats, offices, measures.
 * (Currency codes come from the currency-codes package.) Lower case, dots kept where they are written.
 */
export const COMMON_ABBREVIATIONS = words(`
  utc gmt est edt cst cdt mst mdt pst pdt cet cest bst ist jst kst msk aest
  kb mb gb tb kbps mbps gbps ghz mhz km kg mm cm mph kph kw mw gw kwh mwh
  tv hdtv lcd led oled os pc pcs cpu gpu dvd cd usb gps sms mp3 mp4 hd 3g 4g 5g lte wi-fi wifi
  vip vips ceo cfo coo cto c.e.o. ipo ipos gdp gnp cpi ai hiv aids dna covid q&a faq id ok
  a.m. p.m. am pm bc ad pdf url www
`);

/** Capitalized words that are never names on their own. Lower case. */
export const NEVER_NAMES = words(`
  i the a an and or but if then so yet this that these those there here he she it they we you his her its their our
  my your who what when where why how which while after before during since until as at by for from in into of on
  to with without about above below over under according also however meanwhile moreover still today tomorrow
  yesterday tonight currently historically instead earlier later recently read more follow join share click
  subscribe sign watch related advertisement photo video image copyright all rights reserved breaking update
  exit mobile version
`);
