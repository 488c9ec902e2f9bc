import { z } from "zod";
import { readXml } from "./xml.js";

/**
 * One MEANTIME file as written: its tokens, the markables anchored to them and the REFERS_TO relations
 * (mention -> entity). Events, signals, values and the other relations are not read.
 */
export const MeantimeTokenSchema = z.object({
  id: z.string().describe("t_id"),
  sentence: z.number().int().nonnegative(),
  text: z.string(),
});
export type MeantimeToken = z.infer<typeof MeantimeTokenSchema>;

export const MeantimeEntityMentionSchema = z.object({
  id: z.string().describe("m_id"),
  /** NAM, PRE.NAM, NOM, PRO, APP, CONJ, ...; null when the attribute is missing (corpus-level additions) */
  syntacticType: z.string().nullable(),
  tokens: z.array(z.string()).describe("t_ids in document order"),
});
export type MeantimeEntityMention = z.infer<typeof MeantimeEntityMentionSchema>;

export const MeantimeEntitySchema = z.object({
  id: z.string().describe("m_id"),
  /** PER, ORG, LOC, PRO, FIN, MIX */
  type: z.string(),
  /** cross-document instance id; null for entities annotated in this document only */
  instance: z.string().nullable(),
  descriptor: z.string().describe("TAG_DESCRIPTOR: the annotator's name for the entity"),
  externalRef: z.string().nullable(),
});
export type MeantimeEntity = z.infer<typeof MeantimeEntitySchema>;

export const MeantimeTimexSchema = z.object({
  id: z.string(),
  type: z.string().describe("DATE, TIME, DURATION, SET"),
  value: z.string(),
  creationTime: z.boolean().describe('functionInDocument="CREATION_TIME"'),
  tokens: z.array(z.string()),
});
export type MeantimeTimex = z.infer<typeof MeantimeTimexSchema>;

export const MeantimeDocSchema = z.object({
  docId: z.string(),
  docName: z.string(),
  url: z.string().nullable(),
  tokens: z.array(MeantimeTokenSchema),
  entityMentions: z.array(MeantimeEntityMentionSchema),
  entities: z.array(MeantimeEntitySchema),
  timexes: z.array(MeantimeTimexSchema),
  /** REFERS_TO: mention m_ids -> the entity (or event) m_id they refer to */
  refersTo: z.array(z.object({ sources: z.array(z.string()), target: z.string() })),
});
export type MeantimeDoc = z.infer<typeof MeantimeDocSchema>;

/** Thrown when a file is not a MEANTIME document (no <Document> element, or no tokens). */
export class MeantimeFormatError extends Error {
  override name = "MeantimeFormatError";
}

/** Reads one MEANTIME XML file. Markables without token anchors (implicit ones) are kept with no tokens. */
export function readMeantimeXml(xml: string, file = "document"): MeantimeDoc {
  const doc: MeantimeDoc = {
    docId: "",
    docName: "",
    url: null,
    tokens: [],
    entityMentions: [],
    entities: [],
    timexes: [],
    refersTo: [],
  };
  let sawDocument = false;
  let token: MeantimeToken | null = null;
  let anchors: string[] | null = null;
  let relation: { sources: string[]; target: string } | null = null;
  let inRelations = false;

  for (const ev of readXml(xml)) {
    if (ev.kind === "text") {
      if (token) token.text += ev.text;
      continue;
    }
    const a = ev.attrs;
    if (ev.kind === "close") {
      if (ev.name === "token" && token) {
        doc.tokens.push(token);
        token = null;
      } else if (ev.name === "ENTITY_MENTION" || ev.name === "TIMEX3") anchors = null;
      else if (ev.name === "REFERS_TO" && relation) {
        doc.refersTo.push(relation);
        relation = null;
      } else if (ev.name === "Relations") inRelations = false;
      continue;
    }
    switch (ev.name) {
      case "Document":
        sawDocument = true;
        doc.docId = a.doc_id ?? "";
        doc.docName = a.doc_name ?? "";
        doc.url = a.url ?? null;
        break;
      case "token":
        token = { id: a.t_id ?? "", sentence: Number(a.sentence ?? 0), text: "" };
        if (ev.kind === "empty") {
          doc.tokens.push(token);
          token = null;
        }
        break;
      case "Relations":
        inRelations = ev.kind === "open";
        break;
      case "ENTITY_MENTION":
        if (inRelations) break;
        anchors = [];
        doc.entityMentions.push({ id: a.m_id ?? "", syntacticType: a.syntactic_type ?? null, tokens: anchors });
        if (ev.kind === "empty") anchors = null;
        break;
      case "TIMEX3":
        anchors = [];
        doc.timexes.push({
          id: a.m_id ?? "",
          type: a.type ?? "",
          value: a.value ?? "",
          creationTime: a.functionInDocument === "CREATION_TIME",
          tokens: anchors,
        });
        if (ev.kind === "empty") anchors = null;
        break;
      case "token_anchor":
        if (anchors && a.t_id) anchors.push(a.t_id);
        break;
      case "ENTITY":
        doc.entities.push({
          id: a.m_id ?? "",
          type: a.ent_type ?? "",
          instance: a.instance_id || null,
          descriptor: a.TAG_DESCRIPTOR ?? "",
          externalRef: a.external_ref || null,
        });
        break;
      case "REFERS_TO":
        relation = ev.kind === "open" ? { sources: [], target: "" } : null;
        break;
      case "source":
        if (relation && a.m_id) relation.sources.push(a.m_id);
        break;
      case "target":
        if (relation && a.m_id) relation.target = a.m_id;
        break;
    }
  }
  if (!sawDocument || doc.tokens.length === 0)
    throw new MeantimeFormatError(`${file}: not a MEANTIME document (no <Document> with tokens)`);
  return doc;
}
