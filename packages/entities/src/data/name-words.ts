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
  minister-president high commissioner
`);

/** The head of a title: the word that makes a title-word run a title at all ("Defense Minister", not "Defense"). */
export const TITLE_HEADS = words(`
  president president-elect minister secretary secretary-general undersecretary ambassador envoy adviser advisor
  spokesman spokeswoman spokesperson chancellor governor mayor senator representative rep. sen. gov. chairman
  chairwoman chair chairperson ceo cfo coo director director-general chief commander admiral gen. lt. col. maj.
  capt. sgt. adm. cmdr. colonel major captain lieutenant sergeant marshal king queen prince princess pope emperor
  empress premier lady mr. mrs. ms. dr. prof. mr mrs ms dr prof sir dame lord judge attorney speaker leader
  congressman congresswoman lawmaker sheikh ayatollah cardinal archbishop bishop rev. commissioner
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
`);

/** The last word of a named weapon or technical system ("Iron Dome", "Storm Shadow missile"). Lower case. */
export const PRODUCT_HEADS = words(`
  missile missiles rocket rockets tank tanks drone drones howitzer howitzers launcher launchers jet jets fighter
  bomber helicopter helicopters submarine frigate destroyer satellite dome interceptor interceptors defense defence
`);

/** Heads of places without a government of their own (LOC). */
export const LOC_HEADS = words(`
  peninsula sea ocean river lake mountains mountain mount strait gulf bay island islands desert valley coast
  basin canal plateau camp base airbase border
`);

/** Lower-case words after a name that make it a place with a government ("Russia’s Belgorod region"). */
export const GPE_FOLLOWERS = words("region province state city county oblast prefecture district municipality");

/** Lower-case words after a name that make it a place ("the Dnipro river" is rare; "Camp X" is caught by LOC_HEADS). */
export const LOC_FOLLOWERS = words("river sea peninsula strait mountains island islands");

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

/** Variant spellings of places: variant → the spelling used as the canonical name. Lower case keys. */
export const PLACE_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    kiev: "Kyiv",
    kyiv: "Kyiv",
    peking: "Beijing",
    bombay: "Mumbai",
    calcutta: "Kolkata",
    madras: "Chennai",
    burma: "Myanmar",
    rangoon: "Yangon",
    "czech republic": "Czechia",
    türkiye: "Turkey",
    turkiye: "Turkey",
    holland: "Netherlands",
    "the netherlands": "Netherlands",
    britain: "United Kingdom",
    "great britain": "United Kingdom",
    uk: "United Kingdom",
    "u.k.": "United Kingdom",
    "united kingdom": "United Kingdom",
    us: "United States",
    "u.s.": "United States",
    "u.s.a.": "United States",
    usa: "United States",
    america: "United States",
    "united states": "United States",
    "united states of america": "United States",
    dprk: "North Korea",
    rok: "South Korea",
    "republic of korea": "South Korea",
    kharkov: "Kharkiv",
    odessa: "Odesa",
    lvov: "Lviv",
    nikolaev: "Mykolaiv",
    dnepr: "Dnipro",
    "ivory coast": "Côte d'Ivoire",
    swaziland: "Eswatini",
    "east timor": "Timor-Leste",
  }),
);

/** Capitalized words that are never names on their own. Lower case. */
export const NEVER_NAMES = words(`
  i the a an and or but if then so yet this that these those there here he she it they we you his her its their our
  my your who what when where why how which while after before during since until as at by for from in into of on
  to with without about above below over under according also however meanwhile moreover still today tomorrow
  yesterday tonight currently historically instead earlier later recently read more follow join share click
  subscribe sign watch related advertisement photo video image copyright all rights reserved breaking update
  exit mobile version
`);
