import { nameTokens } from "./names.js";

/**
 * Words that describe someone attached to a name rather than being part of it, as entity spans sometimes glue
 * them on ("Senate Majority" of "Senate Majority Leader", "Pentagon officials", "Clinton aides"). General
 * English news usage; "press" is left out ("Associated Press" is a name).
 */
const GLUED_DESCRIPTORS = new Set(
  `majority minority spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides
  staffer staffers correspondent insiders`.split(/\s+/),
);

/**
 * Nouns that stand for a person without naming one ("the Scot", "the Briton", "the veteran"): entity finders
 * may take them for a name in a headline or after "the". Nationality nouns and the common descriptive nouns of
 * news and sports reports (general English; none taken from an article).
 */
const DESCRIPTOR_NOUNS = new Set(
  `scot scots scotsman scotswoman briton britons brit englishman englishwoman welshman welshwoman irishman
  irishwoman frenchman frenchwoman dutchman dutchwoman spaniard swede dane finn pole kiwi aussie yank american
  australian canadian german italian russian ukrainian norwegian belgian swiss austrian portuguese greek turk
  chinese japanese korean indian pakistani brazilian argentine argentinian mexican kenyan nigerian ethiopian
  veteran youngster teenager striker midfielder defender goalkeeper keeper winger forward captain skipper
  champion holder favourite favorite newcomer rookie incumbent challenger visitors hosts manager boss coach
  frontrunner underdog aide aides official officials spokesman spokeswoman spokesperson source sources adviser
  advisers advisor advisors staffer staffers insider insiders`.split(/\s+/),
);

/**
 * The name without descriptor words glued on its end ("Senate Majority" → "Senate", "Clinton aides" →
 * "Clinton"); names of one word, and names that are only descriptors, are kept as they are.
 */
export function withoutGluedDescriptor(name: string): string {
  const words = name.trim().split(/\s+/);
  let n = words.length;
  while (n > 1 && GLUED_DESCRIPTORS.has((words[n - 1] ?? "").toLowerCase().replace(/[^\p{L}-]/gu, ""))) n--;
  return n === words.length ? name : words.slice(0, n).join(" ");
}

/** Whether a person's "name" is a descriptive noun ("The Scot", "the veteran"): no evidence of identity. */
export function isDescriptorName(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.length === 1 && DESCRIPTOR_NOUNS.has(tokens[0] ?? "");
}

/**
 * Institutions named by their kind alone ("Parliament", "the Senate", "Police"): each country, state or city has
 * one, so the bare word names the one of an article's context, not one across articles. General English.
 */
const GENERIC_INSTITUTIONS = new Set(
  `parliament senate congress assembly legislature government cabinet administration opposition police army navy
  military court council ministry commission committee treasury coalition regime junta embassy`.split(/\s+/),
);

/** Whether an organization's name is only the kind of institution it is ("Parliament", "The Senate"). */
export function isGenericInstitution(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.length === 1 && GENERIC_INSTITUTIONS.has(tokens[0] ?? "");
}
