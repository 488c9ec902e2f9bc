/** A slug for ids: lower case ASCII letters and digits joined by hyphens ("Yoon Suk-yeol" → "yoon-suk-yeol"). */
export function slug(text: string): string {
  const folded = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9\p{L}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return folded || "x";
}

/** The id of an entity: type and canonical name ("person:yoon-suk-yeol"). */
export function entityId(type: string, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}
