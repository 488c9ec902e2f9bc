import { compactName, type Entity, type EntityMention, type ParsedDoc, type Token } from "@newsgraph/core";
import { SPEECH_VERBS, VERB_PARTICLES } from "./data/lexicon.js";

/** Entity types that can speak ("Moscow has warned ..." is a GPE speaking). */
export const SPEAKING_TYPES: ReadonlySet<string> = new Set(["PERSON", "ORG", "GPE", "NORP"]);

/** One entity mention placed on the token sequence. */
export interface PlacedMention {
  entity: Entity;
  mention: EntityMention;
  firstToken: number;
  /** one past the last token */
  endToken: number;
}

/**
 * Lookups over one document, built once in linear time: which token holds an offset, which entity mention
 * covers a token, which tokens lie in a date/time expression, and where the PERSON mentions are.
 */
export class DocIndex {
  readonly tokens: Token[];
  readonly text: string;
  /** index into `mentions` of the mention covering each token, or -1 */
  private readonly mentionOfToken: Int32Array;
  readonly mentions: PlacedMention[];
  /** PERSON mentions in text order (for pronouns) */
  readonly personMentions: PlacedMention[];
  /** tokens inside a wink DATE/TIME/DURATION expression */
  private readonly temporal: Uint8Array;
  private readonly byName = new Map<string, Entity>();
  readonly entities: Entity[];
  /** tokens that are speech verbs used as verbs ("said", "pointed out") */
  private readonly speech: Uint8Array;

  constructor(doc: ParsedDoc, entities: Entity[]) {
    this.tokens = doc.tokens;
    this.text = doc.text;
    this.tokenAt = doc.tokenAt;
    this.entities = entities;
    this.mentionOfToken = new Int32Array(doc.tokens.length).fill(-1);
    this.temporal = new Uint8Array(doc.tokens.length);
    this.speech = new Uint8Array(doc.tokens.length);
    for (let i = 0; i < this.tokens.length; i++) if (this.speechVerbAt(i)) this.speech[i] = 1;
    const placed: PlacedMention[] = [];
    for (const entity of entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const key = compactName(name);
        if (!this.byName.has(key)) this.byName.set(key, entity);
      }
      for (const mention of entity.mentions) {
        if (mention.end > doc.text.length || mention.start >= mention.end) continue;
        const firstToken = this.tokenAt(mention.start);
        let endToken = firstToken;
        while (endToken < this.tokens.length && (this.tokens[endToken] as Token).start < mention.end) endToken++;
        if (endToken === firstToken) continue;
        placed.push({ entity, mention, firstToken, endToken });
      }
    }
    placed.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    this.mentions = placed;
    placed.forEach((p, i) => {
      // the longer mention wins a token already taken (sorted longest first at equal starts)
      for (let t = p.firstToken; t < p.endToken; t++) if (this.mentionOfToken[t] === -1) this.mentionOfToken[t] = i;
    });
    this.personMentions = placed.filter((p) => p.entity.type === "PERSON" && p.mention.via !== "pronoun");
    for (const e of doc.winkEntities) {
      if (e.type !== "DATE" && e.type !== "TIME" && e.type !== "DURATION") continue;
      for (let t = this.tokenAt(e.start); t < this.tokens.length && (this.tokens[t] as Token).start < e.end; t++)
        this.temporal[t] = 1;
    }
  }

  /** Index of the first token that ends after `offset` (the token holding it, or the next one). */
  readonly tokenAt: (offset: number) => number;

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? "";
  }

  /** Whether token i is a speech verb used as one (a verb, or an inflected form wink may tag otherwise). */
  isSpeechVerb(i: number): boolean {
    return this.speech[i] === 1;
  }

  private speechVerbAt(i: number): boolean {
    const t = this.tokens[i] as Token;
    const low = t.lower;
    if (!SPEECH_VERBS.has(low)) return false;
    if (t.pos !== "VERB" && t.pos !== "AUX" && !/(ed|ing|s)$/.test(low) && low !== "said" && low !== "told")
      return false;
    const particle = VERB_PARTICLES.get(low);
    return particle === undefined || this.lower(i + 1) === particle;
  }

  mentionAt(i: number): PlacedMention | undefined {
    const m = this.mentionOfToken[i];
    return m === undefined || m < 0 ? undefined : this.mentions[m];
  }

  isTemporal(i: number): boolean {
    return this.temporal[i] === 1;
  }

  /** The entity with this name or alias, folded as names are (case, hyphens, spaces, accents), if any. */
  entityNamed(name: string): Entity | undefined {
    return this.byName.get(compactName(name));
  }

  /** The last PERSON mention that ends at or before `offset`. */
  lastPersonBefore(offset: number): PlacedMention | undefined {
    let lo = 0;
    let hi = this.personMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.personMentions[mid] as PlacedMention).mention.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return this.personMentions[lo - 1];
  }
}
