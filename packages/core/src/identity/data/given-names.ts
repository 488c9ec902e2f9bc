/**
 * English given names that compromise's lexicon files only as common words ("bill", "will", "grace"), with the
 * sex they usually say: a general gazetteer written from common English usage, read beside compromise's given
 * names (identity/people.ts). Lower case.
 */
export const GIVEN_NAMES_ALSO_WORDS: Readonly<Record<string, "m" | "f">> = {
  bill: "m",
  will: "m",
  mark: "m",
  rob: "m",
  bob: "m",
  ray: "m",
  frank: "m",
  grant: "m",
  jack: "m",
  dean: "m",
  rich: "m",
  chuck: "m",
  pat: "m",
  rod: "m",
  guy: "m",
  rose: "f",
  hope: "f",
  grace: "f",
  joy: "f",
  faith: "f",
  dawn: "f",
  april: "f",
  june: "f",
  ruby: "f",
  pearl: "f",
  iris: "f",
  holly: "f",
  ivy: "f",
  daisy: "f",
  violet: "f",
  summer: "f",
};
