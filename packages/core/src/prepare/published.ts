const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads a publication date given in metadata (ISO, RFC 2822, "May 21, 2023") as YYYY-MM-DD, or null. */
export function normalizePublished(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return toDay(new Date(value));
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso) return isValidDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? iso[0] : null;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : toDay(new Date(parsed));
}

function toDay(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().slice(0, 10);
}

function isValidDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
