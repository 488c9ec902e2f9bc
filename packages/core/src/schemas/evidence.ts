import { z } from "zod";

/**
 * (Named Reason, not Evidence: the graph's EvidenceSchema is provenance, where a fact was read.)
 *
 * One named reason behind a decision (an entity's type, a quote's speaker, a date's value, a publication date):
 * which rule or model said it, for what, and how strongly. Decisions are made by weighing these, never by the
 * order of `if`s, so a user can ask why "Chelsea" is an ORG and get the list.
 */
export const ReasonSchema = z
  .object({
    rule: z
      .string()
      .describe("name of the rule, gazetteer or model that gave the evidence, e.g. 'model:ner', 'gazetteer:country'"),
    weight: z.number().describe("how strongly it counts: positive for `type`, negative against it"),
    type: z.string().optional().describe("what it argues for: an entity type, a speaker, a value"),
  })
  .describe("one named reason behind a decision");
export type Reason = z.infer<typeof ReasonSchema>;

/** How sure the extractor is of an item, from 0 (a guess) to 1 (certain). */
export const ConfidenceSchema = z.number().min(0).max(1).describe("how sure the extractor is, from 0 to 1");
