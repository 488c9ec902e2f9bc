/**
 * Honorifics and titles of address that tell who a person is, as English-language news writes them: the rank
 * of address and, where the form says it, the sex. Source: general English usage of forms of address (as the
 * BBC, Guardian and AP style guides describe them: "Mr" and "Mrs" for commoners, "Sir"/"Dame" for knights,
 * "Lord"/"Lady"/"Baroness" for peers, "Prince"/"Princess" and "King"/"Queen" for royalty, clergy by office).
 * Lower case, without the full stop ("mr." reads as "mr"). Ranks of address differ between people: a "Prince
 * X" is not the "Mr X" of another article, a lord is not a "Mr". "academic" (Dr, Prof) is worn beside any rank.
 */
export type HonorificRank = "plain" | "knight" | "peer" | "royal" | "clergy" | "academic";
export interface Honorific {
  rank: HonorificRank;
  sex?: "m" | "f";
}

export const HONORIFICS: Readonly<Record<string, Honorific>> = {
  mr: { rank: "plain", sex: "m" },
  mister: { rank: "plain", sex: "m" },
  mrs: { rank: "plain", sex: "f" },
  ms: { rank: "plain", sex: "f" },
  miss: { rank: "plain", sex: "f" },
  mx: { rank: "plain" },
  sir: { rank: "knight", sex: "m" },
  dame: { rank: "knight", sex: "f" },
  lord: { rank: "peer", sex: "m" },
  lady: { rank: "peer", sex: "f" },
  baron: { rank: "peer", sex: "m" },
  baroness: { rank: "peer", sex: "f" },
  viscount: { rank: "peer", sex: "m" },
  viscountess: { rank: "peer", sex: "f" },
  earl: { rank: "peer", sex: "m" },
  countess: { rank: "peer", sex: "f" },
  marquess: { rank: "peer", sex: "m" },
  marchioness: { rank: "peer", sex: "f" },
  duke: { rank: "royal", sex: "m" },
  duchess: { rank: "royal", sex: "f" },
  prince: { rank: "royal", sex: "m" },
  princess: { rank: "royal", sex: "f" },
  king: { rank: "royal", sex: "m" },
  queen: { rank: "royal", sex: "f" },
  emperor: { rank: "royal", sex: "m" },
  empress: { rank: "royal", sex: "f" },
  sheikh: { rank: "royal", sex: "m" },
  pope: { rank: "clergy", sex: "m" },
  cardinal: { rank: "clergy", sex: "m" },
  archbishop: { rank: "clergy" },
  bishop: { rank: "clergy" },
  rev: { rank: "clergy" },
  reverend: { rank: "clergy" },
  father: { rank: "clergy", sex: "m" },
  rabbi: { rank: "clergy" },
  imam: { rank: "clergy", sex: "m" },
  ayatollah: { rank: "clergy", sex: "m" },
  dr: { rank: "academic" },
  doctor: { rank: "academic" },
  prof: { rank: "academic" },
  professor: { rank: "academic" },
};
