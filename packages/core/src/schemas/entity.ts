import { z } from "zod";
import { MentionBaseSchema } from "./span.js";

export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "EVENT"] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** A title held by an entity, e.g. { title: "Defense Minister", of: "Ukraine" }. */
export const RoleSchema = z.object({
  title: z.string(),
  of: z.string().nullable().describe("organization or country the role belongs to, where stated"),
  ofId: z.string().nullable().optional().describe("entity id of `of`, where it is an entity of the article"),
  start: z.number().int().nonnegative().optional().describe("offset of the role's text"),
  end: z.number().int().nonnegative().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntityMentionSchema = MentionBaseSchema.extend({
  via: z
    .enum(["name", "alias", "role", "pronoun"])
    .optional()
    .describe("how the mention refers: by name, a shorter alias, a role noun or a pronoun"),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

export const EntitySchema = z.object({
  id: z.string().describe("stable id from type and canonical name, e.g. person:yoon-suk-yeol"),
  type: EntityTypeSchema,
  name: z.string().describe("canonical name: the fullest well-formed mention"),
  aliases: z.array(z.string()).describe("other surface forms used for the entity"),
  roles: z.array(RoleSchema),
  mentions: z.array(EntityMentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;
