/**
 * The first and last day (YYYY-MM-DD) covered by an ISO 8601 value at any granularity: 2023, 2023-05,
 * 2023-05-21, 2023-05-21T10:00, 2023-W21, 2023-Q2, 2020s. Null for anything else (durations, sets, seasons).
 */
export function dateInterval(value: string): [string, string] | null {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(last)}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    const last = new Date(Date.UTC(Number(m[1]), q * 3, 0)).getUTCDate();
    return [`${m[1]}-${pad(q * 3 - 2)}-01`, `${m[1]}-${pad(q * 3)}-${pad(last)}`];
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
    const start = new Date(monday.getTime() + (Number(m[2]) - 1) * 7 * 86_400_000);
    return [day(start), day(new Date(start.getTime() + 6 * 86_400_000))];
  }
  m = /^(\d{3})0s$/.exec(value);
  if (m) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  return null;
}
