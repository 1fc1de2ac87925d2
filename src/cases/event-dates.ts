import { addDays } from '../kernel/dates';
import { badInput } from '../kernel/errors';
import type { Sql } from '../kernel/db/sql';

/** What a date of an event in a case (a visit, an assessment, a placement) is judged against. */
export interface CaseDates {
  openedOn: string;
  birthDate: string | null;
}

/**
 * An event happens in the client's life and in the case: never before the client was born, and
 * not before the case was opened, except within a window (`backdateDays`) for what led to the
 * opening (a visit, a placement the orphan court made first). Returns whether the event is before
 * the opening (then it is flagged, `beforeCaseOpened`); throws BAD_USER_INPUT naming `path` otherwise.
 */
export function judgeEventDate(path: string, date: string, dates: CaseDates, backdateDays: number): boolean {
  if (dates.birthDate && date < dates.birthDate) throw badInput(path, "must not be before the client's birth date");
  const earliest = addDays(dates.openedOn, -backdateDays);
  if (date < earliest) {
    throw badInput(path, `must not be more than ${backdateDays} days before the case was opened (${dates.openedOn})`);
  }
  return date < dates.openedOn;
}

/** The same, reading the case's dates; a case that does not exist is the write rule's to answer, so it passes here. */
export async function checkEventDate(sql: Sql, caseId: string, path: string, date: string, backdateDays: number): Promise<boolean> {
  const [dates]: CaseDates[] = await sql.query(
    `SELECT c.opened_on::text AS "openedOn", cl.birth_date::text AS "birthDate"
       FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = $1`, [caseId]);
  return dates ? judgeEventDate(path, date, dates, backdateDays) : false;
}
