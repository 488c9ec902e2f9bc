/**
 * Word lists of the quotes extractor. Source: written for newsgraph from general English usage in news
 * reporting (speech verbs and attribution phrases as listed in journalism style guides, e.g. the AP
 * Stylebook's advice on "said" and its alternatives); no list is drawn from the fixtures.
 */

/** Speech verbs, every inflected form; a cue for direct, partial and indirect speech. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    "say says said saying",
    "tell tells told telling",
    "state states stated stating",
    "warn warns warned warning",
    "add adds added adding",
    "note notes noted noting",
    "stress stresses stressed stressing",
    "ask asks asked asking",
    "request requests requested requesting",
    "reply replies replied replying",
    "respond responds responded responding",
    "insist insists insisted insisting",
    "claim claims claimed claiming",
    "explain explains explained explaining",
    "announce announces announced announcing",
    "declare declares declared declaring",
    "write writes wrote writing written",
    "tweet tweets tweeted tweeting",
    "post posts posted posting",
    "comment comments commented commenting",
    "remark remarks remarked remarking",
    "argue argues argued arguing",
    "urge urges urged urging",
    "affirm affirms affirmed affirming",
    "reaffirm reaffirms reaffirmed reaffirming",
    "acknowledge acknowledges acknowledged acknowledging",
    "admit admits admitted admitting",
    "confirm confirms confirmed confirming",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "suggest suggests suggested suggesting",
    "mention mentions mentioned mentioning",
    "describe describes described describing",
    "call calls called calling",
    "continue continues continued continuing",
    "reiterate reiterates reiterated reiterating",
    "promise promises promised promising",
    "pledge pledges pledged pledging",
    "vow vows vowed vowing",
    "predict predicts predicted predicting",
    "caution cautions cautioned cautioning",
    "complain complains complained complaining",
    "recall recalls recalled recalling",
    "observe observes observed observing",
    "point points pointed pointing",
    "report reports reported reporting",
    "testify testifies testified testifying",
    "assert asserts asserted asserting",
    "contend contends contended contending",
    "maintain maintains maintained maintaining",
    "concede concedes conceded conceding",
    "demand demands demanded demanding",
    "accuse accuses accused accusing",
    "quip quips quipped quipping",
    "joke jokes joked joking",
    "shout shouts shouted shouting",
    "whisper whispers whispered whispering",
    "exclaim exclaims exclaimed exclaiming",
    "answer answers answered answering",
    "agree agrees agreed agreeing",
    "counter counters countered countering",
    "conclude concludes concluded concluding",
    "highlight highlights highlighted highlighting",
    "underline underlines underlined underlining",
    "underscore underscores underscored underscoring",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Verbs that report speech with a "that" clause (indirect speech): a subset of SPEECH_VERBS, past and present
 * forms only.
 */
export const INDIRECT_VERBS: ReadonlySet<string> = new Set(
  [
    "said says told tells stated states warned warns added adds noted notes stressed stresses insisted insists",
    "claimed claims explained explains announced announces declared declares wrote writes argued argues",
    "affirmed affirms reaffirmed reaffirms acknowledged acknowledges admitted admits confirmed confirms",
    "emphasized emphasizes emphasised emphasises suggested suggests mentioned mentions reiterated reiterates",
    "promised promises pledged pledges vowed vows predicted predicts cautioned cautions asserted asserts",
    "contended contends maintained maintains conceded concedes highlighted highlights underlined underlines",
    "underscored underscores tweeted tweets posted posts replied replies responded responds",
  ]
    .join(" ")
    .split(" "),
);

/** Speech verbs that need a following particle to be speech ("pointed out"). */
export const VERB_PARTICLES: ReadonlyMap<string, string> = new Map([
  ["point", "out"],
  ["points", "out"],
  ["pointed", "out"],
  ["pointing", "out"],
]);

/** Nouns that introduce a quote as "in a <noun>" / "in <his|her> <noun>" ("in a statement", "in a tweet"). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "tweet",
  "post",
  "interview",
  "speech",
  "briefing",
  "letter",
  "email",
  "message",
  "address",
  "remarks",
  "comments",
  "op-ed",
  "column",
  "essay",
  "article",
  "video",
  "podcast",
  "broadcast",
]);

/** Auxiliaries and adverbs that may stand between a subject and its speech verb ("has also warned"). */
export const VERB_FILLERS: ReadonlySet<string> = new Set(
  (
    "has have had was were is are be been will would could can may might also later then once again previously " +
    "reportedly repeatedly recently earlier further already still openly publicly privately separately " +
    "bluntly flatly firmly simply quickly"
  ).split(" "),
);

/** Pronouns that may stand for a speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/** Relative pronouns that open an interrupting clause after a subject ("X, who ..., said"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "whose"]);

/**
 * Role nouns: a speaker named by office or function ("the spokesperson", "the minister"). Singular and plural;
 * the lookup lowercases.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen minister president prime premier " +
    "chancellor secretary ambassador envoy governor mayor senator congressman congresswoman lawmaker legislator " +
    "director chief head chairman chairwoman chair ceo executive founder commander general admiral colonel " +
    "officer adviser advisor aide diplomat negotiator prosecutor judge lawyer attorney researcher analyst " +
    "expert professor economist scientist leader king queen prince pope representative delegate " +
    "coach manager captain owner official officials"
  ).split(" "),
);

/**
 * Nouns of anonymous sources: "the source", "officials", "a senior official", "people familiar with the
 * matter". Used with a determiner or in the plural; never resolved to a name.
 */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set(
  (
    "source sources official officials insider insiders person people diplomat diplomats aide aides " +
    "spokesperson spokesman spokeswoman analyst analysts expert experts observers observer witness witnesses " +
    "resident residents employee employees staffer staffers negotiator negotiators lawmaker lawmakers " +
    "executive executives traders trader investors economists brokers dealers bankers"
  ).split(" "),
);

/** Determiners and quantifiers that open a noun phrase naming a speaker. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  "the a an one two three several some many other another his her its their this that these those".split(" "),
);

/** Words that make a quoted name a title ("a drill called 'Freedom Shield'"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set(
  "called named dubbed titled entitled codenamed code-named nicknamed branded known as".split(" "),
);

/** Prepositions that put a noun phrase inside a modifier ("the spokesman for the ministry"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  "of for at to with in from by on about under over within among including".split(" "),
);
