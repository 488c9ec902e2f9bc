import type { ExtractorContext, ParsedDoc, Role, Word } from "@newsgraph/core";
import { data as iso4217 } from "currency-codes";
import {
  COMMON_ABBREVIATIONS,
  COMPANY_SUFFIXES,
  FIELD_WORDS,
  GPE_FOLLOWERS,
  LOC_FOLLOWERS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_CONNECTORS,
  ORG_HEADS,
  WORLD_REGIONS,
} from "./data/name-words.js";
import { isCommonWord, isDateWord, isGivenName } from "./lexicon.js";
import { hasOrgCue } from "./org-cues.js";
import { appositiveRole, roleNounBefore } from "./roles.js";
import { nationalityOf, roleOf, splitTitle } from "./titles.js";
import { isKnownGpe, isKnownOrg, type Typing, typeFromWords } from "./type-name.js";
import { RECURRING_NAME, type TypedMention } from "./types.js";

const SPEECH_AFTER = new Set(
  "said says told tells added stated warned noted wrote reported announced insisted spoke explained argued asked replied recalled admitted".split(
    " ",
  ),
);
const PLACE_BEFORE = new Set("in at from near to across outside inside".split(" "));
const MAX_RUN = 12;
const CURRENCY_CODES: ReadonlySet<string> = new Set(iso4217.map((c) => c.code));
const NUMBER = /^\d[\d.,]*$/;
/** Hyphenated endings that make a name an adjective: "New York-based", "Saudi-led", "Kyiv-born". */
const PLACE_SUFFIX = /^-(based|born|headquartered)\b/i;
const ADJECTIVE_SUFFIX = /-(based|born|led|backed|owned|made|listed|headquartered|funded|run|bound)$/i;
/** "the port of X", "the city of X": X is a place */
const PLACE_OF = new Set("city town village port capital province region state district island county".split(" "));

/**
 * Every name in the text with a type, clean boundaries and the roles stated with it: runs of capitalized words
 * (with the connectors of organizations' names and the particles of people's names), titles split off into roles,
 * types from gazetteers, head nouns, name shapes and context. Linear in the number of words.
 */
export function findNames(doc: ParsedDoc, _context: ExtractorContext): TypedMention[] {
  const words = doc.words;
  const headlines = headlineSentences(doc, words);
  const out: TypedMention[] = [];
  const expansions = new Map<number, { start: number; end: number }>();
  let pendingTitle: { role: Role; sentence: number; end: number } | null = null;
  const headlineRuns: Word[][] = [];

  const emit = (run: readonly Word[], typing: Typing, roles: Role[] = []) => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) return;
    const mention: TypedMention = {
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      type: typing.type,
      roles,
      confidence: typing.confidence,
    };
    const expansion = expansions.get(first.start);
    if (expansion && run.length === 1) mention.expansion = expansion;
    out.push(mention);
  };

  /** Types and emits a name (no title inside), with context from the words around it. */
  const handleName = (run: Word[], from: number, to: number, roles: Role[]) => {
    const first = run[0] as Word;
    // a leading known place before a name of another kind: "Chile Elena Torres" (after "Ambassador to")
    for (let n = Math.min(3, run.length - 2); n >= 1; n--) {
      const head = run.slice(0, n);
      const rest = run.slice(n);
      if (!isKnownGpe(key(head)) || rest.some((w) => ORG_HEADS.has(w.lower))) continue;
      if (typeFromWords(run)?.type === "ORG" || isKnownGpe(key(run))) break;
      emit(head, { type: "GPE", confidence: 0.9 });
      handleRun(rest, from + n, to);
      return;
    }
    // an organization's name run into a person's: "Air Force James Roche", "Goldman Sachs Lloyd Blankfein"
    if (!isKnownName(key(run))) {
      for (let k = Math.max(1, run.length - 3); k <= run.length - 2; k++) {
        if (!isGivenName((run[k] as Word).lower)) continue;
        const head = run.slice(0, k);
        const headType = typeFromWords(head);
        if (!headType || headType.type === "PERSON" || headType.confidence < 0.8) continue;
        emit(head, headType);
        handleName(run.slice(k), from + k, to, roles);
        return;
      }
    }
    let typing = typeFromWords(run);
    // a leading nationality is an adjective, not part of the name: "Ukrainian Delegation" → nothing, "Russian X"
    if (!typing && run.length > 1) {
      for (const m of [2, 1]) {
        if (run.length > m && nationalityOf(run.slice(0, m))) {
          handleRun(run.slice(m), from + m, to);
          return;
        }
      }
    }
    if (run.length <= 2 && nationalityOf(run) && typing?.type !== "NORP") return; // "Ukrainian", "South Korean"
    const before = words[from - 1];
    const after = words[to];
    const after2 = words[to + 1];
    const ownRoles = [...roles];
    const noun = roleNounBefore(doc.text, words, from, out);
    if (noun && (!typing || typing.type === "PERSON" || typing.confidence < 0.8)) {
      ownRoles.push(noun);
      typing = { type: "PERSON", confidence: 0.9 };
    }
    if (
      pendingTitle &&
      pendingTitle.sentence === first.sentence &&
      first.start - pendingTitle.end < 40 &&
      !typing?.type &&
      // "Minister of Industry": the title's portfolio, not its holder
      before?.lower !== "of" &&
      before?.lower !== "for"
    ) {
      ownRoles.push(pendingTitle.role);
      typing = { type: "PERSON", confidence: 0.85 };
      pendingTitle = null;
    }
    // a given name before an organization's head word may still be a person: "Jim Press, the vice chairman"
    const personShape = run.length === 2 && isGivenName(first.lower) && (typing?.confidence ?? 0) < 0.9;
    if (!typing || typing.type === "PERSON" || personShape) {
      const appositive = appositiveRole(doc.text, words, to);
      if (appositive) {
        ownRoles.push(appositive);
        typing = { type: "PERSON", confidence: Math.max(0.9, typing?.confidence ?? 0) };
      }
    }
    if (!typing && after && !after.cap && GPE_FOLLOWERS.has(after.lower)) typing = { type: "GPE", confidence: 0.8 };
    // "New York City-based", "Kyiv-born": the hyphenated ending trimmed off the run makes it a place
    if ((!typing || typing.confidence < 0.8) && PLACE_SUFFIX.test(doc.text.slice(run.at(-1)?.end ?? 0)))
      typing = { type: "GPE", confidence: 0.8 };
    // coordinated with a sure organization: "between Boeing and Lockheed Martin", "Airbus and Boeing"
    if ((!typing || (typing.type === "PERSON" && typing.confidence < 0.8)) && coordinatedWithOrg(from, to))
      typing = { type: "ORG", confidence: 0.8 };
    if (!typing && after && !after.cap && LOC_FOLLOWERS.has(after.lower)) typing = { type: "LOC", confidence: 0.7 };
    // a company or another organization by what is said of it ("airframer Airbus", "Apple's shares"), unless a
    // gazetteer or a title was sure of another type
    if ((!typing || (typing.type === "PERSON" && typing.confidence < 0.8)) && hasOrgCue(words, from, to))
      typing = { type: "ORG", confidence: 0.9 };
    if (!typing && after?.text === "," && after2 && isKnownGpe(after2.lower)) typing = { type: "GPE", confidence: 0.7 };
    if (!typing && after && SPEECH_AFTER.has(after.lower) && run.length <= 3)
      typing = { type: "PERSON", confidence: 0.7 };
    // a name and a model number: "Rolls-Royce Trent 900", "Lockheed Tristar" stays a product, not a person
    if ((!typing || typing.confidence < 0.6) && run.length >= 2 && after && NUMBER.test(after.text) && !after.punct)
      typing = { type: "PRODUCT", confidence: 0.6 };
    if (!typing && before?.lower === "of" && PLACE_OF.has(words[from - 2]?.lower ?? ""))
      typing = { type: "GPE", confidence: 0.8 };
    if (!typing && before && PLACE_BEFORE.has(before.lower) && run.length === 1)
      typing = { type: "GPE", confidence: RECURRING_NAME };
    // two to four title-case words nothing else typed: most often a person, unless they are all common words
    // ("Missile Defense", "Sign Up Now")
    if (
      !typing &&
      run.length >= 2 &&
      run.length <= 4 &&
      run.every((w) => !w.allCaps && /^\p{Lu}\p{Ll}/u.test(w.text)) &&
      !run.every((w) => isCommonWord(w.lower))
    )
      typing = { type: "ORG", confidence: 0.55 };
    // nothing typed it: kept only if it joins a surer name (a surname, a later full name)
    // a capitalized word in mid-sentence that nothing typed: an organization if the article names it again
    if (!typing && run.length === 1 && !first.initial && !isCommonWord(first.lower))
      typing = { type: "ORG", confidence: RECURRING_NAME };
    if (!typing) typing = { type: "ORG", confidence: 0.3 };
    if (ownRoles.length > 0 && typing.type !== "PERSON") ownRoles.length = 0;
    emit(run, typing, ownRoles);
  };

  /** Whether the name at words[from..to) is joined by "and"/"or" to an organization that is sure. */
  const coordinatedWithOrg = (from: number, to: number): boolean => {
    const conj = (w: Word | undefined) => w?.lower === "and" || w?.lower === "or";
    const last = out[out.length - 1];
    const before = words[from - 2];
    if (conj(words[from - 1]) && before && last?.end === before.end && last.type === "ORG" && last.confidence >= 0.8)
      return true;
    if (!conj(words[to])) return false;
    const next = extendRun(words, to + 1);
    if (next <= to + 1 || !continuesName(words[to + 1], words[to]?.sentence ?? -1)) return false;
    const typing = typeFromWords(words.slice(to + 1, next));
    return typing?.type === "ORG" && typing.confidence >= 0.85;
  };

  /** A run of capitalized words: split off a title, then type the name. */
  const handleRun = (run: Word[], from: number, to: number) => {
    if (run.length === 0) return;
    const titled = splitTitle(run);
    if (!titled) {
      handleName(run, from, to, []);
      return;
    }
    let of = titled.nationality;
    if (titled.prefix.length > 0) {
      // what precedes a title is its organization or country ("Airbus Chief Executive ..."): an unknown one is
      // an organization
      if (typeFromWords(titled.prefix) || titled.prefix.some((w) => w.allCaps))
        handleName(titled.prefix, from, from + titled.prefix.length, []);
      else emit(titled.prefix, { type: "ORG", confidence: 0.8 });
      of = key(titled.prefix) ? doc.text.slice(titled.prefix[0]?.start ?? 0, titled.prefix.at(-1)?.end ?? 0) : of;
    }
    const role = roleOf(titled.title, of, doc.text);
    if (titled.name.length === 0) {
      const last = titled.title[titled.title.length - 1] as Word;
      pendingTitle = { role, sentence: last.sentence, end: last.end };
      return;
    }
    const nameFrom = to - titled.name.length;
    const typing = typeFromWords(titled.name);
    // "President Biden", "Finance Minister Amara Okafor": the title makes it a person whatever the words say
    if (typing && typing.type !== "PERSON" && typing.confidence >= 0.9) handleName(titled.name, nameFrom, to, []);
    else emit(titled.name, { type: "PERSON", confidence: 0.95 }, [role]);
  };

  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const start = isCurrencyMark(words, i) ? "no" : startsName(w);
    if (start === "no") {
      i++;
      continue;
    }
    const j = extendRun(words, i);
    const run = trimRun(words.slice(i, j), words[j]);
    if (run.length === 0) {
      i = j;
      continue;
    }
    if (
      start === "maybe" &&
      !(
        run.length > 1 &&
        (isKnownName(key(run)) || (w.pos === "PROPN" && run.some((x, k) => k > 0 && x.pos === "PROPN")))
      )
    ) {
      i++;
      continue;
    }
    // "Ministry of National Defense (MND)": remember the expansion for the acronym
    const open = words[j];
    const acronym = words[j + 1];
    if (open?.text === "(" && acronym?.allCaps && words[j + 2]?.text === ")" && run.length > 1)
      expansions.set(acronym.start, { start: w.start, end: (run[run.length - 1] as Word).end });
    // two names joined by a hyphen, the first a known one: "Boeing-Air Force contract", "US-Russia talks"
    for (const part of splitPair(run)) {
      if (headlines.has(w.sentence)) headlineRuns.push(part);
      else handleRun(part, i, i + run.length);
    }
    i = j;
  }
  // headlines last, so that their words can be read as the names the body gives in full
  const bodyNames = new Map<string, Typing>();
  for (const m of out)
    if (m.confidence >= 0.5) bodyNames.set(m.text.toLowerCase(), { type: m.type, confidence: m.confidence });
  for (const run of headlineRuns) handleHeadline(run, bodyNames, emit);
  return out.sort((a, b) => a.start - b.start);
}

const key = (run: readonly Word[]) => run.map((w) => w.lower).join(" ");

/**
 * A currency written as letters: "US$", "AU$" (a "$" right after the word), or an ISO 4217 code beside a number
 * or in parentheses ("USD 5m", "$249 USD", "$99 (USD)"). Never a name.
 */
function isCurrencyMark(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (w.text.endsWith("$") || (next?.text.startsWith("$") && next.start === w.end)) return true;
  if (!w.allCaps || !CURRENCY_CODES.has(w.text)) return false;
  const prev = words[i - 1];
  return (
    (!!prev && (NUMBER.test(prev.text) || prev.text === "(" || prev.text.endsWith("$"))) ||
    (!!next && NUMBER.test(next.text))
  );
}

/**
 * A run without what is not part of the name: an adjective's hyphenated ending ("New York City-based" →
 * "New York City") and "Flight" before a flight's number ("Air France Flight 447" → "Air France").
 */
function trimRun(run: Word[], after: Word | undefined): Word[] {
  const last = run[run.length - 1];
  if (!last) return run;
  const suffix = ADJECTIVE_SUFFIX.exec(last.text);
  if (suffix) {
    const end = last.end - suffix[0].length;
    const text = last.text.slice(0, last.text.length - suffix[0].length);
    return [...run.slice(0, -1), { ...last, end, text, lower: text.toLowerCase() }];
  }
  if (run.length > 1 && last.lower === "flight" && after && NUMBER.test(after.text)) return run.slice(0, -1);
  return run;
}

const isKnownName = (k: string) => isKnownGpe(k) || isKnownOrg(k) || WORLD_REGIONS.has(k);

/**
 * Whether a word may open a name: "maybe" for a sentence's first word that is also a common word ("South",
 * "New"), which opens a name only when the run it starts is a known name or two proper nouns.
 */
function startsName(w: Word): "yes" | "no" | "maybe" {
  if (!w.cap || w.punct || NEVER_NAMES.has(w.lower) || COMMON_ABBREVIATIONS.has(w.lower) || isDateWord(w.lower))
    return "no";
  if (w.initial && isCommonWord(w.lower) && !isKnownName(w.lower)) return "maybe";
  return "yes";
}

/** Whether a word continues a name. */
function continuesName(w: Word | undefined, sentence: number): boolean {
  return !!w && w.cap && !w.punct && !w.lineStart && w.sentence === sentence && !isDateWord(w.lower);
}

/** The end (exclusive) of the run of name words from `i`, with connectors of organizations and particles. */
function extendRun(words: readonly Word[], i: number): number {
  const first = words[i] as Word;
  let j = i + 1;
  let hasOrgHead = ORG_HEADS.has(first.lower);
  while (j < words.length && j - i < MAX_RUN) {
    const w = words[j] as Word;
    if (continuesName(w, first.sentence)) {
      // a company's legal suffix closes its name ("Apple Inc. Steve Jobs"), unless another suffix follows
      const prev = words[j - 1] as Word;
      if (COMPANY_SUFFIXES.has(prev.lower) && j - 1 > i && !COMPANY_SUFFIXES.has(w.lower)) break;
      if (ORG_HEADS.has(w.lower)) hasOrgHead = true;
      j++;
      continue;
    }
    // connectors: "Ministry of National Defense", "Bank of the West"; particles: "Ursula von der Leyen"
    let k = j;
    while (k < words.length && k - j < 2) {
      const c = words[k] as Word;
      // "of"/"for" may follow an organization's head word ("Bank of"), "and"/"the"/"on" only its inner words
      // ("Ministry of Trade and Industry"), never the head that closes it ("... Hospital and Chile")
      const closes = ORG_HEADS.has((words[j - 1] as Word).lower) && c.text !== "of" && c.text !== "for";
      const ok =
        (hasOrgHead && ORG_CONNECTORS.has(c.text) && !(k === j && closes)) ||
        (!hasOrgHead && NAME_PARTICLES.has(c.text)) ||
        // "European Aeronautic Defence and Space Company": the head comes after the "and"
        // (not between two names: "Xandor Pellum and Acme Corporation")
        (!hasOrgHead &&
          c.text === "and" &&
          k === j &&
          FIELD_WORDS.has((words[j - 1] as Word).lower) &&
          orgHeadAhead(words, k + 1, first.sentence));
      if (!ok || c.sentence !== first.sentence) break;
      k++;
    }
    if (k > j && continuesName(words[k], first.sentence)) {
      j = k;
      continue;
    }
    // a possessive inside an institution's name: "Lurie Children’s Hospital", "St. Mary’s College"
    const after = words[j + 1];
    if (
      /^['’]s$/.test(w.text) &&
      w.start === words[j - 1]?.end &&
      continuesName(after, first.sentence) &&
      ORG_HEADS.has(after?.lower ?? "") &&
      !isKnownName(key(words.slice(i, j)))
    ) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}

/** A run split after its first word when that word is two names joined by a hyphen and the first is known. */
function splitPair(run: Word[]): Word[][] {
  const first = run[0] as Word;
  const dash = first.text.indexOf("-");
  if (dash <= 0 || !/^\p{Lu}/u.test(first.text.slice(dash + 1))) return [run];
  const left = first.text.slice(0, dash);
  if (!isKnownName(left.toLowerCase())) return [run];
  const right = first.text.slice(dash + 1);
  // an organization's regional name stays whole: "Interfax-Ukraine", "Xinhua-Africa"
  if (isKnownOrg(left.toLowerCase()) && isKnownGpe(right.toLowerCase())) return [run];
  const a: Word = { ...first, end: first.start + dash, text: left, lower: left.toLowerCase() };
  const b: Word = { ...first, start: first.start + dash + 1, text: right, lower: right.toLowerCase(), initial: false };
  return [[a], [b, ...run.slice(1)]];
}

/** Whether one of the next four capitalized words from `i` closes an organization's name ("... Space Company"). */
function orgHeadAhead(words: readonly Word[], i: number, sentence: number): boolean {
  for (let k = i; k < i + 4 && continuesName(words[k], sentence); k++)
    if (ORG_HEADS.has((words[k] as Word).lower)) return true;
  return false;
}

/**
 * Sentences that are headlines or teasers: no closing punctuation and most long words capitalized. Names in
 * them are taken only where a gazetteer knows them; all-capital lines are skipped.
 */
function headlineSentences(doc: ParsedDoc, words: readonly Word[]): Set<number> {
  const stats = new Map<number, { long: number; capped: number; all: number; caps: number; last: Word }>();
  for (const w of words) {
    let s = stats.get(w.sentence);
    if (!s) {
      s = { long: 0, capped: 0, all: 0, caps: 0, last: w };
      stats.set(w.sentence, s);
    }
    s.last = w;
    if (w.punct) continue;
    s.all++;
    if (w.allCaps) s.caps++;
    if (w.text.length >= 4) {
      s.long++;
      if (w.cap) s.capped++;
    }
  }
  const out = new Set<number>();
  for (const [sentence, s] of stats) {
    if (s.all >= 3 && s.caps === s.all) out.add(sentence);
    else if (s.long >= 3 && s.capped / s.long >= 0.7 && !/[.!?:"”’)]$/.test(s.last.text)) out.add(sentence);
  }
  void doc;
  return out;
}

/**
 * In a headline: only names the body of the article gives or a gazetteer knows, longest first; other words
 * may still join a name of the body.
 */
function handleHeadline(
  run: Word[],
  bodyNames: ReadonlyMap<string, Typing>,
  emit: (run: readonly Word[], typing: Typing) => void,
): void {
  if (run.every((w) => w.allCaps) && run.length > 1) return;
  let i = 0;
  while (i < run.length) {
    let taken = 0;
    for (let n = Math.min(4, run.length - i); n >= 1; n--) {
      const part = run.slice(i, i + n);
      const k = key(part);
      const inBody = bodyNames.get(k);
      if (inBody || isKnownName(k)) {
        const typing = inBody ?? typeFromWords(part);
        if (typing) emit(part, typing);
        taken = n;
        break;
      }
    }
    if (taken === 0) {
      const w = run[i] as Word;
      const typing = typeFromWords([w]);
      if (!nationalityOf([w]) && !isCommonWord(w.lower)) emit([w], { type: typing?.type ?? "PERSON", confidence: 0.3 });
      taken = 1;
    }
    i += taken;
  }
}
