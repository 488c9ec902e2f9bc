// "rose from $5m to $8m", "cut by $200 to $399", "down $2.86 to $77.11": a change from A to B (or by A to B)
const CHANGE = new RegExp(
  "\\b(?:from|by|down|up|fell|rose|gained|lost|dropped|declined|jumped|climbed|slid|slipped|added|shed|" +
    "increased|decreased|cut|raised|lowered|reduced|trimmed|boosted|slashed|grew)[ \\u00a0]+\\S{0,4}$",
  "i",
);
// "ranging from", "anywhere from": a range after all
const RANGE_FROM = /\b(?:rang\w*|anywhere|somewhere)[ \u00a0]+from[ \u00a0]+\S{0,4}$/i;

/** True when "A to B" after `before` states a change (from A to B, or by A to B) rather than a range. */
export function isChange(before: string): boolean {
  return CHANGE.test(before) && !RANGE_FROM.test(before);
}
