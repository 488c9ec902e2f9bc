/** A CSV cell: null is an empty unquoted field (no property), anything else is written as neo4j-admin reads it. */
export type CsvCell = string | number | boolean | null;

/**
 * One CSV field by the rules neo4j-admin and LOAD CSV share (RFC 4180): strings always in double quotes with
 * inner quotes doubled (backslash is not special), numbers and booleans bare, null empty. Strings may hold line
 * breaks: import them with `--multiline-fields=true`.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return `"${cell.replaceAll('"', '""')}"`;
  return String(cell);
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(",");
}
