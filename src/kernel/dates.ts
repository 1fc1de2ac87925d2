/**
 * The one place for calendar arithmetic. Dates are Latvian: "today" is the date in Europe/Riga,
 * and a period in months ends on the same day number of its last month, or on that month's last
 * day when it has none (Regulation 1182/71 Art. 3(2)(c), as PostgreSQL's `date + interval` also
 * counts): 2026-11-30 + 3 months = 2027-02-28. The SQL rules and this module agree.
 */

/** The time zone every date rule uses unless configured otherwise (TIME_ZONE). */
export const TIME_ZONE = 'Europe/Riga';

let zone = TIME_ZONE;
let calendar = formatterFor(zone);
let clock: () => Date = () => new Date();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  // throws a RangeError for a zone the runtime does not know
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** Sets the hub's time zone (TIME_ZONE) once at start-up; every date rule and the database session use it. */
export function useTimeZone(timeZone: string): void {
  calendar = formatterFor(timeZone);
  zone = timeZone;
}

/** The time zone the hub's dates are in. */
export function timeZone(): string {
  return zone;
}

/** The hub's one clock. Tests set a fixed one with `useClock` (never configured in production). */
export function now(): Date {
  return clock();
}

/** Replaces the clock (tests of the day's edges); `null` restores the system clock. */
export function useClock(fixed: (() => Date) | null): void {
  clock = fixed ?? (() => new Date());
}

/** The calendar date in Latvia (the hub's time zone) at an instant (`YYYY-MM-DD`). */
export function dateInRiga(instant: Date): string {
  return calendar.format(instant);
}

/** Today's date in Latvia (the hub's time zone), by the hub's clock. */
export function today(): string {
  return dateInRiga(now());
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `months` calendar months after `date` (negative: before), clamped to the last day of the month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** An instant `months` calendar months later, by the same clamping rule (time of day kept, in UTC). */
export function addMonthsToInstant(instant: Date, months: number): Date {
  const date = addMonths(instant.toISOString().slice(0, 10), months);
  return new Date(`${date}T${instant.toISOString().slice(11)}`);
}

/** The first day of the month `back` months before the month of `date`, and that month's last day. */
export function monthOf(date: string, back = 0): { month: string; first: string; last: string } {
  const first = addMonths(`${date.slice(0, 7)}-01`, -back);
  const [y, m] = parts(first);
  return { month: first.slice(0, 7), first, last: format(y, m, daysInMonth(y, m)) };
}

/**
 * The first date that is not yet longer than `months` months before `today`: a case closed on any
 * earlier date has been closed for longer than that (the period of `months` months from its closing
 * ended before today, counted as `addMonths` counts), one closed on it or later has not. Usually
 * `today` minus `months`; when that lands on a shorter month's last day (2026-03-30 minus 1 month is
 * 2026-02-28), that day's own period already ended (on 2026-03-28), so the cut is the day after.
 * As a bound (`closed_on < cutoff`) it lets the database use an index on the closing date.
 */
export function closedLongerAgoCutoff(today: string, months: number): string {
  const back = addMonths(today, -months);
  return addMonths(back, months) < today ? addDays(back, 1) : back;
}

/** Age in whole years on a date (the birthday counts from its day; 29 February from 1 March in other years). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
