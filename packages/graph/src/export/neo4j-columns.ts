import { evidenceDocs, nodeLabel } from "./labels.js";

/** Property types of the import header (`name:type`); `string[]` is `;`-separated in one cell. */
export type Neo4jType = "string" | "double" | "float" | "boolean" | "string[]";

/** The separator of array cells: neo4j-admin's default `--array-delimiter`. */
export const ARRAY_DELIMITER = ";";

/** Every node also gets this label, so that one uniqueness constraint on `id` covers all of them. */
export const BASE_LABEL = "Node";

/** One CSV file of the import: the nodes of one kind or the relationships of one type. */
export interface Neo4jFile {
  name: string;
  /** Node kind (Entity, Quote, ...) or relationship type (MENTIONS, ...). */
  group: string;
  columns: Column[];
  rows: number;
}

export interface Column {
  /** The property name in the database. */
  prop: string;
  type: Neo4jType;
  /** The cell's value: a string for string and string[] (already joined), a number or boolean, or null. */
  read(item: Record<string, unknown>): string | number | boolean | null;
}

export function header(column: Column): string {
  return `${column.prop}:${column.type}`;
}

/** Fields that the import header carries in its own way: `id:ID` and `:LABEL` of nodes, `:START_ID`, ... of edges. */
const OWN_COLUMNS = { node: new Set(["id", "kind"]), edge: new Set(["from", "to", "type"]) };

/** Written last: long and rarely read. */
const LAST = "evidence";

/**
 * The property columns of a group of nodes or edges (one CSV file), from the union of their fields, first-seen
 * order: scalars keep their type, string arrays become `string[]`, objects whose values are all scalars become one
 * column per inner field (`published` -> `publishedValue`, `publishedInferred`, ...), anything else is JSON text.
 * `label` (the display name) and `docs` (the distinct documents of the evidence) are added for easy queries.
 */
export function columnsOf(items: readonly Record<string, unknown>[], domain: "node" | "edge"): Column[] {
  const fields = new Map<string, unknown[]>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (OWN_COLUMNS[domain].has(key) || value === null || value === undefined) continue;
      const list = fields.get(key);
      if (list) list.push(value);
      else fields.set(key, [value]);
    }
  }
  const columns: Column[] = [];
  if (domain === "node") {
    columns.push({
      prop: "label",
      type: "string",
      read: (item) => nodeLabel(item as unknown as Parameters<typeof nodeLabel>[0]),
    });
  }
  for (const [key, values] of fields) if (key !== LAST) columns.push(...columnsOfField(key, values));
  columns.push({
    prop: "docs",
    type: "string[]",
    read: (item) => joinArray(evidenceDocs(item as unknown as Parameters<typeof evidenceDocs>[0])),
  });
  const last = fields.get(LAST);
  if (last) columns.push(...columnsOfField(LAST, last));
  return columns;
}

function columnsOfField(key: string, values: unknown[]): Column[] {
  const field = (item: Record<string, unknown>) => item[key];
  if (values.every((v) => typeof v === "string")) return [scalar(key, "string", field)];
  if (values.every((v) => typeof v === "boolean")) return [scalar(key, "boolean", field)];
  if (values.every((v) => typeof v === "number")) return [scalar(key, key === "weight" ? "float" : "double", field)];
  if (values.every((v) => Array.isArray(v) && v.every((x) => typeof x === "string"))) {
    return [{ prop: key, type: "string[]", read: (item) => (Array.isArray(item[key]) ? joinArray(item[key]) : null) }];
  }
  if (values.every(isFlatObject)) {
    const inner = new Map<string, unknown[]>();
    for (const v of values as Record<string, unknown>[]) {
      for (const [k, x] of Object.entries(v))
        if (x !== null && x !== undefined) inner.set(k, [...(inner.get(k) ?? []), x]);
    }
    return [...inner].flatMap(([k, xs]) =>
      columnsOfField(k, xs).map((c) => ({
        ...c,
        prop: key + k.charAt(0).toUpperCase() + k.slice(1),
        read: (item: Record<string, unknown>) => {
          const obj = item[key];
          return isFlatObject(obj) ? c.read(obj) : null;
        },
      })),
    );
  }
  return [{ prop: key, type: "string", read: (item) => (item[key] == null ? null : JSON.stringify(item[key])) }];
}

function scalar(prop: string, type: Neo4jType, field: (item: Record<string, unknown>) => unknown): Column {
  return {
    prop,
    type,
    read: (item) => {
      const v = field(item);
      if (type === "string") return typeof v === "string" ? v : null;
      if (type === "boolean") return typeof v === "boolean" ? v : null;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    },
  };
}

function isFlatObject(v: unknown): v is Record<string, unknown> {
  return (
    v !== null &&
    typeof v === "object" &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => x === null || ["string", "number", "boolean"].includes(typeof x))
  );
}

/**
 * Array cells cannot escape their delimiter, so a `;` inside an element becomes `,` (the JSON columns and the
 * other exports keep the exact text).
 */
function joinArray(values: unknown[]): string {
  return values.map((v) => String(v).replaceAll(ARRAY_DELIMITER, ",")).join(ARRAY_DELIMITER);
}
