import { normalizeName } from "../text.js";
import { DEMONYMS as demonymList } from "./data/demonyms.js";
import { TITLES as titleList } from "./data/titles.js";

/**
 * The proper name inside a MEANTIME named mention. MEANTIME marks the whole noun phrase ("JSA Research defence
 * analyst Paul Nesbit", "the United States Air Force ( USAF )", "Seattle , Washington , in the United States");
 * our guidelines mark the name alone, without determiner, title, possessive or appositions. See
 * packages/eval/README.md ("MEANTIME") for the rule and its limits.
 */
export type NameCore =
  | { kind: "name"; from: number; to: number }
  | { kind: "demonym"; from: number; to: number }
  | { kind: "none" };

const TITLES: ReadonlySet<string> = new Set(titleList);
const DEMONYMS: ReadonlySet<string> = new Set(demonymList);
/** Lower-case words that may stand inside a name between two capitalized words ("Bank of America"). */
const CONNECTORS = new Set([
  "of",
  "and",
  "&",
  "-",
  "de",
  "du",
  "des",
  "la",
  "le",
  "von",
  "van",
  "der",
  "den",
  "for",
  "on",
]);
const DETERMINERS = new Set(["The", "the", "A", "An"]);
/** Segment breaks: punctuation that ends an apposition or opens an aside. */
const BREAKS = new Set([",", "(", ")", ";", ":", "--", "—", '"', "``", "''", "“", "”", "[", "]"]);
/** Trailing words of a place used for its government ("the US Government": the place is "US"). */
const GOVERNMENT = new Set(["Government", "government", "Administration", "administration"]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** A token that can be part of a name: it has an upper-case letter and starts with a letter or digit. */
function isNameToken(t: string): boolean {
  return UPPER.test(t) && LETTER_OR_DIGIT.test(t[0] ?? "");
}

interface Run {
  from: number;
  to: number;
  /** inside parentheses */
  aside: boolean;
  /** index of the comma/parenthesis segment it belongs to */
  segment: number;
}

/** Maximal runs of name tokens (connectors allowed between two name tokens), with their segment. */
function runsOf(tokens: readonly string[], isPerson: boolean): Run[] {
  const runs: Run[] = [];
  let segment = 0;
  let aside = false;
  let i = 0;
  // For people, a title ends a run when a name follows it ("CEO Steve Jobs"), not at the end ("Luther King").
  const nameAt = (k: number): boolean => {
    const t = tokens[k] ?? "";
    if (!isNameToken(t)) return false;
    return !(isPerson && TITLES.has(t) && k + 1 < tokens.length && isNameToken(tokens[k + 1] ?? ""));
  };
  while (i < tokens.length) {
    const t = tokens[i] as string;
    if (BREAKS.has(t)) {
      if (t === "(") aside = true;
      if (t === ")") aside = false;
      segment++;
      i++;
      continue;
    }
    if (!nameAt(i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    while (to < tokens.length) {
      if (nameAt(to)) to++;
      else if (CONNECTORS.has(tokens[to] as string) && nameAt(to + 1)) to += 2;
      else break;
    }
    runs.push({ from, to, aside, segment });
    i = to;
  }
  return runs;
}

/** First letters of the capitalized words of a descriptor ("United States of America" -> "usa"). */
function initials(descriptor: string): string {
  return descriptor
    .split(/[\s-]+/)
    .filter((w) => UPPER.test(w[0] ?? ""))
    .map((w) => (w[0] as string).toLowerCase())
    .join("");
}

/**
 * How well a run names the descriptor: the length of its longest stretch of tokens whose letters and digits
 * occur in the descriptor's, or that spells the descriptor's initials ("US" for "United States of America",
 * "United States Air Force" for "USAF"). Returns the score and the stretch.
 */
function matchRun(tokens: readonly string[], run: Run, desc: string, descInitials: string) {
  let best = { score: 0, from: run.from, to: run.to };
  const whole = initials(tokens.slice(run.from, run.to).join(" "));
  if (whole.length >= 2 && whole === desc) best = { score: desc.length, from: run.from, to: run.to };
  for (let a = run.from; a < run.to; a++) {
    let joined = "";
    for (let b = a; b < run.to; b++) {
      joined += normalizeName(tokens[b] as string);
      if (joined.length < 2) continue;
      const found = desc.includes(joined) || (descInitials.length >= 2 && descInitials.startsWith(joined));
      if (!found) break;
      if (joined.length > best.score) best = { score: joined.length, from: a, to: b + 1 };
    }
  }
  return best;
}

/** Strips leading determiners (and, for people, titles) and, for places, a trailing "Government". */
function trim(tokens: readonly string[], from: number, to: number, type: string): [number, number] {
  let a = from;
  let b = to;
  while (a < b && (DETERMINERS.has(tokens[a] as string) || (type === "PER" && TITLES.has(tokens[a] as string)))) a++;
  while (b > a && type === "LOC" && GOVERNMENT.has(tokens[b - 1] as string)) b--;
  while (b > a && CONNECTORS.has(tokens[b - 1] as string)) b--;
  return [a, b];
}

function isDemonym(tokens: readonly string[], from: number, to: number): boolean {
  const last = tokens[to - 1] ?? "";
  const word = last.replace(/-[a-z]+$/, "");
  return DEMONYMS.has(word) || DEMONYMS.has(tokens.slice(from, to).join(" "));
}

/**
 * The name inside a named mention's tokens, as a token range (`to` exclusive):
 * 1. The mention is cut into segments at commas, parentheses and dashes, and each segment into runs of
 *    capitalized tokens (lower-case "of", "and", "&", "de" ... may join two of them; for people, titles such as
 *    "Senator" or "CEO" end a run).
 * 2. The run that best matches the entity's descriptor (TAG_DESCRIPTOR: its letters, or its initials) is the
 *    name; ties go to the run outside parentheses, then to the earlier one. A person's name starts at its first
 *    token that matches the descriptor ("Chrysler LLC Jim Press" -> "Jim Press"); an organization's or place's
 *    name is the whole run ("Boeing Commercial Airplanes" for "Boeing").
 * 3. When no run matches: for organizations and places the first run outside parentheses ("the White House"
 *    -> "White House"; "Moscone Center in San Francisco" -> "Moscone Center"); for people no name ("the
 *    firm's chief executive officer", "Apple Computer CEO" for Steve Jobs).
 * 4. Leading determiners (and titles) are stripped, and for places a trailing "Government". A name that is a
 *    nationality adjective ("American", "North American", "German-made") is reported as a demonym.
 */
export function nameCore(tokens: readonly string[], descriptor: string, type: string): NameCore {
  const isPerson = type === "PER";
  const runs = runsOf(tokens, isPerson);
  if (runs.length === 0) return { kind: "none" };
  const desc = normalizeName(descriptor);
  const descInitials = initials(descriptor);
  let chosen: { from: number; to: number } | null = null;
  let bestScore = 0;
  let bestAside = true;
  for (const run of runs) {
    const m = matchRun(tokens, run, desc, descInitials);
    if (m.score === 0) continue;
    if (m.score > bestScore || (m.score === bestScore && bestAside && !run.aside)) {
      bestScore = m.score;
      bestAside = run.aside;
      chosen = isPerson ? { from: m.from, to: run.to } : { from: run.from, to: run.to };
    }
  }
  if (!chosen) {
    if (isPerson) return { kind: "none" };
    const first = runs.find((r) => !r.aside) ?? (runs[0] as Run);
    chosen = { from: first.from, to: first.to };
  }
  const [from, to] = trim(tokens, chosen.from, chosen.to, type);
  if (from >= to) return { kind: "none" };
  return isDemonym(tokens, from, to) ? { kind: "demonym", from, to } : { kind: "name", from, to };
}
