/** Calendar arithmetic in whole UTC days since 1970-01-01, formatted for COPY text. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const YEAR_DAYS = 365;

const isoDates = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (cached: the same few thousand days repeat millions of times). */
export function isoDate(day: number): string {
  let s = isoDates.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, s);
  }
  return s;
}

/** An ISO timestamp (UTC) for epoch milliseconds. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Day, month and two-digit year of a day number, and the full year. */
export function dayParts(day: number): { dd: string; mm: string; yy: string; year: number } {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  return {
    dd: String(d.getUTCDate()).padStart(2, '0'),
    mm: String(d.getUTCMonth() + 1).padStart(2, '0'),
    yy: String(year % 100).padStart(2, '0'),
    year,
  };
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Whole years between a birth day and another day. */
export function ageOn(birth: number, day: number): number {
  const b = new Date(birth * DAY_MS);
  const d = new Date(day * DAY_MS);
  let age = d.getUTCFullYear() - b.getUTCFullYear();
  if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) age -= 1;
  return age;
}
