/** A value as a flat store (GraphML data, a CSV cell) can hold it. */
export type FlatValue = string | number | boolean;

/**
 * Flattens one record's fields for formats without nesting: strings, finite numbers and booleans stay as they are,
 * arrays and objects become their JSON text, null and undefined are left out (absent means null).
 * Non-finite numbers cannot occur in a valid graph (JSON has none); they are dropped too.
 */
export function flattenRecord(record: Record<string, unknown>, skip: ReadonlySet<string>): Map<string, FlatValue> {
  const out = new Map<string, FlatValue>();
  for (const [key, value] of Object.entries(record)) {
    if (skip.has(key) || value === null || value === undefined) continue;
    if (typeof value === "string" || typeof value === "boolean") out.set(key, value);
    else if (typeof value === "number") {
      if (Number.isFinite(value)) out.set(key, value);
    } else out.set(key, JSON.stringify(value));
  }
  return out;
}

export type FlatType = "string" | "double" | "boolean";

/** The one type of a column: the values' own type when they agree, else string. */
export function columnType(values: Iterable<FlatValue>): FlatType {
  let type: FlatType | null = null;
  for (const v of values) {
    const t: FlatType = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
    if (type === null) type = t;
    else if (type !== t) return "string";
  }
  return type ?? "string";
}
